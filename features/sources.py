"""Resolve pronoun and definite sources to the earlier mention they stand for.

``he said`` takes the nearest earlier person-like source (``Zelensky``);
``the official said`` takes the nearest earlier source that shares its head
noun (``a senior official, who spoke on condition of anonymity``). The
resolved kind is what anonymity is judged on (GUIDELINES: a pronoun source
takes the anonymity of what it refers to).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attributor.features import lexicon as lx

if TYPE_CHECKING:  # pragma: no cover
    from attributor.features.statements import ArticleView

_PERSON_KINDS = ("named", "anonymous", "spokesperson")
#: A personal name in running text: two or more capitalised words.
_NAME = re.compile(r"\b[A-Z][a-zà-ÿ’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zà-ÿ’'\-]+)+\b")
_LOOKBACK = 8


def _head(phrase: str) -> str | None:
    words = [w.lower().strip(".,") for w in phrase.split()]
    return next((w for w in reversed(words) if w in lx.UNNAMED_SOURCE_NOUNS), None)


def _recent_start(art: "ArticleView", index: int, window: int = 2) -> int:
    """Start offset of the statement ``window`` places before ``index``."""
    return art.statements[max(0, index - window)].start


def resolve(art: "ArticleView") -> None:
    """Fill ``antecedent`` and ``resolved_kind`` on every statement of ``art``."""
    text = art.text
    mentions: list[tuple[int, int, str]] = []  # (start, end, kind) of earlier sources, in order
    for view in art.statements:
        att = view.attribution
        if att is None or att.source_start is None:
            view.resolved_kind = "none"
            mentions.extend((m.start(), m.end(), "named") for m in _NAME.finditer(text, view.start, view.end))
            continue
        kind, phrase = att.source_kind, text[att.source_start:att.source_end]
        view.resolved_kind = kind
        words = phrase.lower().split()
        definite = len(words) == 2 and words[0] == "the" and _head(phrase) is not None
        if kind == "pronoun" or definite:
            wanted = _PERSON_KINDS + (("vague_group", "publication") if words[0] in ("they", "it") else ())
            if words[-1] in ("them", "us"):
                wanted = ("anonymous", "named", "vague_group", "spokesperson")
            head = _head(phrase) if definite else None
            for k, (start, end, mkind) in enumerate(reversed(mentions[-_LOOKBACK:])):
                if start >= att.source_start:
                    continue
                if head and _head(text[start:end]) != head and mkind != "named":
                    continue
                if not head and mkind == "anonymous" and start < _recent_start(art, view.index):
                    continue  # a pronoun far from an unnamed source usually means a named person
                if mkind in wanted:
                    view.antecedent = (start, end)
                    view.resolved_kind = mkind
                    break
        for m in _NAME.finditer(text, view.start, att.source_start if att.source_start > view.start else view.end):
            mentions.append((m.start(), m.end(), "named"))
        if view.inherited == "own" and kind not in ("pronoun", "none"):
            if not mentions or mentions[-1][:2] != (att.source_start, att.source_end):
                mentions.append((att.source_start, att.source_end, kind))
