"""Writes sigv4-vectors.json and pinpoint-operations.json for the auth tests.

Signatures come from botocore itself (botocore.auth.SigV4Auth, the signer the AWS CLI and boto3 use),
so the Java verifier is checked against the real AWS client, not against our own reading of the spec.
Some vectors are built by hand with AWSRequest; others are captured from a real Pinpoint client just
before sending, so path and query encoding are exactly what boto3 puts on the wire.

Run from the repository root:
    .venv/bin/python shared-model/src/test/resources/auth/generate_sigv4_vectors.py
"""
import base64
import datetime
import gzip
import json
import os
from urllib.parse import urlsplit

import botocore
import botocore.auth
import botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ACCESS_KEY = "TERNTESTKEY234567ABC"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYTERNTEST01"
NOW = datetime.datetime(2026, 11, 26, 16, 40, 5, tzinfo=datetime.timezone.utc)
OUT = os.path.dirname(os.path.abspath(__file__))



def _frozen_now(remove_tzinfo=True):
    return NOW.replace(tzinfo=None) if remove_tzinfo else NOW


# Freeze the clock: both signers read the time through these module-level functions.
botocore.auth.get_current_datetime = _frozen_now
# With awscrt installed, clients sign with the AWS Common Runtime signer (CrtSigV4Auth) instead of the
# pure-Python SigV4Auth. Vectors use the Python signer unless a case asks for "crt": two real signers.
SIGNERS = {"python": SigV4Auth}
if botocore.auth.AUTH_TYPE_MAPS["v4"] is not SigV4Auth:
    import botocore.crt.auth

    botocore.crt.auth.get_current_datetime = _frozen_now
    SIGNERS["crt"] = botocore.auth.AUTH_TYPE_MAPS["v4"]

CREDENTIALS = Credentials(ACCESS_KEY, SECRET_KEY)

# Record every canonical request botocore builds while signing, so the fixture carries the exact
# string the signature covers (the Java test compares its own canonical request against it).
_canonical_requests = []
_original_canonical_request = SigV4Auth.canonical_request


def _recording_canonical_request(self, request):
    result = _original_canonical_request(self, request)
    _canonical_requests.append(result)
    return result


SigV4Auth.canonical_request = _recording_canonical_request


def text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value


def wire(name, prepared, canonical, header_items=None):
    """One fixture entry: the request as a server receives it plus botocore's canonical request."""
    parts = urlsplit(prepared.url)
    headers = [[k, text(v)] for k, v in (header_items or prepared.headers.items())]
    if not any(k.lower() == "host" for k, _ in headers):
        # The HTTP client adds Host from the URL; botocore signs exactly that value.
        headers.append(["Host", parts.netloc])
    body = prepared.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return {
        "name": name,
        "method": prepared.method,
        "rawPath": parts.path,
        "rawQuery": parts.query,
        "headers": headers,
        "bodyBase64": base64.b64encode(body).decode("ascii"),
        "canonicalRequest": canonical,
    }


def by_hand(name, method, url, region="us-east-1", headers=None, body=b""):
    request = AWSRequest(method=method, url=url, headers=dict(headers or {}), data=body)
    if headers:
        # AWSRequest's headers keep duplicates only when assigned one by one.
        for k in list(request.headers.keys()):
            del request.headers[k]
        for k, v in (headers.items() if isinstance(headers, dict) else headers):
            request.headers[k] = v
    signer = SigV4Auth(CREDENTIALS, "mobiletargeting", region)
    signer.add_auth(request)
    # AWSRequest.headers keeps repeated headers; the prepared request's dict would drop all but one.
    return wire(name, request.prepare(), _canonical_requests[-1], request.headers.items())


class Captured(Exception):
    pass


def from_client(name, region, call, signer="python"):
    """Runs a real boto3-style Pinpoint call and captures the signed request before it is sent."""
    botocore.auth.AUTH_TYPE_MAPS["v4"] = SIGNERS[signer]
    _canonical_requests.clear()
    session = botocore.session.get_session()
    client = session.create_client(
        "pinpoint",
        region_name=region,
        endpoint_url=f"https://pinpoint.{region}.amazonaws.com",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )
    captured = {}

    def before_send(request, **_):
        assert "Authorization" in request.headers
        captured["request"] = request
        raise Captured()

    client.meta.events.register("before-send", before_send)
    try:
        call(client)
    except Captured:
        pass
    # The CRT signer does not expose its canonical request; only the signature is checked then.
    canonical = _canonical_requests[-1] if signer == "python" else None
    return wire(f"{name} [{signer} signer]", captured["request"], canonical)


