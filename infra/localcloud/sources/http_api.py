"""The HTTP API front door: one threading HTTP server on loopback for every HttpApi/Api route of the
template. Requests wait for a free instance of their function, as concurrent API Gateway calls do."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from localcloud.logs import say
from localcloud.sources import http_events, routes as routing

MAX_BODY = 10 * 1024 * 1024  # API Gateway's payload quota: 10 MB
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "upgrade"}


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # bursts of concurrent clients queue in the kernel, not refused


class HttpApi:
    def __init__(self, port, routes, pools):
        self.routes = routes
        self.pools = pools
        self.server = _Server(("127.0.0.1", port), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, name="http-api", daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

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

            def _send(self, status, headers, body):
                self.send_response(status)
                for k, v in headers:
                    if k.lower() not in _HOP_BY_HOP:
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Apigw-Requestid", self._request_id)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def _message(self, status, text):
                self._send(status, [("Content-Type", "application/json")], json.dumps({"message": text}).encode())

            def _read_body(self):
                """The request body, or None if over the quota (connection then closed, body unread)."""
                if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                    data = bytearray()
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return bytes(data)
                        if len(data) + size > MAX_BODY:
                            self.close_connection = True
                            return None
                        data += self.rfile.read(size)
                        self.rfile.readline()
                n = int(self.headers.get("Content-Length") or 0)
                if n > MAX_BODY:
                    # Read (and drop) what the client sends so it sees the 413 rather than a reset;
                    # beyond a sane amount just close.
                    self.close_connection = True
                    left = n if n <= 8 * MAX_BODY else 0
                    while left > 0:
                        chunk = self.rfile.read(min(left, 1 << 16))
                        if not chunk:
                            break
                        left -= len(chunk)
                    return None
                return self.rfile.read(n) if n else b""

            def _handle(self):
                self._request_id = ""
                body = self._read_body()
                if body is None:
                    return self._message(413, "Request Entity Too Large")
                raw_path, _, raw_query = self.path.partition("?")
                route, params = routing.select(api.routes, self.command, raw_path)
                if route is None:
                    return self._message(404, "Not Found")
                build = http_events.event_v2 if route.payload_version == "2.0" else http_events.event_v1
                host = self.headers.get("Host") or f"127.0.0.1:{api.port}"
                event = build(route, params, self.command, raw_path, raw_query, list(self.headers.items()),
                              body, self.client_address[0], host)
                ctx = event["requestContext"]
                self._request_id = ctx["requestId"]
                inv = api.pools[route.function].invoke(event)
                if not inv.ok:
                    return self._message(500, "Internal Server Error")
                try:
                    status, headers, data = http_events.response(inv.body, route.payload_version)
                except http_events.BadResponse as e:
                    say(f"[http-api] {route.key}: unmappable answer from {route.function}: {e}")
                    return self._message(500, "Internal Server Error")
                self._send(status, headers, data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

            def _unsupported(self):
                # Methods outside API Gateway's set (ANY = GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)
                # never match a route, so they get the gateway's no-route answer instead of http.server's 501.
                self._request_id = ""
                self._read_body()
                self._message(404, "Not Found")

            def __getattr__(self, name):
                # http.server looks up do_<METHOD>; any method not defined above (TRACE, QUERY, ...) lands here.
                if name.startswith("do_"):
                    return self._unsupported
                raise AttributeError(name)

        return Handler
