"""What the fact-checker notebook and ``attributor report`` need beyond scoring.

Single article (an :class:`~attributor.model.results.ArticleResult`):

* :func:`summary_table` -- the sourcing profile as a small two-column table;
* :func:`statements_table` -- every statement, weakest attribution first, with
  label, source, cue and reasons; :func:`check_first` -- the check-first list;
* :func:`plot_profile` -- statements per label and the strength histogram;
* :func:`article_html` -- the highlighted article (the shared renderer) for a
  notebook, :func:`write_report` -- the same view as a standalone HTML file.

A batch -- a :class:`Batch` of results with their outlets, from
:func:`score_batch` (a frame of articles), :func:`make_batch` (results in
memory) or :func:`load_statements` (a statements file written by
``attributor score IN.jsonl -o OUT`` or ``attributor batch``):

* ``batch.statements`` -- one row per statement with its article's outlet;
  :func:`articles_frame` -- one row per article;
* :func:`compare_outlets`, :func:`top_sources` and :func:`plot_outlets` --
  anonymous share and strength per outlet, the most-cited named sources;
* :func:`corpus_sample` -- a stratified sample of the team corpus.

Every number comes from the scoring function's own results: per-article
figures are :func:`attributor.model.summary.summarise` of the statements, so
a batch read back from a file gives the same summaries as scoring in memory.
matplotlib is needed only by the ``plot_*`` functions.
"""
from __future__ import annotations

import json
import random
from html import escape
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from attributor.model.labels import ANONYMOUS_INSIDER, DIRECT_QUOTE, EDITORIAL_PARAPHRASE, LABELS
from attributor.model.results import STATEMENT_FIELDS, ArticleResult, StatementResult, _none, speakers_line
from attributor.model.summary import summarise
from attributor.render import MARKERS, NAMES, render_article, render_css

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Plot style of each label: the colour of the renderer's CSS, plus a hatch and
#: the renderer's text marker, so that the charts read in greyscale too.
LABEL_STYLE: dict[str, dict[str, str]] = {
    DIRECT_QUOTE: {"color": "#0b5fa5", "hatch": "", "marker": MARKERS[DIRECT_QUOTE]},
    ANONYMOUS_INSIDER: {"color": "#9a5b00", "hatch": "///", "marker": MARKERS[ANONYMOUS_INSIDER]},
    EDITORIAL_PARAPHRASE: {"color": "#5b5b66", "hatch": "...", "marker": MARKERS[EDITORIAL_PARAPHRASE]},
}
#: Human names of the labels (the renderer's).
LABEL_NAMES: dict[str, str] = {label: NAMES[label] for label in LABELS}
#: Column of a batch frame that holds the outlet (``attributor batch`` carries input columns by name).
OUTLET = "outlet"
#: Outlet given to articles whose outlet is not known.
UNKNOWN_OUTLET = "(unknown)"



# --------------------------------------------------------------------------- one article
def source_text(st: StatementResult | Mapping) -> str:
    """The source as a reader should see it: ``He → Mayor Tobias Lund`` for a resolved pronoun."""
    get = st.get if isinstance(st, Mapping) else lambda k: getattr(st, k)
    src, resolved = get("source") or "", get("resolved_source") or ""
    return f"{src} → {resolved}" if src and resolved and resolved != src else src


def summary_table(result: ArticleResult) -> "pd.DataFrame":
    """The article's sourcing profile as rows of (measure, value), ready to display."""
    import pandas as pd

    sm = result.summary
    rows = [("statements", str(sm.statements))]
    rows += [(LABEL_NAMES[label], f"{sm.counts[label]} ({sm.shares[label]:.0%})") for label in LABELS]
    rows += [("anonymous share", f"{sm.anonymous_share:.0%}"),
             ("mean strength", f"{sm.mean_strength:.2f}"),
             ("second-hand statements", str(sm.second_hand)),
             ("named sources", ", ".join(sm.named_sources) or "none"),
             ("speakers", speakers_line(sm.speakers) or "none"),
             ("check first", ", ".join(f"#{i}" for i in sm.check_first) or "nothing flagged")]
    return pd.DataFrame(rows, columns=["measure", "value"]).set_index("measure")


def _statement_rows(statements: Iterable[StatementResult]) -> list[dict]:
    return [{"#": s.index, "label": s.label, "fine": s.fine, "strength": round(s.strength, 2),
             "source": source_text(s), "source kind": s.source_kind, "cue": s.cue or "", "speaker": s.speaker or "",
             "reasons": "; ".join(s.reasons), "text": s.text} for s in statements]


