"""Label our statements with the gold statements of an annotated article.

Gold statements may be cut differently from :func:`~attributor.features.segment.segment`;
training and evaluation therefore label each of *our* statements with the gold
statement that overlaps it most, exactly as the benchmark aligns predictions.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from attributor.features.statements import StatementView, analyse


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
