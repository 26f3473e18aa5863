"""Access keys through the AWS CLI v2 and `infra/bin/access-keys`: a refused request is a
ForbiddenException the CLI names, and a key issued by the admin command works as the role says.

Needs the running suite: TERN_API_URL and the admin key TERN_ACCESS_KEY / TERN_SECRET_KEY
(infra/bin/test sets them from the local cloud's ready.json).
"""
import json
import os
import subprocess
from pathlib import Path

from pinpoint_cli import aws, pytestmark  # noqa: F401 (pytestmark skips without the CLI)

ROOT = Path(__file__).resolve().parents[2]


def as_key(key_id, secret, *args):
    """`aws pinpoint …` signed with another key than the suite's admin."""
    saved = os.environ.get("TERN_ACCESS_KEY"), os.environ.get("TERN_SECRET_KEY")
    os.environ["TERN_ACCESS_KEY"], os.environ["TERN_SECRET_KEY"] = key_id, secret
    try:
        return aws(*args)
    finally:
        os.environ["TERN_ACCESS_KEY"], os.environ["TERN_SECRET_KEY"] = saved


def access_keys(*args):
    result = subprocess.run([str(ROOT / "infra/bin/access-keys"), "--endpoint-url", os.environ["TERN_API_URL"], *args],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    return result


def test_a_wrong_secret_is_a_forbidden_exception():
    result = as_key(os.environ["TERN_ACCESS_KEY"], "0" * 40, "get-apps")
    assert result.returncode != 0
    assert "ForbiddenException" in result.stderr
    assert "GetApps operation" in result.stderr


def test_a_read_only_key_from_the_admin_command_reads_but_cannot_write_and_dies_when_revoked():
    issued = access_keys("issue", "--role", "READ_ONLY", "--description", "cli test")
    assert issued.returncode == 0, issued.stderr
    key = json.loads(issued.stdout)
    assert key["Role"] == "READ_ONLY" and len(key["SecretAccessKey"]) == 40

    assert as_key(key["AccessKeyId"], key["SecretAccessKey"], "get-apps").returncode == 0
    refused = as_key(key["AccessKeyId"], key["SecretAccessKey"], "create-app", "--create-application-request", "Name=no")
    assert refused.returncode != 0 and "ForbiddenException" in refused.stderr

    listed = access_keys("list")
    assert listed.returncode == 0 and key["AccessKeyId"] in listed.stdout
    assert key["SecretAccessKey"] not in listed.stdout

    assert access_keys("revoke", key["AccessKeyId"]).returncode == 0
    after = as_key(key["AccessKeyId"], key["SecretAccessKey"], "get-apps")
    assert after.returncode != 0 and "revoked" in after.stderr


def test_the_admin_command_reports_a_refusal():
    issued = json.loads(access_keys("issue", "--role", "READ_ONLY").stdout)
    try:
        env = dict(os.environ, TERN_ACCESS_KEY=issued["AccessKeyId"], TERN_SECRET_KEY=issued["SecretAccessKey"])
        result = subprocess.run([str(ROOT / "infra/bin/access-keys"), "--endpoint-url", os.environ["TERN_API_URL"], "list"],
                                capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 1
        assert "ForbiddenException" in result.stderr
    finally:
        access_keys("revoke", issued["AccessKeyId"])
