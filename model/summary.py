"""Article-level sourcing summary, the speakers list and the "check first" list."""
from __future__ import annotations

from attributor.features import vocab
from attributor.model.labels import ANONYMOUS_INSIDER, FINE_LABELS, LABELS, UNATTRIBUTED
from attributor.model.results import ArticleSummary, StatementResult

#: How many statements the check-first list holds at most.
CHECK_FIRST = 5
#: Statements shorter than this (in words) are headlines or boilerplate, not claims.
MIN_CLAIM_WORDS = 7


def _is_claim(st: StatementResult) -> bool:
    text = st.text.strip()
    return len(text.split()) >= MIN_CLAIM_WORDS and not text.endswith("?") and text[-1:] in ".!\"”»’…"


def speaker_rows(statements: list[StatementResult]) -> list[dict]:
    """Every speaker that stands behind a statement: id, best name, kind, statement count (most first)."""
    rows: dict[int, dict] = {}
    for s in statements:
        if s.speaker_id is not None:
            row = rows.setdefault(s.speaker_id, {"id": s.speaker_id, "name": s.speaker, "kind": s.speaker_kind,
                                                 "statements": 0})
            row["statements"] += 1
    return sorted(rows.values(), key=lambda r: (-r["statements"], r["id"]))


def named_sources(statements: list[StatementResult]) -> list[str]:
    """The speakers with a proper name (GUIDELINES: on the record), in order of first appearance."""
    seen: dict[int, str] = {}
    for s in statements:
        if s.speaker_id is not None and s.speaker_kind == vocab.NAMED and s.label != ANONYMOUS_INSIDER:
            seen.setdefault(s.speaker_id, s.speaker)
    return list(dict.fromkeys(seen.values()))


def summarise(statements: list[StatementResult]) -> ArticleSummary:
    """Counts and shares per label, speakers, named sources, anonymity, strength, check-first."""
    n = len(statements)
    counts = {label: sum(s.label == label for s in statements) for label in LABELS}
    fine_counts = {f: sum(s.fine == f for s in statements) for f in FINE_LABELS}
    claims = [s for s in statements if _is_claim(s) and (s.fine in (ANONYMOUS_INSIDER, UNATTRIBUTED) or s.strength < 0.5)]
    claims.sort(key=lambda s: (s.strength, s.index))
    return ArticleSummary(
        statements=n,
        counts=counts,
        shares={label: round(c / n, 4) if n else 0.0 for label, c in counts.items()},
        fine_counts=fine_counts,
        named_sources=named_sources(statements),
        anonymous_share=round(counts[ANONYMOUS_INSIDER] / n, 4) if n else 0.0,
        mean_strength=round(sum(s.strength for s in statements) / n, 4) if n else 0.0,
        second_hand=sum(any(vocab.is_second_hand(r) for r in s.reasons) for s in statements),
        check_first=[s.index for s in claims[:CHECK_FIRST]],
        speakers=speaker_rows(statements),
    )
