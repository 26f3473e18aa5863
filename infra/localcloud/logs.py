"""Function logs: each line goes to `<run>/logs/<Function>.log` and, prefixed, to the runner's stdout,
as Lambda sends a function's stdout/stderr and its START/END/REPORT lines to one CloudWatch log group."""
import sys
import threading
import time

_stdout_lock = threading.Lock()


def say(line):
    """One line of the runner's own output."""
    with _stdout_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


class FunctionLog:
    """The log of one function (all its instances)."""

    def __init__(self, path, name, echo=True):
        self.path = path
        self.name = name
        self.echo = echo
        self.lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(path, "a", buffering=1, encoding="utf-8")

    def line(self, instance, text):
        text = text.rstrip("\n")
        with self.lock:
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
            self.file.write(f"{stamp} [{instance}] {text}\n")
        if self.echo:
            say(f"[{self.name}#{instance}] {text}")

    def pump(self, instance, stream):
        """Copies a child's pipe line by line until it closes (the child exited)."""
        for raw in iter(stream.readline, b""):
            self.line(instance, raw.decode("utf-8", "replace"))
        stream.close()

    def close(self):
        with self.lock:
            self.file.close()
