"""A batch of scored articles compared across outlets: the notebook's second half.

A :class:`Batch` comes from :func:`score_batch` (a frame of articles),
:func:`make_batch` (results in memory) or :func:`load_statements` (a
statements file of ``attributor score -o`` or ``attributor batch``). Every
per-article figure is the scorer's own :func:`~attributor.model.summary.summarise`.
"""
from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from attributor.model.labels import ANONYMOUS_INSIDER, DIRECT_QUOTE, EDITORIAL_PARAPHRASE, LABELS
from attributor.model.results import STATEMENT_FIELDS, ArticleResult, StatementResult, _none
from attributor.model.summary import summarise

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Column of a batch frame that holds the outlet (``attributor batch`` carries input columns by name).
OUTLET = "outlet"
#: Outlet given to articles whose outlet is not known.
UNKNOWN_OUTLET = "(unknown)"


def corpus_sample(n: int = 40, seed: int = 0, paths: Sequence[str | Path] | None = None) -> "pd.DataFrame":
    """``n`` articles of the team corpus spread evenly over outlets (round robin, reproducible).

    Columns: doc_id, outlet, style, topic, text. The team corpus is also the
    training data of the default model, so labels on it are in-sample.
    """
    import pandas as pd

    from attributor.data.corpus import load_records

    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for rec in load_records(paths):
        by_outlet[rec.get("meta", {}).get("outlet") or UNKNOWN_OUTLET].append(rec)
    rng = random.Random(seed)
    queues = {o: rng.sample(recs, len(recs)) for o, recs in sorted(by_outlet.items())}
    picked: list[dict] = []
    while len(picked) < n and any(queues.values()):
        for outlet in sorted(queues):
            if queues[outlet] and len(picked) < n:
                rec = queues[outlet].pop()
                meta = rec.get("meta", {})
                picked.append({"doc_id": rec["doc_id"], OUTLET: outlet, "style": meta.get("style"),
                               "topic": meta.get("topic"), "text": rec["text"]})
    return pd.DataFrame(picked, columns=["doc_id", OUTLET, "style", "topic", "text"])


