"""Dense feature rows of a statement, in plain Python.

Three blocks, one idea each, every block a tuple of names and a function
from a :class:`~attributor.features.statements.StatementView` to a list of
floats in that order:

- quotes: where the quotation marks are;
- attribution: the cue and the source the rules found;
- context: the neighbouring statements and the paragraph.

The scikit-learn transformers of :mod:`attributor.features.transformers`
wrap these for training; the scorer calls them directly, so scoring needs
neither scikit-learn nor SciPy.
"""
from __future__ import annotations

import math
import re

import numpy as np

from attributor.features import lexicon as lx
from attributor.features import vocab
from attributor.features.vocab import CUE_KINDS, INHERITANCE, SOURCE_KINDS, TURNS
from attributor.features.phrases import PhraseFinder
from attributor.features.attribution import credits_view
from attributor.features.speakers import tag_frames_statement
from attributor.features.quotes import ALL_MARKS, content_coverage


_STRONG_QUALIFIERS = PhraseFinder(q for q in lx.ANONYMITY_QUALIFIERS if len(q) > 8)
_BOILERPLATE_CHARS = max(len(b) for b in lx.BOILERPLATE)
_CAPS_SPEAKER = re.compile(r"^[\"“„«]?(?:Q|A|[A-Z][A-Z.'’\- ]{1,30}[A-Z.])\s*:")
#: Words of four letters or more; the group holds the initial when it is a capital.
_LONG_WORD = re.compile(r"\b(?:([A-Z])|[a-z])[a-z’']{3,}\b")


