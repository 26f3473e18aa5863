"""API Gateway route selection, event building and answer mapping: pure Python, no cloud."""
import base64
import json

import pytest

from conftest import REPO
from localcloud.sources import http_events
from localcloud.sources.routes import Route, select
from shapes import shape

ROUTES = [
    Route("ANY", "/{proxy+}", "Catch", "2.0"),
    Route("GET", "/items/{id}", "Item", "2.0"),
    Route("GET", "/items/special", "Special", "2.0"),
    Route("ANY", "/items/{id}", "AnyItem", "2.0"),
    Route("GET", "/items/{id}/parts/{part}", "Part", "2.0"),
    Route("ANY", "/files/{path+}", "Files", "2.0"),
]


@pytest.mark.parametrize("method, path, function, params", [
    ("GET", "/items/special", "Special", {}),                    # exact beats {param}
    ("GET", "/items/7", "Item", {"id": "7"}),                     # GET beats ANY on the same path
    ("POST", "/items/7", "AnyItem", {"id": "7"}),
    ("GET", "/items/7/parts/9", "Part", {"id": "7", "part": "9"}),
    ("GET", "/items/7/other", "Catch", {"proxy": "items/7/other"}),  # greedy only as a last resort
    ("PUT", "/files/a/b%20c.txt", "Files", {"path": "a/b c.txt"}),   # longer greedy prefix wins
    ("GET", "/x", "Catch", {"proxy": "x"}),
])
def test_route_precedence(method, path, function, params):
    route, got = select(ROUTES, method, path)
    assert route.function == function and got == params


def test_no_route_and_greedy_needs_a_segment():
    assert select([Route("GET", "/a", "A", "2.0")], "GET", "/b") == (None, None)
    assert select([Route("ANY", "/{proxy+}", "C", "2.0")], "GET", "/") == (None, None)
    route, _ = select([Route("ANY", "$default", "D", "2.0"), Route("GET", "/a", "A", "2.0")], "GET", "/zz")
    assert route.function == "D" and route.key == "$default"


def test_event_v2_has_the_shape_of_the_fixture():
    fixture = json.loads((REPO / "events/probes/http-ok.json").read_text())
    route, params = select(ROUTES, "GET", "/items/42")
    event = http_events.event_v2(route, params, "GET", "/items/42", "a=1&a=2&b=x",
                                 [("Host", "127.0.0.1:3000"), ("User-Agent", "curl/7.88.1"), ("Accept", "*/*"),
                                  ("X-Foo", "bar"), ("X-Foo", "baz"), ("Cookie", "c1=v1; c2=v2")],
                                 b"", "127.0.0.1", "127.0.0.1:3000")
    assert shape(event) == shape(fixture)
    assert event["headers"]["x-foo"] == "bar,baz"  # repeated headers joined, names lower-cased
    assert event["cookies"] == ["c1=v1", "c2=v2"] and "cookie" not in event["headers"]
    assert event["queryStringParameters"] == {"a": "1,2", "b": "x"}
    assert event["routeKey"] == "GET /items/{id}" and event["pathParameters"] == {"id": "42"}


def test_event_v2_base64_for_binary_text_for_json():
    route, params = select(ROUTES, "POST", "/x")
    raw = bytes(range(256))
    binary = http_events.event_v2(route, params, "POST", "/x", "", [("Content-Type", "image/png")], raw, "1", "h")
    assert binary["isBase64Encoded"] and base64.b64decode(binary["body"]) == raw
    text = http_events.event_v2(route, params, "POST", "/x", "", [("Content-Type", "application/json")],
                                b'{"a":1}', "1", "h")
    assert not text["isBase64Encoded"] and text["body"] == '{"a":1}'


def test_answer_mapping():
    status, headers, body = http_events.response(json.dumps({
        "statusCode": 201, "headers": {"x-a": "1"}, "multiValueHeaders": {"x-b": ["2", "3"]},
        "cookies": ["k=v"], "body": base64.b64encode(b"\x00\x01").decode(), "isBase64Encoded": True}).encode(), "2.0")
    assert status == 201 and body == b"\x00\x01"
    assert ("x-a", "1") in headers and ("x-b", "3") in headers and ("Set-Cookie", "k=v") in headers


def test_answer_without_status_code_is_inferred_as_json_200():
    status, headers, body = http_events.response(b'{"hello":"world"}', "2.0")
    assert status == 200 and json.loads(body) == {"hello": "world"}
    assert ("Content-Type", "application/json") in headers


@pytest.mark.parametrize("bad, version", [(b"not json", "2.0"), (b'{"statusCode":"x"}', "2.0"), (b'{"a":1}', "1.0")])
def test_unmappable_answers(bad, version):
    with pytest.raises(http_events.BadResponse):
        http_events.response(bad, version)
