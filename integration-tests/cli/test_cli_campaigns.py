"""Campaigns through the AWS CLI v2, as a user types it: a segment first, then a JSON file for the campaign
request; versions, listing, update, delete, and the 400/404 a user sees (see test_cli_apps.py for the set-up)."""
import json

import pytest

from pinpoint_cli import aws, ok, pytestmark  # noqa: F401 (pytestmark skips without the CLI)


@pytest.fixture
def app():
    created = ok("create-app", "--create-application-request", "Name=cli-campaigns")["ApplicationResponse"]
    yield created["Id"]
    aws("delete-app", "--application-id", created["Id"])


@pytest.fixture
def segment(app):
    request = {"Name": "cli-everyone", "Dimensions": {"Demographic": {"Channel": {"Values": ["EMAIL"]}}}}
    return ok("create-segment", "--application-id", app,
              "--write-segment-request", json.dumps(request))["SegmentResponse"]["Id"]


def campaign(segment_id, name, start="2030-01-01T09:00:00Z"):
    # A future start, so the scheduler leaves it alone while the test runs.
    return {"Name": name, "SegmentId": segment_id,
            "Schedule": {"StartTime": start, "Frequency": "ONCE"},
            "MessageConfiguration": {"EmailMessage": {"Title": "Hello {{User.UserAttributes.FirstName}}",
                                                      "HtmlBody": "<p>Hi</p>", "FromAddress": "shop@example.com"}}}


def write(tmp_path, body):
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps(body))
    return "file://" + str(path)


def test_campaign_lifecycle(app, segment, tmp_path):
    created = ok("create-campaign", "--application-id", app,
                 "--write-campaign-request", write(tmp_path, campaign(segment, "cli-sale")))["CampaignResponse"]
    assert created["Version"] == 1 and created["SegmentId"] == segment
    assert created["State"]["CampaignStatus"] == "SCHEDULED"
    campaign_id = created["Id"]

    got = ok("get-campaign", "--application-id", app, "--campaign-id", campaign_id)["CampaignResponse"]
    assert got == created
    listed = ok("get-campaigns", "--application-id", app)["CampaignsResponse"]["Item"]
    assert [c["Id"] for c in listed] == [campaign_id]

    updated = ok("update-campaign", "--application-id", app, "--campaign-id", campaign_id, "--write-campaign-request",
                 write(tmp_path, campaign(segment, "cli-sale-2", "2030-01-02T09:00:00Z")))["CampaignResponse"]
    assert updated["Version"] == 2 and updated["Name"] == "cli-sale-2"
    versions = ok("get-campaign-versions", "--application-id", app, "--campaign-id", campaign_id)["CampaignsResponse"]
    assert sorted(v["Version"] for v in versions["Item"]) == [1, 2]
    v1 = ok("get-campaign-version", "--application-id", app, "--campaign-id", campaign_id,
            "--campaign-version", "1")
    assert v1["CampaignResponse"]["Name"] == "cli-sale"

    deleted = ok("delete-campaign", "--application-id", app, "--campaign-id", campaign_id)["CampaignResponse"]
    assert deleted["Id"] == campaign_id
    gone = aws("get-campaign", "--application-id", app, "--campaign-id", campaign_id)
    assert gone.returncode != 0 and "NotFoundException" in gone.stderr


def test_a_campaign_for_a_missing_segment_or_in_the_past_is_a_bad_request(app, segment, tmp_path):
    orphan = aws("create-campaign", "--application-id", app, "--write-campaign-request",
                 write(tmp_path, campaign("0123456789abcdef0123456789abcdef", "cli-orphan")))
    assert orphan.returncode != 0 and "BadRequestException" in orphan.stderr and "SegmentId" in orphan.stderr
    past = aws("create-campaign", "--application-id", app, "--write-campaign-request",
               write(tmp_path, campaign(segment, "cli-past", "2020-01-01T00:00:00Z")))
    assert past.returncode != 0 and "BadRequestException" in past.stderr
    assert ok("get-campaigns", "--application-id", app)["CampaignsResponse"].get("Item", []) == []
