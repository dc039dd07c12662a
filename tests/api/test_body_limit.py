"""A body over the limit, sent whole by a plain client (no ``Expect: 100-continue``), still gets its 413.

A real uvicorn server on a loopback port: the guard must read (and drop) what
the client sends before it answers, or the kernel resets the connection over
the unread bytes and the client never sees the 413 or its reason.
"""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

uvicorn = pytest.importorskip("uvicorn")

from attributor.api import Settings, create_app  # noqa: E402
from attributor.api import middleware  # noqa: E402

LIMIT = 64_000


@pytest.fixture(scope="module")
def base_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(settings=Settings(max_body_bytes=LIMIT, access_log=False))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=15)


def _post(url: str, body: bytes, chunked: bool = False) -> tuple[int, dict]:
    data = iter([body[i:i + 65536] for i in range(0, len(body), 65536)]) if chunked else body
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    if chunked:
        req.add_header("Transfer-Encoding", "chunked")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read())


@pytest.mark.parametrize("size", [LIMIT + 1, 2 * 1024 * 1024, 8 * 1024 * 1024])
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_plain_client_sending_too_much_reads_the_413_and_its_reason(base_url, size, chunked):
    body = json.dumps({"text": "x" * size}).encode()
    for _ in range(3):  # a reset is a race: try more than once
        status, answer = _post(base_url + "/v1/score", body, chunked)
        assert status == 413 and answer["error"] == "body_too_large"
        assert f"{LIMIT:,}" in answer["reason"]


def test_the_server_still_answers_after_refusing_a_big_body(base_url):
    _post(base_url + "/v1/score", json.dumps({"text": "x" * (LIMIT * 4)}).encode())
    status, answer = _post(base_url + "/v1/score", json.dumps({"text": "It rained."}).encode())
    assert status == 200 and len(answer["statements"]) == 1


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_draining_is_bounded_a_client_cannot_make_the_server_read_forever(monkeypatch, declared):
    import asyncio

    monkeypatch.setattr(middleware, "DRAIN_BYTES", 1_000_000)
    read, sent = [0], []

    async def receive():  # a client that never stops sending
        read[0] += 65536
        return {"type": "http.request", "body": b"x" * 65536, "more_body": True}

    async def send(message):
        sent.append(message)

    async def app(scope, receive, send):  # pragma: no cover - never reached
        raise AssertionError("the app must not see a refused body")

    headers = [(b"content-type", b"application/json")]
    if declared:
        headers.append((b"content-length", str(10 ** 12).encode()))
    scope = {"type": "http", "path": "/v1/score", "method": "POST", "headers": headers}
    guard = middleware.GuardMiddleware(app, max_body_bytes=LIMIT)
    asyncio.run(guard(scope, receive, send))
    assert sent[0]["status"] == 413 and b"body_too_large" in sent[1]["body"]
    assert 1_000_000 <= read[0] <= 1_000_000 + 2 * 65536 + LIMIT


def test_a_client_that_asked_100_continue_is_answered_without_reading():
    import asyncio

    read = []

    async def receive():
        read.append(1)
        return {"type": "http.request", "body": b"", "more_body": False}

    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "path": "/v1/score", "method": "POST",
             "headers": [(b"content-type", b"application/json"), (b"content-length", b"99999999"),
                         (b"expect", b"100-continue")]}
    asyncio.run(middleware.GuardMiddleware(None, max_body_bytes=LIMIT)(scope, receive, send))
    assert sent[0]["status"] == 413 and not read
