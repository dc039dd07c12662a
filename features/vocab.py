"""Every closed vocabulary of attributor, defined once (as ``model.labels`` is for the labels).

Source kinds (what a source phrase or speaker is), cue kinds (how the
attribution is signalled), how a statement got its attribution, interview
turns, what the speaker model settles about a statement, the anonymity
evidence a speaker can carry, and the reasons behind a strength. Other
modules import these names; none spells the strings itself
(``tests/features/test_vocab.py`` checks what the scorer produces).
"""
from __future__ import annotations

# -- source and speaker kinds -------------------------------------------------
NONE = "none"
#: a proper name is present (a person or an organisation)
NAMED = "named"
PRONOUN = "pronoun"
ANONYMOUS = "anonymous"
PUBLICATION = "publication"
VAGUE_GROUP = "vague_group"
SPOKESPERSON = "spokesperson"
#: an identified office holder without a name (``the mayor``, ``the Ukrainian president``)
ROLE = "role"
#: a document, poll, study or record (``court records``, ``the report``)
DOCUMENT = "document"
OTHER = "other"

SOURCE_KINDS: tuple[str, ...] = (NONE, NAMED, PRONOUN, ANONYMOUS, PUBLICATION, VAGUE_GROUP, SPOKESPERSON, ROLE,
                                 DOCUMENT, OTHER)
#: kinds a speaker entity can have (a pronoun always resolves to one of these, or to nothing)
SPEAKER_KINDS: tuple[str, ...] = (NAMED, ANONYMOUS, PUBLICATION, VAGUE_GROUP, SPOKESPERSON, ROLE, DOCUMENT, OTHER)
#: kinds that stand for someone on the record
ON_RECORD_KINDS = frozenset({NAMED, SPOKESPERSON, ROLE})

# -- cue kinds ------------------------------------------------------------------
CUE_VERB = "verb"
CUE_ACCORDING_TO = "according_to"
CUE_CITING = "citing"
CUE_DASH = "dash"
CUE_COLON = "colon"
#: the subject of a belief or action verb whose head is an unnamed-source noun (``aides worried``)
CUE_SUBJECT = "subject"
CUE_KINDS: tuple[str, ...] = (NONE, CUE_VERB, CUE_ACCORDING_TO, CUE_CITING, CUE_DASH, CUE_COLON, CUE_SUBJECT)

# -- how a statement got its attribution --------------------------------------------
OWN = "own"
QUOTE_CHAIN = "quote_chain"
QUOTE_PREV = "quote_prev"
COLON_BLOCK = "colon_block"
DASH_TAIL = "dash_tail"
#: a line of an interviewee's answer with no prefix of its own
ANSWER_TURN = "answer_turn"
INHERITANCE: tuple[str, ...] = (OWN, QUOTE_CHAIN, QUOTE_PREV, COLON_BLOCK, DASH_TAIL, ANSWER_TURN, NONE)
#: inheritances that mean "inside the speaker's quotation or answer"
SPEECH_INHERITANCE = frozenset({QUOTE_CHAIN, QUOTE_PREV, COLON_BLOCK, DASH_TAIL, ANSWER_TURN})

# -- interview turns ------------------------------------------------------------
TURN_NONE = "none"
TURN_QUESTION = "question"
TURN_ANSWER = "answer"
TURNS: tuple[str, ...] = (TURN_NONE, TURN_QUESTION, TURN_ANSWER)

# -- anonymity evidence -------------------------------------------------------------
EVIDENCE_UNNAMED = "unnamed source noun"
EVIDENCE_ANONYMITY_PHRASE = "anonymity phrase"
EVIDENCE_ROLE_WORD = "role word alone"

# -- what the speaker model says about a statement (read by the decision layer) --------
#: nothing structural is known: the learned model decides alone
STRUCT_FREE = "free"
#: an anonymous speaker stands behind it (own tag or its quotation/answer): attributed means anonymous
STRUCT_ANONYMOUS = "anonymous_speaker"
#: the same, and its own speech tag frames the whole statement (``Aides said that …``): attributed for sure
STRUCT_ANONYMOUS_FRAMED = "anonymous_speaker_framed"
#: a speaker on the record, or a publication/group/body: never anonymous
STRUCT_ON_RECORD = "on_record_speaker"
#: an interviewer's turn: the outlet's own words
STRUCT_QUESTION = "question_turn"
#: a line of an interviewee's answer: a direct quote
STRUCT_ANSWER = "answer_turn"
#: an anonymous interviewee's answer
STRUCT_ANONYMOUS_ANSWER = "anonymous_answer_turn"
#: a picture/media credit or a link line: never attributed
STRUCT_CREDIT = "credit"
STRUCTURES: tuple[str, ...] = (STRUCT_FREE, STRUCT_ANONYMOUS, STRUCT_ANONYMOUS_FRAMED, STRUCT_ON_RECORD, STRUCT_QUESTION, STRUCT_ANSWER,
                               STRUCT_ANONYMOUS_ANSWER, STRUCT_CREDIT)

# -- strength reasons ------------------------------------------------------------------
REASON_VERBATIM = "verbatim"
REASON_NO_ATTRIBUTION = "no attribution"
REASON_UNNAMED_SOURCE = "unnamed source"
REASON_NAMED_WITH_ROLE = "named speaker with role"
REASON_NAMED = "named speaker"
REASON_ROLE_ONLY = "speaker identified by role only"
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
                            REASON_NAMED, REASON_ROLE_ONLY, REASON_SPOKESPERSON, REASON_VIA_PUBLICATION,
                            REASON_VAGUE_GROUP, REASON_BODY, REASON_CUE_WITHOUT_SOURCE, REASON_UNRESOLVED_PRONOUN,
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
    """Does a reason mark a second-hand chain?"""
    return reason.startswith(SECOND_HAND)
