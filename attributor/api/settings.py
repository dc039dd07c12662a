"""Server settings, read from ``ATTRIBUTOR_*`` environment variables (see docs/api.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not an integer") from None
    if value < minimum:
        raise ValueError(f"{name}={value} must be at least {minimum}")
    return value


def _list(raw: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (raw or "").replace("\n", ",").split(",") if x.strip())


def read_key_file(path: str | Path) -> tuple[str, ...]:
    """API keys, one a line; blank lines and ``#`` comments are ignored."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ValueError(f"cannot read the API key file {path}: {err.strerror or err}") from None
    return tuple(k for k in (line.split("#", 1)[0].strip() for line in lines) if k)


@dataclass(frozen=True)
class Settings:
    #: Largest request body in bytes (413 beyond it, checked before the body is read).
    max_body_bytes: int = 4 * 1024 * 1024
    #: Longest article in characters (413 beyond it).
    max_chars: int = 100_000
    #: Most documents in one ``/v1/score/batch`` request (422 beyond it).
    max_batch_docs: int = 64
    #: Most documents scored in one model call when concurrent requests are coalesced.
    microbatch_docs: int = 32
    #: Most documents waiting to be scored in one worker before requests get 503.
    max_pending_docs: int = 2048
    #: Accepted API keys; empty means no key is needed.
    api_keys: tuple[str, ...] = ()
    #: Origins allowed by CORS; empty means same-origin only, ``*`` means any.
    cors_origins: tuple[str, ...] = ()
    #: Emit one JSON access log line per request.
    access_log: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        keys = list(_list(env.get("ATTRIBUTOR_API_KEYS")))
        if env.get("ATTRIBUTOR_API_KEYS_FILE"):
            keys += read_key_file(env["ATTRIBUTOR_API_KEYS_FILE"])
        return cls(
            max_body_bytes=_int(env, "ATTRIBUTOR_MAX_BODY_BYTES", cls.max_body_bytes),
            max_chars=_int(env, "ATTRIBUTOR_MAX_CHARS", cls.max_chars),
            max_batch_docs=_int(env, "ATTRIBUTOR_MAX_BATCH_DOCS", cls.max_batch_docs),
            microbatch_docs=_int(env, "ATTRIBUTOR_MICROBATCH_DOCS", cls.microbatch_docs),
            max_pending_docs=_int(env, "ATTRIBUTOR_MAX_PENDING_DOCS", cls.max_pending_docs),
            api_keys=tuple(dict.fromkeys(keys)),
            cors_origins=_list(env.get("ATTRIBUTOR_CORS_ORIGINS")),
            access_log=env.get("ATTRIBUTOR_ACCESS_LOG", "1").strip().lower() not in ("0", "false", "no", "off"),
        )

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)
