"""The AWS side: moto_server started as a child process, or any endpoint given (LocalStack, real AWS),
and the template's tables, queues and buckets created there, idempotently."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from localcloud import process
from localcloud.logs import say

# Resource types the local cloud creates or serves; any other is reported at start-up.
_HANDLED_TYPES = {"AWS::S3::Bucket", "AWS::SQS::Queue", "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable",
                  "AWS::Serverless::Function", "AWS::Serverless::HttpApi", "AWS::Serverless::Api",
                  "AWS::KMS::Key", "AWS::CloudFormation::CustomResource"}
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Moto:
    """moto_server on 127.0.0.1:<port>, logging to `log_path`."""

    def __init__(self, port, log_path):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(log_path, "ab")
        script = Path(sys.executable).parent / "moto_server"
        cmd = [str(script)] if script.exists() else [sys.executable, "-m", "moto.server"]
        # The account id the template resolves to, so ARNs built locally match moto's own.
        self.proc = process.spawn(cmd + ["-H", "127.0.0.1", "-p", str(self.port)],
                                  stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
                                  env={**os.environ, "MOTO_ACCOUNT_ID": "000000000000"})

    def wait_ready(self, timeout_s=30):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"moto_server exited with {self.proc.returncode} (see its log)")
            try:
                urllib.request.urlopen(self.url + "/moto-api/", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"moto_server not answering on {self.url} after {timeout_s} s")

    def stop(self):
        process.stop(self.proc)
        self.log.close()


def client(service, endpoint, region):
    return boto3.client(service, endpoint_url=endpoint, region_name=region,
                        config=Config(retries={"max_attempts": 3, "mode": "standard"}), **CREDENTIALS)


def create_resources(tpl, endpoint):
    """Creates every table, queue and bucket of the template; records real queue URLs and stream ARNs
    on `tpl`. Returns {logical id: physical name or URL}."""
    created = {}
    for lid, res in tpl.resources.items():
        # Custom resources are created once the functions run (custom_resources.py).
        if res.get("Type") not in _HANDLED_TYPES and not str(res.get("Type")).startswith("Custom::"):
            say(f"[localcloud] {lid} ({res.get('Type')}) is not emulated: not created")
    for lid in tpl.resources_of("AWS::KMS::Key"):
        created[lid] = _kms_key(tpl, lid, endpoint)
    for lid in tpl.resources_of("AWS::S3::Bucket"):
        created[lid] = _bucket(tpl, lid, endpoint)
    # Dead-letter queues first: a RedrivePolicy names its target by ARN, which must exist.
    queues = tpl.resources_of("AWS::SQS::Queue")
    queues.sort(key=lambda lid: "RedrivePolicy" in (tpl.resources[lid].get("Properties") or {}))
    for lid in queues:
        created[lid] = _queue(tpl, lid, endpoint)
    for lid in tpl.resources_of("AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"):
        created[lid] = _table(tpl, lid, endpoint)
    return created


def _kms_key(tpl, lid, endpoint):
    """A symmetric key, found again by its alias `alias/<physical name>` when the endpoint persists
    (LocalStack, a reused emulator), so data sealed under it in an earlier run still opens.
    Records the key id, which `!Ref` gives, as CloudFormation does."""
    kms = client("kms", endpoint, tpl.region)
    alias = f"alias/{tpl.physical_name(lid)}"
    try:
        key_id = kms.describe_key(KeyId=alias)["KeyMetadata"]["KeyId"]
    except ClientError as e:
        if e.response["Error"]["Code"] != "NotFoundException":
            raise
        props = tpl.resolve(tpl.resources[lid].get("Properties") or {})
        key_id = kms.create_key(Description=props.get("Description", lid))["KeyMetadata"]["KeyId"]
        kms.create_alias(AliasName=alias, TargetKeyId=key_id)
    tpl.kms_key_ids[lid] = key_id
    return key_id


def _bucket(tpl, lid, endpoint):
    name = tpl.physical_name(lid)
    s3 = client("s3", endpoint, tpl.region)
    try:
        s3.create_bucket(Bucket=name)
    except ClientError as e:
        if e.response["Error"]["Code"] not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
            raise
    return name


_QUEUE_ATTRIBUTES = ["DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod",
                     "ReceiveMessageWaitTimeSeconds", "VisibilityTimeout", "FifoQueue",
                     "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit",
                     "RedrivePolicy", "RedriveAllowPolicy"]


def _queue(tpl, lid, endpoint):
    props = tpl.resolve(tpl.resources[lid].get("Properties") or {})
    name = tpl.physical_name(lid)
    attributes = {}
    for key in _QUEUE_ATTRIBUTES:
        if key in props:
            value = props[key]
            if isinstance(value, dict):
                value = json.dumps(value)
            elif isinstance(value, bool):
                value = str(value).lower()
            attributes[key] = str(value)
    sqs = client("sqs", endpoint, tpl.region)
    try:
        url = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
    except ClientError as e:
        if "QueueAlreadyExists" not in e.response["Error"]["Code"]:
            raise
        url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
        attributes.pop("FifoQueue", None)
        if attributes:
            sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)
    tpl.queue_urls[lid] = url
    return url


def _table(tpl, lid, endpoint):
    res = tpl.resources[lid]
    props = tpl.resolve(res.get("Properties") or {})
    name = tpl.physical_name(lid)
    if res["Type"] == "AWS::Serverless::SimpleTable":
        key = props.get("PrimaryKey") or {"Name": "id", "Type": "String"}
        kind = {"String": "S", "Number": "N", "Binary": "B"}[key.get("Type", "String")]
        props = {"AttributeDefinitions": [{"AttributeName": key["Name"], "AttributeType": kind}],
                 "KeySchema": [{"AttributeName": key["Name"], "KeyType": "HASH"}],
                 "ProvisionedThroughput": props.get("ProvisionedThroughput"),
                 "BillingMode": "PROVISIONED" if props.get("ProvisionedThroughput") else "PAY_PER_REQUEST"}
    args = {"TableName": name, "AttributeDefinitions": props["AttributeDefinitions"],
            "KeySchema": props["KeySchema"], "BillingMode": props.get("BillingMode", "PROVISIONED")}
    if args["BillingMode"] == "PROVISIONED":
        args["ProvisionedThroughput"] = props.get("ProvisionedThroughput") or {
            "ReadCapacityUnits": 5, "WriteCapacityUnits": 5}
    for key in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
        if key in props:
            args[key] = props[key]
    stream = props.get("StreamSpecification")
    if stream:
        args["StreamSpecification"] = {"StreamEnabled": True, "StreamViewType": stream["StreamViewType"]}
    ddb = client("dynamodb", endpoint, tpl.region)
    try:
        ddb.create_table(**args)
    except ClientError as e:
        if e.response["Error"]["Code"] != "ResourceInUseException":
            raise
    ddb.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    ttl = props.get("TimeToLiveSpecification")
    if ttl and ttl.get("Enabled"):
        try:
            ddb.update_time_to_live(TableName=name, TimeToLiveSpecification={
                "Enabled": True, "AttributeName": ttl["AttributeName"]})
        except ClientError:
            pass  # already on
    described = ddb.describe_table(TableName=name)["Table"]
    if described.get("LatestStreamArn"):
        tpl.stream_arns[lid] = described["LatestStreamArn"]
    return name


def queue_url_of_arn(tpl, arn, sqs):
    """The URL of the queue with this ARN: the template's own queues first, else asked of SQS."""
    for lid in tpl.resources_of("AWS::SQS::Queue"):
        if tpl.arn(lid) == arn:
            return tpl.queue_url(None, lid)
    return sqs.get_queue_url(QueueName=arn.rsplit(":", 1)[1])["QueueUrl"]
