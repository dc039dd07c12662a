"""Cut an article into statements: sentence spans of the original text.

Offsets always index the text as given (nothing is normalised), spans are
ordered, never overlap and are trimmed of whitespace. Line breaks end a
statement (headlines, datelines, transcript turns) unless the next line
continues in lower case (hard-wrapped text). Inside a line, NLTK's Punkt
splits sentences with parameters learned from our own corpus (a text file,
see :func:`train_params`) plus the abbreviation list of :mod:`lexicon`;
a split after ``?``/``!`` inside a quote followed by a lower-case tag
(``"Why now?" she asked.``) is undone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from attributor.features.lexicon import ABBREVIATIONS


def _import_punkt():
    """Import NLTK's Punkt module without running ``nltk/__init__``.

    The package ``__init__`` imports the whole toolkit (scipy.stats among it),
    which costs about a second of start-up that Punkt does not need. When
    nltk is not imported yet, a bare package module stands in while
    ``nltk.tokenize.punkt`` loads; it and the submodules loaded under it are
    then dropped from ``sys.modules`` (we keep our references), so a later
    ``import nltk`` elsewhere loads the real package from scratch.
    """
    import importlib
    import importlib.util
    import sys
    import types

    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt")
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is required: pip install nltk")
    stub = types.ModuleType("nltk")
    stub.__path__ = list(spec.submodule_search_locations)
    stub.__spec__ = spec
    before = set(sys.modules)
    sys.modules["nltk"] = stub
    try:
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


_punkt = _import_punkt()
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer
PunktTrainer = _punkt.PunktTrainer

PARAMS_PATH = Path(__file__).resolve().parent / "punkt_params.txt"
_SECTIONS = ("abbrev_types", "collocations", "sent_starters", "ortho_context")

_LINE = re.compile(r"[^\n]+")
_BLANK_GAP = re.compile(r"\n[ \t\r\f\v]*\n")
_QUESTION_END = re.compile(r"[?!][\"'”’»“]*\s*$")
_LOWER_START = re.compile(r"^\W*[a-z]")
_INNER_END = re.compile(r"[.?!…][\"'”’»“)\]]*\s")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.|\b[A-Z][a-z]{0,3}\.)[)\]]?\s*$")
_CLOSED_QUOTE_END = re.compile(r"[.?!,…][\"'”’»“]+\s*$")
#: A page-furniture word glued to the sentence after it ("... told us. Advertisement Police sources believe ...").
_GLUED_FURNITURE = re.compile(r"(?:Advertisement|ADVERTISEMENT|Share|SHARE)(?=\s+[A-Z\"“„«])")
_TAG_ONLY = re.compile(r"^[A-Z][\w.'’\- ]{0,40}\b(?:said|says|asked|added|told|wrote|continued|demanded|explained|noted|insisted|recalled|argued|replied)\b[^.!?]{0,40}[.!?]$")


@dataclass(frozen=True)
class Sentence:
    """A statement's place in the article: ``text[start:end]``, its paragraph and line."""

    start: int
    end: int
    paragraph: int
    line: int


def load_params(path: Path = PARAMS_PATH) -> PunktParameters:
    """Read Punkt parameters from their text form (missing file: abbreviations only)."""
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    if not path.exists():
        return params
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section not in _SECTIONS:
                raise ValueError(f"{path}: unknown section [{section}]")
            continue
        if section == "abbrev_types":
            params.abbrev_types.add(line)
        elif section == "collocations":
            a, b = line.split("\t")
            params.collocations.add((a, b))
        elif section == "sent_starters":
            params.sent_starters.add(line)
        elif section == "ortho_context":
            word, flags = line.split("\t")
            params.ortho_context[word] = int(flags)
        else:
            raise ValueError(f"{path}: entry {line!r} outside a section")
    return params


