"""SQS event source mapping against moto: partial batch failure, batching, function errors, and the
DLQ redrive, which is moto's (SQS') own doing, not the runner's."""
import json

from conftest import REPO, probe_items, wait_for
from shapes import shape


def queue(cloud, lid):
    return cloud.info["resources"][lid]


def received(cloud, tag):
    return [i for i in probe_items(cloud, "sqs#") if tag in i["body"]]


def dlq_bodies(cloud, tag):
    sqs = cloud.client("sqs")
    out = []
    for _ in range(3):
        msgs = sqs.receive_message(QueueUrl=queue(cloud, "WorkDlq"), MaxNumberOfMessages=10,
                                   VisibilityTimeout=0, WaitTimeSeconds=1).get("Messages", [])
        out += [m["Body"] for m in msgs if tag in m["Body"]]
        if out:
            break
    return sorted(set(out))


def test_partial_batch_failure_returns_only_the_failed_record_then_dlq(cloud, tag):
    sqs = cloud.client("sqs")
    sqs.send_message_batch(QueueUrl=queue(cloud, "WorkQueue"), Entries=[
        {"Id": "1", "MessageBody": f"ok-a-{tag}"},
        {"Id": "2", "MessageBody": f"fail-b-{tag}", "MessageAttributes": {
            "origin": {"DataType": "String", "StringValue": "probe"}}},
        {"Id": "3", "MessageBody": f"ok-c-{tag}"}])
    # maxReceiveCount 2, visibility 2 s: the failed one is handled twice, then SQS moves it to the DLQ.
    wait_for(lambda: dlq_bodies(cloud, tag), timeout_s=30, what="the failed message in the DLQ")
    seen = {}
    for item in received(cloud, tag):
        seen.setdefault(item["body"], []).append(int(item["Id"].rsplit("#", 1)[1]))
    assert sorted(seen[f"ok-a-{tag}"]) == [1] and sorted(seen[f"ok-c-{tag}"]) == [1], \
        "successful records were deleted after their first delivery"
    assert sorted(seen[f"fail-b-{tag}"]) == [1, 2], "the failed record came back once, then went to the DLQ"
    assert dlq_bodies(cloud, tag) == [f"fail-b-{tag}"]
    attrs = sqs.get_queue_attributes(QueueUrl=queue(cloud, "WorkQueue"),
                                     AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]
    assert attrs["ApproximateNumberOfMessages"] == "0"


def test_records_have_the_shape_lambda_delivers(cloud, tag):
    cloud.client("sqs").send_message(QueueUrl=queue(cloud, "WorkQueue"), MessageBody=f"ok-shape-{tag}")
    item = wait_for(lambda: received(cloud, tag), what="the record")[0]
    record = json.loads(item["raw"])
    fixture = json.loads((REPO / "events/probes/sqs-ok.json").read_text())["Records"][0]
    assert shape(record) == shape(fixture)
    assert record["eventSource"] == "aws:sqs" and record["awsRegion"] == "us-east-1"
    assert record["eventSourceARN"] == "arn:aws:sqs:us-east-1:000000000000:tern-local-WorkQueue"
    assert record["attributes"]["ApproximateReceiveCount"] == "1"


def test_batches_up_to_batch_size(cloud, tag):
    cloud.client("sqs").send_message_batch(QueueUrl=queue(cloud, "WorkQueue"), Entries=[
        {"Id": str(i), "MessageBody": f"ok-{i}-{tag}"} for i in range(8)])
    items = wait_for(lambda: (r := received(cloud, tag)) and len(r) >= 8 and r, what="8 records")
    assert len(items) == 8, "each message handled exactly once"
    sizes = {i["requestId"]: int(i["batchSize"]) for i in items}
    assert max(sizes.values()) == 5 and all(s <= 5 for s in sizes.values()), sizes  # BatchSize: 5
    assert len(sizes) >= 2


def test_function_error_deletes_nothing(cloud, tag):
    sqs = cloud.client("sqs")
    sqs.send_message(QueueUrl=queue(cloud, "WorkQueue"), MessageBody=f"crash-{tag}")
    wait_for(lambda: dlq_bodies(cloud, tag), timeout_s=30, what="the crashing message in the DLQ")
    counts = sorted(int(i["Id"].rsplit("#", 1)[1]) for i in received(cloud, tag))
    assert counts == [1, 2], "delivered again after the visibility timeout, then redriven by SQS"
