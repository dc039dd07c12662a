"""Compact JSON for output rows and answers: one encoder for the CLI, batch and the API.

orjson is several times faster than the standard library on scored rows; it
is a dependency, but an environment installed before it became one (an
editable install not re-run after ``git pull``) must still score, so the
standard library takes over when it is missing, and for what orjson refuses
(integers over 64 bits). Both write the same compact text (floats under
1e-4 aside: ``1e-05`` here, ``0.00001`` there; scored rows hold none).
"""
from __future__ import annotations

import json
from typing import Any, Callable

try:
    import orjson
except ImportError:  # pragma: no cover - exercised by tests that hide orjson
    orjson = None


def dumps(obj: Any, default: Callable[[Any], Any] | None = None) -> str:
    """``obj`` as compact JSON text; ``default`` converts what JSON cannot hold (dates, decimals, ...)."""
    if orjson is not None:
        try:
            return orjson.dumps(obj, default=default, option=orjson.OPT_PASSTHROUGH_DATETIME).decode("utf-8")
        except TypeError:
            pass  # e.g. an int over 64 bits: the standard library handles it
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=default)
