"""Track quotation state across an article.

Quotes of every style are understood: ``"…"``, ``“…”``, ``„…“``, ``“…“``,
``«…»``, ``‘…’`` and ``'…'``, with one level of nesting. State carries from
sentence to sentence inside a line (a multi-sentence quotation), and is reset
at each line break: by the journalistic convention a quotation that runs on
into the next paragraph leaves the first one unclosed and reopens the next,
so every paragraph of it is inside a quote while a stray mark cannot spill
past its own paragraph. Translated news also sets speech off with dialogue
dashes (``— We are ready, — said the minister.``, ``She added: — …``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np

from attributor.features.lexicon import REPORTING_VERBS

_MARKS = re.compile("''|``|[\n\"“”„«»‘’'‹›]")
#: For each opening mark, the marks that may close it.
_CLOSERS = {'"': '"', "“": "”“", "„": "“”\"", "«": "»", "‹": "›", "‘": "’", "'": "'"}
OPENING = frozenset("“„«‹")
CLOSING = frozenset("”»›")
ALL_MARKS = frozenset("\"“”„«»‘’'‹›")
#: Space characters above ASCII (the ASCII ones are 9-13 and 32).
_WIDE_SPACES = (160, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x3000)


@dataclass
class QuoteMap:
    """Where the quotations of an article are.

    ``inside[i]`` counts quoted characters before position ``i`` (a prefix sum),
    so the quoted share of any span costs O(1).
    """

    text: str
    inside_prefix: np.ndarray
    open_at: np.ndarray  # 1 where a quotation is open just before the character
    marks: list[int]
    visible_prefix: np.ndarray  # counts characters that are neither space nor quote mark
    open_prefix: np.ndarray  # counts characters with a quotation open before them

    def quoted_chars(self, start: int, end: int) -> int:
        return int(self.inside_prefix[end] - self.inside_prefix[start])

    def open_chars(self, start: int, end: int) -> int:
        """Characters of the span with a quotation open before them (marks and spaces too)."""
        return int(self.open_prefix[end] - self.open_prefix[start])

    def visible_chars(self, start: int, end: int) -> int:
        return int(self.visible_prefix[end] - self.visible_prefix[start])

    def quoted_fraction(self, start: int, end: int) -> float:
        """Share of the span's non-space characters that lie inside quotation marks."""
        visible = self.visible_chars(start, end)
        if visible <= 0:
            return 0.0
        return min(1.0, self.quoted_chars(start, end) / visible)

    def is_open_at(self, pos: int) -> bool:
        """Is a quotation open just before ``pos``?"""
        return bool(self.open_at[min(pos, len(self.open_at) - 1)])

    def marks_in(self, start: int, end: int) -> int:
        return bisect_left(self.marks, end) - bisect_left(self.marks, start)


#: A quotation mark, then only punctuation and spaces up to the tag: the tag follows its content.
_CLOSING_BEFORE_TAG = re.compile(r"[\"”“»’']\W*$")


def content_span(text: str, start: int, end: int, tag_start: int, tag_end: int) -> tuple[int, int]:
    """The content of an attribution whose source and cue lie in ``[tag_start, tag_end)`` of the statement.

    GUIDELINES' 50% rule weighs the content, the statement minus its source
    and cue: the quotation before a tag that follows it (``"We're done," Kerr
    told a rally in Ohio``: the rally is no part of it), else the rest of the
    statement after the tag (``Kerr said the plan was "a gift"``).
    """
    if _CLOSING_BEFORE_TAG.search(text, start, tag_start) is not None or tag_end >= end - 2:
        return start, tag_start
    return tag_end, end


def content_coverage(quotes: QuoteMap, text: str, start: int, end: int,
                     tag_spans: list[tuple[int, int]]) -> tuple[float, float | None] | None:
    """``(coverage, quoted share)`` of an attribution's content under GUIDELINES' 50% rule.

    ``tag_spans`` are the attribution's source and cue spans inside the
    statement ``text[start:end]``; the content is :func:`content_span`.
    Coverage is content + source + cue over the statement's visible
    characters; the quoted share is of the content's (None when the content
    is empty). None for a statement with no visible character.
    """
    total = quotes.visible_chars(start, end)
    if total <= 0:
        return None
    c_start, c_end = content_span(text, start, end, min(a for a, _ in tag_spans), max(b for _, b in tag_spans))
    content = quotes.visible_chars(c_start, c_end)
    tag = sum(quotes.visible_chars(a, b) for a, b in tag_spans)
    cover = min(1.0, (content + tag) / total)
    return cover, (quotes.quoted_chars(c_start, c_end) / content if content > 0 else None)


#: Dialogue dashes (translated news): a dash opening a line or a sentence starts speech that runs to a dash before
#: its tag (``— We are ready, — said the minister.``); after a speech verb's colon it may run to the end of the line.
_DIALOGUE_OPEN = re.compile(r"(?:^|(?<=[:.!?…]))[ \t]*([—–])[ \t]+(?=\S)", re.MULTILINE)
_DIALOGUE_CLOSE = re.compile(r"(?<=[,.!?…])[ \t]+([—–])[ \t]+(?=[a-z])")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*:\s*$")
_QUOTE_CHARS = re.compile("[\"“”„«»‹›]")


