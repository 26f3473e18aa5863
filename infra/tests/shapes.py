"""Shape of a JSON document: the set of its key paths, recursively (lists merged as `[]`)."""


def shape(value, prefix=""):
    out = set()
    if isinstance(value, dict):
        for k, v in value.items():
            path = f"{prefix}.{k}" if prefix else k
            out.add(path)
            out |= shape(v, path)
    elif isinstance(value, list):
        for v in value:
            out |= shape(v, prefix + "[]")
    return out
