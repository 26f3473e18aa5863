"""SQS event source mapping, as Lambda's pollers run it ("Using Lambda with Amazon SQS").

Long-polls the queue, gathers up to BatchSize messages within MaximumBatchingWindowInSeconds, invokes,
then deletes: all messages on success; none on a function error (they come back after the visibility
timeout, and SQS itself moves them to the DLQ after maxReceiveCount); with ReportBatchItemFailures all
but the reported ones ("Implementing partial batch responses"). An invalid batchItemFailures answer
fails the whole batch, as Lambda does.
"""
import base64
import json
import threading
import time

from localcloud.emulator import client, queue_url_of_arn
from localcloud.logs import say

# Lambda long-polls with 20 s; locally each receive waits at most 2 s so a stop is never held up long.
_POLL_WAIT_S = 2


class SqsMapping:
    def __init__(self, name, fn, props, pool, tpl, endpoint):
        self.name = name
        self.fn = fn
        self.pool = pool
        self.arn = props["Queue"]
        self.batch_size = int(props.get("BatchSize", 10))
        self.window_s = float(props.get("MaximumBatchingWindowInSeconds", 0))
        self.report_failures = "ReportBatchItemFailures" in (props.get("FunctionResponseTypes") or [])
        self.enabled = props.get("Enabled", True) not in (False, "false")
        max_concurrency = (props.get("ScalingConfig") or {}).get("MaximumConcurrency")
        self.pollers = min(len(pool.instances), int(max_concurrency or 1000))
        self.region = tpl.region
        self.sqs = client("sqs", endpoint, tpl.region)
        self.url = queue_url_of_arn(tpl, self.arn, self.sqs)
        self.stopping = threading.Event()
        self.threads = []

    def start(self):
        if not self.enabled:
            return
        for i in range(self.pollers):
            t = threading.Thread(target=self._run, name=f"sqs-{self.fn.logical_id}-{i}", daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(timeout=_POLL_WAIT_S + 5)

    def _run(self):
        while not self.stopping.is_set():
            try:
                messages = self._gather()
                if messages:
                    self._deliver(messages)
            except Exception as e:  # emulator hiccup: log, back off, poll again
                if not self.stopping.is_set():
                    say(f"[sqs {self.name}] poll failed: {e!r}")
                    self.stopping.wait(1)

    def _gather(self):
        messages, first_at = [], None
        while not self.stopping.is_set() and len(messages) < self.batch_size:
            if first_at is None:
                wait = _POLL_WAIT_S
            else:
                left = self.window_s - (time.monotonic() - first_at)
                if left <= 0:
                    break
                wait = min(_POLL_WAIT_S, max(1, int(left)))
            got = self.sqs.receive_message(
                QueueUrl=self.url, MaxNumberOfMessages=min(10, self.batch_size - len(messages)),
                WaitTimeSeconds=wait, AttributeNames=["All"], MessageAttributeNames=["All"],
                MessageSystemAttributeNames=["All"]).get("Messages", [])
            if got and first_at is None:
                first_at = time.monotonic()
            messages += got
            if first_at is not None and self.window_s == 0:
                break
        return messages

    def _deliver(self, messages):
        event = {"Records": [self.record(m) for m in messages]}
        inv = self.pool.invoke(event)
        if not inv.ok:
            say(f"[sqs {self.name}] function error, {len(messages)} message(s) left for redelivery")
            return
        keep = set()
        if self.report_failures:
            keep = _failed_ids(inv.body, {m["MessageId"] for m in messages})
            if keep is None:
                say(f"[sqs {self.name}] invalid batchItemFailures answer: whole batch left for redelivery")
                return
        done = [m for m in messages if m["MessageId"] not in keep]
        for i in range(0, len(done), 10):
            chunk = done[i:i + 10]
            self.sqs.delete_message_batch(QueueUrl=self.url, Entries=[
                {"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(chunk)])

    def record(self, m):
        """One message as Lambda's SQS event record."""
        attrs = dict(m.get("Attributes") or {})
        system = {k: attrs[k] for k in ("ApproximateReceiveCount", "SentTimestamp", "SenderId",
                                          "ApproximateFirstReceiveTimestamp", "SequenceNumber",
                                          "MessageGroupId", "MessageDeduplicationId",
                                          "AWSTraceHeader", "DeadLetterQueueSourceArn") if k in attrs}
        record = {
            "messageId": m["MessageId"],
            "receiptHandle": m["ReceiptHandle"],
            "body": m.get("Body", ""),
            "attributes": system,
            "messageAttributes": {k: _message_attribute(v) for k, v in (m.get("MessageAttributes") or {}).items()},
            "md5OfBody": m.get("MD5OfBody"),
            "eventSource": "aws:sqs",
            "eventSourceARN": self.arn,
            "awsRegion": self.region,
        }
        if m.get("MD5OfMessageAttributes"):
            record["md5OfMessageAttributes"] = m["MD5OfMessageAttributes"]
        return record


def _message_attribute(v):
    out = {"stringListValues": [], "binaryListValues": [], "dataType": v["DataType"]}
    if "StringValue" in v:
        out["stringValue"] = v["StringValue"]
    if "BinaryValue" in v:
        out["binaryValue"] = base64.b64encode(v["BinaryValue"]).decode()
    return out


def _failed_ids(body, batch_ids):
    """The reported message ids; None if the answer is invalid (Lambda then fails the whole batch)."""
    try:
        answer = json.loads(body or b"null")
    except ValueError:
        return None
    if answer is None or not isinstance(answer, dict):
        return set()  # no batchItemFailures at all counts as complete success
    failures = answer.get("batchItemFailures")
    if failures is None:
        return set()
    if not isinstance(failures, list):
        return None
    ids = set()
    for f in failures:
        item = f.get("itemIdentifier") if isinstance(f, dict) else None
        if not item or item not in batch_ids:
            return None
        ids.add(item)
    return ids
