"""Tern's start-up step after the custom resources: the first admin access key.

template.yaml's `AdminAccessKey` custom resource (the access-keys-bootstrap function) issues an ADMIN
key for all apps and stores `{"AccessKeyId", "SecretAccessKey"}` in the SSM SecureString parameter it
names in `Data.ParameterName`. On AWS the operator reads it with `aws ssm get-parameter
--with-decryption`; the local cloud reads it from the emulator the same way and puts it in ready.json
(`admin_access_key_id`, `admin_secret_access_key`) for `infra/bin/run`, `infra/bin/test` and
`infra/bin/access-keys`. The secret is never printed to a log.
"""
import json

from localcloud import emulator

RESOURCE = "AdminAccessKey"


def read(tpl, endpoint):
    """{"admin_access_key_id", "admin_secret_access_key"}, or {} when the template has no such key."""
    data = tpl.custom_data.get(RESOURCE) or {}
    name = data.get("ParameterName")
    if not name:
        return {}
    ssm = emulator.client("ssm", endpoint, tpl.region)
    value = json.loads(ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"])
    return {"admin_access_key_id": value["AccessKeyId"], "admin_secret_access_key": value["SecretAccessKey"]}
