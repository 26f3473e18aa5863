"""Every HTTP function's openapi.json is generated from Pinpoint's own model and must stay current and valid."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SERVED = sorted(ROOT.glob("functions/*/served-operations.txt"))
DOCS = [served.parent / "openapi.json" for served in SERVED]


def test_openapi_document_is_current():
    result = subprocess.run([sys.executable, "infra/openapi/generate.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.parent.name)
def test_openapi_document_is_valid_openapi_3(doc):
    validate(json.loads(doc.read_text()))


def test_no_operation_is_served_by_two_functions():
    seen = {}
    for served in SERVED:
        for op in [l.strip() for l in served.read_text().splitlines() if l.strip() and not l.startswith("#")]:
            assert op not in seen, f"{op} is in {seen.get(op)} and {served}"
            seen[op] = served


def test_readme_lists_every_served_operation():
    readme = (ROOT / "README.md").read_text()
    served = [l.strip() for f in SERVED for l in f.read_text().splitlines() if l.strip() and not l.startswith("#")]
    missing = [op for op in served if op not in readme]
    assert not missing, f"README's 'What Tern serves' misses {missing}"
