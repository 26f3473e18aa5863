"""Ingest benchmark behind infra/bin/bench-ingest.

1. Starts a local cloud of template.yaml with only ApiFunction, IngestFunction and EventRecorderFunction (and
   AccessKeysBootstrapFunction, whose custom resource issues the admin key the requests are signed with).
2. Tern: creates an app, warms both functions up, then sends --requests PutEvents requests of 100 events
   (--concurrency at a time) through the HTTP API and waits until every event is in EventsTable. Events/s =
   events / (first send → last event recorded). CPU µs/event = the growth of the two function JVMs'
   utime+stime (/proc/<pid>/stat) over the run, divided by the events.
   Requests are signed with the local cloud's admin key (SigV4 auth is on).
3. Baseline, same emulator, same run: a plain boto3 loop doing the storage work the ingest path needs, with
   no function in between: per request the endpoint write (UpdateItem) and the ten SendMessageBatch calls of
   100 messages; then receiving them back (ReceiveMessage of 10), per event the conditional PutItem of the
   event and the conditional LastActivity UpdateItem, and DeleteMessageBatch.
Prints both rates and the ratio Tern/baseline."""
import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
FUNCTIONS = ["ApiFunction", "IngestFunction", "EventRecorderFunction", "AccessKeysBootstrapFunction"]
CLK_TCK = os.sysconf("SC_CLK_TCK")


def start_cloud(state):
    state.mkdir(parents=True, exist_ok=True)
    ready = state / "ready.json"
    ready.unlink(missing_ok=True)
    up = subprocess.Popen([PY, "-m", "localcloud", "up", "--template", "template.yaml", "--state-dir", str(state),
                           "--api-port", "0", "--emulator-port", "0", "--quiet", "--only", ",".join(FUNCTIONS)],
                          cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(state / "up.log", "w"))
    while not ready.exists():
        if up.poll() is not None:
            raise SystemExit(f"local cloud did not start; see {state / 'up.log'}")
        time.sleep(0.1)
    return up, json.loads(ready.read_text())


def clients(info):
    kw = dict(region_name="us-east-1", config=Config(retries={"max_attempts": 2}, max_pool_connections=16))
    emulator = dict(aws_access_key_id="bench", aws_secret_access_key="bench", **kw)
    # Tern verifies SigV4 with its own keys: sign with the admin key the local cloud wrote to ready.json.
    tern = dict(aws_access_key_id=info["admin_access_key_id"], aws_secret_access_key=info["admin_secret_access_key"], **kw)
    return (boto3.client("pinpoint", endpoint_url=info["api_url"], **tern),
            boto3.client("dynamodb", endpoint_url=info["emulator_url"], **emulator),
            boto3.client("sqs", endpoint_url=info["emulator_url"], **emulator))


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        except FileNotFoundError:
            pass
    return total / CLK_TCK


def function_pids(state):
    info = json.loads((state / "ready.json").read_text())
    return [pid for name in ("IngestFunction", "EventRecorderFunction") for pid in info["functions"][name]["pids"]]


def batch(endpoint, n):
    now = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
    events = {str(uuid.uuid4()): {"EventType": "bench", "Timestamp": now, "Attributes": {"k": "v"}, "Metrics": {"m": 1.0}}
              for _ in range(n)}
    return {"BatchItem": {endpoint: {"Endpoint": {"ChannelType": "GCM", "Address": "token-" + endpoint}, "Events": events}}}


def count(dynamo, table):
    total, start = 0, None
    while True:
        kw = {"TableName": table, "Select": "COUNT"}
        if start:
            kw["ExclusiveStartKey"] = start
        r = dynamo.scan(**kw)
        total += r["Count"]
        start = r.get("LastEvaluatedKey")
        if not start:
            return total


def run_tern(pinpoint, dynamo, table, app, requests, concurrency, state):
    before = count(dynamo, table)
    pids = function_pids(state)
    cpu0 = cpu_seconds(pids)
    started = time.monotonic()

    def send(i):
        r = pinpoint.put_events(ApplicationId=app, EventsRequest=batch(f"bench-{i % 50}", 100))
        item = next(iter(r["EventsResponse"]["Results"].values()))
        return sum(1 for e in item["EventsItemResponse"].values() if e["StatusCode"] == 202)

    with ThreadPoolExecutor(concurrency) as pool:
        accepted = sum(pool.map(send, range(requests)))
    accepted_at = time.monotonic()
    target = before + requests * 100
    deadline = time.monotonic() + 600
    while count(dynamo, table) < target:
        if time.monotonic() > deadline:
            raise SystemExit("events were not all recorded within 10 minutes")
        time.sleep(0.5)  # each poll is a Scan of the table: not too often, or it slows the emulator it measures
    elapsed = time.monotonic() - started
    cpu = cpu_seconds(pids) - cpu0
    return accepted, accepted_at - started, elapsed, cpu


