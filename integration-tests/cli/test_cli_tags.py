"""Tags through the AWS CLI v2: `aws pinpoint tag-resource / list-tags-for-resource / untag-resource`.

The CLI percent-encodes the whole ARN into one path segment and signs that; these tests show the
round trip works end to end. Needs the running suite: TERN_API_URL (infra/bin/test sets it).
"""
import json

from pinpoint_cli import aws, ok, pytestmark  # noqa: F401 (pytestmark skips without the CLI)

MISSING = "0123456789abcdef0123456789abcdef"


def quiet(*args):
    """A command whose answer is 204 No Content: success, nothing printed."""
    result = aws(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def tags_of(arn):
    return ok("list-tags-for-resource", "--resource-arn", arn)["TagsModel"]["tags"]


def test_tag_list_and_untag_an_app_and_a_segment():
    app = ok("create-app", "--create-application-request", "Name=cli-tags,tags={team=growth}")["ApplicationResponse"]
    try:
        quiet("tag-resource", "--resource-arn", app["Arn"], "--tags-model", "tags={stage=prod,cost=42}")
        assert tags_of(app["Arn"]) == {"team": "growth", "stage": "prod", "cost": "42"}
        assert ok("get-app", "--application-id", app["Id"])["ApplicationResponse"]["tags"]["stage"] == "prod"

        quiet("untag-resource", "--resource-arn", app["Arn"], "--tag-keys", "stage", "cost")
        assert tags_of(app["Arn"]) == {"team": "growth"}

        segment = ok("create-segment", "--application-id", app["Id"],
                     "--write-segment-request", json.dumps({"Name": "all", "Dimensions": {}}))["SegmentResponse"]
        quiet("tag-resource", "--resource-arn", segment["Arn"], "--tags-model", json.dumps({"tags": {"a:b/c": "d e"}}))
        assert tags_of(segment["Arn"]) == {"a:b/c": "d e"}
        got = ok("get-segment", "--application-id", app["Id"], "--segment-id", segment["Id"])["SegmentResponse"]
        assert got["tags"] == {"a:b/c": "d e"}
    finally:
        ok("delete-app", "--application-id", app["Id"])


def test_unknown_resource_is_not_found_and_a_bad_arn_is_a_bad_request():
    arn = "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + MISSING
    result = aws("list-tags-for-resource", "--resource-arn", arn)
    assert result.returncode != 0
    assert "NotFoundException" in result.stderr and "ListTagsForResource operation" in result.stderr

    result = aws("tag-resource", "--resource-arn", "arn:aws:mobiletargeting:us-east-1:000000000000:recommenders/x",
                 "--tags-model", "tags={a=b}")
    assert result.returncode != 0
    assert "BadRequestException" in result.stderr
