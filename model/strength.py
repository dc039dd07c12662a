"""Attribution strength in [0, 1] with the reasons behind it.

Strength answers "how easy is it to go and verify who said this". It starts
from the expected guideline rank under the model's fine probabilities, so on
average it respects the GUIDELINES order

    direct_quote > attributed_paraphrase > anonymous_insider > unattributed,

then moves within that band with what the rules found about the source and
the cue. Every adjustment adds a human-readable reason.
"""
from __future__ import annotations

import numpy as np

from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, FINE_LABELS,
                                     UNATTRIBUTED)

#: Anchor of each fine label on the strength scale (guideline order).
BASE = {DIRECT_QUOTE: 0.9, ATTRIBUTED_PARAPHRASE: 0.65, ANONYMOUS_INSIDER: 0.35, UNATTRIBUTED: 0.08}
_BASE_VECTOR = np.array([BASE[f] for f in FINE_LABELS])

#: Size of a within-band adjustment: small enough to keep the bands ordered on average.
STEP = 0.06


def strength(fine_proba: np.ndarray, fine: str, source_kind: str, resolved_kind: str, source_text: str | None,
             hedge: str | None, inherited: str) -> tuple[float, list[str]]:
    """Return ``(strength, reasons)`` for one statement."""
    value = float(np.dot(fine_proba, _BASE_VECTOR))
    reasons: list[str] = []
    if fine == DIRECT_QUOTE:
        reasons.append("verbatim")
    if fine == UNATTRIBUTED:
        reasons.append("no attribution")
        return round(min(max(value, 0.0), 1.0), 4), reasons
    kind = resolved_kind if source_kind == "pronoun" else source_kind
    if fine == ANONYMOUS_INSIDER or kind == "anonymous":
        reasons.append("unnamed source")
    elif kind == "named":
        words = (source_text or "").split()
        if len(words) >= 3 or (source_text and "," in source_text):
            value += STEP
            reasons.append("named speaker with role")
        else:
            reasons.append("named speaker")
    elif kind == "spokesperson":
        reasons.append("on-record spokesperson")
    elif kind == "publication":
        value -= STEP
        reasons.append("second-hand: via a publication")
    elif kind == "vague_group":
        value -= STEP
        reasons.append("vague group as source")
    elif kind == "other":
        reasons.append("credited to a body, document or role, not a person")
    elif kind == "none":
        reasons.append("attribution cue without a clear source")
    if source_kind == "pronoun":
        value -= STEP / 2
        reasons.append(f"pronoun source resolved to {resolved_kind.replace('_', ' ')} speaker"
                       if resolved_kind != "pronoun" else "unresolved pronoun source")
    if inherited in ("quote_chain", "quote_prev"):
        reasons.append("speaker from the surrounding quotation")
    if hedge:
        value -= STEP
        reasons.append(f"hedged cue: {hedge}")
    return round(min(max(value, 0.0), 1.0), 4), reasons
