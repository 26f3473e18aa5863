"""Template reading and intrinsic resolution, against the real template.yaml and a small inline one."""
import textwrap

import pytest

from conftest import REPO
from localcloud.template import Template, TemplateError


@pytest.fixture(scope="module")
def real():
    return Template(REPO / "template.yaml")


def test_real_template_resolves_every_function(real):
    functions = real.functions()
    assert "ApiFunction" in functions
    for fn in functions.values():
        assert fn.runtime == "java17"
        assert fn.code_uri.is_absolute() and str(fn.code_uri).startswith(str(REPO))
        for value in fn.environment.values():
            assert "Ref" not in value and "Fn::" not in value, value


def test_real_template_globals_and_refs(real):
    api = real.functions()["ApiFunction"]
    assert api.memory_mb == 1024 and api.timeout_s == 20  # from Globals.Function
    assert api.environment["TERN_APPS_TABLE"] == "tern-local-AppsTable"  # Globals env, !Ref table
    assert "-XX:TieredStopAtLevel=1" in api.environment["JAVA_TOOL_OPTIONS"]
    assert api.handler == "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest"
    assert api.code_uri == REPO / "functions/api/target/function.zip"
    assert api.arn == "arn:aws:lambda:us-east-1:000000000000:function:tern-local-ApiFunction"
    route = api.events["AllRoutes"]["Properties"]
    assert route["Path"] == "/{proxy+}" and route["ApiId"] == "local"


def test_real_template_outputs_resolve(real):
    outputs = real.resolve(real.raw["Outputs"])
    assert outputs["ApiUrl"]["Value"] == "https://local.execute-api.us-east-1.amazonaws.com"
    assert outputs["AppsTableName"]["Value"] == "tern-local-AppsTable"
    assert outputs["AdminAccessKeyParameter"]["Value"] == "/tern-local/admin-access-key"


def test_real_template_resources_resolve_without_error(real):
    for lid, res in real.resources.items():
        real.resolve(res.get("Properties") or {})


INLINE = textwrap.dedent("""
    Parameters:
      Stage: {Type: String, Default: dev}
    Conditions:
      IsProd: !Equals [!Ref Stage, prod]
    Globals:
      Function:
        Runtime: java17
        Timeout: 7
        Layers: [arn:aws:lambda:us-east-1:000000000000:layer:a:1]
        Environment:
          Variables:
            SHARED: !Sub '${AWS::StackName}-${Stage}'
            OVERRIDDEN: global
    Resources:
      Jobs:
        Type: AWS::SQS::Queue
        Properties:
          RedrivePolicy: {deadLetterTargetArn: !GetAtt JobsDlq.Arn, maxReceiveCount: 3}
      JobsDlq:
        Type: AWS::SQS::Queue
        Properties:
          QueueName: !Join ['-', [explicit, !Ref Stage, dlq]]
      Things:
        Type: AWS::DynamoDB::Table
        Properties:
          AttributeDefinitions: [{AttributeName: Id, AttributeType: S}]
          KeySchema: [{AttributeName: Id, KeyType: HASH}]
          StreamSpecification: {StreamViewType: NEW_IMAGE}
      Worker:
        Type: AWS::Serverless::Function
        Properties:
          CodeUri: build/worker.zip
          Handler: a.B::handle
          Timeout: 9
          Layers: [arn:aws:lambda:us-east-1:000000000000:layer:b:1]
          Environment:
            Variables:
              OVERRIDDEN: local
              QUEUE_URL: !Ref Jobs
              QUEUE_ARN: !GetAtt Jobs.Arn
              QUEUE_NAME: !GetAtt Jobs.QueueName
              DLQ_URL: !GetAtt JobsDlq.QueueUrl
              STREAM: !GetAtt Things.StreamArn
              MODE: !If [IsProd, live, test]
              PLAIN: !Sub 'literal ${!NotAVar} in ${AWS::Region} of ${AWS::AccountId} on ${AWS::Partition}'
              MAPPED: !Sub ['${Table}/${Suffix}', {Suffix: !Select [1, !Split [',', 'a,b,c']]}]
              TABLE_SUB: !Sub '${Things}:${Things.Arn}'
              URL: !Sub 'https://x.${AWS::URLSuffix}'
""")


@pytest.fixture
def inline(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(INLINE.replace("${Table}", "${Things}"))
    return Template(path)


def test_inline_intrinsics(inline, tmp_path):
    worker = inline.functions()["Worker"]
    env = worker.environment
    assert env["SHARED"] == "tern-local-dev"
    assert env["OVERRIDDEN"] == "local"  # the function's own value wins over Globals
    assert env["QUEUE_URL"] == "http://127.0.0.1:4566/000000000000/tern-local-Jobs"
    assert env["QUEUE_ARN"] == "arn:aws:sqs:us-east-1:000000000000:tern-local-Jobs"
    assert env["QUEUE_NAME"] == "tern-local-Jobs"
    assert env["DLQ_URL"] == "http://127.0.0.1:4566/000000000000/explicit-dev-dlq"  # explicit name
    assert env["STREAM"].startswith("arn:aws:dynamodb:us-east-1:000000000000:table/tern-local-Things/stream/")
    assert env["MODE"] == "test"
    assert env["PLAIN"] == "literal ${NotAVar} in us-east-1 of 000000000000 on aws"
    assert env["MAPPED"] == "tern-local-Things/b"
    assert env["TABLE_SUB"] == "tern-local-Things:arn:aws:dynamodb:us-east-1:000000000000:table/tern-local-Things"
    assert env["URL"] == "https://x.amazonaws.com"
    assert worker.timeout_s == 9 and worker.runtime == "java17"
    assert worker.code_uri == tmp_path / "build/worker.zip"


def test_globals_lists_are_concatenated(inline):
    from localcloud.template import merge_globals
    glob = inline.raw["Globals"]["Function"]
    merged = merge_globals(glob, inline.resources["Worker"]["Properties"])
    assert [l.rsplit(":", 2)[1] for l in merged["Layers"]] == ["a", "b"]


def test_queue_url_and_stream_arn_use_what_the_emulator_returned(inline):
    inline.queue_urls["Jobs"] = "http://127.0.0.1:9/000000000000/tern-local-Jobs"
    inline.stream_arns["Things"] = "arn:aws:dynamodb:us-east-1:000000000000:table/tern-local-Things/stream/2026"
    env = inline.functions()["Worker"].environment
    assert env["QUEUE_URL"] == "http://127.0.0.1:9/000000000000/tern-local-Jobs"
    assert env["STREAM"].endswith("/stream/2026")


def test_unknown_ref_is_an_error(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                    "      CodeUri: x.zip\n      Handler: h\n      Runtime: java17\n"
                    "      Environment: {Variables: {A: !Ref Nope}}\n")
    with pytest.raises(TemplateError, match="Nope"):
        Template(path).functions()


def test_fifo_queue_gets_a_fifo_name(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("Resources:\n  Orders:\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: true\n")
    tpl = Template(path)
    assert tpl.physical_name("Orders") == "tern-local-Orders.fifo"
    assert tpl.resolve({"Fn::GetAtt": ["Orders", "QueueName"]}) == "tern-local-Orders.fifo"
