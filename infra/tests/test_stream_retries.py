"""The stream mapping's checkpoint and retry rules with a scripted function and a fake shard: pure
Python, so every path (partial failure, bisect, retries exhausted) is checked exactly."""
import json
import threading

from localcloud.sources.streams import StreamMapping
from localcloud.template import Function


class Outcome:
    def __init__(self, ok, body=b"{}", error_type=None):
        self.ok, self.body, self.error_type = ok, body, error_type


class ScriptedPool:
    """Answers each invoke with `decide(seqs)`; records the sequence numbers of every batch."""

    def __init__(self, decide):
        self.decide = decide
        self.batches = []

    def invoke(self, event):
        seqs = [r["dynamodb"]["SequenceNumber"] for r in event["Records"]]
        self.batches.append(seqs)
        return self.decide(seqs)


def record(seq):
    return {"eventID": str(seq), "eventName": "INSERT", "eventSource": "aws:dynamodb",
            "dynamodb": {"SequenceNumber": str(seq), "ApproximateCreationDateTime": 1.0, "Keys": {}}}


class ShardMapping(StreamMapping):
    """A mapping over an in-memory shard of `n` records; stops once the shard is drained."""

    def __init__(self, props, pool, n):
        fn = Function("F", "f", None, "h", "java17", 128, 3, {}, {}, "arn:aws:lambda:us-east-1:0:function:f")

        class Tpl:
            region = "us-east-1"
        super().__init__("Changes", fn, dict({"Stream": "arn:stream", "StartingPosition": "TRIM_HORIZON"}, **props),
                         pool, Tpl(), "http://127.0.0.1:9")
        self.backoff_s = 0
        self.pending = [record(100 + i) for i in range(n)]
        self.failures = []

    def _fetch(self, iterator):
        records, self.pending = self.pending, []
        return records, None  # the shard is closed: _run returns once everything is handled

    def _send_failure(self, shard_id, records, attempts):
        self.failures.append(([r["dynamodb"]["SequenceNumber"] for r in records], attempts))

    def run(self):
        t = threading.Thread(target=self._run, args=("shard-1", "it"))
        t.start()
        t.join(timeout=10)
        assert not t.is_alive()


def report(seq):
    return Outcome(True, json.dumps({"batchItemFailures": [{"itemIdentifier": seq}]}).encode())


def test_partial_failure_retries_from_the_reported_record_and_never_skips():
    tries = {}

    def decide(seqs):
        if "102" in seqs and tries.setdefault("102", 0) < 2:
            tries["102"] += 1
            return report("102")
        return Outcome(True)
    pool = ScriptedPool(decide)
    m = ShardMapping({"BatchSize": 4, "FunctionResponseTypes": ["ReportBatchItemFailures"]}, pool, 6)
    m.run()
    assert pool.batches == [["100", "101", "102", "103"], ["102", "103", "104", "105"],
                            ["102", "103", "104", "105"]]
    assert m.failures == []


def test_function_error_retries_the_whole_batch_then_on_failure_after_max_retries():
    pool = ScriptedPool(lambda seqs: Outcome(False, error_type="Unhandled") if "101" in seqs else Outcome(True))
    m = ShardMapping({"BatchSize": 2, "MaximumRetryAttempts": 2}, pool, 4)
    m.run()
    assert pool.batches == [["100", "101"]] * 3 + [["102", "103"]]
    assert m.failures == [(["100", "101"], 3)]


def test_bisect_isolates_the_poison_record():
    pool = ScriptedPool(lambda seqs: Outcome(False, error_type="Unhandled") if "102" in seqs else Outcome(True))
    m = ShardMapping({"BatchSize": 4, "MaximumRetryAttempts": 1, "BisectBatchOnFunctionError": True}, pool, 4)
    m.run()
    assert pool.batches == [["100", "101", "102", "103"], ["100", "101"], ["102", "103"], ["102"], ["102"],
                            ["103"]]
    assert m.failures == [(["102"], 2)]


def test_invalid_item_identifier_fails_the_whole_batch():
    answers = iter([report("999"), Outcome(True)])
    pool = ScriptedPool(lambda seqs: next(answers))
    m = ShardMapping({"BatchSize": 3, "FunctionResponseTypes": ["ReportBatchItemFailures"]}, pool, 3)
    m.run()
    assert pool.batches == [["100", "101", "102"]] * 2
