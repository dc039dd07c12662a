"""Score a chunk of input records: the one piece of work every engine runs.

A chunk is checked row by row (missing text, not a string, too long,
undecodable), the good rows are scored with a single call of
:func:`attributor.model.score.score_texts`, and three lists of plain dict rows
come out: statements (``attributor score -o`` rows plus the carried columns),
articles (``doc_id``, the summary, the carried columns) and errors (row,
doc_id, reason, detail). Nothing here changes how anything is scored.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from attributor.batch.formats import Record
from attributor.files import is_blank
from attributor.model.results import STATEMENT_FIELDS, SUMMARY_FIELDS, statement_row

#: Output columns; a carried input column of the same name is renamed ``input_<name>``.
RESERVED = frozenset(STATEMENT_FIELDS) | frozenset(SUMMARY_FIELDS) | {"row", "reason", "detail"}
_SURROGATE = re.compile("[\udc80-\udcff]")

#: Reasons a row goes to the error file (the ``reason`` field).
REASONS = ("missing_text", "not_a_string", "too_long", "undecodable", "invalid_json", "not_an_object",
           "bad_row", "scoring_failed")


def output_name(column: str) -> str:
    return f"input_{column}" if column in RESERVED else column


def _printable(value) -> str:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return str(value)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def doc_id_of(rec: Record) -> str:
    """The row's id as text; its row number when it has none."""
    v = rec.doc_id
    if _missing(v) or (isinstance(v, str) and not v.strip()):
        return str(rec.row)
    return _printable(v)


def check(rec: Record, max_chars: int) -> tuple[str, str] | None:
    """Why this row cannot be scored, or None.

    Only the text decides: bytes that are not UTF-8 in the id or a carried
    column are kept, written as ``\\xff`` escapes.
    """
    if rec.error:
        return rec.error
    t = rec.text
    if not rec.has_text or _missing(t):
        return ("missing_text", "no text" if rec.has_text else "the row has no text column")
    if not isinstance(t, str):
        return ("not_a_string", f"the text is a {type(t).__name__}, not a string")
    if is_blank(t):
        return ("missing_text", "the text is empty (or only whitespace, zero-width or control characters)")
    if _SURROGATE.search(t):
        pos = _SURROGATE.search(t).start()
        return ("undecodable", f"bytes that are not UTF-8 in the text near character {pos}")
    if len(t) > max_chars:
        return ("too_long", f"the text has {len(t):,} characters; --max-chars is {max_chars:,}")
    return None


def error_row(rec: Record, reason: tuple[str, str]) -> dict:
    return {"row": rec.row, "doc_id": doc_id_of(rec), "reason": reason[0], "detail": reason[1]}


@dataclass
class ChunkRows:
    statements: list[dict]
    articles: list[dict]
    errors: list[dict]
    extras: list[str]  # carried columns (output names) in order of first appearance
    articles_in: int


def score_records(records: list[Record], model, max_chars: int, carry: bool = True) -> ChunkRows:
    """Check, score (one ``score_texts`` call) and turn a chunk of records into output rows.

    ``carry=False`` leaves the input's other columns out of the statement rows.
    """
    from attributor.model.score import score_isolated

    good, errors = [], {}
    for rec in records:
        reason = check(rec, max_chars)
        if reason:
            errors[rec.row] = error_row(rec, reason)
        else:
            good.append(rec)
    ids = [doc_id_of(r) for r in good]
    try:
        results = score_isolated([r.text for r in good], ids, model)
    except Exception as err:  # noqa: BLE001 - a lone row that fails: reported in the error file
        results = [err]
    statements, articles, extras = [], [], {}
    for rec, res in zip(good, results):
        if isinstance(res, Exception):
            errors[rec.row] = error_row(rec, ("scoring_failed", f"{type(res).__name__}: {res}"))
            continue
        carried = {output_name(k): _printable(v) if isinstance(v, str) and _SURROGATE.search(v) else v
                   for k, v in rec.extras.items()} if carry else {}
        for k in carried:
            extras.setdefault(k, None)
        for row in map(statement_row, res.statements):
            row.update(carried)
            statements.append(row)
        articles.append({"doc_id": res.doc_id, **res.summary.to_dict(), **carried})
    return ChunkRows(statements, articles, [errors[k] for k in sorted(errors)], list(extras), len(records))
