"""Rules template.yaml must keep, on top of cfn-lint and `sam validate --lint`.

template.yaml is the one source of wiring for AWS and for the local cloud, so the rules that make a
serverless project well-behaved (DLQs, partial batch failures, SnapStart, one name end to end) are
checked here rather than remembered.
"""
import os
import re
import subprocess
from pathlib import Path

import pytest
from cfnlint.decode import decode

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
TEMPLATE, _ = decode(str(ROOT / "template.yaml"))
RESOURCES = TEMPLATE["Resources"]
GLOBAL_FN = TEMPLATE.get("Globals", {}).get("Function", {})


def functions():
    return {k: v.get("Properties", {}) for k, v in RESOURCES.items() if v["Type"] == "AWS::Serverless::Function"}


def fn_prop(props, name):
    return props.get(name, GLOBAL_FN.get(name))


def kebab(logical_id):
    return re.sub(r"(?<!^)(?=[A-Z])", "-", logical_id.removesuffix("Function")).lower()


def test_cfn_lint_passes():
    result = subprocess.run([str(VENV_BIN / "cfn-lint"), "template.yaml"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sam_validate_lint_passes():
    env = dict(os.environ, SAM_CLI_TELEMETRY="0", AWS_DEFAULT_REGION="us-east-1")
    result = subprocess.run([str(VENV_BIN / "sam"), "validate", "--lint", "-t", "template.yaml"],
                            cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(functions()))
def test_function_is_one_name_end_to_end(name):
    module = kebab(name)
    props = functions()[name]
    assert name.endswith("Function")
    assert props["CodeUri"] == f"functions/{module}/target/function.zip"
    assert (ROOT / "functions" / module / "pom.xml").is_file()
    fixtures = [p.name for p in (ROOT / "events" / module).glob("*.json")]
    assert any("-ok" in f for f in fixtures) and any("-ok" not in f for f in fixtures), \
        f"events/{module}/ needs an ok case and a failing case"


@pytest.mark.parametrize("name", sorted(functions()))
def test_jvm_function_uses_snapstart(name):
    props = functions()[name]
    if str(fn_prop(props, "Runtime")).startswith("java"):
        assert fn_prop(props, "SnapStart") == {"ApplyOn": "PublishedVersions"}
        assert fn_prop(props, "AutoPublishAlias"), "SnapStart applies to published versions only"


def event_sources():
    for name, props in functions().items():
        for event_name, event in (props.get("Events") or {}).items():
            yield name, event_name, event


@pytest.mark.parametrize("name,event_name,event", [e for e in event_sources() if e[2]["Type"] in ("SQS", "DynamoDB", "Kinesis")] or [pytest.param(None, None, None, marks=pytest.mark.skip("no queue or stream consumers yet"))])
def test_every_queue_and_stream_consumer_reports_batch_item_failures(name, event_name, event):
    assert "ReportBatchItemFailures" in event["Properties"].get("FunctionResponseTypes", []), f"{name}.{event_name}"


def queues():
    return {k: v.get("Properties", {}) for k, v in RESOURCES.items() if v["Type"] == "AWS::SQS::Queue"}


def dead_letter_queues():
    return {p["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0] for p in queues().values() if "RedrivePolicy" in p}


@pytest.mark.parametrize("queue", sorted(set(queues()) - dead_letter_queues()) or [pytest.param(None, marks=pytest.mark.skip("no queues yet"))])
def test_every_queue_has_a_dead_letter_queue_and_a_long_enough_visibility(queue):
    props = queues()[queue]
    assert props.get("RedrivePolicy", {}).get("maxReceiveCount"), f"{queue} has no redrive policy"
    consumers = [(n, p) for n, p in functions().items()
                 for e in (p.get("Events") or {}).values()
                 if e["Type"] == "SQS" and e["Properties"]["Queue"] == {"Fn::GetAtt": [queue, "Arn"]}]
    for name, props_fn in consumers:
        # AWS: set the source queue's visibility timeout to at least six times the function timeout.
        assert props.get("VisibilityTimeout", 30) >= 6 * fn_prop(props_fn, "Timeout"), f"{queue} vs {name}"


def test_readme_quick_start_has_two_commands_and_ci_runs_the_second_verbatim():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1]
    block = section.split("```", 2)[1]
    commands = [line for line in block.splitlines()[1:] if line.strip() and not line.lstrip().startswith("#")]
    assert len(commands) == 2, commands
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
          if line.strip() and not line.startswith("#") and not line.startswith(("set ", "cd "))]
    assert ci == [commands[1].strip()]
