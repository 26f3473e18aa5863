"""One function instance: a JVM under the AWS Lambda Runtime Interface Client, fed by its own Runtime API.

Lifecycle as in "Lambda execution environment lifecycle": Init (process start to its first /next),
Invoke (one at a time), and a fresh Init after a timeout or a crash.
"""
import json
import math
import os
import subprocess
import threading
import time
import zipfile
from pathlib import Path

from localcloud import process
from localcloud.runtime_api import Invocation, RuntimeApi

JDKS = {
    "java17": "/usr/lib/jvm/java-17-openjdk-amd64",
    "java25": "/usr/lib/jvm/temurin-25-jdk-amd64",
}
RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"
JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI"
# Lambda gives an on-demand Init 10 s; on 2 shared cores a cold JVM needs more, so the local limit is
# looser (documented in infra/README.md).
INIT_TIMEOUT_S = 60


def jvm_flags(memory_mb):
    """What Lambda's java17 runtime bootstrap passes: heap 85%, metaspace 10%, code cache 5% of the
    function's memory, the serial GC (one vCPU or less at small sizes), CDS on, IPv4 sockets."""
    kb = memory_mb * 1024
    return [
        f"-XX:MaxHeapSize={int(kb * 0.85)}k",
        f"-XX:MaxMetaspaceSize={int(kb * 0.10)}k",
        f"-XX:ReservedCodeCacheSize={int(kb * 0.05)}k",
        "-XX:+UseSerialGC",
        "-Xshare:auto",
        "-Djava.net.preferIPv4Stack=true",
    ]


class ManagedRuntime:
    """The "managed runtime" shared by all instances: the RIC jars (as /var/runtime/lib on Lambda), its
    JNI library unpacked once, and the folder under which each instance gets its own /tmp."""

    def __init__(self, ric_dir, work_dir):
        self.jars = sorted(Path(ric_dir).glob("*.jar"))
        ric = [j for j in self.jars if "runtime-interface-client" in j.name]
        if not ric:
            raise FileNotFoundError(f"no aws-lambda-java-runtime-interface-client jar in {ric_dir} "
                                    f"(build first: mvn -B -q install -DskipTests)")
        work_dir.mkdir(parents=True, exist_ok=True)
        self.jni_lib = work_dir / "libaws-lambda-jni.so"
        with zipfile.ZipFile(ric[0]) as z:
            self.jni_lib.write_bytes(z.read("jni/libaws-lambda-jni.linux-x86_64.so"))
        self.tmp_root = work_dir / "tmp"


class _Generation:
    """One process of the instance, from spawn to exit."""

    def __init__(self, number):
        self.number = number
        self.proc = None
        self.started_at = time.monotonic()
        self.ready = threading.Event()
        self.exited = threading.Event()
        self.init_ms = None
        self.init_reported = False
        self.init_error = None
        self.killed = False  # stopped on purpose (timeout, shutdown): its exit is not a crash
        self.peak_mb = 0


