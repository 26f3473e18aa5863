"""Assembles the local cloud from a template: emulator, resources, function pools, event sources."""
import json
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from localcloud import admin_key, custom_resources, emulator
from localcloud.logs import FunctionLog, say
from localcloud.instance import ManagedRuntime
from localcloud.pool import Pool, unpack
from localcloud.sources import routes as routing
from localcloud.sources.http_api import HttpApi
from localcloud.sources.lambda_api import LambdaApi
from localcloud.sources.schedule import Clock, ScheduleSource
from localcloud.sources.sqs import SqsMapping
from localcloud.sources.streams import StreamMapping
from localcloud.template import Template

REPO = Path(__file__).resolve().parents[2]
DEFAULT_RIC_DIR = REPO / "infra/lambda-probes/target/ric"
KEEP_RUNS = 5  # run folders (logs, unpacked code) kept under the state dir


class Options:
    """Settings of one local cloud (the CLI flags, see cli.py)."""

    def __init__(self, template="template.yaml", api_port=3000, emulator_port=4566, lambda_port=0, aws_endpoint=None,
                 state_dir=".tern/local", concurrency=None, only=None, schedule_speedup=1.0,
                 ric_dir=None, echo_logs=True):
        self.template = Path(template)
        self.api_port = api_port
        self.lambda_port = lambda_port
        self.emulator_port = emulator_port
        self.aws_endpoint = aws_endpoint or os.environ.get("TERN_AWS_ENDPOINT") or None
        self.state_dir = Path(state_dir)
        self.concurrency = concurrency or {}
        self.only = only
        self.schedule_speedup = schedule_speedup
        self.ric_dir = Path(ric_dir or os.environ.get("TERN_LAMBDA_RIC_DIR") or DEFAULT_RIC_DIR)
        self.echo_logs = echo_logs


