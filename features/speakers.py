"""Who is speaking: one speaker model per article.

Every source mention the rules found (``Marit Solberg``, ``two people
familiar with the talks``, ``he``, ``the official``, ``one of them``) is
linked to a :class:`Speaker` entity with a stable id within the article, and
every statement learns which entity stands behind it: through its own tag,
or through the quotation, interview answer, colon introduction or dash tag
it belongs to (``StatementView.inherited``).

The entity, not the mention, carries anonymity (GUIDELINES: anonymity
travels with the speaker): ``the official said`` is as anonymous as the
``senior official`` it points back to, and a role named anywhere in the
article (``the adviser, Jane Ode,``) puts every statement of that entity on
the record. The decision layer reads ``Speaker.kind``.

Linking, in article order, each rule a small function:

- pronouns (``he``, ``they``) take the most recent compatible speaker (a
  speaker once called ``she`` is no ``he``; an unnamed role word such as
  ``a former manager`` is a person), or a person named as a sentence subject
  since then; a quotation that runs on keeps its speaker recent;
- back-references (``the official``, ``this source``, ``a second
  official``, ``one of them``, ``another``, ``the other``, ``both``) take the
  most recent entity with the same head noun, or the most recent group;
- surnames (``Solberg``, ``Mr. Lund``) take the entity of the full name;
- repeated phrases (``officials said`` twice) are one entity.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from attributor.features import lexicon as lx
from attributor.features import vocab
from attributor.features.attribution import classify_source, credits_view, first_head, names_only_an_employer
from attributor.features.quotes import content_coverage

if TYPE_CHECKING:  # pragma: no cover
    from attributor.features.statements import ArticleView, StatementView

#: How many statements back a pronoun or back-reference looks for its speaker.
LOOKBACK = 8
#: Speaker kinds that a singular personal pronoun can stand for.
_PERSON_LIKE = frozenset({vocab.NAMED, vocab.ANONYMOUS, vocab.SPOKESPERSON, vocab.ROLE})
_GROUP_LIKE = frozenset({vocab.ANONYMOUS, vocab.VAGUE_GROUP, vocab.PUBLICATION, vocab.OTHER, vocab.NAMED,
                         vocab.SPOKESPERSON})
_CAP_WORD = re.compile(r"[A-Z][\w’'\-]*")
#: A person named as the subject of a sentence: the candidate antecedent of a later ``he``.
_SUBJECT_NAME = re.compile(
    r"^(?:[\"“„«]?)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)?"
    r"(?P<name>[A-Z][a-zà-ÿ’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zà-ÿ’'\-]+){0,2})\b(?!\s*[’']s)")
#: Capitalised sentence openers that never start a personal name.
_NEVER_OPENS_A_NAME = frozenset("the a an this that these those in on at last next after before during by for from with "
                                "when while as if since until".split())
_PARTITIVE = re.compile(
    r"^(?:(?:one|two|three|some|several|many|most|all|none|each|both|either|neither|a few)\s+of\s+"
    r"(?:them|those|the\s+\w+(?:\s+\w+){0,3}|these\s+\w+|us)"
    r"|one|another(?:\s+\w+){0,3}|the\s+other(?:\s+\w+){0,3}|others|both(?:\s+\w+)?"
    r"|an?\s+(?:second|third|fourth|fifth|different|separate)(?:\s+\w+){1,3}"
    r"|the\s+(?:second|third|fourth|first)(?:\s+\w+){0,3}|the\s+(?:latter|former))$", re.IGNORECASE)
#: Partitives that single out one member of a group (``one of them``, ``another``, ``a second official``).
_SINGLE_MEMBER = re.compile(r"^(?:one\b|another\b|the other\b|an?\s+(?:second|third|fourth|fifth|different|separate)\b"
                            r"|the\s+(?:second|third|fourth|first|latter|former)\b)", re.IGNORECASE)
#: What a partitive with no noun of its own leaves as its head (``one of them``, ``another``, ``the other``).
_NO_NOUN = frozenset("them those these us one another other others both".split())
#: A subject that points back to several sources at once (``all three``, ``both``, ``they``, ``the two``).
_GROUP_BACK_REFERENCE = re.compile(r"^(?:all|both|they|the (?:two|three|four)|all (?:two|three|four|of them))\b")
_DEFINITE = re.compile(r"^(?:the|this|that|these|those)\s+", re.IGNORECASE)


@dataclass
class Speaker:
    """One speaker of an article: every mention that stands for the same source."""

    id: int
    kind: str
    #: the most informative mention so far (a full name, or the first indefinite description)
    name: str
    name_span: tuple[int, int]
    #: the unnamed-source head noun, singular (``official``), when there is one
    head: str | None = None
    plural: bool = False
    #: why the speaker counts as anonymous (``unnamed source noun``, ``on condition of anonymity``)
    evidence: list[str] = field(default_factory=list)
    last_statement: int = 0
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: the last mention singled one member out (``one of them``, ``another``): ``he`` may follow
    last_one: bool = False
    #: ``he`` or ``she``, once a pronoun has stood for the speaker
    pronoun: str | None = None

    @property
    def anonymous(self) -> bool:
        return self.kind == vocab.ANONYMOUS

    @property
    def surname(self) -> str | None:
        caps = [w for w in _CAP_WORD.findall(self.name) if w.lower().strip(".") not in lx.TITLES]
        return caps[-1].rstrip("’'s").rstrip(",") if self.kind == vocab.NAMED and len(caps) >= 2 else None


def singular(word: str) -> str:
    """``officials`` -> ``official``, ``people`` -> ``person`` (head nouns only)."""
    word = word.lower().strip(".,’'")
    if word == "people":
        return "person"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]  # witnesses, bosses
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


#: Back-reference nouns, singular: a role word that may stand for an unnamed person (``the witness``).
_BACK_REFERENCE_HEADS = frozenset(singular(w) for w in lx.BACK_REFERENCE_NOUNS)


_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which|that)\b")


def _source_noun(phrase: str) -> str | None:
    """The last unnamed-source or back-reference noun of a phrase's head, as written (``officials``).

    A relative clause is no part of the head: ``the paper, which cites its own sources`` is a paper;
    nor is an apposition when the head has such a noun: ``the aides, led by campaign manager X`` are aides.
    """
    m = _RELATIVE_CLAUSE.search(phrase)
    phrase = phrase[:m.start()] if m else phrase
    for part in (phrase.split(",", 1)[0], phrase):
        words = [w.lower().strip(".,;:’'") for w in part.split()]
        noun = next((w for w in reversed(words) if w in lx.UNNAMED_SOURCE_NOUNS or w in lx.BACK_REFERENCE_NOUNS), None)
        if noun is not None:
            return noun
    return None


def head_noun(phrase: str) -> str | None:
    """The unnamed-source head noun of a phrase, singular (``the senior official`` -> ``official``)."""
    noun = _source_noun(phrase)
    return singular(noun) if noun is not None else None


_COUNTED = frozenset("they them two three four five several many both all".split())


def _is_plural(phrase: str) -> bool:
    noun = _source_noun(phrase)
    if noun is not None:
        return noun == "people" or (noun.endswith("s") and singular(noun) != noun)
    words = phrase.split()
    if words and words[0].lower() in _COUNTED:
        return True  # "two engineers who worked on the project", "both engineers"
    lower = [w.lower() for w in words]
    head = first_head(lower) if words else ""
    original = words[lower.index(head)] if head in lower else ""
    return original.islower() and head.endswith("s") and not head.endswith("ss") and singular(head) != head


class SpeakerTable:
    """The speakers of one article and the rules that link a new mention to one of them."""

    def __init__(self, art: "ArticleView"):
        self.art = art
        self.speakers: list[Speaker] = []
        self.by_span: dict[tuple[int, int], Speaker] = {}
        #: persons named as sentence subjects outside any tag: (statement index, start, end)
        self.subjects: list[tuple[int, int, int]] = []

    # -- entity bookkeeping -------------------------------------------------
    def new(self, kind: str, span: tuple[int, int], index: int, evidence: list[str] | None = None) -> Speaker:
        phrase = self.art.text[span[0]:span[1]]
        sp = Speaker(len(self.speakers) + 1, kind, phrase, span, head_noun(phrase), _is_plural(phrase),
                     list(evidence or ()), index, [span])
        self.speakers.append(sp)
        return sp

    def attach(self, sp: Speaker, span: tuple[int, int], index: int) -> Speaker:
        sp.mentions.append(span)
        sp.last_statement = index
        self.by_span[span] = sp
        return sp

    def recent(self, index: int, lookback: int = LOOKBACK) -> list[Speaker]:
        """Speakers mentioned in the last ``lookback`` statements, most recent first."""
        live = [s for s in self.speakers if index - s.last_statement <= lookback]
        return sorted(live, key=lambda s: (s.last_statement, s.mentions[-1][0]), reverse=True)

    # -- linking rules --------------------------------------------------------
    def link(self, view: "StatementView", span: tuple[int, int], kind: str) -> Speaker | None:
        """The entity a source mention stands for (created when it is new)."""
        if span in self.by_span:
            return self.by_span[span]
        phrase = self.art.text[span[0]:span[1]]
        low = phrase.lower().strip(" .,")
        index = view.index
        evidence = _anonymity_evidence(view, phrase, kind)
        for rule in (self._pronoun, self._partitive, self._definite, self._surname, self._same_phrase):
            found = rule(view, phrase, low, kind)
            if found is not None:
                if found is _UNRESOLVED:
                    return None
                if evidence and not found.anonymous and found.kind != vocab.NAMED:
                    found.kind, found.evidence = vocab.ANONYMOUS, evidence
                found.last_one = rule == self._partitive and _SINGLE_MEMBER.match(low) is not None
                self._named_later(found, phrase, kind, span)
                if found.kind == kind == vocab.NAMED and len(phrase) > len(found.name):
                    found.name, found.name_span = phrase, span  # the fullest form of a name is its best name
                self.attach(found, span, index)
                self.role_word_alone(found)
                return found
        if kind == vocab.PRONOUN:
            return None
        if evidence:
            kind = vocab.ANONYMOUS
        sp = self.new(kind, span, index, evidence)
        self.by_span[span] = sp
        return sp

    def _pronoun(self, view, phrase, low, kind):
        if kind != vocab.PRONOUN or _PARTITIVE.match(low):
            return None
        if low in ("i", "we", "it"):
            return _UNRESOLVED
        plural = low in ("they", "them", "their")
        gender = _GENDERED.get(low)
        subject = self._recent_subject(view.index)
        # "they" often stands for a group that never spoke: only a speaker of the last two statements
        for sp in self.recent(view.index, lookback=2 if plural else LOOKBACK):
            if plural and (sp.plural or sp.kind in (vocab.PUBLICATION, vocab.OTHER, vocab.VAGUE_GROUP)):
                return sp
            if not plural and (not sp.plural or sp.last_one) and _person_like(sp):
                if gender and sp.pronoun not in (None, gender):
                    continue  # "she" after a speaker already called "he"
                if subject is not None and subject[1] > sp.mentions[-1][0] \
                        and self.art.text[subject[1]:subject[2]] not in sp.name:
                    continue  # a person named as a subject since: "Yoko Shimano has been ... she says"
                if sp.anonymous and view.index - sp.last_statement > 2:
                    continue  # far from an unnamed source: "he" is someone else
                if gender:
                    sp.pronoun = gender
                return sp
        if not plural and subject is not None:
            return self._subject_speaker(subject, view.index)
        return _UNRESOLVED

    def _partitive(self, view, phrase, low, kind):
        if not _PARTITIVE.match(low):
            return None
        head = head_noun(phrase)
        noun = head or _nominal_head(phrase.split(" of ")[-1])  # "one of the engineers" -> engineer
        groups = [s for s in self.recent(view.index) if s.kind in _GROUP_LIKE]
        earlier = [s for s in self.recent(view.index, lookback=4 * LOOKBACK) if s.kind in _GROUP_LIKE]
        # "both engineers" finds the engineers however far back; "one of them" needs a group, so a plural
        # speaker comes before a single unnamed one
        same = (next((sp for sp in groups if head and sp.head == head), None)
                or next((sp for sp in earlier if sp.plural and (sp.head or _nominal_head(sp.name)) == noun), None))
        if same is not None or noun not in _NO_NOUN:
            # "one of the footballers" is not one of "the players" spoken of before, but may be one of the
            # unnamed sources the article just quoted ("a source in the team")
            return same or next((sp for sp in groups if sp.anonymous), None)
        return (next((sp for sp in groups if sp.plural), None)
                or next((sp for sp in earlier if sp.plural and sp.anonymous), None)
                or next((sp for sp in groups if sp.anonymous), None))

    def _definite(self, view, phrase, low, kind):
        """``the official``, ``this source``, ``the researcher``: an earlier speaker with that head."""
        if not _DEFINITE.match(low):
            return None
        head = head_noun(phrase) or _nominal_head(phrase)
        if kind == vocab.NAMED and _has_name(phrase):
            # "the adviser, Maren Ode,": an unnamed speaker given a name goes on the record
            return next((sp for sp in self.recent(view.index, lookback=4 * LOOKBACK)
                         if sp.kind != vocab.NAMED and (sp.head == head or _nominal_head(sp.name) == head)), None)
        for sp in self.recent(view.index, lookback=4 * LOOKBACK):
            if sp.head == head or (sp.head is None and _nominal_head(sp.name) == head and sp.kind != vocab.NAMED):
                return sp
            if head in lx.TITLES and sp.kind in (vocab.NAMED, vocab.ROLE) and head in sp.name.lower().split():
                return sp
        return None

    def _surname(self, view, phrase, low, kind):
        if kind != vocab.NAMED:
            return None
        caps = [w.rstrip(",") for w in _CAP_WORD.findall(phrase) if w.lower().strip(".") not in lx.TITLES]
        if not caps:
            return None
        last = caps[-1].rstrip("’'s")
        for sp in reversed(self.speakers):
            if sp.kind == vocab.NAMED and sp.surname is not None and sp.surname.casefold() == last.casefold():
                if len(caps) >= 2 and sp.surname and caps[0] not in sp.name:
                    continue  # another person of the same family name
                return sp
        return None

    def _same_phrase(self, view, phrase, low, kind):
        for sp in reversed(self.speakers):
            if sp.name.lower().strip(" .,") == low and sp.kind == kind:
                return sp
        return None

    def _named_later(self, sp: Speaker, phrase: str, kind: str, span: tuple[int, int]) -> None:
        """A back-reference that gives a name (``the adviser, Jane Ode``): the speaker is on the record."""
        if sp.kind != vocab.NAMED and kind == vocab.NAMED and _has_name(phrase):
            sp.kind, sp.name, sp.name_span, sp.evidence = vocab.NAMED, phrase, span, []

    def role_word_alone(self, sp: Speaker) -> None:
        """GUIDELINES: ``the witness said`` with no name for that person anywhere names nobody: anonymous.

        Only for back-reference nouns (``witness``, ``researcher``, ``worker``) met at least once with a
        definite article, and never with a name.
        """
        employer_only = sp.kind == vocab.NAMED and names_only_an_employer(sp.name)
        if (sp.kind != vocab.OTHER and not employer_only) or _nominal_head(sp.name) not in _BACK_REFERENCE_HEADS:
            return
        phrases = [self.art.text[s:e] for s, e in sp.mentions]
        referred_back = any(_DEFINITE.match(p) or p.lower() in _GENDERED for p in phrases)
        named = [p for p in phrases if classify_source(p) == vocab.NAMED and not names_only_an_employer(p)]
        if referred_back and not named:
            sp.kind, sp.evidence = vocab.ANONYMOUS, [vocab.EVIDENCE_ROLE_WORD]

    def withheld_names(self, view: "StatementView", span: tuple[int, int]) -> None:
        """``All three asked that their names be withheld``: the unnamed sources just before it are anonymous."""
        phrase = self.art.text[span[0]:span[1]].lower()
        if not _GROUP_BACK_REFERENCE.match(phrase) or not lx.ANONYMITY_PHRASES_RE.search(view.text.lower()):
            return
        for sp in self.recent(view.index, lookback=3):
            unnamed = sp.kind in (vocab.OTHER, vocab.ROLE) or (sp.kind == vocab.NAMED and names_only_an_employer(sp.name))
            if unnamed and sp is not view.speaker:
                sp.kind, sp.evidence = vocab.ANONYMOUS, [vocab.EVIDENCE_ANONYMITY_PHRASE]

    def still_speaking(self, view: "StatementView") -> None:
        """A statement of a quotation that runs on keeps its speaker recent (``"...," one picker said. "..." She said``)."""
        att = view.attribution
        if view.inherited in vocab.SPEECH_INHERITANCE and att is not None and att.source_start is not None:
            sp = self.by_span.get((att.source_start, att.source_end))
            if sp is not None:
                sp.last_statement = max(sp.last_statement, view.index)

    def _recent_subject(self, index: int) -> tuple[int, int, int] | None:
        for k, s, e in reversed(self.subjects):
            if index - k <= 2:
                return (k, s, e)
            break
        return None

    def _subject_speaker(self, subject: tuple[int, int, int], index: int) -> Speaker:
        span = (subject[1], subject[2])
        if span in self.by_span:
            return self.by_span[span]
        linked = self._surname(None, self.art.text[span[0]:span[1]], "", vocab.NAMED)
        sp = linked or self.new(vocab.NAMED, span, index)
        return self.attach(sp, span, subject[0])

    def note_subject(self, view: "StatementView") -> None:
        """Remember a person named as the subject of an untagged statement (a later ``he`` may be them)."""
        m = _SUBJECT_NAME.match(view.text)
        if m is None or view.quoted_frac > 0.5:
            return
        name = m.group("name")
        if name.split()[0].lower() in _NEVER_OPENS_A_NAME:
            return  # "The Grenn Bridge crossing is ...", "Last Monday the council ...": no person
        if len(name.split()) >= 2 or any(sp.surname == name for sp in self.speakers) or any(
                self.art.text[s:e].split()[-1] == name for _, s, e in self.subjects):
            self.subjects.append((view.index, view.start + m.start("name"), view.start + m.end("name")))


class _Unresolved:
    """Sentinel: a rule recognised the mention but found no antecedent (``I``, ``it``)."""


_UNRESOLVED = _Unresolved()


#: Singular personal pronouns and the speaker they agree with.
_GENDERED = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}


def _person_like(sp: Speaker) -> bool:
    """A speaker ``he`` or ``she`` may stand for: a person, or an unnamed role word (``a former manager``)."""
    return sp.kind in _PERSON_LIKE or (sp.kind == vocab.OTHER and _nominal_head(sp.name) in _BACK_REFERENCE_HEADS)


def _has_name(phrase: str) -> bool:
    caps = [w for w in _CAP_WORD.findall(phrase) if w.lower().strip(".,") not in lx.TITLES
            and w.lower().strip(".,") not in lx.NOT_NAMES]
    return bool(caps)


def _nominal_head(phrase: str) -> str:
    """The head of a phrase's first noun phrase, singular (``A Castrian negotiator, speaking ...`` -> ``negotiator``)."""
    return singular(first_head(phrase.lower().split()))


