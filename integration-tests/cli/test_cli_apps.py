"""Apps through the AWS CLI v2 (`aws pinpoint ... --endpoint-url`), exactly as a user types it.

Needs the running suite: TERN_API_URL (infra/bin/test sets it). The CLI is Debian's awscli v2 at
/usr/bin/aws, installed by infra/bin/setup; a pip-installed v1 elsewhere on PATH is never used.
"""
from pinpoint_cli import aws, ok, pytestmark  # noqa: F401 (pytestmark skips without the CLI)


def test_create_get_list_and_delete_an_app():
    created = ok("create-app", "--create-application-request", "Name=cli-app,tags={env=test}")["ApplicationResponse"]
    assert len(created["Id"]) == 32 and created["Name"] == "cli-app"
    assert created["tags"] == {"env": "test"}
    assert created["Arn"].endswith(":apps/" + created["Id"])

    got = ok("get-app", "--application-id", created["Id"])["ApplicationResponse"]
    assert got == created

    listed, token = [], None
    for _ in range(100):
        page = ok("get-apps", "--page-size", "50", *(["--token", token] if token else []))["ApplicationsResponse"]
        listed += [a["Id"] for a in page.get("Item", [])]
        token = page.get("NextToken")
        if not token:
            break
    assert created["Id"] in listed

    deleted = ok("delete-app", "--application-id", created["Id"])["ApplicationResponse"]
    assert deleted["Id"] == created["Id"]


def test_unknown_app_is_not_found():
    result = aws("get-app", "--application-id", "0123456789abcdef0123456789abcdef")
    assert result.returncode != 0
    assert "NotFoundException" in result.stderr
    assert "GetApp operation" in result.stderr


def test_settings_round_trip():
    app = ok("create-app", "--create-application-request", "Name=cli-settings")["ApplicationResponse"]
    try:
        written = ok("update-application-settings", "--application-id", app["Id"],
                     "--write-application-settings-request", "QuietTime={Start=21:00,End=06:30}")
        assert written["ApplicationSettingsResource"]["QuietTime"] == {"Start": "21:00", "End": "06:30"}
        read = ok("get-application-settings", "--application-id", app["Id"])["ApplicationSettingsResource"]
        assert read["QuietTime"] == {"Start": "21:00", "End": "06:30"}
    finally:
        ok("delete-app", "--application-id", app["Id"])
