"""Schedules fire through the same code as in real time, with the clock sped up 30x in the test cloud:
rate(1 minute) every 2 s, cron(0/2 * * * ? *) every 4 s."""
import datetime
import json

from conftest import REPO, probe_items, wait_for
from shapes import shape


# Fixture events invoked directly (test_lambda_api_cloud) land in the same table: leave them out.
FIXTURE_IDS = {json.loads(p.read_text()).get("id") for p in (REPO / "events/probes").glob("schedule-*.json")}


def events(cloud):
    found = [json.loads(i["raw"]) for i in probe_items(cloud, "schedule#")]
    return [e for e in found if e.get("id") not in FIXTURE_IDS]


def test_rate_rule_fires_with_the_scheduled_event_envelope(cloud):
    fired = wait_for(lambda: (e := [x for x in events(cloud) if x.get("source") == "aws.events"])
                     and len(e) >= 2 and e, timeout_s=20, what="two scheduled events")
    fixture = json.loads((REPO / "events/probes/schedule-ok.json").read_text())
    for event in fired:
        assert shape(event) == shape(fixture)
        assert event["detail-type"] == "Scheduled Event" and event["detail"] == {}
        assert event["resources"][0].startswith("arn:aws:events:us-east-1:000000000000:rule/")
    times = sorted(datetime.datetime.strptime(e["time"], "%Y-%m-%dT%H:%M:%SZ") for e in fired)
    gaps = {(b - a).total_seconds() for a, b in zip(times, times[1:])}
    assert gaps == {60.0}, "rate(1 minute) fires once per (virtual) minute"


def test_scheduler_delivers_its_input(cloud):
    wait_for(lambda: [e for e in events(cloud) if e == {"kind": "scheduler-input"}], timeout_s=20,
             what="the ScheduleV2 Input")
