"""Endpoints through the AWS CLI v2 (`aws pinpoint update-endpoint / get-endpoint ...`), as a user types it.

Needs the running suite: TERN_API_URL (infra/bin/test sets it).
"""
import json
import os

import pytest

from pinpoint_cli import AWS, aws, ok

pytestmark = pytest.mark.skipif(not os.path.exists(AWS), reason="AWS CLI v2 (/usr/bin/aws) is not installed")


@pytest.fixture(scope="module")
def app():
    app_id = ok("create-app", "--create-application-request", "Name=cli-endpoints")["ApplicationResponse"]["Id"]
    yield app_id
    ok("delete-app", "--application-id", app_id)


def test_update_then_get_an_endpoint(app):
    request = {"ChannelType": "EMAIL", "Address": "cli@example.com", "Attributes": {"plan": ["pro"]},
               "User": {"UserId": "cli-user"}}
    accepted = ok("update-endpoint", "--application-id", app, "--endpoint-id", "cli-1",
                  "--endpoint-request", json.dumps(request))["MessageBody"]
    assert accepted["Message"] == "Accepted" and accepted["RequestID"]

    got = ok("get-endpoint", "--application-id", app, "--endpoint-id", "cli-1")["EndpointResponse"]
    assert got["Id"] == "cli-1" and got["ApplicationId"] == app
    assert got["ChannelType"] == "EMAIL" and got["Address"] == "cli@example.com"
    assert got["Attributes"] == {"plan": ["pro"]}
    assert got["User"]["UserId"] == "cli-user"
    assert got["RequestId"] == accepted["RequestID"]

    users = ok("get-user-endpoints", "--application-id", app, "--user-id", "cli-user")["EndpointsResponse"]
    assert [e["Id"] for e in users["Item"]] == ["cli-1"]


def test_an_over_long_attribute_name_is_a_bad_request_naming_it(app):
    request = {"Attributes": {"n" * 51: ["v"]}}
    result = aws("update-endpoint", "--application-id", app, "--endpoint-id", "cli-2",
                 "--endpoint-request", json.dumps(request))
    assert result.returncode != 0
    assert "BadRequestException" in result.stderr and "Attributes." + "n" * 51 in result.stderr


def test_an_unknown_endpoint_is_not_found(app):
    result = aws("get-endpoint", "--application-id", app, "--endpoint-id", "nobody")
    assert result.returncode != 0 and "NotFoundException" in result.stderr
