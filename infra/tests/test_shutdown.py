"""Stopping leaves nothing behind: `down`, Ctrl-C, and even a runner killed with SIGKILL (its children
have PR_SET_PDEATHSIG). Each test runs its own small cloud (one function)."""
import signal
import subprocess
import sys
import threading
import time
import urllib.request

from conftest import INFRA, REPO, RunningCloud
from localcloud import process


def small_cloud(tmp_path, *extra):
    return RunningCloud(tmp_path, extra=["--only", "HttpProbeFunction", "--quiet", *extra])


def parallel(cloud, path, n):
    statuses = []

    def get():
        with urllib.request.urlopen(cloud.info["api_url"] + path, timeout=30) as r:
            statuses.append(r.status)
    threads = [threading.Thread(target=get) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


def test_down_stops_runner_moto_and_jvms_and_concurrency_is_honoured(tmp_path):
    cloud = small_cloud(tmp_path, "--concurrency", "HttpProbeFunction=2")
    try:
        fn = cloud.info["functions"]["HttpProbeFunction"]
        assert len(fn["pids"]) == 2 and fn["init_ms"] > 0
        assert set(cloud.info["functions"]) == {"HttpProbeFunction"}
        parallel(cloud, "/warm", 2)  # first invocations load classes; keep them out of the timing
        # Two 1.2 s requests at once finish in about 1.2 s with two instances (2.4 s or more with one).
        started = time.monotonic()
        assert parallel(cloud, "/p?sleepMs=1200", 2) == [200, 200]
        assert time.monotonic() - started < 2.3
        pids = cloud.pids + cloud.current_pids()
        out = subprocess.run([sys.executable, "-m", "localcloud", "down", "--state-dir", str(cloud.state_dir)],
                             cwd=REPO, env={"PYTHONPATH": str(INFRA)}, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stdout + out.stderr
        assert cloud.proc.wait(timeout=10) == 0
        assert process.wait_gone(pids, 10) == []
        assert not (cloud.state_dir / "ready.json").exists()
        assert "Tern local cloud stopping" in cloud.output()
    finally:
        cloud.stop()


def test_ctrl_c_stops_everything(tmp_path):
    cloud = small_cloud(tmp_path)
    pids = cloud.pids + cloud.current_pids()
    cloud.stop(signal.SIGINT)
    assert cloud.proc.returncode == 0
    assert process.wait_gone(pids, 10) == []


def test_children_die_with_a_killed_runner(tmp_path):
    cloud = small_cloud(tmp_path)
    pids = cloud.current_pids()
    assert len(pids) == 2  # moto and one JVM
    cloud.stop(signal.SIGKILL)
    left = process.wait_gone(pids, 10)
    for pid in left:
        process.os.kill(pid, signal.SIGKILL)
    assert left == [], "PR_SET_PDEATHSIG should have killed moto and the JVM"


def test_second_up_on_the_same_state_dir_is_refused(cloud):
    out = subprocess.run([sys.executable, "-m", "localcloud", "up", "--state-dir", str(cloud.state_dir)],
                         cwd=REPO, env={"PYTHONPATH": str(INFRA)}, capture_output=True, text=True, timeout=30)
    assert out.returncode == 1 and "already runs" in out.stdout
    assert (cloud.state_dir / "ready.json").exists(), "the running cloud is untouched"