def _anonymity_evidence(view: "StatementView", phrase: str, kind: str) -> list[str]:
    """Why a mention is anonymous: its kind, or an anonymity phrase in its statement."""
    if kind == vocab.ANONYMOUS:
        return [vocab.EVIDENCE_UNNAMED]
    if kind in (vocab.SPOKESPERSON, vocab.OTHER, vocab.ROLE) and lx.ANONYMITY_PHRASES_RE.search(view.text.lower()):
        return [vocab.EVIDENCE_ANONYMITY_PHRASE]
    return []


def build(art: "ArticleView") -> list[Speaker]:
    """Link every statement of ``art`` to its speaker; return the article's speakers.

    Two passes: first every statement's own tag (in article order, so
    back-references find what came before), then the statements that
    inherit a tag from a quotation, interview turn or introduction.
    """
    table = SpeakerTable(art)
    for view in art.statements:
        att = view.attribution
        if view.inherited != vocab.OWN or att is None or att.source_start is None:
            table.note_subject(view)
            table.still_speaking(view)
            continue
        span = (att.source_start, att.source_end)
        view.speaker = table.link(view, span, att.source_kind)
        table.withheld_names(view, span)
    for view in art.statements:
        att = view.attribution
        if view.inherited != vocab.OWN and att is not None and att.source_start is not None:
            view.speaker = table.by_span.get((att.source_start, att.source_end))
        tag = view.turn_tag
        if view.turn == vocab.TURN_ANSWER and tag is not None and tag.source_start is not None:
            # every line of an answer is the interviewee's, whatever it reports ("papers that said …")
            span = (tag.source_start, tag.source_end)
            # the interviewee the introduction names may have no tag of its own: give it its entity
            view.speaker = table.by_span.get(span) or table.link(view, span, tag.source_kind) or view.speaker
    for view in art.statements:
        sp = view.speaker
        if sp is None:
            view.resolved_kind = view.attribution.source_kind if view.attribution else vocab.NONE
            continue
        view.resolved_kind = sp.kind
        att = view.attribution
        if att is not None and (att.source_start, att.source_end) != sp.name_span:
            view.antecedent = sp.name_span
    return table.speakers


