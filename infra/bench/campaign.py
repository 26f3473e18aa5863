"""Campaign throughput benchmark behind infra/bin/bench-campaign.

1. Starts a local cloud of template.yaml (own state dir and ports) with N instances of sender-email and
   segment-recalculation; API calls are signed with the admin key the local cloud writes to ready.json.
2. Seeds one app: email channel, a verified SES sender in the emulator, N endpoints (UpdateEndpointsBatch, 100
   a call) and a segment selecting them on an attribute.
3. Tern: creates an IMMEDIATE campaign and polls moto's SES send count until every endpoint's email was
   accepted: emails/s = endpoints / (last accepted − CreateCampaign).
4. Baseline: a plain loop of SES v2 SendEmail calls to the same emulator with the same concurrency.
Prints both rates and the ratio Tern/baseline (1.0 would mean Tern adds nothing over the raw SES calls)."""
import argparse
import json
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[2]
FROM = "bench@tern.example"


def client(service, url, key="testing", secret="testing"):
    return boto3.client(service, endpoint_url=url, region_name="us-east-1", aws_access_key_id=key,
                        aws_secret_access_key=secret, config=Config(retries={"max_attempts": 10},
                                                                    max_pool_connections=64))


def sent_count(ses_v1):
    return int(ses_v1.get_send_quota()["SentLast24Hours"])


def up(state, concurrency):
    state.mkdir(parents=True, exist_ok=True)
    (state / "ready.json").unlink(missing_ok=True)
    cloud = subprocess.Popen([sys.executable, "-m", "localcloud", "up", "--template", "template.yaml",
                              "--state-dir", str(state), "--api-port", "0", "--emulator-port", "0", "--quiet",
                              "--concurrency", f"SenderEmailFunction={concurrency},"
                                               f"SegmentRecalculationFunction={concurrency}"],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(state / "up.log", "w"))
    while not (state / "ready.json").exists():
        if cloud.poll() is not None:
            raise SystemExit(f"local cloud did not start; see {state / 'up.log'}")
        time.sleep(0.2)
    return cloud, json.loads((state / "ready.json").read_text())


def seed(pinpoint, ses_v2, endpoints):
    ses_v2.create_email_identity(EmailIdentity=FROM)
    app = pinpoint.create_app(CreateApplicationRequest={"Name": "bench"})["ApplicationResponse"]["Id"]
    pinpoint.update_email_channel(ApplicationId=app, EmailChannelRequest={
        "FromAddress": FROM, "Identity": f"arn:aws:ses:us-east-1:000000000000:identity/{FROM}", "Enabled": True})
    for start in range(0, endpoints, 100):
        pinpoint.update_endpoints_batch(ApplicationId=app, EndpointBatchRequest={"Item": [
            {"Id": f"ep-{i}", "ChannelType": "EMAIL", "Address": f"user{i}@example.com",
             "Attributes": {"bench": ["yes"]}, "User": {"UserAttributes": {"FirstName": [f"User{i}"]}}}
            for i in range(start, min(endpoints, start + 100))]})
    segment = pinpoint.create_segment(ApplicationId=app, WriteSegmentRequest={
        "Name": "bench", "Dimensions": {"Attributes": {"bench": {"AttributeType": "INCLUSIVE", "Values": ["yes"]}}}}
    )["SegmentResponse"]["Id"]
    return app, segment


def tern_rate(pinpoint, ses_v1, app, segment, endpoints, timeout):
    before = sent_count(ses_v1)
    started = time.monotonic()
    campaign = pinpoint.create_campaign(ApplicationId=app, WriteCampaignRequest={
        "Name": "bench", "SegmentId": segment, "Schedule": {"StartTime": "IMMEDIATE", "Frequency": "ONCE"},
        "MessageConfiguration": {"EmailMessage": {"Title": "Hello {{User.UserAttributes.FirstName}}",
                                                  "HtmlBody": "<p>Our sale starts now.</p>"}}})["CampaignResponse"]
    last, last_at = before, started
    while time.monotonic() - started < timeout:
        n = sent_count(ses_v1)
        if n != last:
            last, last_at = n, time.monotonic()
        if n - before >= endpoints:
            break
        time.sleep(0.2)
    sent = last - before
    if sent < endpoints:
        raise SystemExit(f"only {sent} of {endpoints} emails were sent within {timeout} s")
    run = pinpoint.get_campaign_activities(ApplicationId=app, CampaignId=campaign["Id"])["ActivitiesResponse"]
    return endpoints / (last_at - started), last_at - started, run["Item"][0] if run["Item"] else {}


def baseline_rate(ses_v2, emails, concurrency):
    def one(i):
        ses_v2.send_email(FromEmailAddress=FROM, Destination={"ToAddresses": [f"plain{i}@example.com"]},
                          Content={"Simple": {"Subject": {"Data": f"Hello User{i}"},
                                              "Body": {"Html": {"Data": "<p>Our sale starts now.</p>"}}}})
    started = time.monotonic()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(emails)))
    elapsed = time.monotonic() - started
    return emails / elapsed, elapsed


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--endpoints", type=int, default=10_000)
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--timeout", type=int, default=1800)
    args = p.parse_args()
    state = ROOT / ".tern" / "bench-campaign"
    cloud, ready = up(state, args.concurrency)
    try:
        # Tern verifies SigV4 with its own keys: sign with the admin key the local cloud wrote to ready.json.
        pinpoint = client("pinpoint", ready["api_url"], ready.get("admin_access_key_id", "testing"),
                          ready.get("admin_secret_access_key", "testing"))
        ses_v1, ses_v2 = client("ses", ready["emulator_url"]), client("sesv2", ready["emulator_url"])
        print(f"seeding {args.endpoints} endpoints ...", file=sys.stderr)
        app, segment = seed(pinpoint, ses_v2, args.endpoints)
        print("campaign ...", file=sys.stderr)
        tern, tern_s, run = tern_rate(pinpoint, ses_v1, app, segment, args.endpoints, args.timeout)
        print("baseline ...", file=sys.stderr)
        plain, plain_s = baseline_rate(ses_v2, args.endpoints, args.concurrency)
        print(f"campaign of {args.endpoints} endpoints, {args.concurrency} sender instances")
        print(f"  Tern campaign : {tern:8.1f} emails/s ({tern_s:.1f} s from CreateCampaign to the last email;"
              f" run {run.get('State')} {run.get('SuccessfulEndpointCount')}/{run.get('TotalEndpointCount')})")
        print(f"  plain SES loop: {plain:8.1f} emails/s ({plain_s:.1f} s, {args.concurrency} threads)")
        print(f"  ratio Tern/plain: {tern / plain:.2f}")
    finally:
        cloud.send_signal(signal.SIGTERM)
        cloud.wait(60)


if __name__ == "__main__":
    main()