#: An embedded social post as scraped: its text, then ``— Name (@handle) September 2, 2025`` on the same line.
EMBED_SIGNATURE = re.compile(r"(?P<dash>[—–―])[ \t]*(?P<src>[^\n()—–]{2,60}?[ \t]*\(@\w{1,30}\))[^\n]{0,30}$",
                             re.MULTILINE)


def _embed_spans(text: str) -> list[tuple[int, int]]:
    """``(line start, signature dash)`` of each embedded post line with no quotation marks of its own."""
    spans: list[tuple[int, int]] = []
    if "(@" not in text:
        return spans
    for m in EMBED_SIGNATURE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = m.start("dash")
        if not text[start:end].strip() and start >= 2 and text[start - 2] != "\n":
            # the signature on a line of its own signs the line above it
            end = start - 1
            start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip() and not _QUOTE_CHARS.search(text, start, end):
            spans.append((start - 1, end))  # content starts at the line start, as after an opening mark
    return spans


def _dialogue_spans(text: str) -> list[tuple[int, int]]:
    """``(opening dash, end)`` of each dash-introduced speech on a line with no quotation marks."""
    spans: list[tuple[int, int]] = []
    if "—" not in text and "–" not in text:
        return spans
    for m in _DIALOGUE_OPEN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if _QUOTE_CHARS.search(text, line_start, line_end):
            continue
        at_sentence_start = not text[line_start:m.start(1)].strip() or text[m.start() - 1] != ":"
        if not at_sentence_start:
            before = _LAST_WORD.search(text, line_start, m.start())
            if before is None or before.group(1).lower() not in REPORTING_VERBS:
                continue  # "Key dates: — 1 May": a colon that introduces no speech
        close = _DIALOGUE_CLOSE.search(text, m.end(), line_end)
        if close is None and at_sentence_start:
            continue  # a dash list item or an aside, not speech with its tag
        spans.append((m.start(1), close.start(1) if close else line_end))
    return spans


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def track(text: str) -> QuoteMap:
    """Scan ``text`` once and return its :class:`QuoteMap`."""
    n = len(text)
    delta = np.zeros(n + 1, dtype=np.int32)
    stack: list[tuple[str, int]] = []
    marks: list[int] = []

    def close_to(depth: int, pos: int) -> None:
        # Content runs from just after the opener to the closing mark.
        while len(stack) > depth:
            stack.pop()
        if depth == 0:
            delta[pos] -= 1

    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.end() - 1
        if len(ch) == 2:  # '' and `` stand for a double quotation mark
            marks.append(m.start())
            ch = '"'

        if ch == "\n":
            if stack:
                close_to(0, i)
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "'’" and _is_word(prev) and _is_word(nxt):
            continue  # apostrophe inside a word: don't, Clinton’s
        closable = next((d for d in range(len(stack) - 1, -1, -1) if ch in _CLOSERS[stack[d][0]]), None)
        if ch in "'’‘":
            if closable is not None and not _is_word(nxt) and ch != "‘":
                marks.append(i)
                close_to(closable, i)
            elif ch in "'‘" and not _is_word(prev) and _is_word(nxt) and len(stack) < 2:
                marks.append(i)
                if not stack:
                    delta[i + 1] += 1
                stack.append((ch, i))
            continue
        if ch in "”»" and closable is None and not stack and not _is_word(prev) and _is_word(nxt):
            marks.append(i)  # a closing-style mark used to open: ”Fear. I am afraid.”
            delta[i + 1] += 1
            stack.append(("“", i))
            continue
        if closable is not None and ch not in OPENING - {"“"}:
            marks.append(i)
            close_to(closable, i)
        elif ch in OPENING or ch == '"':
            marks.append(i)
            if not stack:
                delta[i + 1] += 1
            stack.append((ch, i))
        # a stray closing mark with nothing open is ignored
    if stack:
        close_to(0, n)
    for opening, end in _embed_spans(text):
        delta[opening + 1] += 1
        delta[end] -= 1
        marks.append(end)
    for opening, end in _dialogue_spans(text):
        marks.append(opening)
        delta[opening + 1] += 1
        delta[end] -= 1
        if end < n and text[end] in "—–":
            marks.append(end)
    depth = np.cumsum(delta[:n]) if n else np.zeros(0, dtype=np.int64)
    open_at = (depth > 0).astype(np.int8)
    prefix = np.zeros(n + 1, dtype=np.int64)
    visible_prefix = np.zeros(n + 1, dtype=np.int64)
    open_prefix = np.zeros(n + 1, dtype=np.int64)
    marks.sort()
    if n:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        # spaces are code points <= 32 or one of a few above 159: test the rare ones only when present
        is_visible = (codes > 32) | ((codes < 9) | ((codes > 13) & (codes < 32)))
        high = np.flatnonzero(codes >= 160)
        if len(high):
            wide = codes[high]
            space = np.zeros(len(high), dtype=bool)
            for code in _WIDE_SPACES:  # a few comparisons beat np.isin (which sorts) here
                space |= wide == code
            is_visible[high] = ~space
        is_visible[marks] = False
        visible_prefix[1:] = np.cumsum(is_visible)
        prefix[1:] = np.cumsum(open_at.astype(bool) & is_visible)
        open_prefix[1:] = np.cumsum(open_at)
    return QuoteMap(text, prefix, np.append(open_at, 0), marks, visible_prefix, open_prefix)
