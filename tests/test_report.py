"""Reports and the notebook's helpers: contents, self-containment, batch comparison, plots, screenshot."""
from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from attributor import report as rp
from attributor.cli import main
from attributor.model.results import STATEMENT_FIELDS, statement_row
from attributor.model.labels import ANONYMOUS_INSIDER, LABELS
from attributor.model.score import score_text, score_texts

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)


@pytest.fixture(scope="module")
def result(article, model):
    return score_text(article, "harbour", model=model)


@pytest.fixture(scope="module")
def sample():
    return rp.corpus_sample(12, seed=3)


@pytest.fixture(scope="module")
def batch(sample, model):
    return rp.score_batch(sample, model=model)


class _Refs(HTMLParser):
    """Every tag and every attribute that could make a browser fetch something."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.refs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "poster", "data", "action", "background", "xlink:href"):
                self.refs.append((tag, name, value or ""))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Refs:
    p = _Refs()
    p.feed(html)
    p.close()
    return p


# --------------------------------------------------------------------------- the report
def test_report_contains_every_statement_label_and_the_summary(result):
    html = rp.report_html(result)
    text = " ".join(" ".join(_parse(html).text).split())
    for st in result.statements:
        assert escape(st.text, quote=True) in html, st.index
        assert f'data-index="{st.index}"' in html and f'data-label="{st.label}"' in html
        # the statements table states label, strength, source and reasons in visible text
        row = re.search(rf'<tr><td class="at-n">{st.index}</td>(.*?)</tr>', html, re.S)
        assert row, f"statement #{st.index} missing from the table"
        cells = row.group(1)
        assert rp.LABEL_NAMES[st.label] in cells and f"{st.strength:.2f}" in cells
        assert all(escape(r, quote=True) in cells for r in st.reasons)
        if st.source:
            assert escape(st.source, quote=True) in cells
    sm = result.summary
    assert f"{sm.statements} statements" in text
    for label in LABELS:
        assert re.search(rf"{rp.LABEL_NAMES[label]} {sm.counts[label]} {sm.shares[label]:.0%}", text), label
    assert f"anonymous share {sm.anonymous_share:.0%}" in text
    assert f"mean strength {sm.mean_strength:.2f}" in text
    assert all(escape(n, quote=True) in html for n in sm.named_sources)
    assert "Check first" in text and all(f"check first #{k}" in text for k in range(1, len(sm.check_first) + 1))
    assert html.startswith("<!DOCTYPE html>") and html.count("<html") == 1 and html.rstrip().endswith("</html>")


def test_report_references_nothing_outside_itself(result):
    html = rp.report_html(result)
    for needle in ("http:", "https:", "//"):
        assert needle not in html, needle
    parsed = _parse(html)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(parsed.tags)
    assert all(value.startswith("#") for _, _, value in parsed.refs), parsed.refs
    assert "url(" not in html and "@import" not in html


def test_article_text_cannot_inject_references(model):
    hostile = ('Officials said the plan "works" <img src="https://evil.example/x.png"> '
               '<link rel=stylesheet href=//cdn.example/a.css> <script src=http://x/y.js></script>.')
    html = rp.report_html(score_text(hostile, "x<y>", model=model))
    parsed = _parse(html)
    assert not {"script", "link", "img"} & set(parsed.tags)
    assert all(value.startswith("#") for _, _, value in parsed.refs)
    assert "&lt;img src=&quot;https://evil.example/x.png&quot;&gt;" in html


def test_write_report_and_the_cli(tmp_path, article, model, capsys):
    path = tmp_path / "harbour.txt"
    path.write_text(article, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(path), "-o", str(out), "--title", "Harbour <Line>"]) == 0
    assert str(out) in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert "<title>Harbour &lt;Line&gt;</title>" in html and 'data-doc-id="harbour"' in html
    assert html == rp.report_html(score_text(article, "harbour", model=model), title="Harbour <Line>")
    assert main(["report", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2


def test_empty_article_still_gives_a_report(model):
    html = rp.report_html(score_text("", "empty", model=model))
    assert "0 statements" in " ".join(_parse(html).text) and "nothing flagged" in html


# --------------------------------------------------------------------------- single-article tables
def test_statements_table_is_sorted_by_strength_with_everything_a_checker_needs(result):
    table = rp.statements_table(result)
    assert len(table) == len(result.statements)
    assert list(table["strength"]) == sorted(table["strength"])
    assert {"label", "source", "cue", "reasons", "text"} <= set(table.columns)
    pronoun = next(s for s in result.statements if s.source_kind == "pronoun")
    assert table.loc[pronoun.index, "source"] == f"{pronoun.source} → {pronoun.resolved_source}"
    strongest = rp.statements_table(result, weakest_first=False)
    assert list(strongest["strength"]) == sorted(strongest["strength"], reverse=True)


def test_check_first_and_summary_tables_follow_the_summary(result):
    cf = rp.check_first(result)
    assert list(cf["#"]) == result.summary.check_first and list(cf.index) == list(range(1, len(cf) + 1))
    st = rp.summary_table(result)
    assert st.loc["statements", "value"] == str(result.summary.statements)
    assert st.loc["anonymous share", "value"] == f"{result.summary.anonymous_share:.0%}"


# --------------------------------------------------------------------------- batches
def test_corpus_sample_spreads_over_outlets(sample):
    assert len(sample) == 12 and sample["doc_id"].is_unique
    counts = sample["outlet"].value_counts()
    assert counts.max() - counts.min() <= 1
    assert rp.corpus_sample(12, seed=3).equals(sample)


def test_compare_outlets_adds_up(batch, sample):
    cmp = rp.compare_outlets(batch)
    st = batch.statements
    assert cmp["articles"].sum() == len(sample) and cmp["statements"].sum() == len(st)
    for outlet, row in cmp.iterrows():
        mine = st[st["outlet"] == outlet]
        assert row["anonymous_share"] == pytest.approx((mine["label"] == ANONYMOUS_INSIDER).mean(), abs=1e-3)
        assert row["median_strength"] == pytest.approx(mine["strength"].median(), abs=1e-3)
    assert list(cmp["anonymous_share"]) == sorted(cmp["anonymous_share"], reverse=True)
    arts = rp.articles_frame(batch)
    for res in batch.results:
        row = arts.set_index("doc_id").loc[res.doc_id]
        assert row["anonymous_share"] == res.summary.anonymous_share


def test_top_sources_count_named_sources_of_the_summaries(batch):
    top = rp.top_sources(batch, 5)
    assert len(top) <= 5 and list(top["statements"]) == sorted(top["statements"], reverse=True)
    named = {n.lower() for r in batch.results for n in r.summary.named_sources}
    assert all(name.lower() in named for name in top.index)
    credited = batch.statements.dropna(subset=["credited_source"])
    assert (credited["label"] != ANONYMOUS_INSIDER).all()
    for name, row in top.iterrows():
        assert row["statements"] == (credited["credited_source"].str.lower() == name.lower()).sum()


def _same_summaries(a, b):
    assert [r.doc_id for r in a.results] == [r.doc_id for r in b.results]
    for x, y in zip(a.results, b.results):
        assert x.summary.to_dict() == y.summary.to_dict(), x.doc_id
    assert a.outlets == b.outlets


def test_a_file_written_by_attributor_score_reads_back_as_the_same_batch(tmp_path, sample, batch, model):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text("".join(json.dumps({"doc_id": d, "text": t, "meta": {"outlet": o}}) + "\n"
                           for d, t, o in zip(sample["doc_id"], sample["text"], sample["outlet"])), encoding="utf-8")
    assert main(["score", str(inp), "-o", str(out)]) == 0
    loaded = rp.load_statements(out, outlets=inp)
    _same_summaries(loaded, batch)
    assert rp.compare_outlets(loaded).equals(rp.compare_outlets(batch))
    assert rp.top_sources(loaded).equals(rp.top_sources(batch))
    without = rp.load_statements(out)
    assert set(without.outlets.values()) == {rp.UNKNOWN_OUTLET}


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl.gz", "parquet"])
def test_batch_style_outputs_with_a_carried_outlet_column(tmp_path, batch, fmt):
    """``attributor batch`` writes the score schema plus carried input columns; CSV holds lists as JSON."""
    import pandas as pd

    rows = [{**statement_row(s), "outlet": batch.outlets[r.doc_id]} for r in batch.results for s in r.statements]
    path = tmp_path / f"statements.{fmt}"
    frame = pd.DataFrame(rows, columns=[*STATEMENT_FIELDS, "outlet"])
    if fmt in ("csv", "tsv"):
        for col in ("probabilities", "reasons"):
            frame[col] = frame[col].map(json.dumps)
        frame.to_csv(path, sep="," if fmt == "csv" else "\t", index=False)
    elif fmt == "parquet":
        pytest.importorskip("pyarrow")
        frame.to_parquet(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    loaded = rp.load_statements(path)
    _same_summaries(loaded, batch)
    assert rp.compare_outlets(loaded).equals(rp.compare_outlets(batch))


def test_a_batch_from_results_in_memory(model):
    results = score_texts(["Officials said the bridge was safe.", "Critics say it failed. \"No,\" said Ana Berg."],
                          ["a", "b"], model=model)
    b = rp.make_batch(results, {"a": "wire"})
    assert b.outlets == {"a": "wire", "b": rp.UNKNOWN_OUTLET} and len(b) == 2
    assert set(rp.compare_outlets(results).index) == {rp.UNKNOWN_OUTLET}
    empty = rp.make_batch([])
    assert rp.compare_outlets(empty).empty and rp.top_sources(empty).empty and rp.articles_frame(empty).empty


# --------------------------------------------------------------------------- plots
@pytest.fixture
def plt():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def _titled(ax):
    return ax.get_title() and ax.get_xlabel()


def test_profile_plot_is_titled_labelled_and_hatched(result, plt):
    fig = rp.plot_profile(result)
    left, right = fig.axes
    assert fig._suptitle.get_text().startswith("Sourcing profile of harbour")
    assert _titled(left) and _titled(right) and right.get_ylabel() == "statements"
    # not colour alone: the anonymous bars are hatched and every bar has its count written beside it
    hatches = {p.get_hatch() for p in left.patches}
    assert rp.LABEL_STYLE[ANONYMOUS_INSIDER]["hatch"] in hatches and len(hatches) == 3
    texts = [t.get_text() for t in left.texts]
    assert all(any(t.strip().startswith(f"{result.summary.counts[label]} (") for t in texts) for label in LABELS)
    assert any("mean" in t.get_text() for t in right.texts)
    assert sum(p.get_height() for p in right.patches) == len(result.statements)


def test_outlet_plots(batch, plt):
    fig = rp.plot_outlets(batch)
    assert len(fig.axes) == 3 and all(_titled(ax) for ax in fig.axes)
    n_outlets = len(set(batch.outlets.values()))
    assert len(fig.axes[0].patches) == n_outlets and len(fig.axes[0].texts) == n_outlets
    assert len(fig.axes[1].get_yticklabels()) == n_outlets


# --------------------------------------------------------------------------- how it looks
def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_screenshot_of_the_report(result, tmp_path):
    """Render the report in headless Chromium; tests/artifacts/report.png is kept for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    page, png = ARTIFACTS / "report.html", ARTIFACTS / "report.png"
    rp.write_report(result, page, title="Sourcing report: Harbour Line delay")
    png.unlink(missing_ok=True)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
           f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=1280,1600",
           page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert png.exists(), proc.stderr[-2000:]
    assert _png_size(png) == (1280, 1600)
    assert png.stat().st_size > 50_000  # a blank page compresses to a few kB
