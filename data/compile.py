"""Compile the corpus source markup (``data/corpus/src/*.txt``) to JSONL.

The markup is described in ``data/corpus/FORMAT.md``. Offsets are computed
here, never by hand, so the JSONL is always regenerated from the sources::

    python -m attributor.data.compile            # all slices -> data/corpus/*.jsonl
    python -m attributor.data.compile --check F  # compile one file in memory, validate, report
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from attributor.model.labels import FINE_TAGS, UNATTRIBUTED, label_of

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
SOURCE_DIR = CORPUS_DIR / "src"

_HEADER = re.compile(r"^###\s*(.*)$")
_TAG = re.compile(r"^(\+?)\[([A-Z])([<>]?)\]\s?(.*)$")
_SPAN = re.compile(r"\{([^{}|]*)\|([sc])\}")
_META_KEYS = ("doc", "style", "outlet", "topic")


class CorpusSyntaxError(ValueError):
    """A line of the source markup that cannot be compiled."""

    def __init__(self, path: str, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")
        self.path, self.line, self.reason = path, line, reason


@dataclass
class _Statement:
    line: int
    fine: str
    arrow: str
    text: str
    spans: dict = field(default_factory=dict)  # role -> (start, end) within text
    start: int = 0


@dataclass
class _Article:
    line: int
    meta: dict
    chunks: list = field(default_factory=list)  # list of (joiner, _Statement)


def _parse_header(path: str, lineno: int, body: str) -> dict:
    meta = {}
    for part in body.split("|"):
        key, sep, value = part.partition(":")
        if not sep:
            raise CorpusSyntaxError(path, lineno, f"header field {part.strip()!r} is not 'key: value'")
        meta[key.strip()] = value.strip()
    missing = [k for k in _META_KEYS if not meta.get(k)]
    if missing:
        raise CorpusSyntaxError(path, lineno, f"header lacks {', '.join(missing)}")
    return meta


def _parse_statement(path: str, lineno: int, tag: str, arrow: str, body: str) -> _Statement:
    if tag not in FINE_TAGS:
        raise CorpusSyntaxError(path, lineno, f"unknown tag [{tag}]; use one of {sorted(FINE_TAGS)}")
    fine = FINE_TAGS[tag]
    out, spans, pos = [], {}, 0
    for m in _SPAN.finditer(body):
        out.append(body[pos:m.start()])
        offset = sum(map(len, out))
        role = "source" if m.group(2) == "s" else "cue"
        if role in spans:
            raise CorpusSyntaxError(path, lineno, f"more than one {role} span")
        if not m.group(1).strip():
            raise CorpusSyntaxError(path, lineno, f"empty {role} span")
        spans[role] = (offset, offset + len(m.group(1)))
        out.append(m.group(1))
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise CorpusSyntaxError(path, lineno, "unbalanced or malformed {span|s} / {span|c} markup")
    if not text.strip():
        raise CorpusSyntaxError(path, lineno, "empty statement")
    if text != text.strip():
        raise CorpusSyntaxError(path, lineno, "statement has leading or trailing whitespace")
    if fine == UNATTRIBUTED and (spans or arrow):
        raise CorpusSyntaxError(path, lineno, "[U] statements carry no source, cue or arrow")
    if arrow and spans:
        raise CorpusSyntaxError(path, lineno, "an arrow tag takes its spans from a neighbour; mark none here")
    return _Statement(lineno, fine, arrow, text, spans)


def parse(source: str, path: str = "<string>") -> list[_Article]:
    """Parse source markup into articles; raise CorpusSyntaxError on the first bad line."""
    articles: list[_Article] = []
    pending_break = False
    for lineno, raw in enumerate(source.splitlines(), start=1):
        line = raw.rstrip()
        header = _HEADER.match(line)
        if header:
            articles.append(_Article(lineno, _parse_header(path, lineno, header.group(1))))
            pending_break = False
            continue
        if not line.strip():
            pending_break = True
            continue
        if not articles:
            raise CorpusSyntaxError(path, lineno, "text before the first '### doc: ...' header")
        m = _TAG.match(line)
        if not m:
            raise CorpusSyntaxError(path, lineno, "line does not start with a tag like [D], [A], [P], [U] or +[D]")
        plus, tag, arrow, body = m.groups()
        article = articles[-1]
        if not article.chunks:
            joiner = ""
        elif pending_break:
            joiner = "\n\n"
        else:
            joiner = "\n" if plus else " "
        article.chunks.append((joiner, _parse_statement(path, lineno, tag, arrow, body)))
        pending_break = False
    return articles


def _span_record(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def _resolve_arrows(path: str, statements: list[_Statement]) -> None:
    for i, st in enumerate(statements):
        if not st.arrow:
            continue
        order = range(i - 1, -1, -1) if st.arrow == "<" else range(i + 1, len(statements))
        donor = next((statements[j] for j in order if statements[j].spans and not statements[j].arrow), None)
        if donor is None:
            raise CorpusSyntaxError(path, st.line, f"arrow [{st.arrow}] finds no statement with a source or cue")
        st.spans = {role: (a + donor.start - st.start, b + donor.start - st.start) for role, (a, b) in donor.spans.items()}


def to_records(articles: list[_Article], path: str) -> list[dict]:
    """Turn parsed articles into corpus records with article-level offsets."""
    records = []
    for article in articles:
        parts, statements, pos = [], [], 0
        for joiner, st in article.chunks:
            parts.append(joiner)
            pos += len(joiner)
            st.start = pos
            parts.append(st.text)
            pos += len(st.text)
            statements.append(st)
        if not statements:
            raise CorpusSyntaxError(path, article.line, "article has no statements")
        text = "".join(parts)
        _resolve_arrows(path, statements)
        out = []
        for st in statements:
            rec = {"start": st.start, "end": st.start + len(st.text), "label": label_of(st.fine), "fine": st.fine}
            for role in ("source", "cue"):
                span = st.spans.get(role)
                rec[role] = _span_record(text, st.start + span[0], st.start + span[1]) if span else None
            rec["line"] = st.line
            out.append(rec)
        meta = {k: v for k, v in article.meta.items() if k != "doc"}
        meta["source_file"] = Path(path).name
        records.append({"doc_id": article.meta["doc"], "text": text, "meta": meta, "statements": out})
    return records


def compile_file(path: Path) -> list[dict]:
    """Compile one source file to records."""
    return to_records(parse(path.read_text(encoding="utf-8"), str(path)), str(path))


def write_jsonl(records: list[dict], out: Path) -> None:
    tmp = out.with_suffix(out.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    from attributor.data.validate import format_report, validate_records

    ap = argparse.ArgumentParser(prog="attributor-data-compile", description=__doc__.splitlines()[0])
    ap.add_argument("--check", type=Path, nargs="*", help="compile these source files in memory and validate them")
    ap.add_argument("--src", type=Path, default=SOURCE_DIR)
    ap.add_argument("--out", type=Path, default=CORPUS_DIR)
    args = ap.parse_args(argv)
    paths = args.check if args.check else sorted(args.src.glob("*.txt"))
    records = []
    for path in paths:
        try:
            recs = compile_file(path)
        except CorpusSyntaxError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        if not args.check:
            write_jsonl(recs, args.out / f"{path.stem}.jsonl")
        records.extend(recs)
    report = validate_records(records)
    print(format_report(report))
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
