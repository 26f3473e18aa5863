"""The Lambda Runtime API, served to one function instance on an ephemeral loopback port.

Endpoints and headers as in "AWS Lambda runtime API" (docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html).
The RIC's native client crashes if `Lambda-Runtime-Trace-Id` is missing from a /next answer, so it is
always sent.
"""
import json
import queue
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/2018-06-01/runtime"
MAX_RESPONSE_BYTES = 6 * 1024 * 1024  # Lambda's synchronous response payload quota


class Invocation:
    """One invoke: the payload in, then exactly one outcome (response, error, timeout or crash)."""

    def __init__(self, payload, timeout_s, function_arn):
        self.request_id = str(uuid.uuid4())
        self.payload = payload
        self.timeout_s = timeout_s
        self.function_arn = function_arn
        self.trace_id = "Root=1-%08x-%s;Parent=%s;Sampled=0" % (
            int(time.time()), uuid.uuid4().hex[:24], uuid.uuid4().hex[:16])
        self.delivered_at = None  # monotonic time the runtime took it from /next
        self.deadline_ms = None
        self.done = threading.Event()
        self.ok = None
        self.body = None  # response bytes, or the error JSON bytes
        self.error_type = None

    def finish(self, ok, body, error_type=None):
        """Sets the outcome once; later outcomes (e.g. a response after a timeout) are ignored."""
        if self.done.is_set():
            return False
        self.ok, self.body, self.error_type = ok, body, error_type
        self.finished_at = time.monotonic()
        self.done.set()
        return True


class RuntimeApi:
    """Runtime API server for one instance. `generation` changes on each (re)start of the process so a
    dead process' pending /next can never take work meant for its successor."""

    def __init__(self, on_next, on_init_error):
        self.on_next = on_next
        self.on_init_error = on_init_error
        self.generation = 0
        self.work = queue.Queue()
        self.pending = {}
        self.closed = False
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, name=f"runtime-api-{self.port}",
                                       daemon=True)
        self.thread.start()

    def new_generation(self):
        """Called before a new process starts: old work queue and pending invocations are dropped."""
        self.generation += 1
        self.work = queue.Queue()
        self.pending = {}

    def submit(self, invocation):
        self.pending[invocation.request_id] = invocation
        self.work.put(invocation)

    def close(self):
        self.closed = True
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as separate writes; with Nagle on, the body waits for the peer's
            # delayed ACK (~40 ms on Linux) on every answer.
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def _reply(self, status, body=b"", headers=None):
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _body(self):
                n = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(n) if n else b""

            def do_GET(self):
                if self.path != PREFIX + "/invocation/next":
                    return self._reply(404, b'{"errorMessage":"not found"}')
                gen = api.generation
                work = api.work
                api.on_next(gen)
                # Blocks until there is work, as Lambda's /next does; re-checks every half second
                # whether this process has been replaced or the runner is closing.
                while not api.closed and api.generation == gen:
                    try:
                        inv = work.get(timeout=0.5)
                    except queue.Empty:
                        continue
                    now = time.time()
                    inv.delivered_at = time.monotonic()
                    inv.deadline_ms = int((now + inv.timeout_s) * 1000)
                    try:
                        return self._reply(200, inv.payload, {
                            "Content-Type": "application/json",
                            "Lambda-Runtime-Aws-Request-Id": inv.request_id,
                            "Lambda-Runtime-Deadline-Ms": str(inv.deadline_ms),
                            "Lambda-Runtime-Invoked-Function-Arn": inv.function_arn,
                            "Lambda-Runtime-Trace-Id": inv.trace_id,
                        })
                    except OSError:
                        inv.finish(False, _error("Runtime.ExitError", "runtime went away"), "Runtime.ExitError")
                        return
                self.close_connection = True

            def do_POST(self):
                body = self._body()
                parts = self.path[len(PREFIX):].strip("/").split("/")
                if parts == ["init", "error"]:
                    api.on_init_error(body, self.headers.get("Lambda-Runtime-Function-Error-Type"))
                    return self._reply(202, b'{"status":"OK"}')
                if len(parts) == 3 and parts[0] == "invocation" and parts[2] in ("response", "error"):
                    inv = api.pending.pop(parts[1], None)
                    if inv is None:
                        return self._reply(400, _error("InvalidRequestID", "unknown or finished request id"))
                    if parts[2] == "response":
                        if len(body) > MAX_RESPONSE_BYTES:
                            inv.finish(False, _error("Function.ResponseSizeTooLarge",
                                                     "Response payload size exceeded maximum allowed payload size (6291556 bytes)."),
                                       "Function.ResponseSizeTooLarge")
                            return self._reply(413, b'{"errorMessage":"payload too large"}')
                        inv.finish(True, body)
                    else:
                        inv.finish(False, body, self.headers.get("Lambda-Runtime-Function-Error-Type") or "Unhandled")
                    return self._reply(202, b'{"status":"OK"}')
                return self._reply(404, b'{"errorMessage":"not found"}')

        return Handler


def _error(error_type, message):
    return json.dumps({"errorType": error_type, "errorMessage": message}).encode()
