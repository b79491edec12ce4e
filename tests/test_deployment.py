"""The container recipe: lint the Dockerfile and run its install steps in a clean venv
(no Docker engine runs on the CI machines)."""
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_dockerfile_passes_hadolint():
    hadolint = Path(sys.executable).parent / "hadolint"
    result = subprocess.run([str(hadolint), str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_install_steps_in_clean_venv(tmp_path):
    """`pip install . ./pipelines/*`, as in the build stage, then load the
    app as gunicorn would, from outside the source tree."""
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(ROOT),
                    str(ROOT / "pipelines" / "de_newsfacts_sm-0.2.0"), str(ROOT / "pipelines" / "en_newsfacts_sm-0.1.0")],
                   check=True, timeout=1200)
    check = ("from service.wsgi import app; c = app.test_client(); "
             "r = c.post('/v1/extract', json={'text': 'Laut dpa kamen 200 Menschen.'}); "
             "assert r.status_code == 200, r.data; print(r.json['meta']['pipeline'])")
    result = subprocess.run([str(python), "-c", check], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "de_newsfacts_sm-0.2.0" in result.stdout
