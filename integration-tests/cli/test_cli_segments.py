"""Segments, channels and templates through the AWS CLI v2, exactly as a user types it (see test_cli_apps.py for the set-up)."""
import json

import pytest

from pinpoint_cli import aws, ok, pytestmark  # noqa: F401 (pytestmark skips without the CLI)


@pytest.fixture
def app():
    created = ok("create-app", "--create-application-request", "Name=cli-segments")["ApplicationResponse"]
    yield created["Id"]
    aws("delete-app", "--application-id", created["Id"])


def test_create_update_version_and_delete_a_segment(app):
    request = {"Name": "cli-ios", "Dimensions": {"Demographic": {"Platform": {"Values": ["ios"]}},
                                                 "Metrics": {"score": {"ComparisonOperator": "EQUAL", "Value": 1}}}}
    created = ok("create-segment", "--application-id", app,
                 "--write-segment-request", json.dumps(request))["SegmentResponse"]
    assert created["Version"] == 1 and created["SegmentType"] == "DIMENSIONAL"
    assert created["Dimensions"]["Demographic"]["Platform"]["Values"] == ["ios"]

    updated = ok("update-segment", "--application-id", app, "--segment-id", created["Id"],
                 "--write-segment-request", "Name=cli-ios-2")["SegmentResponse"]
    assert updated["Version"] == 2 and updated["Name"] == "cli-ios-2"

    v1 = ok("get-segment-version", "--application-id", app, "--segment-id", created["Id"], "--segment-version", "1")
    assert v1["SegmentResponse"]["Name"] == "cli-ios"
    versions = ok("get-segment-versions", "--application-id", app, "--segment-id", created["Id"])["SegmentsResponse"]
    assert [v["Version"] for v in versions["Item"]] == [2, 1]
    listed = ok("get-segments", "--application-id", app)["SegmentsResponse"]
    assert [s["Id"] for s in listed["Item"]] == [created["Id"]]

    ok("delete-segment", "--application-id", app, "--segment-id", created["Id"])
    gone = aws("get-segment", "--application-id", app, "--segment-id", created["Id"])
    assert gone.returncode != 0 and "NotFoundException" in gone.stderr


def test_an_invalid_segment_is_a_bad_request(app):
    # Well-formed for the CLI's own validation, wrong for Tern's: BEFORE compares with a date.
    request = {"Name": "bad", "Dimensions": {"Attributes": {"signup": {"AttributeType": "BEFORE", "Values": ["soon"]}}}}
    result = aws("create-segment", "--application-id", app, "--write-segment-request", json.dumps(request))
    assert result.returncode != 0 and "BadRequestException" in result.stderr
    assert "Dimensions.Attributes.signup.Values[0]" in result.stderr


def test_email_channel_through_the_cli(app):
    identity = "arn:aws:ses:us-east-1:123456789012:identity/example.com"
    on = ok("update-email-channel", "--application-id", app, "--email-channel-request",
            f"FromAddress=news@example.com,Identity={identity},Enabled=true")["EmailChannelResponse"]
    assert on["Platform"] == "EMAIL" and on["FromAddress"] == "news@example.com" and on["Enabled"] is True
    channels = ok("get-channels", "--application-id", app)["ChannelsResponse"]["Channels"]
    assert list(channels) == ["EMAIL"]
    ok("delete-email-channel", "--application-id", app)
    gone = aws("get-email-channel", "--application-id", app)
    assert gone.returncode != 0 and "NotFoundException" in gone.stderr


def test_sms_template_versions_through_the_cli():
    import time
    name = f"cli-{time.time_ns()}"
    created = ok("create-sms-template", "--template-name", name, "--sms-template-request", "Body=Hi")
    assert created["CreateTemplateMessageBody"]["Arn"].endswith(f":templates/{name}/SMS")
    ok("update-sms-template", "--template-name", name, "--create-new-version", "--sms-template-request", "Body=Hello")
    assert ok("get-sms-template", "--template-name", name)["SMSTemplateResponse"]["Body"] == "Hi"
    versions = ok("list-template-versions", "--template-name", name, "--template-type", "SMS")
    assert [v["Version"] for v in versions["TemplateVersionsResponse"]["Item"]] == ["2", "1"]
    ok("update-template-active-version", "--template-name", name, "--template-type", "SMS",
       "--template-active-version-request", "Version=2")
    assert ok("get-sms-template", "--template-name", name)["SMSTemplateResponse"]["Body"] == "Hello"
    listed = ok("list-templates", "--prefix", name)["TemplatesResponse"]["Item"]
    assert [t["TemplateName"] for t in listed] == [name]
    ok("delete-sms-template", "--template-name", name)
    gone = aws("get-sms-template", "--template-name", name)
    assert gone.returncode != 0 and "NotFoundException" in gone.stderr
