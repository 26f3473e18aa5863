"""Reads a SAM template: CloudFormation short-form tags, SAM Globals, and local resolution of intrinsics.

Resources come from the template itself. Physical names are deterministic (`<stack>-<LogicalId>`, or the
resource's own explicit name property) so every run, test and engineer sees the same names.
"""
import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REGION = "us-east-1"
ACCOUNT_ID = "000000000000"
STACK_NAME = "tern-local"
PARTITION = "aws"
URL_SUFFIX = "amazonaws.com"

# Short-form tag -> long-form key. `!GetAtt A.B` is a scalar that splits on the first dot.
_TAGS = ["Ref", "GetAtt", "Sub", "Join", "If", "Equals", "Not", "And", "Or", "Select", "Split",
         "FindInMap", "GetAZs", "ImportValue", "Base64", "Condition", "Cidr", "ToJsonString", "Length"]


class _Loader(yaml.SafeLoader):
    """PyYAML loader that turns `!Ref X` into `{"Ref": "X"}` (and so on), as CloudFormation does."""


def _construct(tag):
    key = tag if tag in ("Ref", "Condition") else "Fn::" + tag

    def build(loader, node):
        if isinstance(node, yaml.ScalarNode):
            value = loader.construct_scalar(node)
            if tag == "GetAtt":
                value = value.split(".", 1)
        elif isinstance(node, yaml.SequenceNode):
            value = loader.construct_sequence(node, deep=True)
        else:
            value = loader.construct_mapping(node, deep=True)
        return {key: value}

    return build


for _tag in _TAGS:
    _Loader.add_constructor("!" + _tag, _construct(_tag))


class TemplateError(Exception):
    """The template uses something the local cloud cannot resolve."""


# Which property names a resource's physical name when the template sets one explicitly.
_NAME_PROPERTY = {
    "AWS::DynamoDB::Table": "TableName",
    "AWS::Serverless::SimpleTable": "TableName",
    "AWS::SQS::Queue": "QueueName",
    "AWS::S3::Bucket": "BucketName",
    "AWS::Serverless::Function": "FunctionName",
}


@dataclass
class Function:
    """One AWS::Serverless::Function with Globals merged and intrinsics resolved."""
    logical_id: str
    name: str
    code_uri: Path
    handler: str
    runtime: str
    memory_mb: int
    timeout_s: int
    environment: dict
    events: dict
    arn: str
    architectures: list = field(default_factory=lambda: ["x86_64"])


