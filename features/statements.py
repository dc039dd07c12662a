"""Analyse an article once: statements, quote state and attributions.

``analyse(text)`` is the single entry point from raw text to the
:class:`StatementView` objects that the feature transformers read and the
scorer reports. Each view knows its neighbours through its article, so
context features and pronoun resolution need no second pass over the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from attributor.features import speakers as speaker_model
from attributor.features import vocab
from attributor.features.attribution import Attribution, find_attributions, find_hedge, plain_words
from attributor.features.interviews import mark_turns
from attributor.features.quotes import ALL_MARKS, OPENING, QuoteMap, track
from attributor.features.segment import segment

_TRAILING = " \t.,!?;:…)]"
#: Source kinds whose quotation an untagged quoted sentence right after may continue.
_SPEAKING_KINDS = (vocab.NAMED, vocab.PRONOUN, vocab.ANONYMOUS, vocab.SPOKESPERSON, vocab.ROLE, vocab.OTHER)


@dataclass
class StatementView:
    """One statement of an analysed article, with what the rules found in it."""

    article: "ArticleView" = field(repr=False)
    index: int
    start: int
    end: int
    paragraph: int
    line: int
    quoted_frac: float
    open_at_start: bool
    open_at_end: bool
    attributions: list[Attribution]
    #: the attribution that speaks for this statement: its own, or one it inherits
    attribution: Attribution | None = None
    inherited: str = vocab.OWN  # one of vocab.INHERITANCE
    #: for a pronoun or definite source: the earlier mention it stands for
    antecedent: tuple[int, int] | None = None
    #: the kind of the speaker entity (``vocab.SPEAKER_KINDS``), or of the own source when unresolved
    resolved_kind: str = vocab.NONE
    #: the speaker entity that stands behind the statement (see :mod:`attributor.features.speakers`)
    speaker: "speaker_model.Speaker | None" = None
    #: interview turn the statement belongs to (``vocab.TURNS``) and the tag of that turn's prefix line
    turn: str = vocab.TURN_NONE
    turn_tag: Attribution | None = None
    #: the first hedge of the statement (``reportedly``, ``is said to``), if any
    hedge: str | None = None
    #: the statement's distinct lower-case words (runs of ASCII letters)
    words: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]

    def neighbour(self, step: int) -> "StatementView | None":
        j = self.index + step
        stmts = self.article.statements
        return stmts[j] if 0 <= j < len(stmts) else None


@dataclass
class ArticleView:
    """The analysed article: its text, quote map and statements."""

    text: str
    quotes: QuoteMap
    statements: list[StatementView] = field(default_factory=list)
    speakers: list = field(default_factory=list)
    _paragraphs: dict[int, list[int]] | None = field(default=None, repr=False)

    def release(self) -> None:
        """Drop the statements, and with them the view <-> article reference cycles.

        Called once the views are no longer needed: everything is then freed
        by reference counting at once, not left for the cyclic collector to
        find (a collection pass over a scored batch's views cost 3% of it).
        """
        self.statements = []
        self.speakers = []
        self._paragraphs = None

    def paragraph_members(self, paragraph: int) -> list[int]:
        """Indices of the statements of one paragraph, in order."""
        if self._paragraphs is None:
            self._paragraphs = {}
            for v in self.statements:
                self._paragraphs.setdefault(v.paragraph, []).append(v.index)
        return self._paragraphs[paragraph]


def _starts_with_mark(text: str) -> bool:
    return bool(text) and text[0] in ALL_MARKS


def _ends_with_mark(text: str) -> bool:
    stripped = text.rstrip(_TRAILING)
    return bool(stripped) and stripped[-1] in ALL_MARKS


def analyse(text: str) -> ArticleView:
    """Segment ``text``, track its quotes and find every statement's attribution."""
    qmap = track(text)
    art = ArticleView(text, qmap)
    for i, sent in enumerate(segment(text)):
        low = text[sent.start:sent.end].lower()
        words = plain_words(low)
        art.statements.append(StatementView(
            article=art, index=i, start=sent.start, end=sent.end, paragraph=sent.paragraph, line=sent.line,
            quoted_frac=qmap.quoted_fraction(sent.start, sent.end),
            open_at_start=qmap.is_open_at(sent.start + 1) and text[sent.start] not in OPENING and text[sent.start] != '"',
            open_at_end=qmap.is_open_at(sent.end),
            attributions=find_attributions(text, sent.start, sent.end, qmap, low=low, words=words),
            hedge=find_hedge(low, words), words=words,
        ))
    _assign(art)
    mark_turns(art)
    art.speakers = speaker_model.build(art)
    return art


def _chain_partner(view: StatementView) -> StatementView | None:
    """The statement of the same quotation (or dash tail) that carries the tag.

    A transcript turn (``WALLACE: ...``) opened earlier in the same paragraph
    wins over a tag further on; otherwise the next tag of the quotation does.
    """
    back = _chain_backward(view)
    if back is not None and back.paragraph == view.paragraph and back.attributions[0].cue_kind == vocab.CUE_COLON:
        return back
    return _chain_forward(view) or back


def _chain_forward(view: StatementView) -> StatementView | None:
    stmts = view.article.statements
    # forward while the quotation stays open, or reopens in the next paragraph
    j = view.index
    while j + 1 < len(stmts) and (stmts[j].open_at_end or _reopens(stmts[j], stmts[j + 1])) and j - view.index < 12:
        j += 1
        if stmts[j].attributions:
            return stmts[j]
    if j + 1 < len(stmts) and stmts[j + 1].attributions:
        tag = stmts[j + 1].attributions[0]
        if tag.cue_kind == vocab.CUE_DASH and tag.cue_start - stmts[j + 1].start <= 3:
            return stmts[j + 1]  # the signature line right after the quotation
    return None


def _chain_backward(view: StatementView) -> StatementView | None:
    stmts = view.article.statements
    j = view.index
    while j - 1 >= 0 and (stmts[j].open_at_start or _reopens(stmts[j - 1], stmts[j])) and view.index - j < 12:
        j -= 1
        if stmts[j].attributions:
            return stmts[j]
    return None


def _reopens(before: StatementView, after: StatementView) -> bool:
    """Paragraph ends inside a quotation and the next paragraph reopens it."""
    text = before.article.text
    return (after.paragraph != before.paragraph and after.index == before.index + 1
            and before.quoted_frac > 0.5 and not _ends_with_mark(before.text)
            and _starts_with_mark(text[after.start:after.end]))


def _recent_speaker(view: StatementView, lookback: int = 3) -> Attribution | None:
    """A quotation with no tag of its own: the speaker of the quotations just before it."""
    for k in range(1, lookback + 1):
        prev = view.neighbour(-k)
        if prev is None or view.paragraph - prev.paragraph > 2:
            return None
        att = prev.attribution
        if att is not None and prev.quoted_frac > 0.2 and att.source_kind in _SPEAKING_KINDS:
            return att
    return None


def _colon_intro(view: StatementView) -> Attribution | None:
    """``Limbaugh added:`` ends the previous paragraph: this paragraph is his speech."""
    stmts = view.article.statements
    first = view.index
    while first > 0 and stmts[first - 1].paragraph == view.paragraph:
        first -= 1
    if first == 0:
        return None
    intro = stmts[first - 1]
    if intro.text.rstrip().endswith(":") and intro.paragraph != view.paragraph:
        return next((a for a in intro.attributions if a.source_kind != vocab.NONE), None)
    return None


def _assign(art: ArticleView) -> None:
    for view in art.statements:
        if view.attributions:
            view.attribution, view.inherited = view.attributions[0], vocab.OWN
            continue
        partner = _chain_partner(view) if view.quoted_frac > 0.5 else None
        if partner is not None:
            view.attribution, view.inherited = partner.attributions[0], vocab.QUOTE_CHAIN
            continue
        speaker = _recent_speaker(view) if view.quoted_frac > 0.5 else None
        if speaker is not None:
            view.attribution, view.inherited = speaker, vocab.QUOTE_PREV
            continue
        intro = _colon_intro(view)
        if intro is not None:
            view.attribution, view.inherited = intro, vocab.COLON_BLOCK
            continue
        nxt = view.neighbour(1)
        if nxt is not None and nxt.paragraph == view.paragraph and nxt.attributions \
                and nxt.attributions[0].cue_kind == vocab.CUE_DASH:
            view.attribution, view.inherited = nxt.attributions[0], vocab.DASH_TAIL
            continue
        view.inherited = vocab.NONE
