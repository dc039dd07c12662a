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

from attributor.features import vocab
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, FINE_LABELS,
                                     UNATTRIBUTED)

#: Anchor of each fine label on the strength scale (guideline order).
BASE = {DIRECT_QUOTE: 0.9, ATTRIBUTED_PARAPHRASE: 0.65, ANONYMOUS_INSIDER: 0.35, UNATTRIBUTED: 0.08}
_BASE_VECTOR = np.array([BASE[f] for f in FINE_LABELS])

#: Size of a within-band adjustment: small enough to keep the bands ordered on average.
STEP = 0.06

def strength(fine_proba: np.ndarray, fine: str, source_kind: str, resolved_kind: str, source_text: str | None,
             hedge: str | None, inherited: str) -> tuple[float, list[str]]:
    """Return ``(strength, reasons)`` for one statement.

    ``resolved_kind`` is the kind of the speaker entity behind the statement
    (``vocab.NONE`` when there is none); it decides over the kind of the
    mention itself, so ``the official`` is as weak as the unnamed official.
    """
    value = float(np.dot(fine_proba, _BASE_VECTOR))
    reasons: list[str] = []
    if fine == DIRECT_QUOTE:
        reasons.append(vocab.REASON_VERBATIM)
    if fine == UNATTRIBUTED:
        reasons.append(vocab.REASON_NO_ATTRIBUTION)
        return round(min(max(value, 0.0), 1.0), 4), reasons
    kind = resolved_kind if resolved_kind not in (vocab.NONE, vocab.PRONOUN) else source_kind
    if fine == ANONYMOUS_INSIDER or kind == vocab.ANONYMOUS:
        reasons.append(vocab.REASON_UNNAMED_SOURCE)
    elif kind == vocab.NAMED:
        words = (source_text or "").split()
        if len(words) >= 3 or (source_text and "," in source_text):
            value += STEP
            reasons.append(vocab.REASON_NAMED_WITH_ROLE)
        else:
            reasons.append(vocab.REASON_NAMED)
    elif kind == vocab.ROLE:
        reasons.append(vocab.REASON_ROLE_ONLY)
    elif kind == vocab.SPOKESPERSON:
        reasons.append(vocab.REASON_SPOKESPERSON)
    elif kind == vocab.PUBLICATION:
        value -= STEP
        reasons.append(vocab.REASON_VIA_PUBLICATION)
    elif kind == vocab.VAGUE_GROUP:
        value -= STEP
        reasons.append(vocab.REASON_VAGUE_GROUP)
    elif kind == vocab.OTHER:
        reasons.append(vocab.REASON_BODY)
    elif kind in (vocab.NONE, vocab.PRONOUN) and source_kind != vocab.PRONOUN:
        reasons.append(vocab.REASON_CUE_WITHOUT_SOURCE)
    if source_kind == vocab.PRONOUN:
        value -= STEP / 2
        reasons.append(vocab.pronoun_resolved(resolved_kind)
                       if resolved_kind not in (vocab.NONE, vocab.PRONOUN) else vocab.REASON_UNRESOLVED_PRONOUN)
    if inherited in vocab.SPEECH_INHERITANCE:
        reasons.append(vocab.REASON_FROM_QUOTATION)
    if hedge:
        value -= STEP
        reasons.append(vocab.hedged(hedge))
    return round(min(max(value, 0.0), 1.0), 4), reasons
