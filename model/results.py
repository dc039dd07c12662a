"""Result types of scoring: one record per statement, one per article."""
from __future__ import annotations

from dataclasses import dataclass, field


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
    probabilities: dict[str, float]
    strength: float
    reasons: list[str]
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_kind: str = "none"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    #: for a pronoun or definite source, the earlier mention it stands for
    resolved_source: str | None = None
    resolved_start: int | None = None
    resolved_end: int | None = None
    #: what the resolved mention is (named, anonymous, ...), "none" without one
    resolved_kind: str = "none"
    #: the speaker entity the statement stands on (stable within the article), and its best name
    speaker_id: int | None = None
    speaker: str | None = None
    #: what the speaker is (``named``, ``anonymous``, ``role``, ...), "none" without one
    speaker_kind: str = "none"

    def to_dict(self) -> dict:
        # a flat dataclass: copying the fields is ~10x faster than asdict's deep copy
        d = {name: getattr(self, name) for name in _STATEMENT_FIELDS}
        d["probabilities"] = dict(self.probabilities)
        d["reasons"] = list(self.reasons)
        return d


_STATEMENT_FIELDS = tuple(StatementResult.__dataclass_fields__)


@dataclass
class ArticleSummary:
    """The sourcing profile of one article."""

    statements: int
    counts: dict[str, int]
    shares: dict[str, float]
    fine_counts: dict[str, int]
    named_sources: list[str]
    anonymous_share: float
    mean_strength: float
    second_hand: int
    check_first: list[int] = field(default_factory=list)
    #: every speaker entity of the article: ``{"id", "name", "kind", "statements"}``, most statements first
    speakers: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        """A JSON-ready copy (the dicts and lists are copied, one level deep is all there is)."""
        return {"statements": self.statements, "counts": dict(self.counts), "shares": dict(self.shares),
                "fine_counts": dict(self.fine_counts), "named_sources": list(self.named_sources),
                "anonymous_share": self.anonymous_share, "mean_strength": self.mean_strength,
                "second_hand": self.second_hand, "check_first": list(self.check_first),
                "speakers": [dict(s) for s in self.speakers]}


@dataclass
class ArticleResult:
    """Everything attributor says about one article."""

    doc_id: str
    text: str
    statements: list[StatementResult]
    summary: ArticleSummary

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "statements": [s.to_dict() for s in self.statements],
                "summary": self.summary.to_dict()}

    def to_frame(self):
        """One row per statement as a pandas DataFrame."""
        import pandas as pd

        columns = list(StatementResult.__dataclass_fields__)
        return pd.DataFrame([s.to_dict() for s in self.statements], columns=columns)
