"""Inter-annotator agreement of the corpus against an independent second annotation.

``data/agreement/second_annotation.jsonl`` (first corpus) and
``second_annotation_news.jsonl`` (corpus II) hold, for a random 10% of the
articles, the fine label a second annotator gave each statement (by index)
without seeing the first labels. This module reports Cohen's kappa overall
and per label (one label against the rest), for labels and fine labels::

    python -m attributor.data.agreement                 # first corpus
    python -m attributor.data.agreement --second data/agreement/second_annotation_news.jsonl
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from attributor.data.corpus import load_records
from attributor.model.labels import FINE_LABELS, LABELS, label_of

SECOND = Path(__file__).resolve().parent / "agreement" / "second_annotation.jsonl"
#: The blind second annotation of a random 10% of corpus II (the ``news_*`` slices).
SECOND_NEWS = SECOND.with_name("second_annotation_news.jsonl")


def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two equally long label sequences."""
    if len(a) != len(b) or not a:
        raise ValueError("kappa needs two non-empty sequences of equal length")
    cats = sorted(set(a) | set(b))
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    expected = sum((a.count(c) / n) * (b.count(c) / n) for c in cats)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def paired_labels(second: Path = SECOND) -> tuple[list[str], list[str], list[tuple[str, int]]]:
    """First and second fine labels of every doubly annotated statement."""
    records = {r["doc_id"]: r for r in load_records()}
    first, other, keys = [], [], []
    with second.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            row = json.loads(line)
            rec = records.get(row["doc_id"])
            if rec is None or not 0 <= row["index"] < len(rec["statements"]):
                raise ValueError(f"{second}:{lineno}: no statement {row['doc_id']}#{row['index']} in the corpus")
            if row["fine"] not in FINE_LABELS:
                raise ValueError(f"{second}:{lineno}: unknown fine label {row['fine']!r}")
            first.append(rec["statements"][row["index"]]["fine"])
            other.append(row["fine"])
            keys.append((row["doc_id"], row["index"]))
    return first, other, keys


def report(second: Path = SECOND) -> dict:
    first, other, _ = paired_labels(second)
    out = {"statements": len(first), "articles": len({k for k in _docs(second)}),
           "label_kappa": round(cohen_kappa([label_of(f) for f in first], [label_of(f) for f in other]), 3),
           "fine_kappa": round(cohen_kappa(first, other), 3),
           "label_agreement": round(sum(label_of(x) == label_of(y) for x, y in zip(first, other)) / len(first), 3),
           "per_label_kappa": {}, "per_fine_kappa": {}}
    for label in LABELS:
        out["per_label_kappa"][label] = round(cohen_kappa([label_of(f) == label for f in first],
                                                          [label_of(f) == label for f in other]), 3)
    for fine in FINE_LABELS:
        out["per_fine_kappa"][fine] = round(cohen_kappa([f == fine for f in first], [f == fine for f in other]), 3)
    return out


def _docs(second: Path):
    with second.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["doc_id"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="attributor-agreement", description=__doc__.splitlines()[0])
    ap.add_argument("--second", type=Path, default=SECOND)
    args = ap.parse_args(argv)
    print(json.dumps(report(args.second), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
