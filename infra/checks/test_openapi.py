"""functions/api/openapi.json is generated from Pinpoint's own model and must stay current and valid."""
import json
import subprocess
import sys
from pathlib import Path

from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "functions" / "api" / "openapi.json"


def test_openapi_document_is_current():
    result = subprocess.run([sys.executable, "infra/openapi/generate.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_openapi_document_is_valid_openapi_3():
    validate(json.loads(DOC.read_text()))


def test_readme_lists_every_served_operation():
    readme = (ROOT / "README.md").read_text()
    served = [l.strip() for l in (ROOT / "functions/api/served-operations.txt").read_text().splitlines()
              if l.strip() and not l.startswith("#")]
    missing = [op for op in served if op not in readme]
    assert not missing, f"README's 'What Tern serves' misses {missing}"
