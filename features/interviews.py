"""Interviews and transcripts: who holds each turn.

GUIDELINES: the interviewer's turns are the outlet's own words; every
sentence of an answer, prefixed or not, is the interviewee's speech. Two
layouts are recognised:

- prefixed turns (``Q:``/``A:``, ``NAME:``): the interviewer is ``Q`` or the
  prefix whose turns are mostly questions, and an answer carries over its
  unprefixed lines up to the end of the last turn's paragraph (what follows
  is a footer or the story resuming, as in the corpus and in real news);
- unprefixed turns (questions set in bold on the page, plain lines once
  scraped): a block of lines inside one paragraph that alternate between a
  question and an answer, or question paragraphs each answered by the next
  paragraph, the answers credited to the article's interviewee (the
  headline's ``Name:``, the named speaker of the introduction, or the person
  it is about).

Only the outlet's questions are its own words: a transcript the article
reproduces from a hearing, a trial or another outlet's broadcast keeps every
turn as its speaker's (:func:`_asked_by_another`).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from attributor.features import lexicon as lx
from attributor.features import vocab
from attributor.features.attribution import Attribution
from attributor.features.quotes import ALL_MARKS

if TYPE_CHECKING:  # pragma: no cover
    from attributor.features.statements import ArticleView, StatementView

_TURN_PREFIX = re.compile(r"^[\"“„«]?(?P<who>Q|A|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s*:\s")
#: Fewest interviewer turns that make a transcript (an unprefixed block also needs half its turns questions).
MIN_QUESTIONS = 2
#: Longest question line, in statements (a question is short; an answer may run on).
MAX_QUESTION_STATEMENTS = 2
#: Line labels that look like a ``NAME:`` prefix but name no speaker.
_NOT_SPEAKERS = lx.CREDIT_WORDS | {"transcript", "interview"}


def mark_turns(art: ArticleView) -> None:
    """Set ``turn``/``turn_tag`` on every statement of a transcript; answers stand on the interviewee."""
    if not _prefixed_turns(art) and not _unprefixed_turns(art):
        _paragraph_turns(art)


def _turn_speaker(view: StatementView) -> str | None:
    """The transcript speaker a line opens with, by surname (``Q``, ``A``, ``pence``, ``ode`` for ``Jane Ode``), if any.

    Keyed by the last word, case folded, so ``KATE BOULDUAN:`` and a later ``BOULDUAN:`` are one speaker.
    The headline (``Name: "words"``, a quote by the colon rule; ``STRIKER WANTS OUT: ...``) and labels
    (``Transcript:``, ``Photo:``) open no turn.
    """
    if view.index > 0 and view.article.text[view.start - 1:view.start] not in ("\n", ""):
        return None  # a turn starts a line
    m = _TURN_PREFIX.match(view.text)
    if not m:
        return None
    who = m.group("who")
    if who in ("Q", "A"):
        return who
    if view.index == 0 or who.split()[0].casefold() in _NOT_SPEAKERS:
        return None
    return who.split()[-1].casefold()


def _ask(v: StatementView) -> None:
    """An interviewer's turn: the outlet's words, so its colon prefix is no speaker."""
    v.turn = vocab.TURN_QUESTION
    v.attributions = [a for a in v.attributions if a.cue_kind != vocab.CUE_COLON]
    v.attribution = v.attributions[0] if v.attributions else None
    v.inherited = vocab.OWN if v.attributions else vocab.NONE


def _answer(v: StatementView, speaker: Attribution) -> None:
    """A line of an answer: the interviewee's speech unless it reports someone else (``he told me``)."""
    v.turn, v.turn_tag = vocab.TURN_ANSWER, speaker
    if not v.attributions or v.attributions[0].cue_kind != vocab.CUE_VERB:
        v.attribution, v.inherited = speaker, vocab.ANSWER_TURN


