"""Lambda's Invoke API (`POST /2015-03-31/functions/{name}/invocations`) on a loopback port, so
`aws lambda invoke --endpoint-url`, SDK clients and `python -m localcloud invoke` can call a function
directly with an event file, as `sam local invoke -e` does.

RequestResponse answers 200 with the function's payload, plus `X-Amz-Function-Error: Unhandled` when it
failed (the payload is then the error JSON), as Lambda does. Event answers 202 at once and invokes in
the background. DryRun answers 204. Signatures are not checked.
"""
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

PREFIX = "/2015-03-31/functions/"


class _Server(ThreadingHTTPServer):
    request_queue_size = 128


class LambdaApi:
    def __init__(self, port, pools):
        self.pools = pools
        self.server = _Server(("127.0.0.1", port), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="lambda-api", daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def pool_for(self, name):
        """By logical id, function name or ARN (with or without a :$LATEST qualifier)."""
        name = unquote(name)
        if name.startswith("arn:"):
            parts = name.split(":")
            name = parts[6] if len(parts) > 6 else name
        else:
            name = name.split(":")[0]
        for lid, pool in self.pools.items():
            if name in (lid, pool.fn.name):
                return pool
        return None

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as separate writes; with Nagle on, the body waits for the peer's
            # delayed ACK (~40 ms on Linux) on every answer.
            disable_nagle_algorithm = True
            server_version = "tern-localcloud"
            sys_version = ""

            def log_message(self, *args):
                pass

            def _send(self, status, body=b"", headers=None):
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                payload = self.rfile.read(n) if n else b"{}"
                path = self.path.split("?")[0]
                if not (path.startswith(PREFIX) and path.endswith("/invocations")):
                    return self._send(404, b'{"Type":"User","message":"Unknown operation"}')
                pool = api.pool_for(path[len(PREFIX):-len("/invocations")])
                if pool is None:
                    return self._send(404, b'{"Type":"User","message":"Function not found"}',
                                      {"X-Amzn-ErrorType": "ResourceNotFoundException"})
                kind = self.headers.get("X-Amz-Invocation-Type", "RequestResponse")
                if kind == "DryRun":
                    return self._send(204)
                if kind == "Event":
                    threading.Thread(target=pool.invoke, args=(payload,), daemon=True).start()
                    return self._send(202)
                inv = pool.invoke(payload)
                headers = {"X-Amz-Executed-Version": "$LATEST", "X-Amzn-RequestId": inv.request_id}
                if not inv.ok:
                    headers["X-Amz-Function-Error"] = "Unhandled"
                self._send(200, inv.body or b"", headers)

        return Handler
