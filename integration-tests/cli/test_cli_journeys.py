"""Journeys through the AWS CLI v2, as a user types it: a JSON file for the request, then the state changes."""
import json

from pinpoint_cli import aws, ok, pytestmark  # noqa: F401 (pytestmark skips without the CLI)

JOURNEY = {
    "Name": "cli-journey",
    "StartActivity": "hello",
    "StartCondition": {"SegmentStartCondition": {"SegmentId": "5f0c6c9e1c4b4d2f8a7e3b2c1d0e9f8a"}},
    "RefreshFrequency": "PT1H",
    "Activities": {
        "hello": {"EMAIL": {"TemplateName": "welcome", "NextActivity": "pause"}},
        "pause": {"Wait": {"WaitTime": {"WaitFor": "P1D"}, "NextActivity": "split"}},
        "split": {"RandomSplit": {"Branches": [{"Percentage": 60, "NextActivity": "bye"}, {"Percentage": 40}]}},
        "bye": {"SMS": {"TemplateName": "goodbye", "MessageConfig": {"MessageType": "TRANSACTIONAL"}}},
    },
}


def write(tmp_path, body):
    path = tmp_path / "journey.json"
    path.write_text(json.dumps(body))
    return "file://" + str(path)


def test_journey_lifecycle(tmp_path):
    app = ok("create-app", "--create-application-request", "Name=cli-journeys")["ApplicationResponse"]["Id"]
    try:
        created = ok("create-journey", "--application-id", app,
                     "--write-journey-request", write(tmp_path, JOURNEY))["JourneyResponse"]
        assert created["State"] == "DRAFT" and created["ApplicationId"] == app
        assert created["Activities"] == JOURNEY["Activities"]
        journey = created["Id"]

        got = ok("get-journey", "--application-id", app, "--journey-id", journey)["JourneyResponse"]
        assert got == created

        listed = ok("list-journeys", "--application-id", app, "--page-size", "10")["JourneysResponse"]
        assert [j["Id"] for j in listed["Item"]] == [journey]

        published = ok("update-journey-state", "--application-id", app, "--journey-id", journey,
                       "--journey-state-request", "State=ACTIVE")["JourneyResponse"]
        assert published["State"] == "ACTIVE"
        paused = ok("update-journey-state", "--application-id", app, "--journey-id", journey,
                    "--journey-state-request", "State=PAUSED")["JourneyResponse"]
        assert paused["State"] == "PAUSED"

        changed = dict(JOURNEY, Activities=dict(JOURNEY["Activities"], bye={"SMS": {"TemplateName": "other"}}))
        refused = aws("update-journey", "--application-id", app, "--journey-id", journey,
                      "--write-journey-request", write(tmp_path, changed))
        assert refused.returncode != 0
        assert "ConflictException" in refused.stderr and "UpdateJourney operation" in refused.stderr

        deleted = ok("delete-journey", "--application-id", app, "--journey-id", journey)["JourneyResponse"]
        assert deleted["Id"] == journey
        gone = aws("get-journey", "--application-id", app, "--journey-id", journey)
        assert gone.returncode != 0 and "NotFoundException" in gone.stderr
    finally:
        ok("delete-app", "--application-id", app)


def test_a_dangling_next_activity_is_a_bad_request(tmp_path):
    app = ok("create-app", "--create-application-request", "Name=cli-journeys-bad")["ApplicationResponse"]["Id"]
    try:
        broken = dict(JOURNEY, Activities=dict(JOURNEY["Activities"], bye={"SMS": {"NextActivity": "nowhere"}}))
        result = aws("create-journey", "--application-id", app, "--write-journey-request", write(tmp_path, broken))
        assert result.returncode != 0
        assert "BadRequestException" in result.stderr
        assert "Activities.bye.SMS.NextActivity: references activity 'nowhere'" in result.stderr
    finally:
        ok("delete-app", "--application-id", app)