class Template:
    """A parsed template: resolved resources, functions and physical names."""

    def __init__(self, path, stack_name=STACK_NAME, region=REGION, account_id=ACCOUNT_ID, overrides=None):
        self.path = Path(path).resolve()
        self.base_dir = self.path.parent
        self.stack_name = stack_name
        self.region = region
        self.account_id = account_id
        # Ref of a queue is its URL, which names the emulator's host: set by the runner once known.
        self.endpoint_for_refs = "http://127.0.0.1:4566"
        # Real stream ARNs (moto stamps them with the table's creation time), filled in by emulator.py.
        self.stream_arns = {}
        self.queue_urls = {}
        # KMS key ids (moto makes them up) and custom resources' Data, filled in as they are created.
        self.kms_key_ids = {}
        self.custom_data = {}
        with open(self.path) as f:
            self.raw = yaml.load(f, Loader=_Loader)
        self.parameters = {}
        for name, spec in (self.raw.get("Parameters") or {}).items():
            self.parameters[name] = (overrides or {}).get(name, (spec or {}).get("Default"))
        self.resources = self.raw.get("Resources") or {}
        self.conditions = {}
        for name, expr in (self.raw.get("Conditions") or {}).items():
            self.conditions[name] = bool(self.resolve(expr))

    # ---------------------------------------------------------------- names

    def physical_name(self, logical_id):
        """The deterministic physical name of a resource (explicit name property wins)."""
        res = self.resources[logical_id]
        prop = _NAME_PROPERTY.get(res.get("Type"))
        explicit = (res.get("Properties") or {}).get(prop) if prop else None
        if explicit is not None:
            return str(self.resolve(explicit))
        name = f"{self.stack_name}-{logical_id}"
        if res.get("Type") == "AWS::SQS::Queue" and str((res.get("Properties") or {}).get("FifoQueue")).lower() == "true":
            name += ".fifo"  # CloudFormation's generated FIFO queue names end in .fifo, as SQS requires
        return name

    def queue_url(self, endpoint, logical_id):
        """The queue's URL: the one the emulator returned once created, else SQS' path form."""
        if logical_id in self.queue_urls:
            return self.queue_urls[logical_id]
        return f"{endpoint.rstrip('/')}/{self.account_id}/{self.physical_name(logical_id)}"

    def arn(self, logical_id):
        """The ARN of a resource, in the shape AWS gives it."""
        rtype = self.resources[logical_id].get("Type")
        name = self.physical_name(logical_id)
        if rtype in ("AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"):
            return f"arn:{PARTITION}:dynamodb:{self.region}:{self.account_id}:table/{name}"
        if rtype == "AWS::SQS::Queue":
            return f"arn:{PARTITION}:sqs:{self.region}:{self.account_id}:{name}"
        if rtype == "AWS::S3::Bucket":
            return f"arn:{PARTITION}:s3:::{name}"
        if rtype == "AWS::Serverless::Function":
            return f"arn:{PARTITION}:lambda:{self.region}:{self.account_id}:function:{name}"
        if rtype == "AWS::KMS::Key":
            return f"arn:{PARTITION}:kms:{self.region}:{self.account_id}:key/{self.ref(logical_id)}"
        return f"arn:{PARTITION}:cloudformation:{self.region}:{self.account_id}:{rtype}/{name}"

    def resources_of(self, *types):
        return [lid for lid, res in self.resources.items() if res.get("Type") in types]

    # ---------------------------------------------------------------- intrinsics

    def _pseudo(self, name):
        return {
            "AWS::Region": self.region,
            "AWS::AccountId": self.account_id,
            "AWS::StackName": self.stack_name,
            "AWS::StackId": f"arn:{PARTITION}:cloudformation:{self.region}:{self.account_id}:stack/{self.stack_name}/local",
            "AWS::Partition": PARTITION,
            "AWS::URLSuffix": URL_SUFFIX,
            "AWS::NoValue": None,
        }.get(name, _MISSING)

    def ref(self, name):
        pseudo = self._pseudo(name)
        if pseudo is not _MISSING:
            return pseudo
        if name in self.parameters:
            return self.parameters[name]
        if name in self.resources:
            rtype = self.resources[name].get("Type")
            if rtype == "AWS::SQS::Queue":
                return self.queue_url(self.endpoint_for_refs, name)
            if rtype in ("AWS::Serverless::HttpApi", "AWS::Serverless::Api", "AWS::ApiGatewayV2::Api"):
                return "local"
            if rtype == "AWS::KMS::Key":
                return self.kms_key_ids.get(name, f"{self.stack_name}-{name}")
            return self.physical_name(name)
        raise TemplateError(f"!Ref {name}: no such parameter, pseudo parameter or resource")

    def get_att(self, logical_id, attribute):
        if logical_id not in self.resources:
            raise TemplateError(f"!GetAtt {logical_id}.{attribute}: no such resource")
        rtype = self.resources[logical_id].get("Type")
        name = self.physical_name(logical_id)
        if rtype.startswith("Custom::") or rtype == "AWS::CloudFormation::CustomResource":
            data = self.custom_data.get(logical_id) or {}
            if attribute not in data:
                # Resolved before the custom resource ran (functions start first): a visible placeholder.
                return f"<{logical_id}.{attribute}: not known until the custom resource answers>"
            return data[attribute]
        if attribute == "Arn":
            return self.arn(logical_id)
        if rtype == "AWS::SQS::Queue" and attribute == "QueueUrl":
            return self.queue_url(self.endpoint_for_refs, logical_id)
        if rtype == "AWS::SQS::Queue" and attribute == "QueueName":
            return name
        if rtype == "AWS::DynamoDB::Table" and attribute == "StreamArn":
            # moto names a table's stream by the table's creation time; the real ARN is looked up once
            # the table exists (see emulator.py), this placeholder is only used before that.
            return self.stream_arns.get(logical_id, self.arn(logical_id) + "/stream/local")
        if rtype == "AWS::S3::Bucket" and attribute in ("DomainName", "RegionalDomainName"):
            return f"{name}.s3.{self.region}.{URL_SUFFIX}"
        raise TemplateError(f"!GetAtt {logical_id}.{attribute} is not supported by the local cloud")

    def sub(self, value):
        if isinstance(value, list):
            text, variables = value[0], {k: self.resolve(v) for k, v in (value[1] or {}).items()}
        else:
            text, variables = value, {}

        def replace(match):
            expr = match.group(1)
            if expr.startswith("!"):
                return "${" + expr[1:] + "}"  # ${!Literal} renders as ${Literal}
            if expr in variables:
                return str(variables[expr])
            if "." in expr and not expr.startswith("AWS::"):
                lid, att = expr.split(".", 1)
                return str(self.get_att(lid, att))
            return str(self.ref(expr))

        return re.sub(r"\$\{([^}]+)\}", replace, text)

    def resolve(self, node):
        """Resolves every intrinsic inside `node` to a plain value."""
        if isinstance(node, list):
            return [v for v in (self.resolve(x) for x in node) if v is not _NO_VALUE]
        if not isinstance(node, dict):
            return node
        if len(node) == 1:
            (key, arg), = node.items()
            if key == "Ref":
                value = self.ref(arg)
                return _NO_VALUE if arg == "AWS::NoValue" else value
            if key == "Fn::GetAtt":
                parts = arg if isinstance(arg, list) else str(arg).split(".", 1)
                return self.get_att(parts[0], self.resolve(parts[1]))
            if key == "Fn::Sub":
                return self.sub(arg)
            if key == "Fn::Join":
                sep, items = arg
                return str(sep).join(str(x) for x in self.resolve(items))
            if key == "Fn::If":
                cond, yes, no = arg
                picked = yes if self.conditions.get(cond) else no
                return self.resolve(picked)
            if key == "Fn::Equals":
                a, b = self.resolve(arg)
                return a == b
            if key == "Fn::Not":
                return not self.resolve(arg[0])
            if key == "Fn::And":
                return all(self.resolve(arg))
            if key == "Fn::Or":
                return any(self.resolve(arg))
            if key == "Condition":
                return self.conditions.get(arg, False)
            if key == "Fn::Select":
                index, items = arg
                return self.resolve(items)[int(self.resolve(index))]
            if key == "Fn::Split":
                sep, text = arg
                return str(self.resolve(text)).split(sep)
            if key == "Fn::GetAZs":
                return [self.region + z for z in "abc"]
            if key == "Fn::FindInMap":
                m, k1, k2 = self.resolve(arg)
                return self.raw["Mappings"][m][k1][k2]
            if key == "Fn::ImportValue":
                raise TemplateError("Fn::ImportValue needs another stack; the local cloud runs one")
        out = {}
        for k, v in node.items():
            r = self.resolve(v)
            if r is not _NO_VALUE:
                out[k] = r
        return out

    # ---------------------------------------------------------------- functions

    def functions(self):
        """Every AWS::Serverless::Function, Globals.Function merged (SAM's rules), intrinsics resolved."""
        glob = ((self.raw.get("Globals") or {}).get("Function")) or {}
        out = {}
        for lid in self.resources_of("AWS::Serverless::Function"):
            props = merge_globals(glob, self.resources[lid].get("Properties") or {})
            env = self.resolve(((props.get("Environment") or {}).get("Variables")) or {})
            code = self.resolve(props.get("CodeUri"))
            if isinstance(code, dict):
                raise TemplateError(f"{lid}: CodeUri as S3 location is not supported locally")
            out[lid] = Function(
                logical_id=lid,
                name=self.physical_name(lid),
                code_uri=(self.base_dir / str(code)).resolve(),
                handler=str(self.resolve(props.get("Handler"))),
                runtime=str(self.resolve(props.get("Runtime"))),
                memory_mb=int(self.resolve(props.get("MemorySize", 128))),
                timeout_s=int(self.resolve(props.get("Timeout", 3))),
                environment={k: "" if v is None else str(v) for k, v in env.items()},
                events=self.resolve(props.get("Events") or {}),
                arn=self.arn(lid),
                architectures=self.resolve(props.get("Architectures") or ["x86_64"]),
            )
        return out


_MISSING = object()
_NO_VALUE = object()


def merge_globals(glob, props):
    """SAM Globals: maps merge (resource wins), lists concatenate, scalars are overridden.

    See "Overridable" in the SAM spec's Globals section. Environment.Variables merge key by key.
    """
    out = copy.deepcopy(glob)
    for key, value in props.items():
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = merge_globals(out[key], value)
        elif key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = out[key] + value
        else:
            out[key] = copy.deepcopy(value)
    return out
