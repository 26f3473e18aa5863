"""Bad input never gets past Tern's front door: malformed JSON, wrong types, unknown enum values, missing
required members, oversize bodies, odd path ids, and 10,000 seeded random invalid bodies across every
served operation — each answer a 4xx in Pinpoint's error shape, and nothing stored (every list the
suite can read is the same after as before)."""
import json
import random
import string
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import assert_pinpoint_error

RANDOM_BODIES = 10_000
SEED = 20261126


def operations(openapi):
    """(operationId, method, path template, request body schema or None) of every served operation."""
    ops = []
    for path, item in openapi["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            ops.append((op["operationId"], method.upper(), path, resolve(openapi, body) if body else None))
    return ops


def resolve(openapi, schema):
    while schema and "$ref" in schema:
        schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def url_of(api_url, path, app_id):
    """The path with the suite's own app for {application-id} (so bodies reach validation) and unknown ids
    elsewhere."""
    out = path.replace("{application-id}", app_id)
    while "{" in out:
        start, end = out.index("{"), out.index("}")
        out = out[:start] + "0123456789abcdef0123456789abcdef" + out[end + 1:]
    return api_url + out


def wrong_value(schema):
    """A JSON value of a type the member's schema does not allow."""
    kind = (schema or {}).get("type")
    if "enum" in (schema or {}):
        return "NOT_A_" + "".join(random.choices(string.ascii_uppercase, k=6))
    return {"string": [{"a": 1}, [1, 2], True], "integer": ["ten", {"n": 1}, 1.5], "number": ["ten", [1]],
            "boolean": ["perhaps", {"b": 1}, [True]], "array": [{"x": 1}, "list", 7],
            "object": [[1, 2], "obj", 3]}.get(kind, [[1], {"z": None}])[random.randrange(2)]


def plausible(schema):
    """A value of the member's own type, so a body fails only for the member under test."""
    if "enum" in (schema or {}):
        return schema["enum"][0]
    return {"string": "x", "integer": 1, "number": 1, "boolean": True, "array": [], "object": {}}.get(
        (schema or {}).get("type"), "x")


def invalid_bodies(openapi, schema):
    """Bodies that no served operation may accept, each with why (for the failure message)."""
    bodies = [("malformed JSON", b'{"Name": '), ("a JSON array", b"[]"), ("a JSON string", b'"text"'),
              ("invalid UTF-8", b'{"Name": "\xff\xfe"}')]
    props = (schema or {}).get("properties", {})
    required = {k: plausible(resolve(openapi, props.get(k))) for k in (schema or {}).get("required", [])}
    for name, member in props.items():
        member = resolve(openapi, member)
        body = dict(required, **{name: wrong_value(member)})
        bodies.append((f"wrong type for {name}", json.dumps(body).encode()))
    for name in (schema or {}).get("required", []):
        bodies.append((f"missing required {name}", json.dumps({k: None for k in props if k != name}).encode()))
    return bodies


@pytest.fixture(scope="module")
def app_id(api_url, session):
    resp = session.post(api_url + "/v1/apps", json={"Name": "robustness"})
    assert resp.status_code == 201, resp.text
    yield resp.json()["Id"]
    session.delete(f"{api_url}/v1/apps/{resp.json()['Id']}")


def snapshot(api_url, session, openapi, app_id):
    """Everything the suite can list or read without ids it does not know."""
    seen = {}
    for op_id, method, path, _ in operations(openapi):
        if method != "GET" or "{" in path.replace("{application-id}", ""):
            continue
        resp = session.get(url_of(api_url, path, app_id), params={"page-size": "1000"})
        body = resp.json()
        for volatile in ("RequestID",):
            body.pop(volatile, None)
        seen[op_id] = (resp.status_code, json.dumps(body, sort_keys=True))
    return seen


def test_every_invalid_body_is_a_4xx_and_nothing_is_stored(api_url, session, openapi, app_id):
    before = snapshot(api_url, session, openapi, app_id)
    for op_id, method, path, schema in operations(openapi):
        if method not in ("POST", "PUT"):
            continue
        for why, body in invalid_bodies(openapi, schema):
            resp = session.request(method, url_of(api_url, path, app_id), data=body,
                                   headers={"Content-Type": "application/json"})
            assert resp.status_code != 200 and resp.status_code < 500, f"{op_id} with {why}: {resp.status_code}"
            assert_pinpoint_error(resp)
    assert snapshot(api_url, session, openapi, app_id) == before


def test_an_oversize_body_is_payload_too_large(api_url, session, app_id):
    body = json.dumps({"Name": "x" * (8 * 1024 * 1024)})
    resp = session.post(api_url + "/v1/apps", data=body, headers={"Content-Type": "application/json"})
    assert_pinpoint_error(resp, statuses=[413])
    assert resp.headers["x-amzn-ErrorType"].startswith("PayloadTooLargeException")


@pytest.mark.parametrize("odd_id", ["a/b", "100%", "%2F", "caf\u00e9-\u2603", "\U0001F600", "x" * 10_240, " ", ".."])
def test_odd_path_ids_are_client_errors(api_url, session, odd_id):
    from urllib.parse import quote
    for path in ("/v1/apps/{}", "/v1/apps/{}/settings"):
        resp = session.get(api_url + path.format(quote(odd_id, safe="")))
        assert_pinpoint_error(resp)


def test_ten_thousand_random_invalid_bodies_are_all_4xx(api_url, session, openapi, app_id):
    random.seed(SEED)
    writes = [op for op in operations(openapi) if op[1] in ("POST", "PUT")]
    cases = []
    for _ in range(RANDOM_BODIES):
        op_id, method, path, schema = random.choice(writes)
        why, body = random.choice(invalid_bodies(openapi, schema) + [random_garbage()])
        cases.append((op_id, method, path, why, body))
    before = snapshot(api_url, session, openapi, app_id)

    def send(case):
        op_id, method, path, why, body = case
        resp = session.request(method, url_of(api_url, path, app_id), data=body,
                               headers={"Content-Type": "application/json"})
        return case, resp

    failures = []
    with ThreadPoolExecutor(max_workers=8) as pool:
        for (op_id, _, _, why, _), resp in pool.map(send, cases):
            try:
                assert_pinpoint_error(resp)
            except AssertionError as e:
                failures.append(f"{op_id} with {why}: {e}")
    assert not failures, f"{len(failures)} of {RANDOM_BODIES} were not 4xx in Pinpoint's shape: {failures[:5]}"
    assert snapshot(api_url, session, openapi, app_id) == before


def random_garbage():
    n = random.randrange(1, 64)
    raw = bytes(random.randrange(256) for _ in range(n))
    return "random bytes", b"{" + raw if raw[:1] != b"{" else raw