def train_params(texts: Iterable[str], path: Path = PARAMS_PATH) -> PunktParameters:
    """Learn Punkt parameters from our corpus texts and write them as text.

    Abbreviations, collocations and sentence starters are kept (plus the
    abbreviation list of :mod:`lexicon`); see the note below on orthography.
    """
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    for text in texts:
        trainer.train(text, finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()
    params.abbrev_types |= set(ABBREVIATIONS)
    lines = ["# Punkt parameters learned from data/corpus (attributor.features.segment.train_params)."]
    lines += ["[abbrev_types]", *sorted(params.abbrev_types)]
    lines += ["[collocations]", *sorted(f"{a}\t{b}" for a, b in params.collocations)]
    lines += ["[sent_starters]", *sorted(params.sent_starters)]
    # The orthographic context is not kept: learned from a few thousand
    # sentences it takes surnames that are also common nouns (Baker, Rice,
    # Cook) for sentence starts after a title ("Gen. Baker"), and splits there.
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return params


#: Characters Punkt splits off as tokens of their own before a word.
_SPLIT_OFF = "[(\"`\\[{]*"


class _FastPunkt(PunktSentenceTokenizer):
    """Punkt with its per-candidate decision short-cut for plain words.

    Punkt decides each candidate break by tokenising and annotating its
    context (``said. The``), most of its cost. When the word before the mark
    is plain letters, its rules reduce to: ``?``/``!`` break (a token follows);
    ``.`` breaks unless the word is a known abbreviation or starts a known
    collocation, which are left to Punkt. Everything else goes to Punkt,
    memoised. ``tests/features/test_segment.py`` checks both agree.
    """

    def __init__(self, params: PunktParameters):
        super().__init__(params)
        self._decided: dict[str, bool] = {}
        self._colloc_first = frozenset(a for a, _ in params.collocations)
        # the shape of a context: split-off marks, the word token (curly quotes stay
        # part of it), the mark, then whitespace and a token or one non-word character
        self._plain_end = re.compile(_SPLIT_OFF + r"([“‘'«„]*[A-Za-z]{2,})([.?!])(?:\s+\S+|"
                                     + self._lang_vars._re_non_word_chars + ")")

    def text_contains_sentbreak(self, text: str) -> bool:
        m = self._plain_end.fullmatch(text)
        if m is not None:
            if m.group(2) != ".":
                return True
            word = m.group(1).lower()  # Punkt's type of the token before the period
            if word not in self._params.abbrev_types and word not in self._colloc_first:
                return True
        decided = self._decided.get(text)
        if decided is None:
            if len(self._decided) > 100_000:
                self._decided.clear()
            decided = self._decided[text] = super().text_contains_sentbreak(text)
        return decided


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    return _FastPunkt(load_params())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_blocks(text: str) -> list[tuple[int, int, int]]:
    """Spans of lines, hard-wrapped continuations joined, with paragraph numbers."""
    blocks: list[list[int]] = []
    paragraph, last_end = 0, None
    for m in _LINE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start == end:
            continue
        if last_end is not None and _BLANK_GAP.search(text, last_end, start):
            paragraph += 1
        elif blocks and _LOWER_START.match(text[start:end]) and not _QUESTION_END.search(text[blocks[-1][0]:blocks[-1][1]]) \
                and text[blocks[-1][1] - 1] not in ".:!?\"”»":
            blocks[-1][1] = end
            last_end = end
            continue
        blocks.append([start, end, paragraph])
        last_end = end
    return [tuple(b) for b in blocks]


def _continues(prev: str, nxt: str) -> bool:
    """Should ``nxt`` be glued to ``prev`` (a split Punkt should not have made)?"""
    if _LOWER_START.match(nxt) and (_QUESTION_END.search(prev) or _ABBREV_END.search(prev)):
        return True  # "Why now?" she asked. / Rep. Smith (R-S.C.) said ...
    # a quote followed by a fragment holding only its tag: "...," Clinton said.
    return bool(_CLOSED_QUOTE_END.search(prev) and len(nxt.split()) <= 6 and _TAG_ONLY.match(nxt))


def segment(text: str) -> list[Sentence]:
    """Return the statements of ``text`` as ordered, non-overlapping, trimmed spans."""
    if not isinstance(text, str):
        raise TypeError(f"segment() takes a str, not {type(text).__name__}")
    tokenizer = _tokenizer()
    out: list[Sentence] = []
    for line_no, (b_start, b_end, paragraph) in enumerate(_line_blocks(text)):
        block = text[b_start:b_end]
        spans: list[list[int]] = []
        # Punkt only ever splits after . ? ! … followed by space: a block without
        # one inside is a single statement (most headlines and short paragraphs).
        candidates = tokenizer.span_tokenize(block) if _INNER_END.search(block) else [(0, len(block))]
        for s, e in candidates:
            if spans and _continues(block[spans[-1][0]:spans[-1][1]], block[s:e]):
                spans[-1][1] = e
                continue
            furniture = _GLUED_FURNITURE.match(block, s, e)
            if furniture is not None:
                spans.append([s, furniture.end()])
                s = furniture.end()
            spans.append([s, e])
        for s, e in spans:
            start, end = _trim(text, b_start + s, b_start + e)
            if start < end:
                out.append(Sentence(start, end, paragraph, line_no))
    return out
