"""Result types of scoring: one record per statement, one per article -- the one schema.

:class:`StatementResult` *is* the statement row: its fields, in order, are
the columns of every surface (``attributor score -o``, ``attributor batch``,
the API, the report, the page's table and CSV download). Everything else is
derived from it here: :data:`STATEMENT_FIELDS`, :meth:`StatementResult.to_row`
and :meth:`StatementResult.from_row`, and the Arrow types
(:func:`statement_arrow_types`, :func:`article_arrow_types`).
tests/model/test_results.py fails when a surface drifts from it.
"""
from __future__ import annotations

import functools
import json
import types
import typing
from dataclasses import dataclass, field, fields
from typing import Mapping

from attributor.features.vocab import ANONYMOUS, NONE
from attributor.model.labels import FINE_LABELS, LABELS


@dataclass
class StatementResult:
    """A scored statement. Offsets index the original article text."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    label: str
    fine: str
    probabilities: dict[str, float] = field(metadata={"keys": LABELS})
    strength: float
    reasons: list[str]
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_kind: str = NONE
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    #: for a pronoun or definite source, the earlier mention it stands for
    resolved_source: str | None = None
    resolved_start: int | None = None
    resolved_end: int | None = None
    #: what the resolved mention is (named, anonymous, ...), "none" without one
    resolved_kind: str = NONE
    #: the speaker entity the statement stands on (stable within the article), and its best name
    speaker_id: int | None = None
    speaker: str | None = None
    #: what the speaker is (``named``, ``anonymous``, ``role``, ...), "none" without one
    speaker_kind: str = NONE

    def to_row(self) -> dict:
        """The statement as one output row (JSON-ready; the dict and list are copies)."""
        # a flat dataclass: copying the fields is ~10x faster than asdict's deep copy
        d = {name: getattr(self, name) for name in STATEMENT_FIELDS}
        d["probabilities"] = dict(self.probabilities)
        d["reasons"] = list(self.reasons)
        return d

    to_dict = to_row

    @classmethod
    def from_row(cls, row: Mapping, doc_id: str | None = None, index: int | None = None) -> "StatementResult":
        """A statement back from an output row as any format carries it.

        JSONL gives typed values; CSV/TSV give text (numbers as ``224`` or
        ``224.0``, lists and objects as JSON, nothing for None); Parquet gives
        arrays for lists. ``doc_id``/``index`` override the row's.
        """
        values = {}
        for f in fields(cls):
            v = _none(row.get(f.name))
            kind = _kind(f.name)
            if kind is int:
                v = None if v in (None, "") else int(float(v))
            elif kind is float:
                v = None if v in (None, "") else float(v)
            elif kind is dict:
                v = {str(k): float(x) for k, x in dict(_decode(v) or {}).items() if _none(x) is not None}
            elif kind is list:
                v = [str(x) for x in (_decode(v) or [])]
            else:
                v = None if v in (None, "") else str(v)
            values[f.name] = v
        values["doc_id"] = str(doc_id if doc_id is not None else values["doc_id"])
        if index is not None:
            values["index"] = index
        values["text"] = values["text"] or ""
        values["fine"] = values["fine"] or values["label"]
        for name in ("source_kind", "resolved_kind", "speaker_kind"):
            values[name] = values[name] or NONE
        return cls(**values)


#: The statement row's fields, in order: the one column list of every surface.
STATEMENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StatementResult))


def statement_row(st: StatementResult) -> dict:
    """The statement's row for immediate serialisation (``score -o``, batch, API): :meth:`StatementResult.to_row`
    without copying ``probabilities`` and ``reasons`` (the row is written at once; the copy costs throughput)."""
    return {name: getattr(st, name) for name in STATEMENT_FIELDS}


#: The fields of one entry of :attr:`ArticleSummary.speakers`, and their types.
SPEAKER_FIELDS: dict[str, type] = {"id": int, "name": str, "kind": str, "statements": int}


@dataclass
class ArticleSummary:
    """The sourcing profile of one article."""

    statements: int
    counts: dict[str, int] = field(metadata={"keys": LABELS})
    shares: dict[str, float] = field(metadata={"keys": LABELS})
    fine_counts: dict[str, int] = field(metadata={"keys": FINE_LABELS})
    named_sources: list[str]
    anonymous_share: float
    mean_strength: float
    second_hand: int
    check_first: list[int] = field(default_factory=list)
    #: every speaker entity of the article: ``{"id", "name", "kind", "statements"}``, most statements first
    speakers: list[dict] = field(default_factory=list, metadata={"item": SPEAKER_FIELDS})

    def to_dict(self) -> dict:
        """A JSON-ready copy (the dicts and lists are copied, one level deep is all there is)."""
        return {"statements": self.statements, "counts": dict(self.counts), "shares": dict(self.shares),
                "fine_counts": dict(self.fine_counts), "named_sources": list(self.named_sources),
                "anonymous_share": self.anonymous_share, "mean_strength": self.mean_strength,
                "second_hand": self.second_hand, "check_first": list(self.check_first),
                "speakers": [dict(s) for s in self.speakers]}


SUMMARY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ArticleSummary))


def speaker_name(sp: Mapping) -> str:
    """How a speaker is shown: ``anonymous #1, two people familiar with the talks`` or the name."""
    name = sp.get("name") or ""
    return f"anonymous #{sp.get('id')}, {name}".rstrip(", ") if sp.get("kind") == ANONYMOUS else name


