"""The start-up benchmark runs real cold starts: each run is a new JVM with its own Init Duration."""
import json
import subprocess
import sys

from conftest import INFRA, PROBES, REPO, ensure_probes_built
from localcloud import process


def test_bench_measures_fresh_inits(tmp_path):
    ensure_probes_built()
    out_file = tmp_path / "bench.json"
    out = subprocess.run([sys.executable, "-m", "localcloud", "bench", "--template", str(PROBES),
                          "--function", "PlainBaselineFunction", "--runs", "2", "--state-dir", str(tmp_path),
                          "--out", str(out_file)],
                         cwd=REPO, env={"PYTHONPATH": str(INFRA)}, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    samples = json.loads(out_file.read_text())["PlainBaselineFunction"]
    assert len(samples["init_ms"]) == 2 and all(ms > 0 for ms in samples["init_ms"])
    assert len(samples["warm_ms"]) == 2 and samples["max_memory_mb"] > 20
    assert "PlainBaselineFunction" in out.stdout
    logs = (next(tmp_path.glob("2*/logs")) / "PlainBaselineFunction.log").read_text()
    assert logs.count("Init Duration") == 2, "one Init per run: the JVM was really restarted"