def _prefixed_turns(art: ArticleView) -> bool:
    """``Q:``/``A:`` or ``NAME:`` turns; True when the article has them."""
    turns = [(v, _turn_speaker(v)) for v in art.statements]
    prefixed = [(v, who) for v, who in turns if who]
    if len(prefixed) < 3:
        return False
    asked: dict[str, list[bool]] = {}  # per speaker, per turn: does the turn ask anything?
    for k, (v, who) in enumerate(prefixed):
        end = prefixed[k + 1][0].index if k + 1 < len(prefixed) else v.index + 1
        turn = art.statements[v.index:end]
        asked.setdefault(who, []).append(any(t.text.rstrip().endswith("?") for t in turn))
    if len(asked) < 2:
        return False
    if "Q" in asked:
        questioners = {"Q"}
    else:  # the prefix that asks most; a tie (or no question at all) is no interview
        share = {who: sum(qs) / len(qs) for who, qs in asked.items() if who != "A"}
        ranked = sorted(share.values(), reverse=True)
        if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return False
        questioners = {max(share, key=share.get)}
    if sum(len(asked.get(who, ())) for who in questioners) < MIN_QUESTIONS:
        return False  # an interviewer asks more than once: `Name: phrase` subheads of a roundup are no transcript
    if questioners != {"Q"} and _asked_by_another(art, prefixed[0][0].index,
                                                     next(v for v, who in prefixed if who in questioners)):
        questioners = set()  # a broadcast, hearing or trial reproduced: every turn is its speaker's words
    last = prefixed[-1][0]
    current: StatementView | None = None
    for v, who in turns:
        if v.index > last.index and v.paragraph != last.paragraph:
            break  # what follows the last turn's paragraph is the article again (a footer, the story resuming)
        if who is not None:
            current = v
            if who in questioners:
                v.turn_tag = v.attribution
                _ask(v)
            else:
                # the turn's speaker is its prefix, whatever the line reports ("GRÜNBACH: I would like that
                # official to say it ...")
                prefix = next((a for a in v.attributions if a.cue_kind == vocab.CUE_COLON and a.source_start == v.start
                               + (v.text[:1] in ALL_MARKS)), v.attribution)
                v.attribution, v.inherited = prefix, (vocab.OWN if prefix is not None else v.inherited)
                v.turn, v.turn_tag = vocab.TURN_ANSWER, prefix
            continue
        if current is None:
            continue
        if current.turn == vocab.TURN_ANSWER and current.attribution is not None:
            _answer(v, current.attribution)
        else:
            v.turn, v.turn_tag = current.turn, current.attribution
    return True


#: Questioners whose title says they are not the outlet (a hearing, a trial).
_QUESTIONING_OFFICIALS = frozenset("""senator sen representative rep congressman congresswoman chairman chairwoman
judge justice prosecutor attorney counsel commissioner""".split())
#: An introduction that credits the exchange elsewhere: another outlet's show, a debate, a hearing, a trial.
_ELSEWHERE = re.compile(r"\b[A-Z][\w.\-]*[’']s\s+[“\"„«][A-Z]|\b(?:broadcast|edition|episode) of\b"
                        r"|\b(?:presidential|primary|televised|leaders'?) debate\b|\bhearing\b(?! (?:aid|loss))"
                        r"|\b(?:on trial|at (?:his|her|their|the) trial|(?:murder|criminal|civil|corruption) trial)\b"
                        r"|\b(?:testimony|testified|cross-examination)\b")
#: A possessive organisation or an official title just before a name (``MSNBC’s Chris``, ``Senator Ana``).
_AFFILIATED = re.compile(r"(?:[A-Z][\w.\-]*[’']s|\b(?:" + "|".join(_QUESTIONING_OFFICIALS) + r")\.?)"
                         r"\s+(?:[\w.\-]+\s+){0,3}$", re.IGNORECASE)
#: The outlet's own presenter, introduced without another outlet (``Presenter Daichi Tanizaki spoke to ...``).
_OWN_PRESENTER = re.compile(r"\b(?:[Pp]resenter|[Hh]ost|[Aa]nchor|our [a-z ]+?)\s+(?:[A-Z][\w\-]*\s+){0,3}$")
_BYLINE = re.compile(r"^(?:By|Interview by|Interviewed by)\s", re.IGNORECASE)


def _asked_by_another(art: ArticleView, first_turn: int, asking: StatementView) -> bool:
    """Is the interviewer someone other than the outlet (GUIDELINES: only the outlet's questions are its words)?

    The outlet asks when the interviewer signs the byline; someone else asks when the prefix or the
    introduction gives the interviewer an official's title or another outlet (``MSNBC’s Chris Matthews``),
    or credits the exchange to another show, a debate, a hearing or a trial, unless it introduces the
    interviewer as the programme's own presenter or host.
    """
    prefix = _TURN_PREFIX.match(asking.text).group("who")
    surname = prefix.split()[-1]
    intro = art.statements[:first_turn]
    if any(_BYLINE.match(v.text) and surname.casefold() in v.text.casefold() for v in intro[:4]):
        return False
    if any(w.lower().strip(".") in _QUESTIONING_OFFICIALS for w in prefix.split()[:-1]):
        return True
    text = " ".join(v.text for v in intro)
    own_presenter = False
    for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text, re.IGNORECASE):
        before = text[max(0, m.start() - 60):m.start()]
        if _AFFILIATED.search(before):
            return True
        own_presenter = own_presenter or _OWN_PRESENTER.search(before) is not None
    return not own_presenter and _ELSEWHERE.search(text) is not None


def _runs(art: ArticleView, unit: str) -> list[list[StatementView]]:
    """The article's statements grouped by ``unit`` (``"line"`` or ``"paragraph"``), in order."""
    out: list[list[StatementView]] = []
    for v in art.statements:
        if out and getattr(out[-1][-1], unit) == getattr(v, unit):
            out[-1].append(v)
        else:
            out.append([v])
    return out


