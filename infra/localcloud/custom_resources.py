"""CloudFormation custom resources (`Custom::*`, `AWS::CloudFormation::CustomResource`), created as
CloudFormation creates them: once the functions run, each ServiceToken function is invoked with a
`Create` request whose `ResponseURL` is a loopback HTTP endpoint of the runner, and the resource exists
when the function PUTs `{"Status": "SUCCESS", "Data": {...}}` there. FAILED (or no answer within the
function's timeout) fails the start, as it rolls a stack back. `Data` becomes the resource's
`!GetAtt` attributes. No Update or Delete is sent: the local cloud's resources live as long as its
emulator (a fresh one each start), so there is nothing to update or clean up.
"""
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from localcloud.logs import say


def custom_resource_ids(tpl):
    return [lid for lid, res in tpl.resources.items()
            if str(res.get("Type")).startswith("Custom::") or res.get("Type") == "AWS::CloudFormation::CustomResource"]


class _Answers:
    """The loopback endpoint every ResponseURL points to; one answer per request id."""

    def __init__(self):
        self.answers, self.arrived = {}, threading.Condition()
        answers = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_PUT(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with answers.arrived:
                    answers.answers[self.path.strip("/")] = json.loads(body or b"{}")
                    answers.arrived.notify_all()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, name="custom-resources", daemon=True).start()

    def wait(self, request_id, timeout_s):
        with self.arrived:
            self.arrived.wait_for(lambda: request_id in self.answers, timeout=timeout_s)
            return self.answers.get(request_id)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def create_all(tpl, pools):
    """Creates every custom resource whose function runs; returns {logical id: Data}."""
    ids = custom_resource_ids(tpl)
    if not ids:
        return {}
    by_arn = {pool.fn.arn: pool for pool in pools.values()}
    answers = _Answers()
    created = {}
    try:
        for lid in ids:
            props = tpl.resolve(tpl.resources[lid].get("Properties") or {})
            token = str(props.get("ServiceToken", ""))
            pool = by_arn.get(token) or by_arn.get(token.rsplit(":", 1)[0])  # with or without :alias
            if pool is None:
                say(f"[localcloud] {lid}: ServiceToken {token} is not a running function: not created")
                continue
            request_id = str(uuid.uuid4())
            event = {
                "RequestType": "Create", "ServiceToken": token,
                "ResponseURL": f"{answers.url}/{request_id}",
                "StackId": tpl.ref("AWS::StackId"), "RequestId": request_id,
                "LogicalResourceId": lid, "ResourceType": tpl.resources[lid]["Type"],
                "ResourceProperties": props,
            }
            inv = pool.invoke(event)
            answer = answers.wait(request_id, timeout_s=pool.fn.timeout_s)
            if not inv.ok or answer is None or answer.get("Status") != "SUCCESS":
                reason = (answer or {}).get("Reason") or (inv.body or b"").decode(errors="replace")[:500] or "no answer"
                raise RuntimeError(f"custom resource {lid} failed: {reason}")
            created[lid] = answer.get("Data") or {}
            tpl.custom_data[lid] = created[lid]
    finally:
        answers.close()
    return created
