"""DynamoDB stream event source mapping ("Using Lambda with DynamoDB", "Configuring partial batch
response with DynamoDB and Lambda").

Per shard, records go to the function in stream order, BatchSize at a time. The checkpoint only ever
moves past records the function handled: on a function error the whole batch is retried; with
ReportBatchItemFailures the retry starts at the lowest reported sequence number. After
MaximumRetryAttempts (-1 = until the record expires; locally: forever) the failed batch is sent to
DestinationConfig.OnFailure as AWS's invocation record and skipped. BisectBatchOnFunctionError halves
a failing batch (halving does not count as a retry). Records are never reordered or skipped otherwise.
"""
import datetime
import json
import threading
import time
import uuid

from localcloud.emulator import client, queue_url_of_arn
from localcloud.logs import say

_POLL_INTERVAL_S = 0.25  # Lambda polls each shard four times a second


class StreamMapping:
    backoff_s = 0.2  # first retry after 0.4 s, doubling

    def __init__(self, name, fn, props, pool, tpl, endpoint):
        self.name = name
        self.fn = fn
        self.pool = pool
        self.tpl = tpl
        self.endpoint = endpoint
        self.stream_arn = props["Stream"]
        self.start_position = props.get("StartingPosition", "LATEST")
        self.batch_size = int(props.get("BatchSize", 100))
        self.window_s = float(props.get("MaximumBatchingWindowInSeconds", 0))
        self.max_retries = int(props.get("MaximumRetryAttempts", -1))
        self.bisect = props.get("BisectBatchOnFunctionError") in (True, "true")
        self.report_failures = "ReportBatchItemFailures" in (props.get("FunctionResponseTypes") or [])
        self.on_failure = ((props.get("DestinationConfig") or {}).get("OnFailure") or {}).get("Destination")
        self.enabled = props.get("Enabled", True) not in (False, "false")
        if props.get("FilterCriteria"):
            say(f"[stream {name}] FilterCriteria is not emulated: every record is delivered")
        self.streams = client("dynamodbstreams", endpoint, tpl.region)
        # Keep the raw JSON of GetRecords: the event carries the wire format (epoch numbers, base64 B).
        self.raw = threading.local()
        self.streams.meta.events.register("after-call.dynamodb-streams.GetRecords", self._keep_raw)
        self.stopping = threading.Event()
        self.threads = []
        self._last_was_error = False

    def _keep_raw(self, http_response, **_):
        self.raw.body = json.loads(http_response.content)

    def start(self):
        """Takes each shard's starting iterator now, so LATEST means 'from when the cloud was ready'."""
        if not self.enabled:
            return
        shards = self.streams.describe_stream(StreamArn=self.stream_arn)["StreamDescription"]["Shards"]
        for shard in shards:
            iterator = self.streams.get_shard_iterator(
                StreamArn=self.stream_arn, ShardId=shard["ShardId"],
                ShardIteratorType=self.start_position)["ShardIterator"]
            t = threading.Thread(target=self._run, args=(shard["ShardId"], iterator),
                                 name=f"stream-{self.fn.logical_id}-{shard['ShardId'][-8:]}", daemon=True)
            self.threads.append(t)
        for t in self.threads:
            t.start()

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(timeout=10)

    def _run(self, shard_id, iterator):
        buffer, attempts, size, first_seen = [], 0, self.batch_size, None
        while not self.stopping.is_set():
            try:
                if iterator and len(buffer) < self.batch_size:
                    records, iterator = self._fetch(iterator)
                    buffer += records
            except Exception as e:
                say(f"[stream {self.name}] GetRecords failed: {e!r}")
                self.stopping.wait(1)
                continue
            if not buffer:
                if not iterator:
                    return  # shard closed and drained
                self.stopping.wait(_POLL_INTERVAL_S)
                continue
            first_seen = first_seen or time.monotonic()
            if len(buffer) < self.batch_size and time.monotonic() - first_seen < self.window_s:
                self.stopping.wait(_POLL_INTERVAL_S)
                continue
            batch = buffer[:size]
            failed_from = self._invoke(batch)  # index of the first record to retry, or None
            if failed_from is None:
                buffer, attempts, size, first_seen = buffer[len(batch):], 0, self.batch_size, None
                continue
            # Checkpoint past what succeeded; what failed stays at the head of the buffer.
            buffer = buffer[failed_from:]
            failing = batch[failed_from:]
            if self.bisect and failed_from == 0 and len(failing) > 1 and self._last_was_error:
                size = max(1, len(failing) // 2)
                continue
            attempts += 1
            if 0 <= self.max_retries < attempts:
                self._send_failure(shard_id, failing, attempts)
                buffer, attempts, size = buffer[len(failing):], 0, self.batch_size
                continue
            self.stopping.wait(min(self.backoff_s * 2 ** attempts, 5))  # Lambda backs off between retries

    def _fetch(self, iterator):
        """(records in the wire format, next iterator or None when the shard is closed)."""
        self.streams.get_records(ShardIterator=iterator, Limit=1000)
        body = self.raw.body
        return body.get("Records", []), body.get("NextShardIterator")

    def _invoke(self, batch):
        event = {"Records": [dict(r, eventSourceARN=self.stream_arn) for r in batch]}
        inv = self.pool.invoke(event)
        self._last_was_error = not inv.ok
        self._last_error = inv.error_type
        if not inv.ok:
            say(f"[stream {self.name}] function error ({inv.error_type}) on {len(batch)} record(s): retrying")
            return 0
        if not self.report_failures:
            return None
        seqs = [r["dynamodb"]["SequenceNumber"] for r in batch]
        try:
            answer = json.loads(inv.body or b"null")
            failures = (answer or {}).get("batchItemFailures") if isinstance(answer, dict) else None
            if not failures:
                return None
            reported = [f["itemIdentifier"] for f in failures]
            if any(s not in seqs for s in reported):
                raise ValueError(f"unknown itemIdentifier in {reported}")
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            say(f"[stream {self.name}] invalid batchItemFailures ({e}): whole batch retried")
            self._last_was_error = True
            return 0
        return min(seqs.index(s) for s in reported)

    def _send_failure(self, shard_id, records, attempts):
        """AWS's on-failure invocation record for a stream batch ("Retaining records of discarded
        batches"): batch coordinates only, the records themselves stay in the stream."""
        first, last = records[0]["dynamodb"], records[-1]["dynamodb"]
        record = {
            "requestContext": {"requestId": str(uuid.uuid4()), "functionArn": self.fn.arn,
                               "condition": "RetryAttemptsExhausted", "approximateInvokeCount": attempts},
            "responseContext": {"statusCode": 200, "executedVersion": "$LATEST",
                                "functionError": "Unhandled" if self._last_was_error else None},
            "version": "1.0",
            "timestamp": _iso(time.time()),
            "DDBStreamBatchInfo": {
                "shardId": shard_id,
                "startSequenceNumber": first["SequenceNumber"],
                "endSequenceNumber": last["SequenceNumber"],
                "approximateArrivalOfFirstRecord": _iso(first.get("ApproximateCreationDateTime", 0)),
                "approximateArrivalOfLastRecord": _iso(last.get("ApproximateCreationDateTime", 0)),
                "batchSize": len(records),
                "streamArn": self.stream_arn,
            },
        }
        say(f"[stream {self.name}] retries exhausted for {len(records)} record(s) "
            f"{first['SequenceNumber']}..{last['SequenceNumber']}: "
            + ("sent to " + self.on_failure if self.on_failure else "discarded (no OnFailure destination)"))
        if not self.on_failure:
            return
        if ":sqs:" not in self.on_failure:
            say(f"[stream {self.name}] OnFailure {self.on_failure}: only SQS destinations are emulated")
            return
        sqs = client("sqs", self.endpoint, self.tpl.region)
        sqs.send_message(QueueUrl=queue_url_of_arn(self.tpl, self.on_failure, sqs), MessageBody=json.dumps(record))


def _iso(epoch):
    return datetime.datetime.fromtimestamp(float(epoch), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
