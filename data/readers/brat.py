"""Read brat standoff attribution annotations (PolNeAR style) into statement records.

Each article is a ``NAME.txt`` with a ``NAME*.ann`` beside it holding text
bound annotations (``T``: Source, Cue, Content, possibly discontinuous
``start end;start end``) and events (``E``: ``Attribution:T4 Content:T3
Cue:T2 Source:T1``). Statements are our own sentences; each gets its label
by the GUIDELINES rules:

- an attribution is tied to a sentence when its content + source + cue cover
  at least half of the sentence's non-space characters; among tied
  attributions anonymous > direct > paraphrase; no tie gives ``unattributed``;
- direct: at least half of the content's characters lie inside quotation marks
  (quote state tracked across the article);
- anonymous: the source (a pronoun or ``the official`` resolved to the
  nearest earlier source) is an unnamed-source phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from attributor.features.vocab import ANONYMOUS, NONE, PRONOUN
from attributor.features.attribution import classify_source
from attributor.features.quotes import track
from attributor.features.segment import segment
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, PRIORITY,
                                     UNATTRIBUTED, label_of)

_SPAN = re.compile(r"(\d+) (\d+)")
_ANN_ID = re.compile(r"^[TE]\d+(?:\t|$)")
COVERAGE = 0.5
QUOTED = 0.5


class BratFormatError(ValueError):
    """An .ann line that does not follow brat standoff."""


@dataclass
class _Attribution:
    content: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)


def parse_ann(text: str, path: str = "<ann>") -> list[_Attribution]:
    """Attributions of one .ann file (events joining Source, Cue and Content)."""
    entities: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[list[str]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not _ANN_ID.match(line):
            continue  # other annotation kinds, or the continuation of a multi-line entity text
        parts = line.split("\t")
        if len(parts) < 2:
            raise BratFormatError(f"{path}:{lineno}: expected tab-separated fields")
        if line[0] == "T":
            kind, _, spans = parts[1].partition(" ")
            offsets = [(int(a), int(b)) for a, b in _SPAN.findall(spans)]
            if not offsets:
                raise BratFormatError(f"{path}:{lineno}: text-bound annotation without offsets")
            entities[parts[0]] = (kind, offsets)
        else:
            events.append(parts[1].split())
    out = []
    for args in events:
        att = _Attribution()
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789").lower()
            if ref in entities and role in ("content", "source", "cue"):
                getattr(att, role).extend(entities[ref][1])
        if att.content or att.source:
            out.append(att)
    return out


def _mask(spans: list[tuple[int, int]], n: int) -> np.ndarray:
    m = np.zeros(n, dtype=bool)
    for a, b in spans:
        m[max(a, 0):min(b, n)] = True
    return m


def label_article(text: str, attributions: list[_Attribution], doc_id: str) -> dict:
    """Statement record of one article from its attributions."""
    n = len(text)
    qmap = track(text)
    visible = np.array([not ch.isspace() for ch in text], dtype=bool)
    inside = np.diff(qmap.inside_prefix) > 0
    masks, kinds, sources = [], [], []
    previous_sources: list[str] = []
    for att in sorted(attributions, key=lambda a: min(s for s, _ in a.source + a.content)):
        masks.append(_mask(att.content + att.source + att.cue, n))
        content = _mask(att.content, n) & visible
        quoted = (content & inside).sum() / max(content.sum(), 1)
        src_text = " ".join(text[a:b] for a, b in att.source)
        kind = classify_source(src_text, text[min(s for s, _ in att.source + att.content):
                                              max(e for _, e in att.source + att.content)]) if src_text else NONE
        words = src_text.lower().split()
        if kind == PRONOUN or (len(words) == 2 and words[0] == "the" and kind == ANONYMOUS):
            earlier = next((s for s in reversed(previous_sources) if classify_source(s) != PRONOUN), None)
            if earlier is not None and kind == PRONOUN:
                kind = classify_source(earlier)
        if src_text and kind != PRONOUN:
            previous_sources.append(src_text)
        if kind == ANONYMOUS:
            kinds.append(ANONYMOUS_INSIDER)
        elif quoted >= QUOTED:
            kinds.append(DIRECT_QUOTE)
        else:
            kinds.append(ATTRIBUTED_PARAPHRASE)
        sources.append(att)
    priority = {fine: PRIORITY.index(label_of(fine)) for fine in (ANONYMOUS_INSIDER, DIRECT_QUOTE, ATTRIBUTED_PARAPHRASE)}
    statements = []
    for sent in segment(text):
        sent_vis = visible[sent.start:sent.end]
        total = sent_vis.sum()
        tied = [i for i, m in enumerate(masks)
                if total and (m[sent.start:sent.end] & sent_vis).sum() / total >= COVERAGE]
        if tied:
            best = min(tied, key=lambda i: (priority[kinds[i]], i))
            fine, att = kinds[best], sources[best]
            src = ({"start": att.source[0][0], "end": att.source[0][1], "text": text[att.source[0][0]:att.source[0][1]]}
                   if att.source else None)
            cue = ({"start": att.cue[0][0], "end": att.cue[0][1], "text": text[att.cue[0][0]:att.cue[0][1]]}
                   if att.cue else None)
        else:
            fine, src, cue = UNATTRIBUTED, None, None
        statements.append({"start": sent.start, "end": sent.end, "label": label_of(fine), "fine": fine,
                           "source": src, "cue": cue})
    return {"doc_id": doc_id, "text": text, "meta": {"source_file": f"{doc_id}.txt", "style": "brat"},
            "statements": statements}


def read_brat_dir(directory: Path) -> list[dict]:
    """Read every ``.txt`` with its ``.ann`` in ``directory`` (sorted, deterministic)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"brat directory {directory} does not exist")
    records = []
    for txt in sorted(directory.glob("*.txt")):
        anns = sorted(directory.glob(f"{txt.stem}*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        records.append(label_article(text, parse_ann(anns[0].read_text(encoding="utf-8"), str(anns[0])), txt.stem))
    if not records:
        raise FileNotFoundError(f"no .txt/.ann pairs in {directory}")
    return records
