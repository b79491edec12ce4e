"""The CLI runs the same core as the service."""
import json
import subprocess
import sys

from schemas import DocumentSchema


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "service", *args], input=stdin, capture_output=True,
                          text=True, timeout=300, check=False)


def test_extract_from_stdin():
    result = run("extract", "-", "--language", "de", stdin="Laut dpa kamen rund 2.000 Menschen nach Dresden.")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert DocumentSchema().validate(document) == {}
    assert document["numeric_claims"][0]["value"] == 2000


def test_extract_rejects_blank_input():
    result = run("extract", "-", stdin="   ")
    assert result.returncode == 2 and "invalid input" in result.stderr


def test_batch_jsonl(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in [
        {"text": "Die USA schicken 500 Soldaten nach Polen.", "id": "a"},
        {"text": ""},
        {"text": "The EU fined Apple about $2bn.", "language": "en", "id": "c"},
    ]) + "\n", encoding="utf-8")
    result = run("batch", str(source), str(target), "--processes", "2")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line.get("id") for line in lines] == ["a", None, "c"]
    assert "text" in lines[1]["error"]


def test_openapi_command_matches_committed_file():
    with open("openapi.yaml", encoding="utf-8") as committed:
        assert run("openapi").stdout == committed.read()
