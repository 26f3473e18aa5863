"""Shared plumbing of the robustness suite: the running suite's URL, a SigV4 signer for `mobiletargeting`
(Tern verifies every request as Pinpoint did), the served operations from the repo's OpenAPI document, and
Pinpoint's error shape."""
import json
import os
from pathlib import Path

import pytest
import requests
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ROOT = Path(__file__).resolve().parents[2]
OPENAPIS = sorted(ROOT.glob("functions/*/openapi.json"))


def served_openapi():
    """One document of every HTTP function's served operations (api's management API, ingest's PutEvents):
    the functions share one HTTP API, so the suite covers all of them."""
    merged = None
    for doc in OPENAPIS:
        part = json.loads(doc.read_text())
        if merged is None:
            merged = part
            continue
        merged["paths"].update(part["paths"])
        merged["components"]["schemas"].update(part["components"]["schemas"])
    return merged


class SigV4(requests.auth.AuthBase):
    """Signs a prepared request exactly as the AWS SDKs do for Pinpoint (service `mobiletargeting`)."""

    def __init__(self, key, secret, region="us-east-1"):
        self.signer = SigV4Auth(Credentials(key, secret), "mobiletargeting", region)

    def __call__(self, r):
        body = r.body or b""
        if isinstance(body, str):
            body = body.encode()
        aws = AWSRequest(method=r.method, url=r.url, data=body,
                         headers={k: v for k, v in r.headers.items() if k.lower() == "content-type"})
        self.signer.add_auth(aws)
        for name in ("Authorization", "X-Amz-Date", "X-Amz-Security-Token"):
            if name in aws.headers:
                r.headers[name] = aws.headers[name]
        return r


@pytest.fixture(scope="session")
def api_url():
    url = os.environ.get("TERN_API_URL")
    if not url:
        pytest.fail("TERN_API_URL is not set: run through infra/bin/test or against infra/bin/run")
    return url.rstrip("/")


@pytest.fixture(scope="session")
def session():
    s = requests.Session()
    s.auth = SigV4(os.environ.get("TERN_ACCESS_KEY", "AKIDTERNLOCALTEST000"),
                   os.environ.get("TERN_SECRET_KEY", "tern-local-test-secret"))
    return s


@pytest.fixture(scope="session")
def openapi():
    return served_openapi()


def assert_pinpoint_error(resp, statuses=range(400, 500)):
    """A client mistake: a 4xx with x-amzn-ErrorType, x-amzn-RequestId and {"Message", "RequestID"}."""
    where = f"{resp.request.method} {resp.request.url[:200]} -> {resp.status_code} {resp.text[:300]!r}"
    assert resp.status_code in statuses, where
    assert resp.headers.get("x-amzn-ErrorType", "").endswith("Exception"), where
    assert resp.headers.get("x-amzn-RequestId"), where
    body = resp.json()
    assert isinstance(body.get("Message"), str) and body["Message"], where
    assert body.get("RequestID") == resp.headers["x-amzn-RequestId"], where
