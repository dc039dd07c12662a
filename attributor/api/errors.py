"""One JSON shape for every error the API returns: ``{"error", "reason", "request_id"[, "details"]}``."""
from __future__ import annotations


class APIError(Exception):
    """An error answered as JSON with a status, a machine code and a human reason."""

    def __init__(self, status: int, code: str, reason: str, headers: dict | None = None):
        super().__init__(reason)
        self.status, self.code, self.reason, self.headers = status, code, reason, headers or {}


def error_body(code: str, reason: str, request_id: str | None, details: list | None = None) -> dict:
    body = {"error": code, "reason": reason, "request_id": request_id}
    if details:
        body["details"] = details
    return body


_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 413: "body_too_large", 415: "unsupported_media_type", 422: "invalid_request",
          429: "too_many_requests", 503: "unavailable"}


def code_for(status: int) -> str:
    return _CODES.get(status, "error" if status < 500 else "internal_error")


def clean_validation_errors(errors) -> list[dict]:
    """Pydantic errors without the offending input (which may be article text)."""
    out = []
    for e in errors:
        loc = [x for x in e.get("loc", ()) if x != "body"]
        item = {"loc": loc, "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        if e.get("type") == "json_invalid" and isinstance(e.get("ctx"), dict):
            item["msg"] = f"{item['msg']}: {e['ctx'].get('error')}"
        out.append(item)
    return out
