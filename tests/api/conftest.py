"""Fixtures of the API tests: apps with small limits, so every limit is cheap to hit."""
from __future__ import annotations

import warnings

import pytest

pytest.importorskip("fastapi")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from attributor.api import Settings, create_app

LIMITS = Settings(max_body_bytes=64_000, max_chars=8_000, max_batch_docs=4, access_log=True)
KEYS = ("k-alpha", "k-beta")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return LIMITS


@pytest.fixture(scope="session")
def client():
    with TestClient(create_app(settings=LIMITS), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def keyed_client():
    with TestClient(create_app(settings=LIMITS.with_(api_keys=KEYS, cors_origins=("https://desk.example",))),
                    raise_server_exceptions=False) as c:
        yield c