def statements_table(result: ArticleResult, *, weakest_first: bool = True) -> "pd.DataFrame":
    """Every statement sorted by attribution strength (weakest first by default), ties in text order.

    Columns: ``#`` (the statement index the renderer and check-first list use),
    label, fine label, strength, source (pronouns shown with their referent),
    source kind, cue, speaker, reasons and the statement text.
    """
    import pandas as pd

    order = sorted(result.statements, key=lambda s: ((s.strength if weakest_first else -s.strength), s.index))
    columns = ["#", "label", "fine", "strength", "source", "source kind", "cue", "speaker", "reasons", "text"]
    return pd.DataFrame(_statement_rows(order), columns=columns).set_index("#")


def check_first(result: ArticleResult) -> "pd.DataFrame":
    """The check-first list in its order: the weakest-attributed claims, with why they are weak."""
    import pandas as pd

    by_index = {s.index: s for s in result.statements}
    rows = _statement_rows(by_index[i] for i in result.summary.check_first)
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    columns = ["rank", "#", "label", "strength", "source", "reasons", "text"]
    return pd.DataFrame(rows, columns=columns).set_index("rank")


def article_html(result: ArticleResult, *, title: str | None = None) -> str:
    """The highlighted article as an HTML fragment with its CSS, for ``IPython.display.HTML``."""
    return f"<style>{render_css()}</style>\n{render_article(result, title=title)}"


_REPORT_CSS = """
.at-report{margin-top:2rem;display:block}
.at-report h3{margin:0 0 .3rem;font-size:1.1rem}
.at-report p.at-note{margin:0 0 .6rem;color:#55555e;font-size:.88rem}
.at-report table{border-collapse:collapse;width:100%;font-size:.86rem;line-height:1.4}
.at-report th,.at-report td{border-bottom:1px solid var(--at-line);padding:.35em .45em;text-align:left;
 vertical-align:top}
.at-report thead th{border-bottom:2px solid var(--at-ink);white-space:nowrap}
.at-report td.at-n,.at-report td.at-s{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.at-report td.at-l{white-space:nowrap}
.at-report td.at-l small{display:block;color:#55555e}
.at-report td.at-r{color:#33333a;min-width:11rem}
.at-report td.at-src{min-width:9rem}
.at-report td.at-t{min-width:20rem}
.at-report tbody tr:nth-child(even){background:#f7f7f9}
.at-foot{margin-top:1rem;color:#6b6b75;font-size:.8rem}
@media print{.at-report tbody tr{break-inside:avoid}}
"""


