"""The instances of one function: events queue here until an instance is free, as concurrent invokes
of a function with reserved concurrency N would (without the 429s: locally, waiting is more useful)."""
import json
import queue
import shutil
import zipfile

from localcloud.instance import INIT_TIMEOUT_S, Instance
from localcloud.runtime_api import Invocation


def unpack(fn, work_dir):
    """The function's code as Lambda's task root: its zip extracted, or its directory as it is."""
    src = fn.code_uri
    if src.is_dir():
        return src
    if not src.is_file():
        raise FileNotFoundError(f"{fn.logical_id}: CodeUri {src} does not exist (build first: mvn -B -q install -DskipTests)")
    dest = work_dir / fn.logical_id
    if dest.exists():
        shutil.rmtree(dest)
    with zipfile.ZipFile(src) as z:
        z.extractall(dest)
    return dest


class Pool:
    """N instances of one function; `invoke` takes the first free one."""

    def __init__(self, fn, size, task_root, runtime, aws_env, log):
        self.fn = fn
        self.instances = [Instance(fn, i, task_root, runtime, aws_env, log) for i in range(size)]
        self.idle = queue.Queue()
        for inst in self.instances:
            self.idle.put(inst)

    def start(self):
        for inst in self.instances:
            inst.start()

    def wait_ready(self):
        """Waits for every instance's first /next; returns the slowest init in ms (None if one failed)."""
        for inst in self.instances:
            if not inst.wait_ready():
                return None
        return max(inst.gen.init_ms for inst in self.instances)

    def invoke(self, event):
        """Invokes with `event` (a dict, or bytes already encoded); returns the finished Invocation."""
        payload = event if isinstance(event, bytes) else json.dumps(event).encode()
        wait_s = self.fn.timeout_s + INIT_TIMEOUT_S
        try:
            inst = self.idle.get(timeout=wait_s)
        except queue.Empty:
            inv = Invocation(payload, self.fn.timeout_s, self.fn.arn)
            inv.finish(False, json.dumps({"errorType": "TooManyRequestsException",
                                          "errorMessage": f"no free instance within {wait_s} s"}).encode(),
                       "TooManyRequestsException")
            return inv
        try:
            return inst.invoke(payload)
        finally:
            self.idle.put(inst)

    def pids(self):
        return [i.pid for i in self.instances if i.pid]

    def stop(self):
        for inst in self.instances:
            inst.stop()

    def describe(self):
        return [{"index": i.index, "pid": i.pid, "inits": i.inits,
                 "init_ms": round(i.gen.init_ms, 2) if i.gen and i.gen.init_ms else None}
                for i in self.instances]
