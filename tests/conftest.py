"""Shared fixtures: the extraction core, and a real gunicorn server for HTTP tests."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from service.config import Settings
from service.core.document import Extractor, Request

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nordkorea_de.txt"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(Settings().pipelines).load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_document(extractor, seed_text) -> dict:
    return extractor.extract(Request(text=seed_text))


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, **request fields) -> Document dict."""
    def run(text: str, **fields) -> dict:
        return extractor.extract(Request(text=text, **fields))
    return run


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """Start gunicorn exactly as the README does (gunicorn.conf.py), on a free port."""
    port = _free_port()
    env = dict(os.environ, HOST="127.0.0.1", PORT=str(port), WORKERS="2", TIMEOUT="60",
               NEWSFACTS_BATCH_LIMIT="64", NEWSFACTS_MAX_TEXT_CHARS="200000",
               PROMETHEUS_MULTIPROC_DIR=str(tmp_path_factory.mktemp("metrics")))
    log = open(tmp_path_factory.mktemp("gunicorn") / "gunicorn.log", "w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "service.wsgi:app"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError("gunicorn exited:\n" + log.read())
        try:
            if requests.get(base + "/readyz", timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    else:
        raise RuntimeError("gunicorn did not become ready")
    yield base
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    log.close()
