"""Child processes that cannot outlive the runner.

Every child gets its own process group (so a stop kills the JVM and anything it forked) and
PR_SET_PDEATHSIG=SIGKILL (so the kernel kills it if the runner dies, even by SIGKILL). The death signal
fires when the *thread* that forked the child exits, not the process (prctl(2)), so all spawning happens
on one long-lived thread owned by this module, never on short-lived request threads.
"""
import ctypes
import os
import queue
import signal
import subprocess
import threading
import time

_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL("libc.so.6", use_errno=True)


def _child_setup(parent_pid):
    def setup():
        os.setsid()
        _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent_pid:  # the runner died before prctl took effect
            os._exit(1)
    return setup


class _Spawner:
    def __init__(self):
        self.requests = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="spawner", daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            args, kwargs, box, done = self.requests.get()
            try:
                box.append(subprocess.Popen(args, preexec_fn=_child_setup(os.getpid()), **kwargs))
            except BaseException as e:  # handed back to the caller
                box.append(e)
            done.set()

    def spawn(self, args, kwargs):
        box, done = [], threading.Event()
        self.requests.put((args, kwargs, box, done))
        done.wait()
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]


_spawner = None
_lock = threading.Lock()


def spawn(args, **kwargs):
    """Popen on the spawner thread, in a new process group, killed if the runner dies."""
    global _spawner
    with _lock:
        if _spawner is None:
            _spawner = _Spawner()
    return _spawner.spawn(list(args), kwargs)


def stop(proc, grace_s=3.0):
    """SIGTERM the child's process group, then SIGKILL it after `grace_s`; reaps the child."""
    if proc is None:
        return
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


def dump_threads(proc, wait_s=1.0):
    """SIGQUIT a live child (only the process itself, never its group): a JVM answers by printing every
    thread's stack to its stdout, which is the function's log, so a timed-out invocation leaves behind
    where it was stuck. Lambda gives no such dump; it costs a timed-out run at most `wait_s` more."""
    if proc is None or proc.poll() is not None:
        return
    try:
        os.kill(proc.pid, signal.SIGQUIT)
    except ProcessLookupError:
        return
    time.sleep(wait_s)


def kill(proc):
    """SIGKILL the child's process group at once (a timed-out function gets no grace on Lambda)."""
    stop(proc, grace_s=0)


def max_rss_mb(pid):
    """Peak resident memory (VmHWM) of a live process in MB, as Lambda's Max Memory Used; 0 if gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(int(line.split()[1]) / 1024 + 0.5)
    except OSError:
        pass
    return 0


def alive(pid):
    """True if `pid` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_gone(pids, timeout_s):
    """Waits until none of `pids` is alive; returns those still alive."""
    deadline = time.monotonic() + timeout_s
    left = [p for p in pids if alive(p)]
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = [p for p in left if alive(p)]
    return left
