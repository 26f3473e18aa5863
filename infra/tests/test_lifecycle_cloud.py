"""Instance lifecycle: REPORT lines, timeout kill and fresh Init, crash and restart."""
import re
import time
import urllib.error
import urllib.request

from conftest import wait_for

REPORT = re.compile(r"REPORT RequestId: (\S+)\tDuration: ([\d.]+) ms\tBilled Duration: (\d+) ms\t"
                    r"Memory Size: (\d+) MB\tMax Memory Used: (\d+) MB(?:\tInit Duration: ([\d.]+) ms)?"
                    r"(?:\tStatus: (\w+))?")


def get(cloud, path):
    try:
        with urllib.request.urlopen(cloud.info["api_url"] + path, timeout=60) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def reports(cloud, function):
    return [m for m in REPORT.finditer(cloud.log(function))]


def test_report_line_per_invocation_with_init_only_once(cloud):
    # PlainBaselineFunction has no trigger: its first invoke here is the instance's first.
    pool_before = len(reports(cloud, "HttpProbeFunction"))
    for _ in range(3):
        assert get(cloud, "/report") == 200
    lines = wait_for(lambda: (r := reports(cloud, "HttpProbeFunction")) and len(r) >= pool_before + 3 and r,
                     what="three more REPORT lines")
    for m in lines:
        duration, billed, memory, used = float(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))
        assert billed >= duration and billed - duration < 1.0001
        assert memory == 512 and 20 < used < 512
    inits = [m for m in lines if m.group(6)]
    # One Init per process: the first process plus one per restart (timeout/crash tests may run first).
    assert inits and lines[0].group(6), "the first invocation of an instance reports its Init Duration"
    assert len(inits) == cloud_inits(cloud, "HttpProbeFunction", lines)


def cloud_inits(cloud, function, lines):
    """Processes that served at least one invocation = Init Durations expected."""
    log = cloud.log(function)
    return 1 + log.count("Task timed out after") + log.count("Runtime exited with exit status")


def test_timeout_kills_and_next_invocation_inits_again(cloud):
    pids_before = set(cloud.current_pids())
    started = time.monotonic()
    assert get(cloud, "/slow?sleepMs=8000") == 500  # Timeout: 3 in the template
    assert 2.9 < time.monotonic() - started < 7
    log = cloud.log("HttpProbeFunction")
    assert "Task timed out after 3.00 seconds" in log
    # The JVM's thread dump (SIGQUIT before the kill) shows where the invocation was stuck: in Thread.sleep.
    assert "Full thread dump" in log and "java.lang.Thread.sleep" in log
    timed_out = [m for m in reports(cloud, "HttpProbeFunction") if m.group(7) == "timeout"]
    assert timed_out and 3000 <= float(timed_out[-1].group(2)) < 4000
    assert get(cloud, "/after-timeout") == 200
    last = reports(cloud, "HttpProbeFunction")[-1]
    assert last.group(6), "the first invocation after a timeout carries a new Init Duration"
    assert set(cloud.current_pids()) != pids_before, "the timed-out JVM was replaced"


def test_crashed_jvm_is_restarted(cloud):
    assert get(cloud, "/die?exit=1") == 500
    assert "Runtime exited with exit status 3" in cloud.log("HttpProbeFunction")
    assert get(cloud, "/after-crash") == 200