_CREDIT_LINE = re.compile(r"^\s*(?:[\(\[]\s*)?(?P<word>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*[:|]\s*\S")


def is_credit_line(text: str) -> bool:
    """``Image: NASA.``, ``Photo: Reuters``, ``Read more: …``: a credit or a link, not an attribution."""
    m = _CREDIT_LINE.match(text)
    if m is None:
        return False
    words = m.group("word").lower().split()
    return all(w in lx.CREDIT_WORDS for w in words)


#: A lead-in of at most five words closed by a comma (``On Monday, officials said ...``).
_SHORT_LEAD_IN = re.compile(r"\W*(?:[\w’'.-]+\s+){0,4}[\w’'.-]+,\s*$")
#: A tag set off by commas or dashes inside the sentence, with at most a few words after the verb
#: (``..., officials said on Tuesday, ...``).
_PAREN_OPEN = re.compile(r"[,—–]\s*$")
_PAREN_CLOSE = re.compile(r"^(?:\s+[\w’'-]+){0,3}\s*[,—–]")


def tag_frames_statement(v: "StatementView") -> bool:
    """Does the statement's own tag frame it (GUIDELINES' 50% rule met by the attribution)?

    True when the source opens the statement (``Aides said that ...``, after a
    short lead-in), when the tag closes it (``..., the official said.``), when
    the tag is parenthetical (``The plan, officials said, would ...``): the
    content is then the rest of the sentence. Otherwise true when content,
    source and cue still cover half of the statement
    (:func:`~attributor.features.quotes.content_coverage`); a tag inside a
    subordinate clause of a longer sentence frames only part of it.
    """
    att = v.attribution
    if att is None or v.inherited != vocab.OWN or att.source_start is None:
        return False
    text = v.article.text
    tag_start, tag_end = min(att.source_start, att.cue_start), max(att.source_end, att.cue_end)
    length = max(v.end - v.start, 1)
    if (tag_start - v.start <= 0.15 * length or v.end - tag_end <= 0.1 * length + 2
            or _SHORT_LEAD_IN.match(text, v.start, tag_start) or _parenthetical(text, tag_start, tag_end)):
        return True
    spans = [(att.cue_start, att.cue_end), (att.source_start, att.source_end)]
    if not all(v.start <= a <= b <= v.end for a, b in spans):
        return False
    covered = content_coverage(v.article.quotes, text, v.start, v.end, spans)
    return covered is not None and covered[0] >= 0.5


