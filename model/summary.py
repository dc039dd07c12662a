"""Article-level sourcing summary, the speakers list and the "check first" list."""
from __future__ import annotations

from collections import Counter

from attributor.features import vocab
from attributor.model.labels import ANONYMOUS_INSIDER, FINE_LABELS, LABELS, UNATTRIBUTED
from attributor.model.results import ArticleSummary, StatementResult
from attributor.model.strength import SECOND_HAND_PREFIX

#: How many statements the check-first list holds at most.
CHECK_FIRST = 5
#: Statements shorter than this (in words) are headlines or boilerplate, not claims.
MIN_CLAIM_WORDS = 7


def _is_claim(st: StatementResult) -> bool:
    text = st.text.strip()
    return len(text.split()) >= MIN_CLAIM_WORDS and not text.endswith("?") and text[-1:] in ".!\"”»’…"


def speaker_rows(statements: list[StatementResult], speakers) -> list[dict]:
    """Every speaker that stands behind at least one statement: id, best name, kind, statement count."""
    counts = Counter(s.speaker_id for s in statements if s.speaker_id is not None)
    rows = [{"id": sp.id, "name": sp.name, "kind": sp.kind, "statements": counts[sp.id]}
            for sp in speakers if counts[sp.id]]
    return sorted(rows, key=lambda r: (-r["statements"], r["id"]))


def named_sources(statements: list[StatementResult], speakers) -> list[str]:
    """The speakers with a proper name (GUIDELINES: on the record), in order of first appearance."""
    used = {s.speaker_id for s in statements if s.speaker_id is not None and s.label != ANONYMOUS_INSIDER}
    return [sp.name for sp in speakers if sp.id in used and sp.kind == vocab.NAMED]


def summarise(statements: list[StatementResult], speakers=()) -> ArticleSummary:
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
        named_sources=named_sources(statements, speakers),
        anonymous_share=round(counts[ANONYMOUS_INSIDER] / n, 4) if n else 0.0,
        mean_strength=round(sum(s.strength for s in statements) / n, 4) if n else 0.0,
        second_hand=sum(any(r.startswith(SECOND_HAND_PREFIX) for r in s.reasons) for s in statements),
        check_first=[s.index for s in claims[:CHECK_FIRST]],
        speakers=speaker_rows(statements, speakers),
    )
