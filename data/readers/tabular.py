"""Read plain statement tables (CSV or JSONL) into corpus records.

Two shapes are accepted:

- corpus records (``doc_id``, ``text``, ``statements``): passed through;
- one statement per row with ``text`` and ``label`` (``fine``, ``doc_id``
  optional). Rows sharing a ``doc_id`` become one article, their texts
  joined by a space in order, so context features still see neighbours.
  Without ``fine``, an editorial row is ``attributed_paraphrase`` when the
  rules find a cue in it and ``unattributed`` otherwise.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from attributor.features.attribution import find_attributions
from attributor.model.labels import (ATTRIBUTED_PARAPHRASE, EDITORIAL_PARAPHRASE, FINE_LABELS, LABELS, UNATTRIBUTED,
                                     label_of)


class StatementTableError(ValueError):
    """A row that cannot become a statement; names the file and line."""


def _rows(path: Path):
    if path.suffix.lower() in (".csv", ".tsv"):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
            for lineno, row in enumerate(reader, start=2):
                yield lineno, row
        return
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as err:
                raise StatementTableError(f"{path}:{lineno}: not valid JSON ({err.msg})") from None


def _fine_of(row: dict, text: str, where: str) -> str:
    fine = (row.get("fine") or "").strip()
    if fine:
        if fine not in FINE_LABELS:
            raise StatementTableError(f"{where}: unknown fine label {fine!r}")
        return fine
    label = (row.get("label") or "").strip()
    if label not in LABELS:
        raise StatementTableError(f"{where}: unknown or missing label {label!r}; expected one of {LABELS}")
    if label != EDITORIAL_PARAPHRASE:
        return label
    return ATTRIBUTED_PARAPHRASE if find_attributions(text, 0, len(text)) else UNATTRIBUTED


def read_statements(path: Path) -> list[dict]:
    """Corpus records from a statement table or a corpus-format JSONL."""
    path = Path(path)
    articles: dict[str, dict] = {}
    for lineno, row in _rows(path):
        where = f"{path}:{lineno}"
        if not isinstance(row, dict):
            raise StatementTableError(f"{where}: row is not an object")
        if "statements" in row:
            articles[str(row.get("doc_id", lineno))] = row
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise StatementTableError(f"{where}: missing or empty 'text'")
        text = text.strip()
        fine = _fine_of(row, text, where)
        doc_id = str(row.get("doc_id") or f"{path.stem}-{lineno}")
        art = articles.setdefault(doc_id, {"doc_id": doc_id, "text": "", "meta": {"source_file": path.name},
                                           "statements": []})
        start = len(art["text"]) + (1 if art["text"] else 0)
        art["text"] = f"{art['text']} {text}" if art["text"] else text
        art["statements"].append({"start": start, "end": start + len(text), "label": label_of(fine), "fine": fine,
                                  "source": None, "cue": None, "line": lineno})
    if not articles:
        raise StatementTableError(f"{path}: no statements")
    return list(articles.values())
