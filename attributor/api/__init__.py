"""HTTP API and fact-checker page (``attributor serve``); see docs/api.md.

Needs the ``api`` extra (FastAPI, uvicorn). ``create_app(model_path=None, settings=None)`` builds the app.
"""
from __future__ import annotations

from attributor.api.app import create_app
from attributor.api.settings import Settings

__all__ = ["create_app", "Settings"]
