"""The one definition of attributor's vocabularies: source kinds, cue kinds, speaker inheritance, reasons.

As :mod:`attributor.model.labels` is for the labels: every other module
imports these names instead of spelling the strings. (``features/attribution.py``,
``features/sources.py``, ``features/statements.py``, ``features/rows.py``,
``model/strength.py`` and ``model/summary.py`` still spell some of them; they
switch to these names with the speaker-model rewrite, and
tests/features/test_vocab.py checks meanwhile that what they produce is in
these vocabularies.)
"""
from __future__ import annotations

# --------------------------------------------------------------------------- source kinds
#: What a source (or the speaker it resolves to) is.
SOURCE_NONE = "none"
SOURCE_NAMED = "named"
SOURCE_PRONOUN = "pronoun"
SOURCE_ANONYMOUS = "anonymous"
SOURCE_PUBLICATION = "publication"
SOURCE_VAGUE_GROUP = "vague_group"
SOURCE_SPOKESPERSON = "spokesperson"
SOURCE_OTHER = "other"

#: Every source kind (``source_kind``, ``resolved_kind`` and a speaker's ``kind``), "none" first.
SOURCE_KINDS: tuple[str, ...] = (SOURCE_NONE, SOURCE_NAMED, SOURCE_PRONOUN, SOURCE_ANONYMOUS, SOURCE_PUBLICATION,
                                 SOURCE_VAGUE_GROUP, SOURCE_SPOKESPERSON, SOURCE_OTHER)

# --------------------------------------------------------------------------- cue kinds
#: How an attribution is introduced.
CUE_VERB = "verb"                  # said, told, claimed ...
CUE_ACCORDING_TO = "according_to"  # according to X
CUE_CITING = "citing"              # citing X
CUE_DASH = "dash"                  # "...," — said X
CUE_COLON = "colon"                # X: "..."
CUE_PHRASE = "phrase"              # multi-word cues without a reporting verb

CUE_KINDS: tuple[str, ...] = (CUE_VERB, CUE_ACCORDING_TO, CUE_CITING, CUE_DASH, CUE_COLON, CUE_PHRASE)

# --------------------------------------------------------------------------- speaker inheritance
#: Where a statement without its own tag got its speaker from.
INHERITED_QUOTE_CHAIN = "quote_chain"
INHERITED_QUOTE_PREV = "quote_prev"
INHERITED_FROM_QUOTE: tuple[str, ...] = (INHERITED_QUOTE_CHAIN, INHERITED_QUOTE_PREV)

# --------------------------------------------------------------------------- strength reasons
REASON_VERBATIM = "verbatim"
REASON_NO_ATTRIBUTION = "no attribution"
REASON_UNNAMED_SOURCE = "unnamed source"
REASON_NAMED_WITH_ROLE = "named speaker with role"
REASON_NAMED = "named speaker"
REASON_SPOKESPERSON = "on-record spokesperson"
REASON_VIA_PUBLICATION = "second-hand: via a publication"
REASON_VAGUE_GROUP = "vague group as source"
REASON_BODY = "credited to a body, document or role, not a person"
REASON_CUE_WITHOUT_SOURCE = "attribution cue without a clear source"
REASON_UNRESOLVED_PRONOUN = "unresolved pronoun source"
REASON_FROM_QUOTATION = "speaker from the surrounding quotation"

#: Prefix of every reason that marks a second-hand chain (what ``summary.second_hand`` counts).
SECOND_HAND = "second-hand"
#: Prefix of the reason of a hedged or distancing cue: ``hedged cue: reportedly``.
HEDGED_CUE = "hedged cue"

#: The fixed reasons; :func:`is_reason` also accepts the two parametrised ones.
REASONS: tuple[str, ...] = (REASON_VERBATIM, REASON_NO_ATTRIBUTION, REASON_UNNAMED_SOURCE, REASON_NAMED_WITH_ROLE,
                            REASON_NAMED, REASON_SPOKESPERSON, REASON_VIA_PUBLICATION, REASON_VAGUE_GROUP,
                            REASON_BODY, REASON_CUE_WITHOUT_SOURCE, REASON_UNRESOLVED_PRONOUN,
                            REASON_FROM_QUOTATION)


def hedged(cue: str) -> str:
    """``hedged cue: reportedly``."""
    return f"{HEDGED_CUE}: {cue}"


def pronoun_resolved(kind: str) -> str:
    """``pronoun source resolved to vague group speaker``."""
    return f"pronoun source resolved to {kind.replace('_', ' ')} speaker"


def is_reason(text: str) -> bool:
    """True for a reason of this vocabulary (a fixed one, a hedged cue, or a resolved pronoun)."""
    if text in REASONS or text.startswith(HEDGED_CUE + ": "):
        return True
    return any(text == pronoun_resolved(kind) for kind in SOURCE_KINDS)


def is_second_hand(reason: str) -> bool:
    return reason.startswith(SECOND_HAND)
