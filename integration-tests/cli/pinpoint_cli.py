"""The AWS CLI v2 as the CLI tests run it: `aws pinpoint ... --endpoint-url $TERN_API_URL`, JSON output.

Needs the running suite: TERN_API_URL (infra/bin/test sets it). The CLI is Debian's awscli v2 at
/usr/bin/aws, installed by infra/bin/setup; a pip-installed v1 elsewhere on PATH is never used.
"""
import json
import os
import subprocess

import pytest

AWS = "/usr/bin/aws"
pytestmark = pytest.mark.skipif(not os.path.exists(AWS), reason="AWS CLI v2 (/usr/bin/aws) is not installed")


def aws(*args):
    env = dict(os.environ)
    env.update(
        AWS_ACCESS_KEY_ID=os.environ.get("TERN_ACCESS_KEY", "AKIDTERNLOCALTEST000"),
        AWS_SECRET_ACCESS_KEY=os.environ.get("TERN_SECRET_KEY", "tern-local-test-secret"),
        AWS_DEFAULT_REGION="us-east-1",
        AWS_PAGER="",
        AWS_CONFIG_FILE="/dev/null",
        AWS_SHARED_CREDENTIALS_FILE="/dev/null",
    )
    cmd = [AWS, "pinpoint", *args, "--endpoint-url", os.environ["TERN_API_URL"], "--output", "json"]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)


def ok(*args):
    result = aws(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