def _report_table(result: ArticleResult) -> str:
    """The statements as an HTML table, weakest attribution first (the notebook's statements table)."""
    e = _e
    checked = {i: rank for rank, i in enumerate(result.summary.check_first, start=1)}
    rows = []
    for s in sorted(result.statements, key=lambda s: (s.strength, s.index)):
        fine = f"<small>{e(NAMES.get(s.fine, s.fine))}</small>" if s.fine != s.label else ""
        flag = f" <small><strong>check first #{checked[s.index]}</strong></small>" if s.index in checked else ""
        tenth = max(0, min(10, round(10 * s.strength)))
        src = e(source_text(s)) or '<span class="at-none">none</span>'
        rows.append(
            f'<tr><td class="at-n">{s.index}</td>'
            f'<td class="at-l"><span class="at-chip {_css_class(s.label)}">{e(MARKERS.get(s.label, s.label))}</span>'
            f'{e(NAMES.get(s.label, s.label))}{fine}{flag}</td>'
            f'<td class="at-s">{s.strength:.2f} '
            f'<span class="at-bar"><span class="at-fill at-w{tenth}"></span></span></td>'
            f'<td class="at-src">{src}</td><td>{e(s.cue or "")}</td><td>{e(s.speaker or "")}</td>'
            f'<td class="at-r">{e("; ".join(s.reasons))}</td><td class="at-t">{e(" ".join(s.text.split()))}</td></tr>')
    return ('<section class="attributor at-report" aria-label="statements table"><div class="at-main">'
            '<h3>Statements, weakest attribution first</h3>'
            '<p class="at-note">Every statement of the article with the source and cue it is credited to and the '
            'reasons behind its strength (0 = no source, 1 = named speaker quoted verbatim).</p>'
            '<table><thead><tr><th scope="col">#</th><th scope="col">label</th><th scope="col">strength</th>'
            '<th scope="col">source</th><th scope="col">cue</th><th scope="col">speaker</th><th scope="col">reasons</th>'
            f'<th scope="col">statement</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _css_class(label: str) -> str:
    return "at-" + label.replace("_", "-")


def report_html(result: ArticleResult, *, title: str | None = None) -> str:
    """The standalone single-article report: one HTML document that loads nothing from elsewhere.

    The shared renderer's standalone page (highlighted article, summary,
    check-first list) followed by the statements table, so that the report
    reads the same printed or attached to a ticket, where nothing hovers.
    """
    from attributor import __version__

    page = render_article(result, standalone=True, title=title or f"Sourcing report: {result.doc_id}")
    foot = (f'<p class="at-foot">attributor {_e(__version__)} &middot; article {_e(result.doc_id)} &middot; '
            f'{len(result.statements)} statements</p>')
    if page.count("</head>") != 1 or page.count("</body>") != 1:  # pragma: no cover - renderer contract
        raise ValueError("render_article(standalone=True) did not return one complete HTML document")
    page = page.replace("</head>", f"<style>{_REPORT_CSS.strip()}</style></head>")
    return page.replace("</body>", f"{_report_table(result)}{foot}</body>")


def write_report(result: ArticleResult, path: str | Path, *, title: str | None = None) -> Path:
    """Write :func:`report_html` to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    path.write_text(report_html(result, title=title), encoding="utf-8")
    return path


def report_file(text: str, path: str | Path, *, doc_id: str = "article", title: str | None = None,
                model=None) -> Path:
    """Score ``text`` with the one scoring function and write its standalone report to ``path``.

    ``model`` is a loaded model, a path to an artifact, or None for the default.
    """
    from attributor.model.score import load_model, score_text

    if model is None or isinstance(model, (str, Path)):
        model = load_model(model)
    return write_report(score_text(text, doc_id, model=model), path, title=title)


# --------------------------------------------------------------------------- plots
def _plt():
    try:
        import matplotlib.pyplot as plt
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("the plots need matplotlib: pip install 'attributor[notebook]'") from err
    return plt


def _bar_style(label: str) -> dict:
    st = LABEL_STYLE[label]
    return {"color": st["color"], "hatch": st["hatch"], "edgecolor": "white", "linewidth": 0.8}


def _label_tick(label: str) -> str:
    return f"{LABEL_NAMES[label]}\n[{LABEL_STYLE[label]['marker']}]"


def plot_labels(result: ArticleResult, ax=None):
    """Horizontal bars of statements per label, each labelled with its count and share."""
    plt = _plt()
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 2.8))
    sm = result.summary
    labels = list(LABELS)[::-1]  # first label on top
    for y, label in enumerate(labels):
        ax.barh(y, sm.counts[label], **_bar_style(label))
        ax.text(sm.counts[label], y, f"  {sm.counts[label]} ({sm.shares[label]:.0%})", va="center", fontsize=9)
    ax.set_yticks(range(len(labels)), [_label_tick(label) for label in labels], fontsize=9)
    ax.set_xlim(0, max([1, *sm.counts.values()]) * 1.35)
    ax.set_xlabel("statements")
    ax.set_title("Statements per label")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_strength(result: ArticleResult, ax=None, bins: int = 10):
    """Histogram of attribution strength, stacked by label (hatched), with the mean marked."""
    plt = _plt()
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 2.8))
    edges = [i / bins for i in range(bins + 1)]
    data = [[s.strength for s in result.statements if s.label == label] for label in LABELS]
    ax.hist(data, bins=edges, stacked=True, label=[f"{LABEL_NAMES[l]} [{LABEL_STYLE[l]['marker']}]" for l in LABELS],
            color=[LABEL_STYLE[l]["color"] for l in LABELS], edgecolor="white", linewidth=0.8)
    for patches, label in zip(ax.containers, LABELS):
        for patch in patches:
            patch.set_hatch(LABEL_STYLE[label]["hatch"])
    mean = result.summary.mean_strength
    ax.axvline(mean, color="black", linestyle="--", linewidth=1)
    ax.text(mean, 1.02, f"mean {mean:.2f}", transform=ax.get_xaxis_transform(), ha="center", va="bottom",
            fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_xlabel("attribution strength (0 = no source, 1 = named, verbatim)")
    ax.set_ylabel("statements")
    ax.set_title("Attribution strength", pad=16)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_profile(result: ArticleResult):
    """The article's sourcing profile: statements per label beside the strength histogram."""
    plt = _plt()
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.2), gridspec_kw={"width_ratios": [1, 1.25]})
    plot_labels(result, left)
    plot_strength(result, right)
    fig.suptitle(f"Sourcing profile of {result.doc_id}: {result.summary.statements} statements", fontweight="bold")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- batches
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


