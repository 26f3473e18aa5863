"""Start-up benchmark behind infra/bin/bench-startup.

1. Time to ready: `localcloud up` of template.yaml (emulator, resources, every function, event sources)
   until ready.json appears, as the run command does after its build.
2. Cold starts: `localcloud bench` over a copy of template.yaml with PlainBaselineFunction added (same
   Globals, so the same JVM flags, memory and runtime client), one function at a time, and the ratio
   Tern/plain of median init time and of peak memory per function.
The copy sits beside template.yaml so that relative CodeUri paths resolve the same; it is removed after."""
import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
BASELINE = "PlainBaselineFunction"


def functions(template_text):
    """Logical ids of the template's functions, in order."""
    return re.findall(r"^  (\w+):\n    Type: AWS::Serverless::Function", template_text, re.M)


def fixture(logical_id):
    """The function's first ok fixture (events/<name>/*-ok.json), or None: invoked with {}."""
    name = re.sub(r"(?<!^)(?=[A-Z])", "-", logical_id.removesuffix("Function")).lower()
    oks = sorted((ROOT / "events" / name).glob("*-ok.json"))
    return oks[0] if oks else None


def time_to_ready(state):
    state.mkdir(parents=True, exist_ok=True)
    ready = state / "ready.json"
    ready.unlink(missing_ok=True)
    started = time.monotonic()
    up = subprocess.Popen([PY, "-m", "localcloud", "up", "--template", "template.yaml", "--state-dir", str(state),
                           "--api-port", "0", "--emulator-port", "0", "--quiet"], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=open(state / "up.log", "w"))
    try:
        while not ready.exists():
            if up.poll() is not None:
                raise SystemExit(f"local cloud did not start; see {state / 'up.log'}")
            time.sleep(0.05)
        elapsed = time.monotonic() - started
        info = json.loads(ready.read_text())
        return elapsed, info
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(60)


def with_baseline(template_text):
    zip_path = ROOT / "infra" / "lambda-probes" / "target" / "lambda-probes.zip"
    block = (f"  {BASELINE}:\n    Type: AWS::Serverless::Function\n    Properties:\n"
             f"      Handler: dev.tern.probes.PlainBaselineHandler::handleRequest\n"
             f"      CodeUri: {zip_path}\n")
    return re.sub(r"^Resources:\n", lambda m: m.group(0) + block, template_text, count=1, flags=re.M)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    state = ROOT / ".tern" / "bench-startup"
    text = (ROOT / "template.yaml").read_text()
    tern = functions(text)

    elapsed, info = time_to_ready(state / "up")
    t = info["timings"]
    print(f"time to ready: {elapsed * 1000:.0f} ms from `localcloud up` to ready.json "
          f"(emulator {t['emulator_ms']:.0f} ms, resources {t['resources_ms']:.0f} ms, functions "
          f"{t['functions_ms']:.0f} ms; {len(tern)} function(s), build not included)")

    copy = ROOT / ".bench-startup.template.yaml"
    copy.write_text(with_baseline(text))
    out = state / "cold-starts.json"
    cmd = [PY, "-m", "localcloud", "bench", "--template", str(copy), "--runs", str(args.runs),
           "--state-dir", str(state / "bench"), "--out", str(out)]
    for lid in [BASELINE] + tern:
        # A custom resource's function is invoked with {}: its fixtures' ResponseURL is CloudFormation's.
        serves_custom_resource = re.search(rf"ServiceToken: !GetAtt {lid}\.Arn", text)
        ev = fixture(lid) if lid != BASELINE and not serves_custom_resource else None
        cmd += ["--function", f"{lid}={ev}" if ev else lid]
    try:
        subprocess.run(cmd, cwd=ROOT, check=True)
    finally:
        copy.unlink(missing_ok=True)
    results = json.loads(out.read_text())
    base = results[BASELINE]
    base_init, base_mem = statistics.median(base["init_ms"]), base["max_memory_mb"]
    print()
    print(f"{'function':32} {'init ms':>8} {'plain':>7} {'ratio':>6}   {'peak MB':>7} {'plain':>6} {'ratio':>6}")
    for lid in tern:
        r = results[lid]
        init = statistics.median(r["init_ms"])
        print(f"{lid:32} {init:>8.0f} {base_init:>7.0f} {init / base_init:>6.2f}   "
              f"{r['max_memory_mb']:>7} {base_mem:>6} {r['max_memory_mb'] / base_mem:>6.2f}")
    print(f"(medians of {args.runs} cold starts each; samples in {out})")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
