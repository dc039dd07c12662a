"""Load the team corpus (and any corpus in its JSONL format) and hash it for the model card.

The alignment of gold statements to ours is training code and lives in
:mod:`attributor.model.alignment`; it is re-exported here for readers.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from attributor.data.validate import load_jsonl
from attributor.model.alignment import TrainingSet, align, training_set  # noqa: F401  (re-exported)

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


def corpus_files(directory: Path = CORPUS_DIR) -> list[Path]:
    """The compiled corpus slices, in a stable order."""
    return sorted(directory.glob("*.jsonl"))


def load_records(paths: Iterable[Path] | None = None) -> list[dict]:
    """Read corpus records (default: the team corpus in ``data/corpus``)."""
    paths = list(paths) if paths is not None else corpus_files()
    if not paths:
        raise FileNotFoundError(f"no corpus files found in {CORPUS_DIR}; run python -m attributor.data.compile")
    return [rec for p in paths for rec in load_jsonl(Path(p))]


def data_hash(paths: Iterable[Path]) -> str:
    """SHA-256 over the bytes of the given files, for the model card."""
    h = hashlib.sha256()
    for p in sorted(Path(p) for p in paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()
