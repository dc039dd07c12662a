"""Article-level sourcing summary and the "check first" list."""
from __future__ import annotations

from attributor.model.labels import ANONYMOUS_INSIDER, FINE_LABELS, LABELS, UNATTRIBUTED
from attributor.model.results import ArticleSummary, StatementResult

#: How many statements the check-first list holds at most.
CHECK_FIRST = 5
#: Statements shorter than this (in words) are headlines or boilerplate, not claims.
MIN_CLAIM_WORDS = 7


def _is_claim(st: StatementResult) -> bool:
    text = st.text.strip()
    return len(text.split()) >= MIN_CLAIM_WORDS and not text.endswith("?") and text[-1:] in ".!\"”»’…"


def summarise(statements: list[StatementResult]) -> ArticleSummary:
    """Counts and shares per label, named sources, anonymity, strength, check-first."""
    n = len(statements)
    counts = {label: sum(s.label == label for s in statements) for label in LABELS}
    fine_counts = {f: sum(s.fine == f for s in statements) for f in FINE_LABELS}
    named: list[str] = []
    seen: set[str] = set()
    for s in statements:
        name = s.resolved_source if s.source_kind == "pronoun" else s.source
        if s.source_kind == "pronoun" and s.resolved_kind not in ("named", "spokesperson"):
            continue  # a pronoun standing for an unnamed source names nobody
        if name and s.label != ANONYMOUS_INSIDER and s.source_kind in ("named", "pronoun", "spokesperson") \
                and name.lower() not in seen and name.lower() not in ("he", "she", "they", "i", "we"):
            named.append(name)
            seen.add(name.lower())
    claims = [s for s in statements if _is_claim(s) and (s.fine in (ANONYMOUS_INSIDER, UNATTRIBUTED) or s.strength < 0.5)]
    claims.sort(key=lambda s: (s.strength, s.index))
    return ArticleSummary(
        statements=n,
        counts=counts,
        shares={label: round(c / n, 4) if n else 0.0 for label, c in counts.items()},
        fine_counts=fine_counts,
        named_sources=named,
        anonymous_share=round(counts[ANONYMOUS_INSIDER] / n, 4) if n else 0.0,
        mean_strength=round(sum(s.strength for s in statements) / n, 4) if n else 0.0,
        second_hand=sum(any(r.startswith("second-hand") for r in s.reasons) for s in statements),
        check_first=[s.index for s in claims[:CHECK_FIRST]],
    )
