"""`python -m localcloud up|down`: the local cloud's command line."""
import argparse
import json
import os
import signal
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

from localcloud import process
from localcloud.cloud import LocalCloud, Options, write_json
from localcloud.logs import say


def _concurrency(values):
    out = {}
    for v in [p for value in values or [] for p in value.split(",") if p]:
        name, _, n = v.partition("=")
        if not n.isdigit() or int(n) < 1:
            raise argparse.ArgumentTypeError(f"--concurrency wants Function=N, got {v}")
        out[name] = int(n)
    return out


def parser():
    p = argparse.ArgumentParser(prog="python -m localcloud", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start the local cloud and run until SIGINT/SIGTERM")
    up.add_argument("--template", default="template.yaml")
    up.add_argument("--api-port", type=int, default=3000, help="HTTP API port (0: any free port)")
    up.add_argument("--emulator-port", type=int, default=4566, help="moto port (0: any free port)")
    up.add_argument("--lambda-port", type=int, default=0,
                    help="Lambda Invoke API port (default 0: any free port, see ready.json lambda_url)")
    up.add_argument("--aws-endpoint", help="use this AWS endpoint instead of starting moto "
                                           "(also env TERN_AWS_ENDPOINT)")
    up.add_argument("--state-dir", default=".tern/local")
    up.add_argument("--concurrency", action="append", metavar="FUNCTION=N",
                    help="instances of a function (default 1); repeatable or comma-separated")
    up.add_argument("--only", help="comma-separated logical ids of the functions to run")
    up.add_argument("--schedule-speedup", type=float, default=1.0,
                    help="run schedule time N times faster (tests)")
    up.add_argument("--ric-dir", help="folder of the Lambda runtime jars (default: "
                                      "infra/lambda-probes/target/ric, or env TERN_LAMBDA_RIC_DIR)")
    up.add_argument("--quiet", action="store_true", help="function logs to files only, not stdout")
    up.add_argument("--print-admin-key", action="store_true",
                    help="print the first admin access key once ready (infra/bin/run; it is in ready.json anyway)")
    inv = sub.add_parser("invoke", help="invoke a function of the running local cloud with an event file")
    inv.add_argument("function", help="logical id or function name")
    inv.add_argument("--event", "-e", help="event JSON file (default: {})")
    inv.add_argument("--state-dir", default=".tern/local")
    bench = sub.add_parser("bench", help="cold-start benchmark of chosen functions (see bench.py)")
    bench.add_argument("--template", default="template.yaml")
    bench.add_argument("--function", action="append", required=True, metavar="FUNCTION[=EVENT.json]",
                       help="logical id, optionally with the event to invoke it with (default {}); repeatable")
    bench.add_argument("--runs", type=int, default=5)
    bench.add_argument("--out", help="also write the samples as JSON here")
    bench.add_argument("--state-dir", default=".tern/bench")
    bench.add_argument("--aws-endpoint")
    bench.add_argument("--ric-dir")
    down = sub.add_parser("down", help="stop the local cloud running from this state dir")
    down.add_argument("--state-dir", default=".tern/local")
    down.add_argument("--timeout", type=float, default=30)
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    return {"up": up, "down": down, "invoke": invoke, "bench": bench}[args.command](args)


def up(args):
    state = Path(args.state_dir)
    state.mkdir(parents=True, exist_ok=True)
    pid_file, ready_file = state / "localcloud.pid", state / "ready.json"
    if pid_file.exists() and pid_file.read_text().strip().isdigit() and process.alive(int(pid_file.read_text())):
        say(f"a local cloud already runs from {state} (pid {pid_file.read_text().strip()}); "
            f"stop it with: python -m localcloud down --state-dir {state}")
        return 1
    ready_file.unlink(missing_ok=True)
    stop = threading.Event()
    ready = threading.Event()

    def on_signal(*_):
        stop.set()
        if not ready.is_set():
            raise KeyboardInterrupt  # abandon a start-up in progress; `finally` still cleans up
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    pid_file.write_text(str(os.getpid()))
    cloud = LocalCloud(Options(
        template=args.template, api_port=args.api_port, emulator_port=args.emulator_port,
        lambda_port=args.lambda_port,
        aws_endpoint=args.aws_endpoint, state_dir=state, concurrency=_concurrency(args.concurrency),
        only=[s.strip() for s in args.only.split(",")] if args.only else None,
        schedule_speedup=args.schedule_speedup, ric_dir=args.ric_dir, echo_logs=not args.quiet))
    try:
        try:
            cloud.up()
        except KeyboardInterrupt:
            say("Tern local cloud start-up interrupted: stopping what was started")
            return 130
        except BaseException as e:
            say(f"Tern local cloud failed to start: {e}")
            return 1
        ready.set()
        info = cloud.describe()
        write_json(ready_file, info)
        say(f"Tern local cloud ready: API {info['api_url']} (emulator {info['emulator_url']})")
        t = info["timings"]
        inits = ", ".join(f"{k} {v['init_ms']:.0f} ms" for k, v in info["functions"].items())
        say(f"  started in {t['total_ms']:.0f} ms (emulator {t['emulator_ms']:.0f}, resources "
            f"{t['resources_ms']:.0f}, functions {t['functions_ms']:.0f}); init: {inits}")
        if args.print_admin_key and info.get("admin_access_key_id"):
            say(f"  admin access key (sign requests with it):\n"
                f"    export AWS_ACCESS_KEY_ID={info['admin_access_key_id']}\n"
                f"    export AWS_SECRET_ACCESS_KEY={info['admin_secret_access_key']}")
        while not stop.wait(0.5):
            pass
        say("Tern local cloud stopping")
        return 0
    finally:
        pids = cloud.pids()
        cloud.down()
        left = process.wait_gone(pids, 10)
        if left:
            say(f"processes still alive after stop: {left}")
        ready_file.unlink(missing_ok=True)
        pid_file.unlink(missing_ok=True)


def bench(args):
    from localcloud import bench as benchmark
    try:
        events = benchmark.events_of(args.function)
    except OSError as e:
        say(f"bench: {e}")
        return 2
    cloud = LocalCloud(Options(template=args.template, emulator_port=0, aws_endpoint=args.aws_endpoint,
                               state_dir=Path(args.state_dir), only=[f.partition("=")[0] for f in args.function],
                               ric_dir=args.ric_dir, echo_logs=False))
    try:
        cloud.up(sources=False)
        benchmark.main(cloud, events, args)
        return 0
    finally:
        cloud.down()


def invoke(args):
    """Prints the function's answer; exit status 1 if the function failed (like `sam local invoke`)."""
    ready = Path(args.state_dir) / "ready.json"
    if not ready.exists():
        print(f"no local cloud ready in {args.state_dir} (start one with: python -m localcloud up)")
        return 2
    url = json.loads(ready.read_text())["lambda_url"]
    payload = Path(args.event).read_bytes() if args.event else b"{}"
    req = urllib.request.Request(f"{url}/2015-03-31/functions/{args.function}/invocations", data=payload,
                                 method="POST")
    try:
        with urllib.request.urlopen(req, timeout=900) as r:
            body, failed = r.read(), r.headers.get("X-Amz-Function-Error")
    except urllib.error.HTTPError as e:
        print(e.read().decode(errors="replace"))
        return 2
    print(body.decode(errors="replace"))
    return 1 if failed else 0


def down(args):
    pid_file = Path(args.state_dir) / "localcloud.pid"
    if not pid_file.exists():
        print(f"no local cloud running from {args.state_dir}")
        return 0
    pid = int(pid_file.read_text())
    if not process.alive(pid):
        pid_file.unlink(missing_ok=True)
        print(f"stale pid file (pid {pid} gone), removed")
        return 0
    os.kill(pid, signal.SIGTERM)
    if process.wait_gone([pid], args.timeout):
        os.kill(pid, signal.SIGKILL)  # its children die with it (PR_SET_PDEATHSIG)
        print(f"runner {pid} did not stop in {args.timeout} s: killed")
        return 1
    print(f"stopped local cloud (pid {pid})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
