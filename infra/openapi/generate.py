"""Writes functions/<fn>/openapi.json for every HTTP function (each one with a served-operations.txt): an
OpenAPI 3 document of the operations that function serves, derived from
the authoritative Pinpoint model (botocore's pinpoint/2016-12-01/service-2.json) so that member names,
enums, required members, status codes and error shapes cannot drift from Pinpoint's.

Which operations a function serves is listed in its functions/<fn>/served-operations.txt (one Pinpoint
operation name a line): api serves the management API behind `ANY /{proxy+}`, ingest serves PutEvents on its
own route. A test in each function checks its document against the routes it really has.
Run: .venv/bin/python infra/openapi/generate.py   (or --check: exit 1 if the file is stale)
"""
import gzip
import json
import sys
from pathlib import Path

import botocore

ROOT = Path(__file__).resolve().parents[2]


def served_files():
    """Every HTTP function's list of served operations."""
    return sorted(ROOT.glob("functions/*/served-operations.txt"))
MODEL = Path(botocore.__file__).parent / "data" / "pinpoint" / "2016-12-01" / "service-2.json.gz"

SCALARS = {
    "string": {"type": "string"},
    "integer": {"type": "integer", "format": "int32"},
    "long": {"type": "integer", "format": "int64"},
    "double": {"type": "number", "format": "double"},
    "boolean": {"type": "boolean"},
    "timestamp": {"type": "string", "format": "date-time"},
    "blob": {"type": "string", "format": "byte"},
}


def load_model():
    with gzip.open(MODEL, "rt") as f:
        return json.load(f)


def schema_for(shapes, name, wanted):
    """The JSON schema of one shape; structures go to components (collected in `wanted`)."""
    shape = shapes[name]
    kind = shape["type"]
    if kind == "structure":
        wanted.add(name)
        return {"$ref": f"#/components/schemas/{name}"}
    if kind == "list":
        return {"type": "array", "items": schema_for(shapes, shape["member"]["shape"], wanted)}
    if kind == "map":
        return {"type": "object", "additionalProperties": schema_for(shapes, shape["value"]["shape"], wanted)}
    schema = dict(SCALARS[kind])
    if "enum" in shape:
        schema["enum"] = shape["enum"]
    return schema


def structure_schema(shapes, name, wanted):
    shape = shapes[name]
    props, required = {}, []
    for member, spec in shape.get("members", {}).items():
        wire = spec.get("locationName", member)
        props[wire] = schema_for(shapes, spec["shape"], wanted)
        if member in shape.get("required", []):
            required.append(wire)
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    return schema


def operation(model, name, wanted):
    op = model["operations"][name]
    shapes = model["shapes"]
    method, uri = op["http"]["method"].lower(), op["http"]["requestUri"].split("?")[0]
    out = {"operationId": name, "parameters": [], "responses": {}}
    input_shape = shapes[op["input"]["shape"]] if "input" in op else {"members": {}}
    for member, spec in input_shape.get("members", {}).items():
        location = spec.get("location")
        if location in ("uri", "querystring", "header"):
            out["parameters"].append({
                "name": spec["locationName"],
                "in": {"uri": "path", "querystring": "query", "header": "header"}[location],
                "required": location == "uri" or member in input_shape.get("required", []),
                "schema": schema_for(shapes, spec["shape"], wanted),
            })
    payload = input_shape.get("payload")
    if payload:
        out["requestBody"] = {
            "required": payload in input_shape.get("required", []),
            "content": {"application/json": {"schema": schema_for(shapes, input_shape["members"][payload]["shape"], wanted)}},
        }
    status = str(op["http"].get("responseCode", 200))
    output_shape = shapes[op["output"]["shape"]] if "output" in op else {}
    result = output_shape.get("payload")
    response = {"description": "Success"}
    if result:
        response["content"] = {"application/json": {"schema": schema_for(shapes, output_shape["members"][result]["shape"], wanted)}}
    out["responses"][status] = response
    for error in op.get("errors", []):
        code = str(shapes[error["shape"]]["error"]["httpStatusCode"])
        out["responses"][code] = {
            "description": error["shape"],
            "headers": {"x-amzn-ErrorType": {"schema": {"type": "string", "enum": [error["shape"]]}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MessageBody"}}},
        }
    return uri, method, out


def served_operations(served_file):
    return [line.strip() for line in served_file.read_text().splitlines() if line.strip() and not line.startswith("#")]


def document(served_file, model):
    served = served_operations(served_file)
    wanted, paths = {"MessageBody"}, {}
    for name in served:
        uri, method, op = operation(model, name, wanted)
        paths.setdefault(uri, {})[method] = op
    schemas, done = {}, set()
    while wanted - done:
        name = sorted(wanted - done)[0]
        done.add(name)
        schemas[name] = structure_schema(model["shapes"], name, wanted)
    return {
        "openapi": "3.0.3",
        "info": {"title": "Tern (Amazon Pinpoint-compatible API)", "version": model["metadata"]["apiVersion"],
                 "description": "Generated by infra/openapi/generate.py from botocore's Pinpoint model."},
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": dict(sorted(schemas.items()))},
    }


def main(argv):
    model, stale = load_model(), []
    for served_file in served_files():
        out = served_file.parent / "openapi.json"
        text = json.dumps(document(served_file, model), indent=2) + "\n"
        if "--check" in argv:
            if not out.exists() or out.read_text() != text:
                stale.append(out)
        else:
            out.write_text(text)
    for out in stale:
        print(f"{out} is stale: run .venv/bin/python infra/openapi/generate.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