def run_baseline(dynamo, sqs, endpoints_table, events_table, queue_url, requests, app):
    started = time.monotonic()
    for i in range(requests):
        endpoint = f"base-{i % 50}"
        key = {"Bucket": {"S": f"{app}#{i % 64:02d}"}, "EndpointId": {"S": endpoint}}
        dynamo.update_item(TableName=endpoints_table, Key=key, UpdateExpression="SET #a = :a, #c = :c",
                           ExpressionAttributeNames={"#a": "Address", "#c": "ChannelType"},
                           ExpressionAttributeValues={":a": {"S": "token-" + endpoint}, ":c": {"S": "GCM"}})
        body = json.dumps(batch(endpoint, 1))
        ids = [str(uuid.uuid4()) for _ in range(100)]
        for k in range(0, 100, 10):
            sqs.send_message_batch(QueueUrl=queue_url, Entries=[
                {"Id": str(j), "MessageBody": json.dumps({"id": ids[k + j], "endpoint": endpoint, "body": body})}
                for j in range(10)])
        received = 0
        while received < 100:
            msgs = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", [])
            for m in msgs:
                event = json.loads(m["Body"])
                dynamo.put_item(TableName=events_table, Item={
                    "EventKey": {"S": f"{app}#{event['id']}"}, "EndpointId": {"S": event["endpoint"]},
                    "EventType": {"S": "bench"}, "ExpiresAt": {"N": str(int(time.time()) + 7776000)}},
                    ConditionExpression="attribute_not_exists(EventKey)")
                try:
                    dynamo.update_item(TableName=endpoints_table, Key=key, UpdateExpression="SET LastActivity = :t",
                                       ConditionExpression="attribute_not_exists(LastActivity) OR LastActivity < :t",
                                       ExpressionAttributeValues={":t": {"S": time.strftime("%Y-%m-%dT%H:%M:%S.000Z")}})
                except dynamo.exceptions.ConditionalCheckFailedException:
                    pass
            if msgs:
                sqs.delete_message_batch(QueueUrl=queue_url, Entries=[
                    {"Id": str(j), "ReceiptHandle": m["ReceiptHandle"]} for j, m in enumerate(msgs)])
            received += len(msgs)
    return time.monotonic() - started


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--state-dir", default=str(ROOT / ".tern" / "bench-ingest"))
    args = parser.parse_args(argv)
    state = Path(args.state_dir).resolve()
    up, info = start_cloud(state)
    try:
        pinpoint, dynamo, sqs = clients(info)
        res = info["resources"]
        app = pinpoint.create_app(CreateApplicationRequest={"Name": "bench-ingest"})["ApplicationResponse"]["Id"]
        run_tern(pinpoint, dynamo, res["EventsTable"], app, 2, 1, state)  # warm-up: JIT, connections
        accepted, accept_s, tern_s, cpu = run_tern(pinpoint, dynamo, res["EventsTable"], app,
                                                   args.requests, args.concurrency, state)
        events = args.requests * 100
        base_queue = sqs.create_queue(QueueName="bench-ingest-baseline")["QueueUrl"]
        base_s = run_baseline(dynamo, sqs, res["EndpointsTable"], res["EventsTable"], base_queue, args.requests, app)
        tern_rate, base_rate = events / tern_s, events / base_s
        print(f"bench-ingest: {args.requests} PutEvents requests x 100 events, concurrency {args.concurrency}")
        print(f"  tern:     {accepted}/{events} accepted in {accept_s:.2f} s; all recorded after {tern_s:.2f} s"
              f" -> {tern_rate:,.0f} events/s end to end")
        print(f"  baseline: same storage writes from a plain loop in {base_s:.2f} s -> {base_rate:,.0f} events/s")
        print(f"  ratio tern/baseline: {tern_rate / base_rate:.2f}")
        print(f"  CPU inside ingest + event-recorder JVMs: {cpu * 1e6 / events:,.0f} us/event ({cpu:.2f} s total)")
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(60)


if __name__ == "__main__":
    main(sys.argv[1:])
