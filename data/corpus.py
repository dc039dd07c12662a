"""Load annotated corpora and align their statements to ours.

Gold statements may be cut differently from :func:`segment`; training and
evaluation therefore label each of *our* statements with the gold statement
that overlaps it most, exactly as the benchmark aligns predictions.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from attributor.data.validate import load_jsonl
from attributor.features.statements import StatementView, analyse

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


@dataclass
class TrainingSet:
    """Our statements of every article, each with the fine label of its gold match."""

    views: list[StatementView]
    fine: list[str]
    groups: list[str]


def align(views: list[StatementView], gold: list[dict]) -> list[dict | None]:
    """For each view, the gold statement with the largest character overlap (or None)."""
    out, j = [], 0
    gold = sorted(gold, key=lambda g: g["start"])
    for v in views:
        while j < len(gold) and gold[j]["end"] <= v.start:
            j += 1
        best, best_overlap, k = None, 0, j
        while k < len(gold) and gold[k]["start"] < v.end:
            overlap = min(v.end, gold[k]["end"]) - max(v.start, gold[k]["start"])
            if overlap > best_overlap:
                best, best_overlap = gold[k], overlap
            k += 1
        out.append(best)
    return out


def training_set(records: Iterable[dict]) -> TrainingSet:
    """Analyse every article and label our statements from its gold."""
    views, fine, groups = [], [], []
    for rec in records:
        art = analyse(rec["text"])
        for v, g in zip(art.statements, align(art.statements, rec["statements"])):
            if g is None:
                continue
            views.append(v)
            fine.append(g["fine"])
            groups.append(rec["doc_id"])
    return TrainingSet(views, fine, groups)