def _parenthetical(text: str, tag_start: int, tag_end: int) -> bool:
    """``There is no chance of that, officials insist, because ...``: the content surrounds the tag."""
    return bool(_PAREN_OPEN.search(text, max(tag_start - 3, 0), tag_start)
                and _PAREN_CLOSE.match(text[tag_end:tag_end + 40]))


def _framed_by_speech(view: "StatementView") -> bool:
    """The statement's own tag frames it and is speech or a held view, not a weaker stance.

    ``Aides said that …`` and ``Her advisers were optimistic that …`` credit
    the whole statement to the group; ``aides believe`` and verbs of stance
    (``officials welcomed``) are left to the learned model.
    """
    att = view.attribution
    if not tag_frames_statement(view):
        return False
    if att.cue_kind == vocab.CUE_SUBJECT:
        return credits_view(view.article.text, att.cue_start, view.end)
    return att.cue_word not in lx.WEAK_CUES and att.cue_word not in lx.STANCE_VERBS


def structure(view: "StatementView") -> str:
    """What the speaker model settles about a statement (one of ``vocab.STRUCTURES``).

    The decision layer turns this into a constraint on the learned
    probabilities: GUIDELINES' priority (anonymity wins), interview turns
    and credits are structural facts, not something to learn per sentence.
    """
    if is_credit_line(view.text):
        return vocab.STRUCT_CREDIT
    sp = view.speaker
    if view.turn == vocab.TURN_ANSWER:
        return vocab.STRUCT_ANONYMOUS_ANSWER if sp is not None and sp.anonymous else vocab.STRUCT_ANSWER
    if view.turn == vocab.TURN_QUESTION and (sp is None or not sp.anonymous):
        return vocab.STRUCT_QUESTION
    if sp is None:
        return vocab.STRUCT_FREE
    if sp.anonymous:
        return vocab.STRUCT_ANONYMOUS_FRAMED if _framed_by_speech(view) else vocab.STRUCT_ANONYMOUS
    if sp.kind == vocab.OTHER:
        return vocab.STRUCT_FREE  # neither named nor known to be unnamed ("guards at the crossing"): learned
    return vocab.STRUCT_ON_RECORD
