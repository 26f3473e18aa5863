"""The HTTP API front door against the HttpProbe running in a real JVM under the RIC."""
import base64
import json
import threading
import urllib.error
import urllib.request

from conftest import REPO
from shapes import shape


def call(cloud, method, path, body=None, headers=None):
    req = urllib.request.Request(cloud.info["api_url"] + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def echo(body):
    return json.loads(body)["event"]


def test_get_maps_path_query_headers_and_cookies(cloud):
    status, headers, body = call(cloud, "GET", "/items/42?a=1&a=2&b=x",
                                 headers={"X-Foo": "bar", "Cookie": "c1=v1; c2=v2"})
    assert status == 200 and headers["x-probe"] == "http"
    event = echo(body)
    fixture = json.loads((REPO / "events/probes/http-ok.json").read_text())
    # Header names depend on the client; everything else must match the fixture key for key.
    assert {p for p in shape(event) if not p.startswith("headers.")} == \
        {p for p in shape(fixture) if not p.startswith("headers.")}
    assert event["routeKey"] == "GET /items/{id}" and event["pathParameters"] == {"id": "42"}
    assert event["rawPath"] == "/items/42" and event["rawQueryString"] == "a=1&a=2&b=x"
    assert event["queryStringParameters"] == {"a": "1,2", "b": "x"}
    assert event["headers"]["x-foo"] == "bar" and event["cookies"] == ["c1=v1", "c2=v2"]
    assert event["requestContext"]["http"]["method"] == "GET"
    assert event["requestContext"]["stage"] == "$default"


def test_route_precedence_through_the_cloud(cloud):
    assert echo(call(cloud, "GET", "/items/special")[2])["routeKey"] == "GET /items/special"
    assert echo(call(cloud, "POST", "/items/7")[2])["routeKey"] == "ANY /{proxy+}"
    assert echo(call(cloud, "DELETE", "/a/b/c")[2])["pathParameters"] == {"proxy": "a/b/c"}


def test_text_body_passes_as_text_binary_as_base64(cloud):
    event = echo(call(cloud, "POST", "/things", b'{"k":"v"}', {"Content-Type": "application/json"})[2])
    assert event["body"] == '{"k":"v"}' and event["isBase64Encoded"] is False
    raw = bytes(range(256))
    event = echo(call(cloud, "PUT", "/blob", raw, {"Content-Type": "application/octet-stream"})[2])
    assert event["isBase64Encoded"] is True and base64.b64decode(event["body"]) == raw


def test_base64_answer_status_and_cookies(cloud):
    status, headers, body = call(cloud, "GET", "/bin?b64=1&status=202&cookies=1")
    assert status == 202 and body == bytes(range(256))
    assert headers["content-type"] == "application/octet-stream"
    assert headers.get_all("Set-Cookie") == ["a=1; Path=/", "b=2; Path=/"]


def test_answer_without_status_code_becomes_json_200(cloud):
    status, headers, body = call(cloud, "GET", "/plain?bare=1")
    assert status == 200 and json.loads(body) == {"bare": True, "path": "/plain"}
    assert headers["Content-Type"] == "application/json"


def test_payload_1_0_route(cloud):
    event = echo(call(cloud, "GET", "/v1/widget?x=1&x=2")[2])
    assert event["version"] == "1.0" and event["httpMethod"] == "GET" and event["resource"] == "/v1/{thing}"
    assert event["pathParameters"] == {"thing": "widget"}
    assert event["multiValueQueryStringParameters"] == {"x": ["1", "2"]}


def test_no_route_is_404(cloud):
    status, _, body = call(cloud, "GET", "/")
    assert status == 404 and json.loads(body) == {"message": "Not Found"}


def test_a_method_api_gateway_does_not_route_is_404_not_501(cloud):
    for method in ("TRACE", "CONNECT", "QUERY"):
        status, _, body = call(cloud, method, "/items/42")
        assert status == 404 and json.loads(body) == {"message": "Not Found"}, method


def test_function_error_is_500(cloud):
    status, _, body = call(cloud, "GET", "/boom?throw=1")
    assert status == 500 and json.loads(body) == {"message": "Internal Server Error"}
    assert call(cloud, "GET", "/after")[0] == 200  # the same instance goes on serving


def test_body_over_10_mb_is_413(cloud):
    status, _, body = call(cloud, "POST", "/big", b"x" * (10 * 1024 * 1024 + 1), {"Content-Type": "text/plain"})
    assert status == 413


def test_concurrent_requests_queue_on_the_instance(cloud):
    statuses = []

    def get():
        statuses.append(call(cloud, "GET", "/burst")[0])
    threads = [threading.Thread(target=get) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert statuses == [200] * 16
