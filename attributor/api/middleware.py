"""Pure ASGI middleware: request ids and JSON access logs; API keys, content type and body size.

Both work on the raw ASGI messages so that a request is refused *before*
its body is read: the guard answers 401 (no key), 415 (not JSON) or 413
(``Content-Length`` over the limit) without keeping the body, and counts
the bytes of a streamed body as they arrive, answering 413 as soon as the
count passes the limit.

A refused body is read and dropped first, up to :data:`DRAIN_BYTES`: a plain
client (``urllib``, ``requests``) sends the whole body before it reads the
answer, and a server that closes the connection over unread bytes makes the
kernel reset it, so the client would see a broken pipe instead of the 413.
A client that asked ``Expect: 100-continue`` sends nothing more, so nothing
is read for it.
"""
from __future__ import annotations

import hmac
import json
import logging
import re
import time
import uuid
from datetime import datetime, timezone

from attributor.api.errors import error_body

access_log = logging.getLogger("attributor.access")
log = logging.getLogger("attributor.api")

_RID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
#: Most bytes of a refused body read (and dropped) so that a client that sends it whole can read the 413.
DRAIN_BYTES = 64 * 1024 * 1024


def _header(scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", ()):
        if k == name:
            return v.decode("latin-1")
    return None


async def send_json(send, status: int, body: dict, headers: list[tuple[bytes, bytes]] = ()) -> None:
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": payload})


class AccessLogMiddleware:
    """Give every request an id (``X-Request-ID``, echoed) and log one JSON line when it ends.

    The line holds the method, path (no query string), status, latency and
    byte counts -- never the request or response body, so no article text.
    """

    def __init__(self, app, enabled: bool = True):
        self.app, self.enabled = app, enabled

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        incoming = _header(scope, b"x-request-id")
        rid = incoming if incoming and _RID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid
        t0 = time.perf_counter()
        info = {"status": 500, "bytes_out": 0}

        async def _send(message):
            if message["type"] == "http.response.start":
                info["status"], info["started"] = message["status"], True
                message = {**message, "headers": [*message.get("headers", ()), (b"x-request-id", rid.encode()),
                                                  (b"x-content-type-options", b"nosniff")]}
            elif message["type"] == "http.response.body":
                info["bytes_out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, _send)
        except Exception:  # noqa: BLE001 - answered as JSON here; the trace goes to the server log only
            log.exception("unhandled error (request id %s)", rid)
            info["status"] = 500
            scope.setdefault("state", {})["error"] = "internal_error"
            if "started" not in info:
                await send_json(send, 500, error_body(
                    "internal_error", f"internal error; the server log has the details under request id {rid}", rid),
                    [(b"x-request-id", rid.encode())])
        finally:
            if self.enabled:
                state = scope.get("state", {})
                line = {"ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"), "event": "access", "request_id": rid,
                        "method": scope.get("method"), "path": scope.get("path"), "status": info["status"],
                        "latency_ms": round(1000 * (time.perf_counter() - t0), 2),
                        "bytes_in": state.get("bytes_in", 0), "bytes_out": info["bytes_out"]}
                if "docs" in state:
                    line["docs"] = state["docs"]
                if "error" in state:
                    line["error"] = state["error"]
                access_log.info(json.dumps(line))


class GuardMiddleware:
    """API keys, JSON content type and the body size limit for ``POST /v1/...``."""

    def __init__(self, app, *, max_body_bytes: int, api_keys: tuple[str, ...] = (), prefix: str = "/v1/"):
        self.app, self.max_body, self.prefix = app, max_body_bytes, prefix
        self.keys = tuple(k.encode() for k in api_keys)

    def _authorised(self, scope) -> bool:
        if not self.keys:
            return True
        given = _header(scope, b"x-api-key")
        auth = _header(scope, b"authorization")
        if given is None and auth and auth[:7].lower() == "bearer ":
            given = auth[7:].strip()
        if not given:
            return False
        token = given.encode("latin-1", "replace")
        return any(hmac.compare_digest(token, k) for k in self.keys)

    @staticmethod
    async def _drain(scope, receive, read: int) -> None:
        """Read and drop the rest of a refused body, up to :data:`DRAIN_BYTES` in all."""
        if (_header(scope, b"expect") or "").lower() == "100-continue" and not read:
            return
        while read <= DRAIN_BYTES:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            read += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _refuse(self, scope, send, status: int, code: str, reason: str, headers=()):
        state = scope.setdefault("state", {})
        state["error"] = code
        await send_json(send, status, error_body(code, reason, state.get("request_id")), list(headers))

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix) or scope["method"] == "OPTIONS":
            return await self.app(scope, receive, send)
        state = scope.setdefault("state", {})
        if not self._authorised(scope):
            return await self._refuse(scope, send, 401, "unauthorized",
                                      "an API key is required: send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
                                      [(b"www-authenticate", b'Bearer realm="attributor"')])
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        ctype = (_header(scope, b"content-type") or "").split(";", 1)[0].strip().lower()
        if ctype != "application/json" and not (ctype.startswith("application/") and ctype.endswith("+json")):
            return await self._refuse(scope, send, 415, "unsupported_media_type",
                                      f"send the request body as application/json (got {ctype or 'no content type'})")
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                return await self._refuse(scope, send, 400, "bad_request", "Content-Length is not a number")
            if declared > self.max_body:
                state["bytes_in"] = 0
                await self._drain(scope, receive, 0)
                return await self._refuse(scope, send, 413, "body_too_large",
                                          f"the body has {declared:,} bytes; the limit is {self.max_body:,}")
        # Read the body here, counting as it arrives, and stop at the limit.
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                state["bytes_in"] = size
                if message.get("more_body", False):
                    await self._drain(scope, receive, size)
                return await self._refuse(scope, send, 413, "body_too_large",
                                          f"the body passed {self.max_body:,} bytes, the limit; it was not read further")
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        state["bytes_in"] = size
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as err:
            return await self._refuse(scope, send, 422, "invalid_json",
                                      f"the body is not valid UTF-8 (byte offset {err.start})")
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
