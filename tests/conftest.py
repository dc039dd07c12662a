"""Shared fixtures: the embedded model, a team-written article, the shared bench when present."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def model():
    from attributor.model.score import load_model

    return load_model()


@pytest.fixture(scope="session")
def article() -> str:
    return (FIXTURES / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_bench() -> Path:
    bench = SHARED / "bench"
    if not (bench / "polnear").is_dir():
        pytest.skip("../shared/bench is not present (fresh clone)")
    return bench
