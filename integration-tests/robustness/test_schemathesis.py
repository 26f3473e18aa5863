"""Property-based fuzzing of every served operation with schemathesis, from the repo's OpenAPI document
(every function's openapi.json, itself generated from botocore's model): no 5xx, and every documented
response matches its schema. Requests are signed, so they reach the operations rather than the 403 gate."""
import os

import schemathesis
from hypothesis import HealthCheck, settings

from conftest import SigV4, served_openapi

import requests

schema = schemathesis.openapi.from_dict(served_openapi())
CHECKS = [schemathesis.checks.not_a_server_error, schemathesis.checks.response_schema_conformance]
SESSION = requests.Session()
SESSION.auth = SigV4(os.environ.get("TERN_ACCESS_KEY", "AKIDTERNLOCALTEST000"),
                     os.environ.get("TERN_SECRET_KEY", "tern-local-test-secret"))


@schema.parametrize()
@settings(max_examples=int(os.environ.get("TERN_FUZZ_EXAMPLES", "30")), deadline=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_error_and_responses_match_the_schema(case):
    case.call_and_validate(base_url=os.environ["TERN_API_URL"].rstrip("/"), session=SESSION, checks=CHECKS,
                           timeout=30)