class Instance:
    """A single-concurrency execution environment of one function."""

    def __init__(self, fn, index, task_root, runtime, aws_env, log):
        self.fn = fn
        self.runtime = runtime
        self.tmp = runtime.tmp_root / f"{fn.logical_id}-{index}"
        self.index = index
        self.task_root = task_root
        self.ric_jars = runtime.jars
        self.aws_env = aws_env
        self.log = log
        self.api = RuntimeApi(self._on_next, self._on_init_error)
        self.gen = None
        self.lock = threading.Lock()
        self.closing = False
        self.inits = 0

    # ---------------------------------------------------------------- process

    def command(self):
        jdk = JDKS.get(self.fn.runtime)
        if jdk is None or not os.path.isdir(jdk):
            raise RuntimeError(f"{self.fn.logical_id}: runtime {self.fn.runtime} has no local JDK "
                               f"(known: {', '.join(k for k, v in JDKS.items() if os.path.isdir(v))})")
        # Lambda's layout: only the runtime on the class path; the RIC loads the function from its task
        # root (the working directory: classes at the root, jars in lib/) in its own class loader.
        cp = ":".join(str(j) for j in self.ric_jars)
        # Each Lambda sandbox has its own /tmp. The RIC unpacks its JNI library to the fixed path
        # /tmp/.libaws-lambda-jni.so, so instances sharing this host's /tmp would overwrite each other's
        # mapped copy (SIGBUS); the library is unpacked once by the runner and named by the RIC's own
        # property, and each instance gets a private java.io.tmpdir/TMPDIR.
        self.tmp.mkdir(parents=True, exist_ok=True)
        return [f"{jdk}/bin/java", *jvm_flags(self.fn.memory_mb),
                f"-D{JNI_PROPERTY}={self.runtime.jni_lib}", f"-Djava.io.tmpdir={self.tmp}",
                "-cp", cp, RIC_MAIN, self.fn.handler]

    def environment(self):
        fn = self.fn
        env = dict(fn.environment)
        # Reserved variables win over the function's own, as on Lambda ("Defined runtime environment
        # variables" in the Lambda developer guide).
        env.update(self.aws_env)
        env.update({
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "en_US.UTF-8",
            "TZ": ":UTC",
            "TMPDIR": str(self.tmp),
            "_HANDLER": fn.handler,
            "AWS_EXECUTION_ENV": f"AWS_Lambda_{fn.runtime}",
            "AWS_LAMBDA_FUNCTION_NAME": fn.name,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(fn.memory_mb),
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{fn.name}",
            "AWS_LAMBDA_LOG_STREAM_NAME": f"local/[$LATEST]{self.index}",
            "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{self.api.port}",
            "LAMBDA_TASK_ROOT": str(self.task_root),
            "LAMBDA_RUNTIME_DIR": str(self.runtime.jars[0].parent),
        })
        return env

    def start(self):
        """Starts a fresh process (a new Init). Safe to call from any thread."""
        with self.lock:
            if self.closing:
                return
            self.api.new_generation()
            gen = _Generation(self.api.generation)
            self.gen = gen
            self.inits += 1
            gen.proc = process.spawn(self.command(), env=self.environment(), cwd=str(self.task_root),
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        pumps = [threading.Thread(target=self.log.pump, args=(self.index, s), daemon=True)
                 for s in (gen.proc.stdout, gen.proc.stderr)]
        for t in pumps:
            t.start()
        threading.Thread(target=self._watch, args=(gen, pumps), daemon=True).start()

    def _watch(self, gen, pumps):
        code = gen.proc.wait()
        for t in pumps:
            t.join(timeout=2)
        gen.exited.set()
        if not self.closing and not gen.killed and gen.number == self.api.generation:
            self.log.line(self.index, f"Runtime exited with exit status {code}")
            for inv in list(self.api.pending.values()):
                inv.finish(False, _error("Runtime.ExitError",
                                         f"RequestId: {inv.request_id} Error: Runtime exited with error: exit status {code}"),
                           "Runtime.ExitError")

    def _on_next(self, number):
        gen = self.gen
        if gen is not None and gen.number == number and not gen.ready.is_set():
            gen.init_ms = (time.monotonic() - gen.started_at) * 1000
            gen.ready.set()

    def _on_init_error(self, body, error_type):
        if self.gen is not None:
            self.gen.init_error = body
        self.log.line(self.index, f"INIT_ERROR {error_type}: {body.decode('utf-8', 'replace')}")

    def wait_ready(self, timeout_s=INIT_TIMEOUT_S):
        """Waits for the current process' first /next; False if it exited or took too long."""
        gen = self.gen
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if gen.ready.is_set():
                return True
            if gen.exited.is_set():
                return False
            time.sleep(0.02)
        return False

    def restart(self):
        """Stops the current process and starts a fresh one (a new Init)."""
        if self.gen is not None:
            self.gen.killed = True
            process.stop(self.gen.proc, grace_s=1)
        self.start()

    @property
    def pid(self):
        return self.gen.proc.pid if self.gen and self.gen.proc else None

    def stop(self):
        self.closing = True
        if self.gen is not None:
            self.gen.killed = True
            process.stop(self.gen.proc)
        for inv in list(self.api.pending.values()):  # callers in flight get an answer, not a hang
            inv.finish(False, _error("Runtime.Stopped", "the local cloud is stopping"), "Runtime.Stopped")
        self.api.close()

    # ---------------------------------------------------------------- invoke

    def invoke(self, payload):
        """Runs one invocation to its outcome; returns the finished Invocation."""
        gen = self.gen
        if gen is None or gen.exited.is_set():
            self.start()
            gen = self.gen
        inv = Invocation(payload, self.fn.timeout_s, self.fn.arn)
        if not self.wait_ready():
            message = "Init timed out" if not gen.exited.is_set() else "Runtime exited during Init"
            if gen.init_error:
                message += ": " + gen.init_error.decode("utf-8", "replace")
            gen.killed = True
            process.kill(gen.proc)
            inv.finish(False, _error("Runtime.InitError", message), "Runtime.InitError")
            self.log.line(self.index, f"INIT_REPORT Status: error {message}")
            return inv
        self.log.line(self.index, f"START RequestId: {inv.request_id} Version: $LATEST")
        self.api.submit(inv)
        status = None
        # Bounded: the function's Timeout from delivery, plus slack for a runtime that never asks.
        hard_stop = time.monotonic() + self.fn.timeout_s + INIT_TIMEOUT_S
        ticks = 0
        while not inv.done.wait(0.05):
            ticks += 1
            if ticks % 10 == 0:  # sampled, so a process that dies mid-invoke still has a figure
                gen.peak_mb = max(gen.peak_mb, process.max_rss_mb(gen.proc.pid))
            now = time.monotonic()
            late = inv.delivered_at is not None and now - inv.delivered_at > self.fn.timeout_s
            if late or now > hard_stop:
                gen.peak_mb = max(gen.peak_mb, process.max_rss_mb(gen.proc.pid))
                stamp = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
                message = f"{stamp} {inv.request_id} Task timed out after {self.fn.timeout_s:.2f} seconds"
                if not inv.finish(False, _error("Sandbox.Timedout", message), "Sandbox.Timedout"):
                    break  # the answer arrived in the same instant: it stands
                status = "timeout"
                gen.killed = True
                if self.fn.runtime.startswith("java"):
                    process.dump_threads(gen.proc)  # the stuck thread's stack lands in this function's log
                process.kill(gen.proc)
                self.log.line(self.index, message)
                break
        gen.peak_mb = max(gen.peak_mb, process.max_rss_mb(gen.proc.pid))
        self._report(inv, gen, gen.peak_mb, status)
        crashed = inv.error_type == "Runtime.ExitError" or gen.exited.is_set()
        if status == "timeout" or crashed:
            # The environment is gone: Lambda starts a fresh one (a new Init) for the next event.
            gen.exited.wait(10)
            self.start()
        return inv

    def _report(self, inv, gen, memory, status):
        end = getattr(inv, "finished_at", time.monotonic())
        start = inv.delivered_at or end
        duration = (end - start) * 1000
        line = (f"REPORT RequestId: {inv.request_id}\tDuration: {duration:.2f} ms\t"
                f"Billed Duration: {max(1, math.ceil(duration))} ms\tMemory Size: {self.fn.memory_mb} MB\t"
                f"Max Memory Used: {memory} MB")
        if not gen.init_reported and gen.init_ms is not None:
            line += f"\tInit Duration: {gen.init_ms:.2f} ms"
            gen.init_reported = True
        if status:
            line += f"\tStatus: {status}"
        self.log.line(self.index, f"END RequestId: {inv.request_id}")
        self.log.line(self.index, line)


def _error(error_type, message):
    return json.dumps({"errorType": error_type, "errorMessage": message}).encode()
