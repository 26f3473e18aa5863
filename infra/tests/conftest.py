"""Shared fixtures: one local cloud running the probe template for the whole session (JVM start-up is
the expensive part), real moto and real JVMs under the RIC, all stopped at the end."""
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import boto3
import pytest

INFRA = Path(__file__).resolve().parents[1]
REPO = INFRA.parent
sys.path.insert(0, str(INFRA))

from localcloud import process  # noqa: E402

PROBES = INFRA / "tests/templates/probes.yaml"
PROBES_ZIP = INFRA / "lambda-probes/target/lambda-probes.zip"
RIC_DIR = INFRA / "lambda-probes/target/ric"


def ensure_probes_built():
    """Builds the probe zip and the runtime jars when missing or older than their sources."""
    sources = list((INFRA / "lambda-probes/src").rglob("*")) + [INFRA / "lambda-probes/pom.xml"]
    newest = max(p.stat().st_mtime for p in sources if p.is_file())
    if PROBES_ZIP.exists() and PROBES_ZIP.stat().st_mtime >= newest and any(RIC_DIR.glob("*.jar")):
        return
    subprocess.run(["mvn", "-B", "-q", "-f", str(INFRA / "lambda-probes/pom.xml"), "package", "-DskipTests"],
                   cwd=REPO, check=True, timeout=300)


class RunningCloud:
    """A `python -m localcloud up` child process and what its ready.json says."""

    def __init__(self, state_dir, template=PROBES, extra=()):
        ensure_probes_built()
        self.state_dir = Path(state_dir)
        self.out_path = self.state_dir / "runner.out"
        self.state_dir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONPATH=str(INFRA))
        env.pop("TERN_AWS_ENDPOINT", None)
        self.out = open(self.out_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "localcloud", "up", "--template", str(template), "--api-port", "0",
             "--emulator-port", "0", "--state-dir", str(self.state_dir), *extra],
            cwd=REPO, env=env, stdout=self.out, stderr=subprocess.STDOUT)
        ready = self.state_dir / "ready.json"
        deadline = time.monotonic() + 120
        while not ready.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("local cloud did not start:\n" + self.output())
            time.sleep(0.2)
        self.info = json.loads(ready.read_text())
        self.pids = [self.info["emulator_pid"]] + [p for f in self.info["functions"].values() for p in f["pids"]]

    def output(self):
        return self.out_path.read_text(errors="replace")

    def log(self, function):
        return Path(self.info["functions"][function]["log"]).read_text(errors="replace")

    def client(self, service):
        return boto3.client(service, endpoint_url=self.info["emulator_url"], region_name="us-east-1",
                            aws_access_key_id="testing", aws_secret_access_key="testing")

    def current_pids(self):
        """Every process the runner has now (instances restart, so ask /proc for its descendants)."""
        return [p for p in _descendants(self.proc.pid)]

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.out.close()


def _descendants(pid):
    """Pids of the runner's children (moto and JVMs are direct children: each is its own session)."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                out.append(int(d.name))
    return out


@pytest.fixture(scope="session")
def cloud(tmp_path_factory):
    c = RunningCloud(tmp_path_factory.mktemp("cloud"), extra=["--schedule-speedup", "30", "--quiet"])
    yield c
    known = set(c.pids) | set(c.current_pids())
    c.stop()
    left = process.wait_gone(known, 10)
    for pid in left:  # never leave strays behind, even when the assertion below fails
        os.kill(pid, signal.SIGKILL)
    assert not left, f"processes left after the session's local cloud stopped: {left}"


@pytest.fixture
def tag():
    """A unique marker so tests sharing the session cloud only look at their own records."""
    return uuid.uuid4().hex[:8]


def wait_for(check, timeout_s=30, interval_s=0.2, what="condition"):
    """Polls `check()` until it returns something truthy; fails the test after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout_s} s waiting for {what} (last: {value!r})")
        time.sleep(interval_s)


def probe_items(cloud, prefix):
    """Every probe record whose Id starts with `prefix` (plain strings)."""
    ddb = cloud.client("dynamodb")
    table = cloud.info["resources"]["ProbeTable"]
    items, start = [], None
    while True:
        kwargs = {"TableName": table}
        if start:
            kwargs["ExclusiveStartKey"] = start
        page = ddb.scan(**kwargs)
        items += [{k: v.get("S") for k, v in it.items()} for it in page["Items"] if it["Id"]["S"].startswith(prefix)]
        start = page.get("LastEvaluatedKey")
        if not start:
            return items
