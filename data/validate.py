"""Validate corpus records: schema, offsets, tiling, labels, repetition.

Every error names the source file, the line and the reason, so a writer can
fix the markup. The report also carries the figures ``data/README.md``
quotes: label counts and cross-article repetition of 8-word shingles.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from attributor.features import vocab
from attributor.features.attribution import classify_source
from attributor.features.quotes import content_coverage, track
from attributor.features.speakers import head_noun
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, FINE_LABELS, FINE_TO_LABEL,
                                     LABELS, UNATTRIBUTED)

#: Cross-article 8-word shingle share above which the corpus fails (issue 3).
MAX_SHARED_SHINGLES = 0.06
SHINGLE_SIZE = 8
#: Sentences shorter than this (in words) may repeat (boilerplate: "Share").
NEAR_DUP_MIN_WORDS = 6

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Report:
    """What validation found: errors fail the corpus, the rest is reported."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    articles: int = 0
    statements: int = 0
    labels: Counter = field(default_factory=Counter)
    fine: Counter = field(default_factory=Counter)
    styles: Counter = field(default_factory=Counter)
    statements_by_style: Counter = field(default_factory=Counter)
    shared_shingle_share: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors


def _where(rec: dict, st: dict | None = None) -> str:
    src = rec.get("meta", {}).get("source_file", "?")
    line = st.get("line", "?") if st else "?"
    return f"{src}:{line} [{rec.get('doc_id', '?')}]"


def _check_span(rec: dict, st: dict, role: str, errors: list[str]) -> None:
    span = st.get(role)
    if span is None:
        return
    text = rec["text"]
    if not isinstance(span, dict) or not {"start", "end", "text"} <= span.keys():
        errors.append(f"{_where(rec, st)}: {role} must be null or {{start, end, text}}")
    elif not 0 <= span["start"] < span["end"] <= len(text):
        errors.append(f"{_where(rec, st)}: {role} span {span['start']}:{span['end']} outside the text")
    elif text[span["start"]:span["end"]] != span["text"]:
        errors.append(f"{_where(rec, st)}: {role} span text {span['text']!r} differs from the article text")


def _check_record(rec: dict, errors: list[str], require_spans: bool = True) -> None:
    for key, kind in (("doc_id", str), ("text", str), ("meta", dict), ("statements", list)):
        if not isinstance(rec.get(key), kind):
            errors.append(f"{_where(rec)}: field {key!r} missing or not a {kind.__name__}")
            return
    text, prev_end = rec["text"], 0
    for st in rec["statements"]:
        start, end = st.get("start"), st.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"{_where(rec, st)}: offsets {start}:{end} are not inside the text")
            continue
        if start < prev_end:
            errors.append(f"{_where(rec, st)}: statement overlaps or precedes the previous one")
        if text[prev_end:start].strip():
            errors.append(f"{_where(rec, st)}: text {text[prev_end:start].strip()[:40]!r} is left outside any statement")
        piece = text[start:end]
        if piece != piece.strip():
            errors.append(f"{_where(rec, st)}: statement is not trimmed")
        if st.get("fine") not in FINE_LABELS:
            errors.append(f"{_where(rec, st)}: unknown fine label {st.get('fine')!r}")
        elif FINE_TO_LABEL[st["fine"]] != st.get("label"):
            errors.append(f"{_where(rec, st)}: label {st.get('label')!r} does not match fine {st['fine']!r}")
        if st.get("label") not in LABELS:
            errors.append(f"{_where(rec, st)}: unknown label {st.get('label')!r}")
        for role in ("source", "cue"):
            _check_span(rec, st, role, errors)
        if st.get("fine") == UNATTRIBUTED and (st.get("source") or st.get("cue")):
            errors.append(f"{_where(rec, st)}: an unattributed statement has a source or cue")
        if require_spans and st.get("fine") in (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE) and not st.get("source"):
            errors.append(f"{_where(rec, st)}: {st['fine']} statement needs a source span")
        prev_end = end
    if text[prev_end:].strip():
        errors.append(f"{_where(rec)}: text after the last statement is not annotated")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shared_shingle_share(texts: dict[str, str], size: int = SHINGLE_SIZE) -> float:
    """Share of shingle occurrences whose shingle appears in more than one article."""
    owners: dict[tuple, set] = defaultdict(set)
    counts: Counter = Counter()
    for doc_id, text in texts.items():
        words = _words(text)
        for i in range(len(words) - size + 1):
            sh = tuple(words[i:i + size])
            owners[sh].add(doc_id)
            counts[sh] += 1
    total = sum(counts.values())
    shared = sum(n for sh, n in counts.items() if len(owners[sh]) > 1)
    return shared / total if total else 0.0


