"""The Lambda Invoke API of the runner, driven by the events/probes fixtures (what `sam local invoke -e`
would feed), through boto3's Lambda client and through `python -m localcloud invoke`."""
import json
import subprocess
import sys

import boto3
import pytest

from conftest import INFRA, REPO

EVENTS = REPO / "events/probes"


@pytest.fixture(scope="module")
def lam(cloud):
    return boto3.client("lambda", endpoint_url=cloud.info["lambda_url"], region_name="us-east-1",
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def invoke(lam, function, fixture):
    r = lam.invoke(FunctionName=function, Payload=(EVENTS / fixture).read_bytes())
    return r, json.loads(r["Payload"].read())


def test_sqs_fixtures(lam):
    r, ok = invoke(lam, "SqsProbeFunction", "sqs-ok.json")
    assert r["StatusCode"] == 200 and "FunctionError" not in r and ok == {"batchItemFailures": []}
    _, fail = invoke(lam, "tern-local-SqsProbeFunction", "sqs-fail.json")  # by function name too
    assert fail == {"batchItemFailures": [{"itemIdentifier": "7b270e59-b3d5-45e5-9b6b-3e4f7e0b9f21"}]}


def test_stream_fixtures(lam):
    _, ok = invoke(lam, "StreamProbeFunction", "dynamodb-stream-ok.json")
    assert ok == {"batchItemFailures": []}
    _, fail = invoke(lam, "StreamProbeFunction", "dynamodb-stream-fail.json")
    assert fail == {"batchItemFailures": [{"itemIdentifier": "1100000000017454423013"}]}


def test_http_fixtures(lam):
    _, ok = invoke(lam, "HttpProbeFunction", "http-ok.json")
    assert ok["statusCode"] == 200 and json.loads(ok["body"])["event"]["rawPath"] == "/items/42"
    r, fail = invoke(lam, "HttpProbeFunction", "http-fail.json")
    assert r["FunctionError"] == "Unhandled" and fail["errorType"] == "java.lang.IllegalStateException"


def test_schedule_fixture_and_unknown_function(lam):
    r, out = invoke(lam, "arn:aws:lambda:us-east-1:000000000000:function:tern-local-ScheduleProbeFunction",
                    "schedule-ok.json")
    assert r["StatusCode"] == 200 and out == {}
    with pytest.raises(lam.exceptions.ResourceNotFoundException):
        lam.invoke(FunctionName="Nope", Payload=b"{}")


def test_cli_invoke(cloud):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "localcloud", "invoke", *args,
                               "--state-dir", str(cloud.state_dir)],
                              cwd=REPO, env={"PYTHONPATH": str(INFRA)}, capture_output=True, text=True, timeout=60)
    ok = run("SqsProbeFunction", "-e", str(EVENTS / "sqs-ok.json"))
    assert ok.returncode == 0 and json.loads(ok.stdout) == {"batchItemFailures": []}
    failed = run("HttpProbeFunction", "-e", str(EVENTS / "http-fail.json"))
    assert failed.returncode == 1 and "probe asked to throw" in failed.stdout
