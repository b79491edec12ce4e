"""Property-based API test: schemathesis against the running gunicorn server, bounded in size."""
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parent.parent


def test_api_conforms_to_its_openapi_description(server):
    command = [str(Path(sys.executable).parent / "schemathesis"), "run", str(ROOT / "openapi.yaml"),
               "--url", server, "--checks", "all", "--max-examples", "40", "--seed", "7"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-5000:]
    assert "passed" in result.stdout
