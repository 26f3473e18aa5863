"""Custom resources as CloudFormation runs them: the ServiceToken function gets a Create request and
answers by PUT to ResponseURL; Data becomes !GetAtt; FAILED fails the start. Pure Python: the
function is a stand-in that answers the way a Lambda custom resource handler does."""
import json
import textwrap
import urllib.request
from types import SimpleNamespace

import pytest

from localcloud import custom_resources
from localcloud.template import Template

TEMPLATE = textwrap.dedent("""
    Resources:
      KeyFunction:
        Type: AWS::Serverless::Function
        Properties: {CodeUri: x.zip, Handler: h, Runtime: java17}
      FirstKey:
        Type: Custom::FirstKey
        Properties:
          ServiceToken: !GetAtt KeyFunction.Arn
          ParameterName: !Sub /${AWS::StackName}/key
      Elsewhere:
        Type: AWS::CloudFormation::CustomResource
        Properties:
          ServiceToken: arn:aws:lambda:us-east-1:000000000000:function:not-running
""")


class AnsweringPool:
    """Invokes like a pool; the 'function' PUTs `status`/`data` to the ResponseURL."""

    def __init__(self, arn, status="SUCCESS", data=None, reason=None):
        self.fn = SimpleNamespace(arn=arn, timeout_s=5)
        self.status, self.data, self.reason, self.events = status, data or {}, reason, []

    def invoke(self, event):
        self.events.append(event)
        answer = {"Status": self.status, "RequestId": event["RequestId"], "Data": self.data,
                  "PhysicalResourceId": "pid", "Reason": self.reason}
        request = urllib.request.Request(event["ResponseURL"], data=json.dumps(answer).encode(), method="PUT",
                                         headers={"Content-Type": ""})
        urllib.request.urlopen(request, timeout=5).read()
        return SimpleNamespace(ok=True, body=b"{}")


@pytest.fixture
def tpl(tmp_path):
    path = tmp_path / "template.yaml"
    path.write_text(TEMPLATE)
    return Template(path)


def test_create_request_reaches_the_function_and_data_becomes_getatt(tpl):
    pool = AnsweringPool(tpl.get_att("KeyFunction", "Arn"), data={"AccessKeyId": "TERNX", "ParameterName": "/p"})
    created = custom_resources.create_all(tpl, {"KeyFunction": pool})
    assert created == {"FirstKey": {"AccessKeyId": "TERNX", "ParameterName": "/p"}}
    event = pool.events[0]
    assert event["RequestType"] == "Create" and event["LogicalResourceId"] == "FirstKey"
    assert event["ResourceType"] == "Custom::FirstKey"
    assert event["ResourceProperties"]["ParameterName"] == "/tern-local/key"
    assert tpl.get_att("FirstKey", "AccessKeyId") == "TERNX"


def test_a_failed_answer_fails_the_start_with_its_reason(tpl):
    pool = AnsweringPool(tpl.get_att("KeyFunction", "Arn"), status="FAILED", reason="KMS unreachable")
    with pytest.raises(RuntimeError, match="FirstKey failed: KMS unreachable"):
        custom_resources.create_all(tpl, {"KeyFunction": pool})


def test_getatt_before_the_answer_is_a_visible_placeholder(tpl):
    assert "not known until the custom resource answers" in tpl.get_att("FirstKey", "AccessKeyId")
