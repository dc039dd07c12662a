"""Every closed vocabulary of attributor's features, defined once.

Source kinds (what a source phrase or speaker is), cue kinds (how the
attribution is signalled), how a statement got its attribution, and the
anonymity evidence a speaker can carry. Other modules import these names;
none spells the strings itself.
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

# -- what the speaker model says about a statement (read by the decision layer) --------
#: nothing structural is known: the learned model decides alone
STRUCT_FREE = "free"
#: an anonymous speaker stands behind it (own tag or its quotation/answer): attributed means anonymous
STRUCT_ANONYMOUS = "anonymous_speaker"
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
STRUCTURES: tuple[str, ...] = (STRUCT_FREE, STRUCT_ANONYMOUS, STRUCT_ON_RECORD, STRUCT_QUESTION, STRUCT_ANSWER,
                               STRUCT_ANONYMOUS_ANSWER, STRUCT_CREDIT)