def _is_question_line(line: list[StatementView]) -> bool:
    return len(line) <= MAX_QUESTION_STATEMENTS and line[-1].text.rstrip().endswith("?")


def _interviewee(art: ArticleView, before: int) -> Attribution | None:
    """Who answers: the headline's ``Name:`` speaker, else the most quoted named speaker before the block."""
    first = art.statements[0].attributions[:1] if art.statements else []
    if first and first[0].cue_kind == vocab.CUE_COLON and first[0].source_kind == vocab.NAMED:
        return first[0]
    named = [a for v in art.statements[:before] for a in v.attributions[:1] if a.source_kind == vocab.NAMED]
    if not named:
        return None
    counts = Counter(art.text[a.source_start:a.source_end] for a in named)
    best = counts.most_common(1)[0][0]
    return next(a for a in named if art.text[a.source_start:a.source_end] == best)


def _unprefixed_turns(art: ArticleView) -> bool:
    """Alternating question and answer lines inside one paragraph, with no prefixes; True when found."""
    lines = _runs(art, "line")
    found = False
    i = 0
    while i < len(lines):
        block = [lines[i]]
        while i + len(block) < len(lines) and lines[i + len(block)][0].paragraph == lines[i][0].paragraph:
            block.append(lines[i + len(block)])
        i += len(block)
        start = next((k for k, line in enumerate(block[:2]) if _is_question_line(line)), None)
        if start is None:
            continue
        asks, answers = block[start::2], block[start + 1::2]
        questions = sum(_is_question_line(line) for line in asks)
        if questions < MIN_QUESTIONS or questions * 2 < len(asks) or len(answers) < len(asks) - 1 \
                or any(len(line) > MAX_QUESTION_STATEMENTS for line in asks) \
                or any(_is_question_line(line) for line in answers):
            continue
        speaker = _interviewee(art, block[start][0].index)
        if speaker is None:
            continue
        _mark(asks, answers, speaker)
        found = True
    return found


def _mark(asks: list[list[StatementView]], answers: list[list[StatementView]], speaker: Attribution) -> None:
    """Questions are the outlet's; every line of an answer is the interviewee's."""
    for unit in asks:
        for v in unit:
            _ask(v)
    for unit in answers:
        for v in unit:
            _answer(v, speaker)


_SECOND_PERSON = frozenset("you your yours yourself".split())
_FULL_NAME = re.compile(r"\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+")


def _paragraph_turns(art: ArticleView) -> None:
    """Questions set in bold on the page, now paragraphs of their own: ``Why did you leave?`` then the answer.

    From the first question paragraph, pairs of a short question paragraph and an answer paragraph run on
    until the pattern breaks; the run ends with the answer to its last real question. It is an interview
    when at least :data:`MIN_QUESTIONS` questions, most of them to "you", are answered by paragraphs that
    ask nothing, and the introduction names whom.
    """
    paragraphs = _runs(art, "paragraph")
    first = next((k for k, p in enumerate(paragraphs) if k > 0 and _is_question_line(p)), None)
    if first is None:
        return
    asks: list[list[StatementView]] = []
    answers: list[list[StatementView]] = []
    k = first
    while k + 1 < len(paragraphs) and len(paragraphs[k]) <= MAX_QUESTION_STATEMENTS \
            and not _is_question_line(paragraphs[k + 1]):
        asks.append(paragraphs[k])
        answers.append(paragraphs[k + 1])
        k += 2
    real = [n for n, unit in enumerate(asks) if _is_question_line(unit)]
    if not real:
        return
    asks, answers = asks[:real[-1] + 1], answers[:real[-1] + 1]
    to_you = sum(any(w in _SECOND_PERSON for w in asks[n][-1].words) for n in real)
    if len(real) < MIN_QUESTIONS or len(real) * 2 < len(asks) or to_you * 2 < len(real):
        return
    speaker = _interviewee(art, asks[0][0].index) or _introduced_person(art, asks[0][0].index)
    if speaker is not None:
        _mark(asks, answers, speaker)


def _introduced_person(art: ArticleView, before: int) -> Attribution | None:
    """The person the introduction is about: the full name whose surname it repeats most."""
    names = [(v, m) for v in art.statements[1:before] for m in _FULL_NAME.finditer(v.text)
             if m.group().split()[0].lower() not in _NOT_SPEAKERS]
    if not names:
        return None
    intro = " ".join(v.text for v in art.statements[1:before])
    v, m = max(names, key=lambda vm: intro.count(vm[1].group().split()[-1]))
    if intro.count(m.group().split()[-1]) < 2:
        return None  # named once in passing is no interviewee
    start = v.start + m.start()
    return Attribution(start, start, vocab.CUE_COLON, start, v.start + m.end(), vocab.NAMED)
