"""`infra/bin/access-keys issue|list|revoke`: Tern's access keys through its admin API
(`/tern/v1/access-keys`), signed with SigV4 like any Pinpoint request.

Where and as whom:
  * a running local cloud (default): the API URL and the first admin key come from
    `<--state-dir>/ready.json` (`.tern/local`, as `infra/bin/run` writes it);
  * any deployment: `--endpoint-url https://…` with an admin key in TERN_ACCESS_KEY/TERN_SECRET_KEY
    (or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY). On AWS the first admin key is in SSM:
      aws ssm get-parameter --name /<stack>/admin-access-key --with-decryption --query Parameter.Value --output text

Prints the API's JSON answer; an issued key's SecretAccessKey is shown this once and never again.
Exit status 1 with the error type and message when Tern refuses (e.g. 403 ForbiddenException).
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

PATH = "/tern/v1/access-keys"
ROLES = ["ADMIN", "READ_ONLY", "INGEST_ONLY"]


def parser():
    p = argparse.ArgumentParser(prog="infra/bin/access-keys", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--state-dir", default=".tern/local", help="local cloud state dir holding ready.json")
    p.add_argument("--endpoint-url", help="Tern's API URL (default: api_url of ready.json)")
    p.add_argument("--region", default=os.environ.get("AWS_DEFAULT_REGION", "us-east-1"),
                   help="region in the signature's scope (Tern accepts any)")
    sub = p.add_subparsers(dest="command", required=True)
    issue = sub.add_parser("issue", help="issue a key (its secret is shown once)")
    issue.add_argument("--role", required=True, choices=ROLES)
    issue.add_argument("--app", action="append", dest="apps", metavar="APPLICATION_ID",
                       help="limit the key to this application (repeatable); default: every application")
    issue.add_argument("--description", default="")
    sub.add_parser("list", help="list every key, active and revoked (no secrets)")
    revoke = sub.add_parser("revoke", help="revoke a key at once")
    revoke.add_argument("access_key_id")
    return p


def target(args):
    """(api url, access key id, secret): flags and environment first, then ready.json."""
    ready = {}
    ready_file = Path(args.state_dir) / "ready.json"
    if ready_file.exists():
        ready = json.loads(ready_file.read_text())
    url = args.endpoint_url or ready.get("api_url")
    key = os.environ.get("TERN_ACCESS_KEY") or (os.environ.get("AWS_ACCESS_KEY_ID") if args.endpoint_url else None) \
        or ready.get("admin_access_key_id")
    secret = os.environ.get("TERN_SECRET_KEY") or (os.environ.get("AWS_SECRET_ACCESS_KEY") if args.endpoint_url else None) \
        or ready.get("admin_secret_access_key")
    if not url:
        raise SystemExit(f"no API URL: start the local cloud (infra/bin/run) or pass --endpoint-url")
    if not key or not secret:
        raise SystemExit("no admin key: set TERN_ACCESS_KEY/TERN_SECRET_KEY or use a local cloud's ready.json")
    return url.rstrip("/"), key, secret


def call(url, key, secret, region, method, path, body=None):
    """One signed request; returns (status, parsed JSON body)."""
    data = json.dumps(body).encode() if body is not None else None
    request = AWSRequest(method=method, url=url + path, data=data,
                         headers={"Content-Type": "application/json"} if data else {})
    SigV4Auth(Credentials(key, secret), "mobiletargeting", region).add_auth(request)
    prepared = urllib.request.Request(url + path, data=data, method=method, headers=dict(request.headers.items()))
    try:
        with urllib.request.urlopen(prepared, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as e:
        payload = e.read()
        try:
            parsed = json.loads(payload or b"{}")
        except ValueError:
            parsed = {"Message": payload.decode(errors="replace")}
        parsed.setdefault("ErrorType", e.headers.get("x-amzn-ErrorType", f"HTTP {e.code}"))
        return e.code, parsed


def main(argv=None):
    args = parser().parse_args(argv)
    url, key, secret = target(args)
    if args.command == "issue":
        body = {"Role": args.role}
        if args.apps:
            body["ApplicationIds"] = args.apps
        if args.description:
            body["Description"] = args.description
        status, answer = call(url, key, secret, args.region, "POST", PATH, body)
    elif args.command == "list":
        status, answer = call(url, key, secret, args.region, "GET", PATH)
    else:
        status, answer = call(url, key, secret, args.region, "DELETE", f"{PATH}/{args.access_key_id}")
    if status // 100 != 2:
        print(f"access-keys {args.command}: {answer.get('ErrorType')}: {answer.get('Message')}", file=sys.stderr)
        return 1
    print(json.dumps(answer, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