def read_outlets(path: str | Path) -> dict[str, str]:
    """doc_id -> outlet from an input JSONL whose rows have ``outlet`` or ``meta.outlet``."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                outlet = row.get(OUTLET) or (row.get("meta") or {}).get(OUTLET)
                if outlet is not None and "doc_id" in row:
                    out[str(row["doc_id"])] = str(outlet)
    return out


@dataclass
class Batch:
    """Scored articles with their outlets; ``statements`` has one row per statement.

    Per-article figures are the scorer's own summaries (``results[i].summary``);
    ``statements`` adds ``outlet`` and ``credited_source`` (the named source,
    as the article summary names it, that the statement is credited to).
    """

    results: list[ArticleResult]
    outlets: dict[str, str]
    statements: "pd.DataFrame" = field(repr=False)

    def __len__(self) -> int:
        return len(self.results)


def make_batch(results: Iterable[ArticleResult], outlets: Mapping[str, str] | None = None,
               carry: Mapping[str, Mapping[str, object]] | None = None) -> Batch:
    """A :class:`Batch` of results; ``outlets`` maps doc_id -> outlet (unknown ones get ``(unknown)``).

    ``carry`` adds columns to the statement rows: column -> {doc_id: value}.
    """
    import pandas as pd

    results = list(results)
    outlet_of = {r.doc_id: str((outlets or {}).get(r.doc_id) or UNKNOWN_OUTLET) for r in results}
    credited = _credited(results)
    rows = []
    for res in results:
        extra = {c: values.get(res.doc_id) for c, values in (carry or {}).items()}
        for s in res.statements:
            rows.append({**s.to_dict(), **extra, OUTLET: outlet_of[res.doc_id],
                         "credited_source": credited.get((res.doc_id, s.index))})
    columns = [*STATEMENT_FIELDS, *(c for c in (carry or {}) if c != OUTLET), OUTLET, "credited_source"]
    return Batch(results, outlet_of, pd.DataFrame(rows, columns=columns))


def score_batch(df: "pd.DataFrame", text_col: str = "text", id_col: str = "doc_id",
                outlet_col: str = OUTLET, model=None) -> Batch:
    """Score a frame of articles (e.g. :func:`corpus_sample`) with the one scoring function."""
    from attributor.model.score import score_texts

    ids = [str(x) for x in df[id_col]] if id_col in df.columns else [str(i) for i in range(len(df))]
    results = score_texts(list(df[text_col]), ids, model=model)
    outlets = dict(zip(ids, df[outlet_col])) if outlet_col in df.columns else None
    return make_batch(results, outlets)


def load_statements(path: str | Path, *, outlets: Mapping[str, str] | str | Path | None = None) -> Batch:
    """Read a statements file written by ``attributor score IN.jsonl -o OUT`` or ``attributor batch``.

    JSONL, CSV/TSV or Parquet (a file or a directory of parts), gzip/zstd
    compressed too. ``outlets`` is a mapping doc_id -> outlet, or the path of
    the input JSONL whose rows carry ``outlet`` (or ``meta.outlet``); by
    default the file's own ``outlet`` column is used (``attributor batch``
    carries input columns). Article summaries are recomputed from the rows
    with the scorer's :func:`~attributor.model.summary.summarise`.
    """
    import pandas as pd

    path = Path(path)
    suffixes = [s.lower() for s in path.suffixes]
    if path.is_dir() or ".parquet" in suffixes:
        raw = pd.read_parquet(path)
    elif ".csv" in suffixes or ".tsv" in suffixes or ".tab" in suffixes:
        raw = pd.read_csv(path, sep="," if ".csv" in suffixes else "\t", dtype=str, keep_default_na=False)
    else:
        raw = pd.read_json(path, lines=True, dtype=False, precise_float=True)
    if isinstance(outlets, (str, Path)):
        outlets = read_outlets(outlets)
    docs: dict[str, list[StatementResult]] = {}
    first: dict[str, dict] = {}
    extras = [c for c in raw.columns if c not in STATEMENT_FIELDS]
    for row in raw.to_dict("records"):
        doc_id = str(row["doc_id"])
        sts = docs.setdefault(doc_id, [])
        first.setdefault(doc_id, {c: _none(row[c]) for c in extras})
        sts.append(StatementResult.from_row(row, doc_id, len(sts)))
    if outlets is None and OUTLET in extras:
        outlets = {d: first[d][OUTLET] for d in docs}
    carry = {c: {d: first[d][c] for d in docs} for c in extras if c != OUTLET}
    return make_batch([ArticleResult(d, "", sts, summarise(sts)) for d, sts in docs.items()], outlets, carry)


def _credited(results: Iterable[ArticleResult]) -> dict[tuple[str, int], str]:
    """(doc_id, index) -> the named source credited with the statement, per the article summary.

    The article summary decides who counts as a named source; a statement is
    credited to one when its source (or a pronoun's referent) is that name.
    """
    out = {}
    for res in results:
        names = {n.lower(): n for n in res.summary.named_sources}
        for s in res.statements:
            if s.label == ANONYMOUS_INSIDER:
                continue
            for cand in (s.resolved_source, s.source):
                if cand and cand.lower() in names:
                    out[(res.doc_id, s.index)] = names[cand.lower()]
                    break
    return out


def _batch(batch) -> Batch:
    if isinstance(batch, Batch):
        return batch
    if isinstance(batch, (str, Path)):
        return load_statements(batch)
    return make_batch(batch)


def articles_frame(batch: Batch | Iterable[ArticleResult] | str | Path) -> "pd.DataFrame":
    """One row per article: outlet, statements, counts per label, anonymous share, mean strength, sources."""
    import pandas as pd

    b = _batch(batch)
    rows = []
    for res in b.results:
        sm = res.summary
        rows.append({"doc_id": res.doc_id, OUTLET: b.outlets[res.doc_id], "statements": sm.statements,
                     **{label: sm.counts[label] for label in LABELS}, "anonymous_share": sm.anonymous_share,
                     "mean_strength": sm.mean_strength, "second_hand": sm.second_hand,
                     "named_sources": len(sm.named_sources), "check_first": len(sm.check_first)})
    columns = ["doc_id", OUTLET, "statements", *LABELS, "anonymous_share", "mean_strength", "second_hand",
               "named_sources", "check_first"]
    return pd.DataFrame(rows, columns=columns)


_OUTLET_COLUMNS = ["articles", "statements", "anonymous_share", "articles_with_anonymous", "direct_quote_share",
                   "editorial_share", "mean_strength", "median_strength", "named_sources"]


def compare_outlets(batch: Batch | Iterable[ArticleResult] | str | Path) -> "pd.DataFrame":
    """Per outlet: articles, statements, label shares, anonymous share, strength; most anonymous first.

    ``anonymous_share`` pools the outlet's statements (anonymous-insider
    statements / statements); ``articles_with_anonymous`` counts articles with
    at least one. Strength figures are over statements; ``named_sources``
    counts distinct named sources credited.
    """
    import pandas as pd

    b = _batch(batch)
    st = b.statements
    if st.empty:
        return pd.DataFrame(columns=_OUTLET_COLUMNS).rename_axis(OUTLET)
    g = st.groupby(OUTLET)
    out = g.agg(statements=("label", "size"), mean_strength=("strength", "mean"),
                median_strength=("strength", "median"),
                named_sources=("credited_source", lambda s: s.dropna().str.lower().nunique()))
    for label, col in ((ANONYMOUS_INSIDER, "anonymous_share"), (DIRECT_QUOTE, "direct_quote_share"),
                       (EDITORIAL_PARAPHRASE, "editorial_share")):
        out[col] = (st["label"] == label).groupby(st[OUTLET]).mean()
    per = articles_frame(b).groupby(OUTLET)
    out["articles"] = per.size()
    out["articles_with_anonymous"] = (per[ANONYMOUS_INSIDER].apply(lambda s: int((s > 0).sum())))
    out = out[_OUTLET_COLUMNS].fillna({"articles": 0, "articles_with_anonymous": 0})
    return out.sort_values(["anonymous_share", "statements"], ascending=[False, False]).round(3)


def top_sources(batch: Batch | Iterable[ArticleResult] | str | Path, n: int = 10) -> "pd.DataFrame":
    """The most-cited named sources: statements credited to them, articles and outlets citing them."""
    import pandas as pd

    st = _batch(batch).statements
    named = st.dropna(subset=["credited_source"])
    columns = ["source", "statements", "articles", "outlets"]
    if named.empty:
        return pd.DataFrame(columns=columns).set_index("source")
    rows = []
    for _, grp in named.groupby(named["credited_source"].str.lower(), sort=False):
        rows.append({"source": grp["credited_source"].iloc[0], "statements": len(grp),
                     "articles": grp["doc_id"].nunique(), "outlets": ", ".join(sorted(grp[OUTLET].unique()))})
    out = pd.DataFrame(rows, columns=columns)
    out = out.sort_values(["statements", "articles", "source"], ascending=[False, False, True]).head(n)
    return out.set_index("source")
