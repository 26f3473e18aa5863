"""SigV4 benchmark behind infra/bin/bench-auth (README "Performance").

1. In process: microseconds per request to verify a signature (SigV4Benchmark, shared-model test
   classes) beside a baseline of the parsing every request gets anyway, in the same JVM.
2. Through the local cloud: GetApp latency signed with auth on (template.yaml as it is) against the
   same GetApp unsigned with auth off (a copy of template.yaml with TERN_AUTH_ENABLED 'false' on the
   api function), measured in the same run, one cloud after the other, on one keep-alive connection.
   The signed figures include the client's own signing (printed separately).
"""
import argparse
import http.client
import json
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def micro(rounds, per_round):
    cp = ":".join(str(ROOT / "shared-model/target" / d) for d in ("classes", "test-classes"))
    out = subprocess.run(["java", "-cp", cp, "dev.tern.model.auth.SigV4Benchmark", str(rounds), str(per_round)],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def start(template, state):
    state.mkdir(parents=True, exist_ok=True)
    ready = state / "ready.json"
    ready.unlink(missing_ok=True)
    up = subprocess.Popen([PY, "-m", "localcloud", "up", "--template", str(template), "--state-dir", str(state),
                           "--api-port", "0", "--emulator-port", "0", "--quiet"], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=open(state / "up.log", "w"))
    while not ready.exists():
        if up.poll() is not None:
            raise SystemExit(f"local cloud did not start; see {state / 'up.log'}")
        time.sleep(0.1)
    return up, json.loads(ready.read_text())


def stop(up):
    up.send_signal(signal.SIGTERM)
    up.wait(60)


class Client:
    """One keep-alive connection; signs with the key when given (botocore, as the AWS CLI does)."""

    def __init__(self, url, key=None, secret=None):
        self.url = url.rstrip("/")
        parts = urlsplit(self.url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        self.signer = SigV4Auth(Credentials(key, secret), "mobiletargeting", "us-east-1") if key else None
        self.signing_s = []

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else b""
        headers = {"Content-Type": "application/json"}
        if self.signer:
            t = time.perf_counter()
            request = AWSRequest(method=method, url=self.url + path, data=data, headers=headers)
            self.signer.add_auth(request)
            headers = dict(request.headers.items())
            self.signing_s.append(time.perf_counter() - t)
        self.conn.request(method, path, body=data or None, headers=headers)
        answer = self.conn.getresponse()
        payload = answer.read()
        if answer.status // 100 != 2:
            raise SystemExit(f"{method} {path} -> {answer.status} {payload[:300]!r}")
        return json.loads(payload or b"{}")


def get_app_latencies(client, warmup, n):
    app = client.call("POST", "/v1/apps", {"Name": "bench-auth"})["Id"]
    for _ in range(warmup):
        client.call("GET", f"/v1/apps/{app}")
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        client.call("GET", f"/v1/apps/{app}")
        samples.append((time.perf_counter() - t) * 1000)
    return samples


def describe(samples):
    s = sorted(samples)
    return {"median_ms": statistics.median(s), "p90_ms": s[int(len(s) * 0.9) - 1], "n": len(s)}


def main(argv=None):
    p = argparse.ArgumentParser(prog="infra/bin/bench-auth", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=300, help="timed GetApp requests per cloud")
    p.add_argument("--warmup", type=int, default=100)
    p.add_argument("--rounds", type=int, default=15, help="in-process rounds")
    p.add_argument("--per-round", type=int, default=20000, help="in-process requests per round")
    p.add_argument("--state-dir", default=str(ROOT / ".tern/bench-auth"))
    args = p.parse_args(argv)
    state = Path(args.state_dir).resolve()

    print("== in process (one JVM, JIT warm)")
    print(micro(args.rounds, args.per_round))

    print(f"== GetApp through the local cloud ({args.requests} timed after {args.warmup} warm-up, one connection)")
    template = (ROOT / "template.yaml").read_text()
    marker = "          TERN_ACCOUNT_ID: !Ref AWS::AccountId\n"
    if marker not in template:
        raise SystemExit("cannot find ApiFunction's environment in template.yaml to switch auth off")
    # Beside template.yaml so relative CodeUri paths resolve the same; removed afterwards.
    no_auth = ROOT / ".template-bench-auth-off.yaml"
    no_auth.write_text(template.replace(marker, marker + "          TERN_AUTH_ENABLED: 'false'\n"))
    results = {}
    try:
        for name, tpl in (("signed, auth on", ROOT / "template.yaml"), ("unsigned, auth off", no_auth)):
            up, info = start(tpl, state / name.split(",")[0])
            try:
                signed = name.startswith("signed")
                client = Client(info["api_url"], info.get("admin_access_key_id") if signed else None,
                                info.get("admin_secret_access_key") if signed else None)
                results[name] = describe(get_app_latencies(client, args.warmup, args.requests))
                if signed:
                    results[name]["client_signing_ms"] = statistics.median(client.signing_s) * 1000
            finally:
                stop(up)
    finally:
        no_auth.unlink(missing_ok=True)
    for name, r in results.items():
        extra = f"  (client signing {r['client_signing_ms']:.3f} ms of it)" if "client_signing_ms" in r else ""
        print(f"{name:20s} median {r['median_ms']:7.3f} ms  p90 {r['p90_ms']:7.3f} ms{extra}")
    on, off = results["signed, auth on"], results["unsigned, auth off"]
    print(f"ratio signed/unsigned: median {on['median_ms'] / off['median_ms']:.2f}x, p90 {on['p90_ms'] / off['p90_ms']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
