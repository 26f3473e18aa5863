"""Start-up benchmark: cold starts of chosen functions under the same runtime as `up` (RIC, JVM flags,
emulator), one function at a time so they do not compete for the CPU. PlainBaselineHandler
(infra/lambda-probes) is the baseline: a plain handler with the same AWS SDK client as Tern's functions.

Per run: a fresh JVM (Init Duration = process start to first /next), a first invocation (cold), and a
second one (warm)."""
import json
import statistics

from localcloud import process
from localcloud.logs import say


def run(cloud, events, runs):
    """{function: {"init_ms": [...], "first_ms": [...], "warm_ms": [...], "max_memory_mb": n}}."""
    results = {}
    for lid, event in events.items():
        inst = cloud.pools[lid].instances[0]
        samples = {"init_ms": [], "first_ms": [], "warm_ms": [], "max_memory_mb": 0}
        for i in range(runs):
            if i > 0:
                inst.restart()
            if not inst.wait_ready():
                raise RuntimeError(f"{lid} did not start (see its log)")
            samples["init_ms"].append(round(inst.gen.init_ms, 2))
            for key in ("first_ms", "warm_ms"):
                inv = inst.invoke(event)
                if not inv.ok:
                    raise RuntimeError(f"{lid} failed: {inv.body[:500]!r}")
                samples[key].append(round((inv.finished_at - inv.delivered_at) * 1000, 2))
            samples["max_memory_mb"] = max(samples["max_memory_mb"], process.max_rss_mb(inst.pid))
        results[lid] = samples
    return results


def table(results):
    lines = [f"{'function':32} {'init ms (median min-max)':>28} {'first ms':>10} {'warm ms':>9} {'max MB':>7}"]
    for lid, s in results.items():
        init = s["init_ms"]
        lines.append(f"{lid:32} {statistics.median(init):>12.0f} ({min(init):.0f}-{max(init):.0f}){'':>4}"
                     f" {statistics.median(s['first_ms']):>10.0f} {statistics.median(s['warm_ms']):>9.0f}"
                     f" {s['max_memory_mb']:>7}")
    return "\n".join(lines)


def events_of(specs):
    """{logical id: event bytes} from `Fn[=event.json]` specs (read before anything starts)."""
    events = {}
    for spec in specs:
        lid, _, path = spec.partition("=")
        events[lid] = open(path, "rb").read() if path else b"{}"
    return events


def main(cloud, events, args):
    results = run(cloud, events, args.runs)
    say(table(results))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=2)
    return results
