"""A Python client generated from openapi.yaml with openapi-python-client calls the running server."""
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client_package(tmp_path_factory):
    target = tmp_path_factory.mktemp("client")
    config = target / "config.yaml"
    config.write_text("post_hooks: []\npackage_name_override: newsfacts_client\n", encoding="utf-8")
    generator = Path(sys.executable).parent / "openapi-python-client"
    subprocess.run([str(generator), "generate", "--path", str(ROOT / "openapi.yaml"), "--output-path",
                    str(target / "newsfacts_client"), "--meta", "none", "--config", str(config)],
                   check=True, capture_output=True, timeout=300)
    sys.path.insert(0, str(target))
    yield importlib.import_module("newsfacts_client")
    sys.path.remove(str(target))


def test_generated_client_extracts(server, client_package):
    from newsfacts_client.api.default import extract, extract_batch, ready
    from newsfacts_client.client import Client
    from newsfacts_client.models import BatchRequest, Document, ExtractRequest, Problem

    client = Client(base_url=server, raise_on_unexpected_status=True, timeout=60)
    assert ready.sync(client=client).status == "ready"
    text = "Laut Reuters hat Frankreich etwa 300 Soldaten nach Rumänien geschickt."
    document = extract.sync(client=client, body=ExtractRequest(text=text, language="de"))
    assert isinstance(document, Document)
    assert document.numeric_claims[0].value == 300
    assert document.numeric_claims[0].qualifier.value == "approximately"
    assert {a.name for a in document.actors} >= {"Frankreich", "Rumänien", "Reuters"}

    problem = extract.sync(client=client, body=ExtractRequest(text=" "))
    assert isinstance(problem, Problem) and problem.status == 422

    batch = extract_batch.sync(client=client, body=BatchRequest.from_dict({"articles": [{"text": text}]}))
    assert batch.results[0]["language"] == "de"
