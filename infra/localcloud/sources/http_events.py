"""API Gateway proxy events (payload 2.0 and 1.0) and the mapping of a Lambda answer back to HTTP.

Shapes as in "Working with AWS Lambda proxy integrations for HTTP APIs" (payload format versions).
"""
import base64
import json
import time
import uuid
from urllib.parse import parse_qsl

ACCOUNT_ID = "000000000000"
API_ID = "local"

# Content types API Gateway passes as text; any other body is base64-encoded (isBase64Encoded: true).
_TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript",
               "application/x-www-form-urlencoded", "application/graphql")


def is_text(content_type):
    ct = (content_type or "").lower().split(";")[0].strip()
    return (not ct) or ct.startswith(_TEXT_TYPES) or ct.endswith("+json") or ct.endswith("+xml")


def _headers(pairs):
    """Lower-cased names, repeated values joined with commas (as payload 2.0 does)."""
    out = {}
    for name, value in pairs:
        name = name.lower()
        out[name] = f"{out[name]},{value}" if name in out else value
    return out


def _body(raw, content_type):
    if not raw:
        return None, False
    if is_text(content_type):
        try:
            return raw.decode("utf-8"), False
        except UnicodeDecodeError:
            pass
    return base64.b64encode(raw).decode("ascii"), True


def _clf_time(now):
    return time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now))


def event_v2(route, params, method, raw_path, raw_query, header_pairs, body, source_ip, host):
    """The payload 2.0 event of one request."""
    now = time.time()
    headers = _headers([(k, v) for k, v in header_pairs if k.lower() != "cookie"])
    headers.setdefault("x-forwarded-for", source_ip)
    headers.setdefault("x-forwarded-proto", "http")
    cookies = [c.strip() for k, v in header_pairs if k.lower() == "cookie" for c in v.split(";") if c.strip()]
    query = {}
    for k, v in parse_qsl(raw_query, keep_blank_values=True):
        query[k] = f"{query[k]},{v}" if k in query else v
    text, b64 = _body(body, headers.get("content-type"))
    event = {
        "version": "2.0",
        "routeKey": route.key,
        "rawPath": raw_path,
        "rawQueryString": raw_query,
        "headers": headers,
        "requestContext": {
            "accountId": ACCOUNT_ID,
            "apiId": API_ID,
            "domainName": host,
            "domainPrefix": host.split(".")[0],
            "http": {"method": method, "path": raw_path, "protocol": "HTTP/1.1", "sourceIp": source_ip,
                     "userAgent": headers.get("user-agent", "")},
            "requestId": str(uuid.uuid4()),
            "routeKey": route.key,
            "stage": "$default",
            "time": _clf_time(now),
            "timeEpoch": int(now * 1000),
        },
        "isBase64Encoded": b64,
    }
    if cookies:
        event["cookies"] = cookies
    if query:
        event["queryStringParameters"] = query
    if params:
        event["pathParameters"] = params
    if text is not None:
        event["body"] = text
    return event


def event_v1(route, params, method, raw_path, raw_query, header_pairs, body, source_ip, host):
    """The payload 1.0 event (REST API `Api` events, or HttpApi with PayloadFormatVersion 1.0)."""
    now = time.time()
    headers, multi = {}, {}
    for k, v in header_pairs:
        headers[k] = v
        multi.setdefault(k, []).append(v)
    query, mquery = {}, {}
    for k, v in parse_qsl(raw_query, keep_blank_values=True):
        query[k] = v
        mquery.setdefault(k, []).append(v)
    ct = next((v for k, v in header_pairs if k.lower() == "content-type"), None)
    text, b64 = _body(body, ct)
    resource = raw_path if route.path == "$default" else route.path
    return {
        "version": "1.0",
        "resource": resource,
        "path": raw_path,
        "httpMethod": method,
        "headers": headers or None,
        "multiValueHeaders": multi or None,
        "queryStringParameters": query or None,
        "multiValueQueryStringParameters": mquery or None,
        "pathParameters": params or None,
        "stageVariables": None,
        "requestContext": {
            "accountId": ACCOUNT_ID, "apiId": API_ID, "domainName": host, "domainPrefix": host.split(".")[0],
            "httpMethod": method, "path": raw_path, "protocol": "HTTP/1.1", "requestId": str(uuid.uuid4()),
            "requestTime": _clf_time(now), "requestTimeEpoch": int(now * 1000), "resourcePath": resource,
            "stage": "$default", "identity": {"sourceIp": source_ip, "userAgent": headers.get("User-Agent")},
        },
        "body": text,
        "isBase64Encoded": b64,
    }


class BadResponse(Exception):
    """The function answered something API Gateway cannot map (it answers 500)."""


def response(payload_bytes, version):
    """(status, [(header, value)], body bytes) from a Lambda answer.

    Payload 2.0: an object with `statusCode` is used as is; any other valid JSON is taken as the body of
    a 200 `application/json` answer (API Gateway's inference). Payload 1.0 needs `statusCode`."""
    try:
        answer = json.loads(payload_bytes or b"null")
    except ValueError as e:
        raise BadResponse(f"not JSON: {e}")
    if not (isinstance(answer, dict) and "statusCode" in answer):
        if version != "2.0":
            raise BadResponse("payload 1.0 answer without statusCode")
        text = answer if isinstance(answer, str) else json.dumps(answer)
        return 200, [("Content-Type", "application/json")], text.encode()
    try:
        status = int(answer["statusCode"])
    except (TypeError, ValueError):
        raise BadResponse("statusCode is not a number")
    headers = []
    for k, v in (answer.get("headers") or {}).items():
        headers.append((k, str(v)))
    for k, values in (answer.get("multiValueHeaders") or {}).items():
        headers.extend((k, str(v)) for v in values)
    for cookie in answer.get("cookies") or []:
        headers.append(("Set-Cookie", cookie))
    body = answer.get("body")
    if body is None:
        data = b""
    elif answer.get("isBase64Encoded"):
        data = base64.b64decode(body)
    else:
        data = (body if isinstance(body, str) else json.dumps(body)).encode()
    if version == "2.0" and not any(k.lower() == "content-type" for k, _ in headers) and data:
        headers.append(("Content-Type", "application/json"))
    return status, headers, data