def plot_anonymous_share(batch, ax=None):
    """Horizontal bars: share of statements from anonymous insiders per outlet, labelled with the figure."""
    plt = _plt()
    cmp = compare_outlets(batch).sort_values("anonymous_share")
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 0.4 * len(cmp) + 1.2))
    y = range(len(cmp))
    ax.barh(y, cmp["anonymous_share"] * 100, **_bar_style(ANONYMOUS_INSIDER))
    for yi, (share, arts, stmts) in enumerate(zip(cmp["anonymous_share"], cmp["articles"], cmp["statements"])):
        ax.text(share * 100, yi, f"  {share:.0%}  ({arts} art., {stmts} st.)", va="center", fontsize=8)
    ax.set_yticks(list(y), list(cmp.index), fontsize=9)
    ax.set_xlim(0, max(5.0, float(cmp["anonymous_share"].max()) * 100) * 1.6)
    ax.set_xlabel("anonymous-insider statements (% of the outlet's statements)")
    ax.set_title("Anonymous share per outlet")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_strength_by_outlet(batch, ax=None):
    """Box plot of statement strength per outlet (median line, quartile box, mean as a diamond)."""
    plt = _plt()
    b = _batch(batch)
    frame = b.statements
    cmp = compare_outlets(b).sort_values("median_strength")
    outlets = list(cmp.index)
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 0.4 * len(outlets) + 1.2))
    data = [frame.loc[frame[OUTLET] == o, "strength"].to_numpy() for o in outlets]
    import matplotlib

    horizontal = ({"orientation": "horizontal"} if tuple(map(int, matplotlib.__version__.split(".")[:2])) >= (3, 10)
                  else {"vert": False})
    ax.boxplot(data, **horizontal, widths=0.6, showmeans=True, patch_artist=True,
               boxprops={"facecolor": "#ececf0", "edgecolor": "#1b1b1f"},
               medianprops={"color": "#1b1b1f", "linewidth": 2},
               meanprops={"marker": "D", "markerfacecolor": "white", "markeredgecolor": "#1b1b1f", "markersize": 5},
               flierprops={"marker": ".", "markersize": 3})
    ax.set_yticks(range(1, len(outlets) + 1), outlets, fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_xlabel("attribution strength per statement (line = median, ◇ = mean)")
    ax.set_title("Strength distribution per outlet")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_top_sources(batch, n: int = 10, ax=None):
    """Horizontal bars: statements credited to the ``n`` most-cited named sources, with article counts."""
    plt = _plt()
    top = top_sources(batch, n).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 0.4 * max(1, len(top)) + 1.2))
    y = range(len(top))
    ax.barh(y, top["statements"], **_bar_style(DIRECT_QUOTE))
    for yi, (stmts, arts) in enumerate(zip(top["statements"], top["articles"])):
        ax.text(stmts, yi, f"  {stmts} ({arts} art.)", va="center", fontsize=8)
    ax.set_yticks(list(y), [s if len(s) <= 34 else s[:33] + "…" for s in top.index], fontsize=9)
    ax.set_xlim(0, max([1, *top["statements"]]) * 1.35)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("statements credited to the source")
    ax.set_title(f"Most-cited named sources (top {len(top)})")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_outlets(batch, n_sources: int = 10):
    """The batch compared across outlets: anonymous share, strength distribution, most-cited sources."""
    plt = _plt()
    b = _batch(batch)
    k = max(1, len(set(b.outlets.values())))
    fig, axes = plt.subplots(1, 3, figsize=(16, 0.42 * max(k, n_sources) + 1.6))
    plot_anonymous_share(b, axes[0])
    plot_strength_by_outlet(b, axes[1])
    plot_top_sources(b, n_sources, axes[2])
    fig.suptitle(f"{len(b)} articles, {len(b.statements)} statements, {k} outlets", fontweight="bold")
    fig.tight_layout()
    return fig