#: "the adviser, Pieter Verhoeven," anywhere in an article names that adviser.
_ROLE_NAMED = re.compile(r"\b[Tt]he (?:[a-z\-]+ ){0,2}([a-z]+), (?:[A-Z][\w’'\-]+ ){1,3}")


def _named_heads(rec: dict) -> set[str]:
    """Unnamed-source head nouns that some source span of the article gives a name (``the adviser, Jo Ode``)."""
    heads = {m.group(1).lower().rstrip("s") for m in _ROLE_NAMED.finditer(rec["text"])}
    heads = {head_noun(h) or h for h in heads}
    for st in rec["statements"]:
        src = (st.get("source") or {}).get("text")
        if src and classify_source(src) == vocab.NAMED and head_noun(src):
            heads.add(head_noun(src))
    return heads


def _check_anonymity(rec: dict, errors: list[str]) -> None:
    """GUIDELINES: a source the guideline calls unnamed, given no name in the article, is never on the record."""
    named = None
    for st in rec["statements"]:
        src = st.get("source")
        if st.get("fine") not in (DIRECT_QUOTE, ATTRIBUTED_PARAPHRASE) or not src:
            continue
        if classify_source(src["text"]) != vocab.ANONYMOUS:
            continue
        named = _named_heads(rec) if named is None else named
        if head_noun(src["text"]) not in named:
            errors.append(f"{_where(rec, st)}: source {src['text']!r} is unnamed in the article, "
                          f"so the statement is {ANONYMOUS_INSIDER}, not {st['fine']}")


#: Unidentified speakers (``one online reviewer``, ``a passer-by``, a bare ``reports``; not ``a review in the
#: Courier``): their quoted words stay paraphrase.
_UNIDENTIFIED = re.compile(r"^(?:(?i:one|a|an|some|another)\b[^A-Z]*$|[a-z]+$)")


def content_quoted_share(text: str, quotes, st: dict) -> tuple[float, float] | None:
    """``(coverage, quoted share)`` of a statement's content under GUIDELINES' 50% rule, from its gold spans.

    Measured by :func:`~attributor.features.quotes.content_coverage`, as the
    model's feature is. None without an own cue or without content.
    """
    start, end = st["start"], st["end"]
    spans = [(x["start"], x["end"]) for x in (st.get("source"), st.get("cue"))
             if x and start <= x["start"] < x["end"] <= end]
    if not st.get("cue") or not spans:
        return None
    measured = content_coverage(quotes, text, start, end, spans)
    return None if measured is None or measured[1] is None else measured


def _check_quoted_content(rec: dict, errors: list[str]) -> None:
    """GUIDELINES: content mostly inside quotation marks, from an identified speaker, is a direct quote."""
    quotes = None
    for st in rec["statements"]:
        src = st.get("source")
        if st.get("fine") != ATTRIBUTED_PARAPHRASE or not src or not st.get("cue"):
            continue
        if classify_source(src["text"]) == vocab.VAGUE_GROUP or _UNIDENTIFIED.match(src["text"]):
            continue
        quotes = track(rec["text"]) if quotes is None else quotes
        measured = content_quoted_share(rec["text"], quotes, st)
        if measured is not None and measured[0] >= 0.5 and measured[1] >= 0.5:
            errors.append(f"{_where(rec, st)}: {measured[1]:.0%} of the content is quoted, so the statement is "
                          f"{DIRECT_QUOTE}, not {ATTRIBUTED_PARAPHRASE} (the 50% rule)")