class LocalCloud:
    def __init__(self, opts):
        self.opts = opts
        self.moto = None
        self.pools = {}
        self.sources = []
        self.http = None
        self.lambda_api = None
        self.logs = []
        self.timings = {}
        self.custom = {}
        self.admin_key = {}

    def up(self, sources=True):
        """Starts everything and returns when every function's first instance waits on /next.
        `sources=False` starts no event source and no HTTP server (the benchmark's mode)."""
        t0 = time.monotonic()
        opts = self.opts
        run_id = time.strftime("%Y%m%dT%H%M%S")
        self.run_dir = opts.state_dir / run_id
        _prune_runs(opts.state_dir, keep=KEEP_RUNS)
        (self.run_dir / "logs").mkdir(parents=True, exist_ok=True)
        if opts.aws_endpoint:
            self.endpoint = opts.aws_endpoint
        else:
            self.moto = emulator.Moto(opts.emulator_port, self.run_dir / "logs/moto.log")
            self.endpoint = self.moto.url
            self.moto.wait_ready()
        self.timings["emulator_ms"] = _ms(t0)

        tpl = Template(opts.template)
        tpl.endpoint_for_refs = self.endpoint
        self.template = tpl
        t1 = time.monotonic()
        self.resources = emulator.create_resources(tpl, self.endpoint)
        self.timings["resources_ms"] = _ms(t1)

        functions = tpl.functions()
        if opts.only:
            unknown = set(opts.only) - set(functions)
            if unknown:
                raise SystemExit(f"--only: no such function(s) {sorted(unknown)}; known: {sorted(functions)}")
            functions = {k: v for k, v in functions.items() if k in opts.only}
        self.functions = functions
        runtime = ManagedRuntime(opts.ric_dir, self.run_dir / "runtime")
        aws_env = {
            "AWS_REGION": tpl.region, "AWS_DEFAULT_REGION": tpl.region,
            "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
            "AWS_ENDPOINT_URL": self.endpoint,
        }
        work = self.run_dir / "functions"
        t2 = time.monotonic()
        for lid, fn in functions.items():
            log = FunctionLog(self.run_dir / "logs" / f"{lid}.log", lid, echo=opts.echo_logs)
            self.logs.append(log)
            self.pools[lid] = Pool(fn, int(opts.concurrency.get(lid, 1)), unpack(fn, work), runtime, aws_env, log)
        for pool in self.pools.values():
            pool.start()
        with ThreadPoolExecutor(max_workers=max(1, len(self.pools))) as ex:
            inits = dict(zip(self.pools, ex.map(lambda p: p.wait_ready(), self.pools.values())))
        failed = [lid for lid, ms in inits.items() if ms is None]
        if failed:
            raise RuntimeError(f"function(s) failed to initialise: {failed} (see {self.run_dir}/logs)")
        self.timings["functions_ms"] = _ms(t2)

        t3 = time.monotonic()
        self.custom = custom_resources.create_all(tpl, self.pools)
        self.admin_key = admin_key.read(tpl, self.endpoint)
        self.timings["custom_resources_ms"] = _ms(t3)

        if sources:
            self._start_sources(tpl)
        self.timings["total_ms"] = _ms(t0)
        return self

    def _start_sources(self, tpl):
        self.lambda_api = LambdaApi(self.opts.lambda_port, self.pools)
        self.lambda_api.start()
        routes = routing.from_functions(self.functions)
        if routes:
            self.http = HttpApi(self.opts.api_port, routes, self.pools)
            self.http.start()
        clock = Clock(self.opts.schedule_speedup)
        for lid, fn in self.functions.items():
            for name, event in fn.events.items():
                kind, props = event.get("Type"), event.get("Properties") or {}
                if kind == "SQS":
                    self.sources.append(SqsMapping(name, fn, props, self.pools[lid], tpl, self.endpoint))
                elif kind == "DynamoDB":
                    self.sources.append(StreamMapping(name, fn, props, self.pools[lid], tpl, self.endpoint))
                elif kind in ("Schedule", "ScheduleV2"):
                    self.sources.append(ScheduleSource(name, kind, fn, props, self.pools[lid], tpl, clock))
                elif kind not in ("HttpApi", "Api"):
                    say(f"[localcloud] {lid}.{name}: event type {kind} is not emulated (ignored)")
        for source in self.sources:
            source.start()

    def describe(self):
        """The content of ready.json (snake_case keys; infra/bin/test reads `api_url`)."""
        return {
            "api_url": self.http.url if self.http else None,
            "emulator_url": self.endpoint,
            "lambda_url": self.lambda_api.url if self.lambda_api else None,
            "region": self.template.region,
            "account_id": self.template.account_id,
            "stack_name": self.template.stack_name,
            "run_dir": str(self.run_dir),
            "runner_pid": os.getpid(),
            "emulator_pid": self.moto.proc.pid if self.moto else None,
            "resources": self.resources,
            "streams": dict(self.template.stream_arns),
            "functions": {lid: {"name": p.fn.name,
                                "init_ms": max(i["init_ms"] or 0 for i in p.describe()),
                                "pids": p.pids(), "instances": p.describe(),
                                "log": str(self.run_dir / "logs" / f"{lid}.log")}
                          for lid, p in self.pools.items()},
            "custom_resources": self.custom,
            # The first admin key (see admin_key.py): how local clients and tests sign their requests.
            **self.admin_key,
            "timings": self.timings,
        }

    def pids(self):
        out = [self.moto.proc.pid] if self.moto else []
        for pool in self.pools.values():
            out += pool.pids()
        return out

    def down(self):
        """Stops sources first (no new invokes), then functions, then the emulator."""
        for source in self.sources:
            source.stopping.set()  # all at once; each stop() below then only joins its threads
        for source in self.sources:
            source.stop()
        if self.http:
            self.http.stop()
        if self.lambda_api:
            self.lambda_api.stop()
        with ThreadPoolExecutor(max_workers=max(1, len(self.pools))) as ex:
            list(ex.map(lambda p: p.stop(), self.pools.values()))
        if self.moto:
            self.moto.stop()
        for log in self.logs:
            log.close()


def _prune_runs(state_dir, keep):
    """Each run unpacks every function zip: keep only the newest few run folders."""
    runs = sorted(p for p in state_dir.glob("2*T*") if p.is_dir())
    for old in runs[:-keep] if keep else runs:
        shutil.rmtree(old, ignore_errors=True)


def write_json(path, data):
    tmp = Path(str(path) + ".tmp")
    tmp.write_text(json.dumps(data, indent=2))
    tmp.replace(path)


def _ms(t):
    return round((time.monotonic() - t) * 1000, 1)