def _one_hots(options: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    """The one-hot row of each option, built once."""
    return {value: tuple(1.0 if value == o else 0.0 for o in options) for value in options}


_CUE_ROWS, _SOURCE_ROWS, _INHERITED_ROWS = _one_hots(CUE_KINDS), _one_hots(SOURCE_KINDS), _one_hots(INHERITANCE)
_TURN_ROWS = _one_hots(TURNS)


def _title_case_share(text: str) -> float:
    """Share of words of four letters or more that are capitalised: high in headlines."""
    initials = _LONG_WORD.findall(text)
    return (len(initials) - initials.count("")) / len(initials) if initials else 0.0


def content_quoted_fraction(v) -> float:
    """Quoted share of the statement once its own source and cue are set aside.

    ``Ditto said she expects "to continue calling out bias."`` is mostly
    quoted content even though a third of the sentence is unquoted.
    """
    att = v.attribution
    if att is None or v.inherited != vocab.OWN:
        return v.quoted_frac
    qmap = v.article.quotes
    lo = min(att.cue_start, att.source_start if att.source_start is not None else att.cue_start)
    hi = max(att.cue_end, att.source_end if att.source_end is not None else att.cue_end)
    lo, hi = max(lo, v.start), min(hi, v.end)
    if hi < lo:
        return v.quoted_frac
    visible = qmap.visible_chars(v.start, lo) + qmap.visible_chars(hi, v.end)
    if visible <= 0:
        return v.quoted_frac
    quoted = qmap.quoted_chars(v.start, lo) + qmap.quoted_chars(hi, v.end)
    return min(1.0, quoted / visible)


def tied_content(v) -> tuple[float, float]:
    """``(coverage, quoted share of the content)`` of the statement's best own attribution.

    The guideline's tie rule: an attribution labels a statement when its
    content (:func:`~attributor.features.quotes.content_coverage`), source and
    cue cover at least half of it, and the content is a direct quote when at
    least half of it is quoted (``Clinton posted a comment, saying, "We're
    thrilled!"`` is direct through ``saying``). Of the covering attributions
    the most quoted content counts; without a covering one, the best coverage
    and no quoted content; without an own attribution,
    :func:`content_quoted_fraction` and full coverage.
    """
    qmap = v.article.quotes
    total = qmap.visible_chars(v.start, v.end)
    best_cover, best_share, any_own = 0.0, None, False
    for a in v.attributions if total > 0 else ():
        if a.cue_start < v.start or a.cue_end > v.end:
            continue
        any_own = True
        spans = [(a.cue_start, a.cue_end)]
        if a.source_start is not None and v.start <= a.source_start < a.source_end <= v.end:
            spans.append((a.source_start, a.source_end))
        cover, share = content_coverage(qmap, v.article.text, v.start, v.end, spans)
        best_cover = max(best_cover, cover)
        if share is not None and cover >= 0.5:
            share = min(1.0, share)
            best_share = share if best_share is None else max(best_share, share)
    if not any_own:
        return 1.0, content_quoted_fraction(v)
    return best_cover, 0.0 if best_share is None else best_share


QUOTE_NAMES = ("quoted_frac", "content_quoted_frac", "content_quoted_ge_half", "tied_coverage", "tied_quoted_frac",
               "tied_quoted_ge_half", "quoted_ge_half", "quoted_ge_90",
               "quoted_any", "open_at_start", "open_at_end", "starts_with_mark", "ends_with_mark", "n_marks",
               "ends_with_colon", "colon_speaker_caps", "title_case_share")


def quote_row(v) -> list[float]:
    """Quoted share, quote marks at the edges, quotation carried from neighbours."""
    text = v.text
    body = text.rstrip(" .,!?;:…)")
    q = v.quoted_frac
    cq = content_quoted_fraction(v)
    cover, tq = tied_content(v)
    return [
        q, cq, float(cq >= 0.5), cover, tq, float(tq >= 0.5), float(q >= 0.5), float(q >= 0.9), float(q > 0),
        float(v.open_at_start), float(v.open_at_end),
        float(bool(text) and text[0] in ALL_MARKS),
        float(bool(body) and body[-1] in ALL_MARKS),
        min(v.article.quotes.marks_in(v.start, v.end), 6) / 6,
        float(text.rstrip().endswith(":")),
        float(bool(_CAPS_SPEAKER.match(text))),
        _title_case_share(text),
    ]


ATTRIBUTION_NAMES = (
    *(f"cue={k}" for k in CUE_KINDS), *(f"source={k}" for k in SOURCE_KINDS),
    *(f"resolved={k}" for k in SOURCE_KINDS), *(f"inherited={k}" for k in INHERITANCE), *(f"turn={k}" for k in TURNS),
    "hedged", "cue_rel_pos", "source_before_cue", "n_attributions", "any_own_anonymous", "any_own_named",
    "anonymity_phrase", "unnamed_noun", "reporting_verb", "publication_word", "vague_group_word", "boilerplate",
    "tag_frames_statement", "subject_view", "subject_act",
)


def attribution_row(v) -> list[float]:
    """Cue kind, source kind (own and resolved), inheritance, hedges, anonymity phrases."""
    att = v.attribution
    own = v.attributions
    words = v.words
    bare = v.text.strip(" .:!")
    return [
        *_CUE_ROWS[att.cue_kind if att else vocab.NONE],
        *_SOURCE_ROWS[att.source_kind if att else vocab.NONE],
        *_SOURCE_ROWS[v.resolved_kind],
        *_INHERITED_ROWS[v.inherited],
        *_TURN_ROWS[v.turn],
        float(v.hedge is not None),
        ((att.cue_start - v.start) / max(v.end - v.start, 1)) if att and v.inherited == vocab.OWN else -1.0,
        float(bool(att and att.source_start is not None and att.source_start < att.cue_start)),
        min(len(own), 4) / 4,
        float(any(a.source_kind == vocab.ANONYMOUS for a in own)),
        float(any(a.source_kind == vocab.NAMED for a in own)),
        float(_STRONG_QUALIFIERS.search(v.text, words) is not None),
        float(not words.isdisjoint(lx.UNNAMED_SOURCE_NOUNS)),
        float(not words.isdisjoint(lx.REPORTING_VERBS)),
        float(not words.isdisjoint(lx.PUBLICATION_NOUNS)),
        float(not words.isdisjoint(lx.VAGUE_GROUPS)),
        float(len(bare) <= _BOILERPLATE_CHARS and bare.lower() in lx.BOILERPLATE),
        float(tag_frames_statement(v)),
        *_subject_predicate(v),
    ]


def _subject_predicate(v) -> tuple[float, float]:
    """For a source that is only the subject of a verb: does the verb credit it a view, or an act?

    ``Aides are optimistic`` and ``allies worry`` credit a position to the
    group; ``officials checked her name`` is narrative about what it did.
    """
    att = v.attribution
    if att is None or att.cue_kind != vocab.CUE_SUBJECT or v.inherited != vocab.OWN:
        return 0.0, 0.0
    view = credits_view(v.article.text, att.cue_start, v.end)
    return float(view), float(not view)


CONTEXT_NAMES = (
    *(f"{side}_{name}" for side in ("prev", "next")
      for name in ("exists", "same_paragraph", "quoted_frac", "anonymous", "attributed")),
    "first_statement", "no_final_punct", "log_words", "short", "paragraph_size", "paragraph_position",
)


def context_row(v) -> list[float]:
    """Neighbouring statements, paragraph position, headline-like shape, length."""
    row: list[float] = []
    for step in (-1, 1):
        n = v.neighbour(step)
        if n is None:
            row += (0.0, 0.0, 0.0, 0.0, 0.0)
        else:
            row += (1.0, float(n.paragraph == v.paragraph), n.quoted_frac,
                    float(n.resolved_kind == vocab.ANONYMOUS), float(n.attribution is not None))
    text = v.text
    words = len(text.split())
    in_par = v.article.paragraph_members(v.paragraph)
    row += (
        float(v.index == 0),
        float(text.rstrip()[-1:] not in ".!?\"”»’…:"),
        math.log1p(words) / 5,
        float(words <= 4),
        min(len(in_par), 8) / 8,
        (v.index - in_par[0]) / max(len(in_par) - 1, 1),
    )
    return row


#: The dense blocks in the order the model sees them: (name, feature names, row function).
DENSE_BLOCKS = (
    ("quotes", QUOTE_NAMES, quote_row),
    ("attribution", ATTRIBUTION_NAMES, attribution_row),
    ("context", CONTEXT_NAMES, context_row),
)


def masked_text(v) -> str:
    """The statement with every quoted stretch replaced by ``_q_``.

    Masking what is inside quotation marks keeps the n-gram features from
    learning what people say, so they learn how it is attributed.
    """
    art = v.article
    text = art.text[v.start:v.end]
    if not art.quotes.open_chars(v.start, v.end):
        return text
    open_at = art.quotes.open_at[v.start:v.end]
    flags = open_at.astype(bool)
    changes = np.flatnonzero(np.diff(flags.astype(np.int8))) + 1
    bounds = [0, *changes.tolist(), len(text)]
    return "".join(" _q_ " if flags[a] else text[a:b] for a, b in zip(bounds[:-1], bounds[1:]))
