"""How much does a corpus look like real news? Shape figures side by side.

The model learns the shape of its training articles as much as their
wording, so the corpus is measured against real news on the things that
differ most: length, paragraphing, how many articles use unnamed sources at
all, and scraped-news noise. Real news is the benchmark's gold (train + dev
of ``../shared/bench``), read when present and skipped cleanly otherwise::

    python -m attributor.data.shape                # markdown table on stdout
    python -m attributor.data.shape --bench DIR    # another benchmark directory
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from attributor.data.corpus import CORPUS_DIR, load_records
from attributor.model.labels import ANONYMOUS_INSIDER, DIRECT_QUOTE, FINE_LABELS

#: Where the benchmark sits relative to a checkout of the project (absent in a fresh clone).
DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear"
#: The corpus slices written like real reporting (corpus II); the rest is the first corpus.
NEWS_SLICE = "news_"

_ELLIPSIS = re.compile(r"\.\.\.|…")
_STRAY_SPACE = re.compile(r"\S {2,}\S")
_LINK = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net)/|\bRead more:|\bRelated:", re.IGNORECASE)

#: The rows of the table: (label, function of a list of articles -> formatted value).
ROWS = (
    "statements per article (median words)",
    "statements per paragraph",
    "articles with an anonymous source",
    "anonymous share of statements",
    "articles with every fine label",
    "articles with no direct quote",
    "ellipses / stray spacing / links",
)


def _articles_from_records(records: Iterable[dict]) -> list[dict]:
    """Corpus records as ``{text, fines}`` articles."""
    return [{"text": r["text"], "fines": [s["fine"] for s in r["statements"]]} for r in records]


def bench_articles(directory: Path, splits: tuple[str, ...] = ("train", "dev")) -> list[dict]:
    """The benchmark's documents with their gold fine labels; empty when the files are absent."""
    out = []
    for split in splits:
        docs_path, gold_path = directory / f"{split}.docs.jsonl.gz", directory / f"{split}.gold.jsonl.gz"
        if not docs_path.exists() or not gold_path.exists():
            return []
        fines: dict[str, list[str]] = defaultdict(list)
        with gzip.open(gold_path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                fines[row["doc_id"]].append(row["fine"])
        with gzip.open(docs_path, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                out.append({"text": doc["text"], "fines": fines.get(doc["doc_id"], [])})
    return out


def shape(articles: list[dict]) -> dict[str, str]:
    """The table's figures for one set of articles (formatted as the table shows them)."""
    if not articles:
        return {row: "–" for row in ROWS}
    n = len(articles)
    statements = sum(len(a["fines"]) for a in articles)
    words = statistics.median(len(a["text"].split()) for a in articles)
    paragraphs = sum(len([p for p in re.split(r"\n\s*\n", a["text"]) if p.strip()]) for a in articles)
    with_anon = sum(ANONYMOUS_INSIDER in a["fines"] for a in articles)
    anon = sum(a["fines"].count(ANONYMOUS_INSIDER) for a in articles)
    every = sum(set(FINE_LABELS) <= set(a["fines"]) for a in articles)
    no_direct = sum(DIRECT_QUOTE not in a["fines"] for a in articles)

    def share(pattern: re.Pattern) -> str:
        return f"{sum(bool(pattern.search(a['text'])) for a in articles) / n:.0%}"

    return {
        ROWS[0]: f"{statements / n:.1f} ({words:.0f} words)",
        ROWS[1]: f"{statements / max(paragraphs, 1):.2f}",
        ROWS[2]: f"{with_anon / n:.0%}",
        ROWS[3]: f"{anon / max(statements, 1):.1%}",
        ROWS[4]: f"{every / n:.0%}",
        ROWS[5]: f"{no_direct / n:.0%}",
        ROWS[6]: " / ".join(share(p) for p in (_ELLIPSIS, _STRAY_SPACE, _LINK)),
    }


def table(columns: dict[str, list[dict]]) -> str:
    """A markdown table: one row per figure, one column per set of articles."""
    shapes = {name: shape(arts) for name, arts in columns.items()}
    head = "| | " + " | ".join(f"{name} ({len(columns[name])} articles)" for name in columns) + " |"
    lines = [head, "|---" * (len(columns) + 1) + "|"]
    lines += ["| " + row + " | " + " | ".join(shapes[name][row] for name in columns) + " |" for row in ROWS]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="attributor-data-shape", description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark directory (skipped if absent)")
    args = ap.parse_args(argv)
    files = sorted(CORPUS_DIR.glob("*.jsonl"))
    first = [f for f in files if not f.name.startswith(NEWS_SLICE)]
    news = [f for f in files if f.name.startswith(NEWS_SLICE)]
    columns = {"corpus I": _articles_from_records(load_records(first))}
    bench = bench_articles(args.bench)
    if bench:
        columns["real news (bench gold)"] = bench
    else:
        print(f"(no benchmark at {args.bench}: the real-news column is left out)")
    columns["corpus now"] = _articles_from_records(load_records(files))
    if news:
        columns["new slice"] = _articles_from_records(load_records(news))
    print(table(columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
