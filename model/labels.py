"""The one definition of attributor's labels, their order and how they relate.

Everything else (features, data readers, scoring, benchmarks, the API)
imports these names; no other module spells a label.
"""
from __future__ import annotations

DIRECT_QUOTE = "direct_quote"
ANONYMOUS_INSIDER = "anonymous_insider"
EDITORIAL_PARAPHRASE = "editorial_paraphrase"

ATTRIBUTED_PARAPHRASE = "attributed_paraphrase"
UNATTRIBUTED = "unattributed"

#: The three labels, in the order of every probability vector.
LABELS: tuple[str, ...] = (DIRECT_QUOTE, ANONYMOUS_INSIDER, EDITORIAL_PARAPHRASE)

#: The finer view: the editorial label split by whether a source is credited.
FINE_LABELS: tuple[str, ...] = (
    DIRECT_QUOTE,
    ANONYMOUS_INSIDER,
    ATTRIBUTED_PARAPHRASE,
    UNATTRIBUTED,
)

FINE_TO_LABEL: dict[str, str] = {
    DIRECT_QUOTE: DIRECT_QUOTE,
    ANONYMOUS_INSIDER: ANONYMOUS_INSIDER,
    ATTRIBUTED_PARAPHRASE: EDITORIAL_PARAPHRASE,
    UNATTRIBUTED: EDITORIAL_PARAPHRASE,
}

#: Priority when several attributions fit one statement (GUIDELINES).
PRIORITY: tuple[str, ...] = (ANONYMOUS_INSIDER, DIRECT_QUOTE, EDITORIAL_PARAPHRASE)

#: Guideline order of attribution strength, strongest first.
STRENGTH_ORDER: tuple[str, ...] = (
    DIRECT_QUOTE,
    ATTRIBUTED_PARAPHRASE,
    ANONYMOUS_INSIDER,
    UNATTRIBUTED,
)

#: One-letter tags of the corpus source format (data/corpus/FORMAT.md).
FINE_TAGS: dict[str, str] = {
    "D": DIRECT_QUOTE,
    "A": ANONYMOUS_INSIDER,
    "P": ATTRIBUTED_PARAPHRASE,
    "U": UNATTRIBUTED,
}


def label_of(fine: str) -> str:
    """Return the label a fine label belongs to; raise on an unknown one."""
    try:
        return FINE_TO_LABEL[fine]
    except KeyError:
        raise ValueError(f"unknown fine label {fine!r}; expected one of {FINE_LABELS}") from None
