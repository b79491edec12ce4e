"""Hostile input over real HTTP: every answer is a documented 2xx or a 4xx problem, and the
service keeps serving afterwards."""
from __future__ import annotations

import json
import socket
import threading
import time

import pytest
import requests

pytestmark = pytest.mark.server

JSON = {"Content-Type": "application/json"}


def post(server, body: bytes, headers=JSON, path="/v1/extract"):
    return requests.post(server + path, data=body, headers=headers, timeout=120)


def assert_documented(response, allowed):
    assert response.status_code in allowed, (response.status_code, response.text[:300])
    if response.status_code >= 400:
        assert response.headers["Content-Type"].startswith("application/problem+json")
        assert response.json()["status"] == response.status_code


@pytest.fixture(autouse=True)
def still_serving(server):
    yield
    assert requests.get(server + "/healthz", timeout=10).status_code == 200
    ok = requests.post(server + "/v1/extract", json={"text": "Laut dpa kamen 20 Gäste."}, timeout=60)
    assert ok.status_code == 200


def test_empty_body(server):
    assert_documented(post(server, b""), {400})
    assert_documented(post(server, b"", {"Content-Type": "text/plain"}), {422})


def test_ten_megabyte_body(server):
    assert_documented(post(server, b'{"text": "' + b"x" * (10 * 1024 * 1024) + b'"}'), {413})


def test_binary_and_invalid_utf8(server):
    assert_documented(post(server, bytes(range(256)) * 8, {"Content-Type": "text/plain"}), {400})
    assert_documented(post(server, b"\xc3\x28\xa0\xa1", {"Content-Type": "text/plain; charset=utf-8"}), {400})


def test_declared_charset_that_lies(server):
    # UTF-16 bytes declared as UTF-8 are undecodable; UTF-8 bytes declared as latin-1 decode to mojibake
    assert_documented(post(server, "Grüße aus Köln".encode("utf-16"), {"Content-Type": "text/plain; charset=utf-8"}), {400})
    assert_documented(post(server, "Grüße aus Köln".encode("utf-8"), {"Content-Type": "text/plain; charset=latin-1"}), {200})


def test_json_wrong_types_and_unknown_fields(server):
    for payload in ({"text": 1}, {"text": None}, {"text": "a", "title": 5}, {"text": "a", "unknown": True},
                    {"text": "a", "published_at": 20241118}, "just a string", 42, None):
        assert_documented(post(server, json.dumps(payload).encode()), {422})


def test_deeply_nested_json(server):
    assert_documented(post(server, b"[" * 10_000 + b"]" * 10_000), {400})
    assert_documented(post(server, b'{"text": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"), {400})


def test_one_megabyte_single_word(server):
    assert_documented(post(server, json.dumps({"text": "a" * (1024 * 1024)}).encode()), {413})
    assert_documented(post(server, json.dumps({"text": "b" * 150_000}).encode()), {200})


@pytest.mark.parametrize("text", [
    "1 2 3 4 5 6 7 8 9 10 " * 200,
    "😀🔥🇩🇪👍🏽" * 300,
    "שלום עולם مرحبا بالعالم \u200f\u200e" * 100,
    "Null\u200bbreite\u200cZeichen\u200d und \ufeffBOM " * 100,
    "Steuer\x00zeichen\x01\x02\x1b[31m\x7f " * 100,
])
def test_strange_but_valid_text(server, text):
    response = post(server, json.dumps({"text": text}).encode())
    assert_documented(response, {200})
    document = response.json()
    for actor in document["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_fifty_thousand_sentences_under_the_body_limit(server):
    text = "Es regnet. " * 50_000  # 550,000 characters: over NEWSFACTS_MAX_TEXT_CHARS (documented limit)
    started = time.monotonic()
    assert_documented(post(server, json.dumps({"text": text}).encode()), {422})
    assert time.monotonic() - started < 30


def test_long_text_at_the_limit_finishes(server):
    text = "Die Polizei nahm in Berlin 12 Personen fest. " * 4_400  # about 198,000 characters
    started = time.monotonic()
    assert_documented(post(server, json.dumps({"text": text}).encode()), {200})
    assert time.monotonic() - started < 55  # inside the gunicorn timeout


def test_batch_over_the_limit(server):
    assert_documented(post(server, json.dumps({"articles": [{"text": "x"}] * 65}).encode(),
                           path="/v1/extract/batch"), {422})


def test_concurrent_slow_clients_do_not_block_the_service(server):
    host, port = server.removeprefix("http://").split(":")
    slow = []
    for _ in range(6):  # fewer than the threads of one worker (8), more than a worker count
        sock = socket.create_connection((host, int(port)))
        sock.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
        slow.append(sock)
    stop = threading.Event()

    def trickle():
        while not stop.is_set():
            for sock in slow:
                try:
                    sock.sendall(b" ")
                except OSError:
                    pass
            time.sleep(0.5)

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        response = requests.post(server + "/v1/extract", json={"text": "Laut AP kamen 5 Minister."}, timeout=30)
        assert response.status_code == 200
        assert time.monotonic() - started < 10
    finally:
        stop.set()
        for sock in slow:
            sock.close()
