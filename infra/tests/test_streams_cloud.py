"""DynamoDB stream event source mapping against moto's stream: order per shard, checkpoint past
success on a partial failure, retries exhausted to the OnFailure queue."""
import json

from conftest import REPO, probe_items, wait_for
from shapes import shape


def write(cloud, key, **attrs):
    item = {"Id": {"S": key}}
    for k, v in attrs.items():
        item[k] = {"N": str(v)} if isinstance(v, int) else {"S": v}
    cloud.client("dynamodb").put_item(TableName=cloud.info["resources"]["StreamSourceTable"], Item=item)


def handled(cloud, tag):
    return [i for i in probe_items(cloud, "stream#") if i["key"].startswith(tag)]


def test_order_kept_and_checkpoint_past_success_on_partial_failure(cloud, tag):
    keys = [f"{tag}-{i:02d}" for i in range(10)]
    for i, key in enumerate(keys):
        if i == 5:
            write(cloud, key, failTimes=2)  # reported in batchItemFailures twice, then handled
        else:
            write(cloud, key)
    items = wait_for(lambda: (r := handled(cloud, tag)) and len(r) >= 10 and r, timeout_s=40,
                     what="all 10 stream records")
    assert len(items) == 10, "each record handled exactly once: no loss, no duplicate"
    in_order = [i["key"] for i in sorted(items, key=lambda i: int(i["n"]))]
    assert in_order == keys, "records reached the function in stream order"
    seqs = [int(i["Id"].split("#")[1]) for i in sorted(items, key=lambda i: int(i["n"]))]
    assert seqs == sorted(seqs)
    assert all(int(i["batchSize"]) <= 4 for i in items)  # BatchSize: 4
    log = cloud.output() + cloud.log("StreamProbeFunction")
    assert "retries exhausted" not in log or tag not in log


def test_records_have_the_shape_lambda_delivers(cloud, tag):
    write(cloud, f"{tag}-shape")
    record = json.loads(wait_for(lambda: handled(cloud, tag), what="the record")[0]["raw"])
    fixture = json.loads((REPO / "events/probes/dynamodb-stream-ok.json").read_text())["Records"][0]
    assert shape(record) == shape(fixture)
    assert record["eventSource"] == "aws:dynamodb" and record["eventName"] == "INSERT"
    assert record["eventSourceARN"] == cloud.info["streams"]["StreamSourceTable"]
    assert isinstance(record["dynamodb"]["ApproximateCreationDateTime"], (int, float))


def test_retries_exhausted_go_to_the_on_failure_queue_and_the_stream_moves_on(cloud, tag):
    poison = f"{tag}-poison"
    write(cloud, poison, failTimes=10, failMode="throw")
    sqs = cloud.client("sqs")
    url = cloud.info["resources"]["StreamFailureQueue"]

    def failure_record():
        for m in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", []):
            return json.loads(m["Body"])
    record = wait_for(failure_record, timeout_s=40, what="the on-failure record")
    info = record["DDBStreamBatchInfo"]
    assert record["requestContext"]["condition"] == "RetryAttemptsExhausted"
    assert record["requestContext"]["approximateInvokeCount"] == 3  # 1 try + MaximumRetryAttempts 2
    assert info["streamArn"] == cloud.info["streams"]["StreamSourceTable"]
    assert int(info["startSequenceNumber"]) <= int(info["endSequenceNumber"])
    # Without BisectBatchOnFunctionError the whole failing batch is discarded; written now, this record
    # comes in a later batch and must be handled: the shard is not stuck behind the poison record.
    write(cloud, f"{tag}-after")
    after = wait_for(lambda: [i for i in handled(cloud, tag) if i["key"] == f"{tag}-after"],
                     timeout_s=20, what="the record after the poison one")
    assert after and not [i for i in handled(cloud, tag) if i["key"] == poison]