def vectors():
    base = "https://pinpoint.us-east-1.amazonaws.com"
    json_body = json.dumps({"ChannelType": "EMAIL", "Address": "a@example.com"}).encode()
    return [
        from_client("client GetApps with page-size and token", "us-east-1",
                    lambda c: c.get_apps(PageSize="10", Token="a b/c+d")),
        from_client("client UpdateEndpoint, id with space and slash", "eu-west-1",
                    lambda c: c.update_endpoint(ApplicationId="app1", EndpointId="ep 1/x",
                                                EndpointRequest={"ChannelType": "EMAIL", "Address": "a@example.com"})),
        from_client("client GetEndpoint, unicode id", "ap-southeast-2",
                    lambda c: c.get_endpoint(ApplicationId="app1", EndpointId="gerät-ü✓")),
        from_client("client PutEvents with JSON body", "eu-west-1",
                    lambda c: c.put_events(ApplicationId="app1", EventsRequest={"BatchItem": {"ep1": {
                        "Endpoint": {}, "Events": {"e1": {"EventType": "session.start",
                                                          "Timestamp": "2026-11-26T16:40:00Z"}}}}})),
        from_client("client UntagResource, repeated tagKeys, encoded ARN", "us-east-1",
                    lambda c: c.untag_resource(
                        ResourceArn="arn:aws:mobiletargeting:us-east-1:123456789012:apps/app1",
                        TagKeys=["team", "a/b", "cost center"])),
    ] + ([
        from_client("client UpdateEndpoint, id with space and slash", "eu-west-1",
                    lambda c: c.update_endpoint(ApplicationId="app1", EndpointId="ep 1/x",
                                                EndpointRequest={"ChannelType": "SMS", "Address": "+15550100"}),
                    signer="crt"),
        from_client("client GetUserEndpoints, unicode user id", "us-west-2",
                    lambda c: c.get_user_endpoints(ApplicationId="app1", UserId="jürgen ✓"), signer="crt"),
    ] if "crt" in SIGNERS else []) + [
        by_hand("GET query with repeated keys and encoded chars", "GET",
                base + "/v1/apps/app1/kpis/daily/sessions?b=2&a=1&a=0&c=x%20y&d=%E2%9C%93&e=&end-time=2026-11-26T00%3A00%3A00Z"),
        by_hand("GET path with %2F and %20 in a segment", "GET",
                base + "/v1/apps/app1/endpoints/a%2Fb%20c"),
        by_hand("POST with empty body", "POST", base + "/v1/apps/app1/jobs/export"),
        by_hand("header with extra spaces and a repeated header", "GET", base + "/v1/apps/app1",
                headers=[("X-Tern-Note", "  several    inner   spaces  "), ("X-Multi", "one"), ("X-Multi", " two ")]),
        by_hand("PUT JSON with x-amz-content-sha256", "PUT", base + "/v1/apps/app1/endpoints/ep1",
                headers={"Content-Type": "application/json",
                         "X-Amz-Content-SHA256": __import__("hashlib").sha256(json_body).hexdigest()},
                body=json_body),
        by_hand("POST JSON with content-type signed", "POST", base + "/v1/apps",
                region="eu-central-1",
                headers={"Content-Type": "application/x-amz-json-1.1"}, body=b'{"Name":"My app"}'),
        by_hand("Date header instead of x-amz-date", "DELETE", base + "/v1/apps/app1/segments/s1",
                headers={"Date": "Mon, 01 Jan 2001 00:00:00 GMT"}),
        by_hand("path with dot segments and a double slash", "GET",
                base + "/v1/apps/./app1//campaigns/../campaigns"),
    ]


def refused():
    """Requests a real client can send that Tern refuses by design (see SigV4Verifier)."""
    base = "https://pinpoint.us-east-1.amazonaws.com"
    token_request = AWSRequest(method="GET", url=base + "/v1/apps")
    SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY, "FQoGZXIvYXdzEXAMPLETOKEN"), "mobiletargeting", "us-east-1") \
        .add_auth(token_request)
    presigned = AWSRequest(method="GET", url=base + "/v1/apps")
    botocore.auth.SigV4QueryAuth(CREDENTIALS, "mobiletargeting", "us-east-1", expires=300).add_auth(presigned)
    prepared = presigned.prepare()
    return [
        wire("session token (temporary credentials)", token_request.prepare(), None),
        wire("presigned URL (query-string auth)", prepared, None),
    ]


def operations():
    path = os.path.join(os.path.dirname(botocore.__file__), "data/pinpoint/2016-12-01/service-2.json.gz")
    model = json.load(gzip.open(path))
    return [
        {"name": name, "method": op["http"]["method"],
         "appScoped": "{application-id}" in op["http"]["requestUri"]}
        for name, op in sorted(model["operations"].items())
    ]


def main():
    fixture = {
        "generatedBy": f"botocore {botocore.__version__}, signers: {sorted(SIGNERS)}",
        "accessKeyId": ACCESS_KEY,
        "secretAccessKey": SECRET_KEY,
        "now": NOW.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "vectors": vectors(),
        "refused": refused(),
    }
    with open(os.path.join(OUT, "sigv4-vectors.json"), "w", encoding="utf-8") as f:
        json.dump(fixture, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(OUT, "pinpoint-operations.json"), "w", encoding="utf-8") as f:
        json.dump({"generatedBy": f"botocore {botocore.__version__} pinpoint 2016-12-01",
                   "operations": operations()}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