def validate_records(records: list[dict], require_spans: bool = True) -> Report:
    """Check every record and the corpus as a whole.

    ``require_spans`` demands a source span on every anonymous and attributed
    statement: true for the team corpus, false for plain statement tables
    that carry labels only.
    """
    rep = Report()
    seen_ids: dict[str, str] = {}
    sentence_owner: dict[str, str] = {}
    for rec in records:
        _check_record(rec, rep.errors, require_spans)
        if require_spans and isinstance(rec.get("statements"), list):
            _check_anonymity(rec, rep.errors)
            _check_quoted_content(rec, rep.errors)
        doc_id = rec.get("doc_id")
        if doc_id in seen_ids:
            rep.errors.append(f"{_where(rec)}: duplicate doc_id (first in {seen_ids[doc_id]})")
        seen_ids[doc_id] = rec.get("meta", {}).get("source_file", "?")
        if not isinstance(rec.get("statements"), list) or not isinstance(rec.get("text"), str):
            continue
        rep.articles += 1
        style = rec.get("meta", {}).get("style", "?")
        rep.styles[style] += 1
        for st in rec["statements"]:
            rep.statements += 1
            rep.statements_by_style[style] += 1
            rep.labels[st.get("label")] += 1
            rep.fine[st.get("fine")] += 1
            if isinstance(st.get("start"), int) and isinstance(st.get("end"), int):
                words = _words(rec["text"][st["start"]:st["end"]])
                if len(words) >= NEAR_DUP_MIN_WORDS:
                    key = " ".join(words)
                    owner = sentence_owner.setdefault(key, doc_id)
                    if owner != doc_id:
                        rep.errors.append(f"{_where(rec, st)}: sentence repeats one of {owner} (near-duplicate)")
    texts = {r["doc_id"]: r["text"] for r in records if isinstance(r.get("text"), str)}
    rep.shared_shingle_share = shared_shingle_share(texts)
    if rep.shared_shingle_share > MAX_SHARED_SHINGLES:
        rep.errors.append(
            f"corpus: {rep.shared_shingle_share:.1%} of {SHINGLE_SIZE}-word shingle occurrences recur across "
            f"articles (limit {MAX_SHARED_SHINGLES:.0%})"
        )
    return rep


def format_report(rep: Report) -> str:
    lines = [f"{rep.articles} articles, {rep.statements} statements"]
    for name, counter in (("label", rep.labels), ("fine", rep.fine)):
        for key, n in counter.most_common():
            lines.append(f"  {name:5} {key:24} {n:6}  {n / max(rep.statements, 1):6.1%}")
    for style, n in rep.styles.most_common():
        lines.append(f"  style {style:24} {n:6} articles {rep.statements_by_style[style]:6} statements")
    lines.append(f"  cross-article {SHINGLE_SIZE}-word shingle share: {rep.shared_shingle_share:.2%}")
    lines.extend(f"warning: {w}" for w in rep.warnings)
    lines.extend(f"error: {e}" for e in rep.errors)
    lines.append("OK" if rep.ok else f"FAILED: {len(rep.errors)} errors")
    return "\n".join(lines)


def load_jsonl(path: Path) -> list[dict]:
    """Read corpus records, failing with the file and line of a bad row."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({err.msg})") from None
    return out


def main(argv: list[str] | None = None) -> int:
    from attributor.data.compile import CORPUS_DIR

    ap = argparse.ArgumentParser(prog="attributor data check", description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="corpus JSONL files (default: data/corpus/*.jsonl)")
    args = ap.parse_args(argv)
    paths = args.paths or sorted(CORPUS_DIR.glob("*.jsonl"))
    records = [rec for p in paths for rec in load_jsonl(p)]
    rep = validate_records(records)
    print(format_report(rep))
    return 0 if rep.ok else 1


if __name__ == "__main__":
    sys.exit(main())