def speaker_entry(sp: Mapping) -> str:
    """``anonymous #1, two people familiar with the talks: 5 statements``."""
    n = sp.get("statements", 0)
    return f"{speaker_name(sp)}: {n} statement{'s' if n != 1 else ''}"


def speakers_line(speakers: list[dict], limit: int | None = None) -> str:
    """Every speaker of an article, most statements first: the summary line of the CLI, report and notebook."""
    return "; ".join(speaker_entry(sp) for sp in speakers[:limit])


@dataclass
class ArticleResult:
    """Everything attributor says about one article."""

    doc_id: str
    text: str
    statements: list[StatementResult]
    summary: ArticleSummary

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "statements": [s.to_row() for s in self.statements],
                "summary": self.summary.to_dict()}

    def to_frame(self):
        """One row per statement as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame([s.to_row() for s in self.statements], columns=list(STATEMENT_FIELDS))


# ------------------------------------------------------------------------------------------- derived types
def _hint(cls, name: str):
    return typing.get_type_hints(cls)[name]


@functools.lru_cache(maxsize=None)
def _kind(name: str, cls=StatementResult):
    """int, float, str, dict or list: the base type of a field (Optional stripped)."""
    tp = _hint(cls, name)
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and args:
        tp = args[0]
    return typing.get_origin(tp) or tp


def _arrow_type(cls, f):
    import pyarrow as pa

    scalar = {int: pa.int64(), float: pa.float64(), str: pa.string(), bool: pa.bool_()}
    tp = _hint(cls, f.name)
    base = _kind(f.name, cls)
    if base is dict:
        value = scalar[typing.get_args(tp)[1]]
        return pa.struct([(k, value) for k in f.metadata["keys"]])
    if base is list:
        if "item" in f.metadata:
            return pa.list_(pa.struct([(k, scalar[t]) for k, t in f.metadata["item"].items()]))
        return pa.list_(scalar[typing.get_args(tp)[0]])
    return scalar[base]


def statement_arrow_types() -> dict:
    """Field -> Arrow type of the statement row, derived from :class:`StatementResult`."""
    return {f.name: _arrow_type(StatementResult, f) for f in fields(StatementResult)}


def article_arrow_types() -> dict:
    """Field -> Arrow type of an article row (``doc_id`` then the summary), derived from :class:`ArticleSummary`."""
    import pyarrow as pa

    return {"doc_id": pa.string(), **{f.name: _arrow_type(ArticleSummary, f) for f in fields(ArticleSummary)}}


def _decode(value):
    """A list/dict cell as CSV carries it (JSON text) or Parquet does (arrays) -> Python objects."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def _none(value):
    """None for missing cells (None, NaN, pandas NA)."""
    if value is None:
        return None
    try:
        return None if value != value else value  # NaN
    except (TypeError, ValueError):  # pandas NA and array-likes
        import pandas as pd

        return None if pd.api.types.is_scalar(value) and pd.isna(value) else value
