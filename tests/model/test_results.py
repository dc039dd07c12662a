"""The statement row is defined once (model/results.py); every surface follows it (issue 14).

A surface that drifts -- a column missing from the page's CSV, a field the
Arrow schema lacks, an API model with its own list -- fails here.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from attributor.model.results import (STATEMENT_FIELDS, SUMMARY_FIELDS, ArticleResult, StatementResult,
                                      article_arrow_types, speakers_line, statement_arrow_types)
from attributor.model.score import score_text

ROOT = Path(__file__).resolve().parents[2]
SPEAKERS = [{"id": 1, "name": "two people familiar with the talks", "kind": "anonymous", "statements": 5},
            {"id": 2, "name": "Marit Solberg", "kind": "named", "statements": 1}]


@pytest.fixture(scope="module")
def result(article, model) -> ArticleResult:
    res = score_text(article, "harbour", model)
    for st in res.statements:  # what the speaker model fills in (issue 12)
        st.speaker_id, st.speaker = (1, SPEAKERS[0]["name"]) if st.label == "anonymous_insider" else (None, None)
    res.summary.speakers = [dict(s) for s in SPEAKERS]
    return res


def test_the_row_is_the_dataclass_and_keeps_the_speaker_fields():
    assert STATEMENT_FIELDS == tuple(StatementResult.__dataclass_fields__)
    assert {"resolved_kind", "speaker_id", "speaker"} <= set(STATEMENT_FIELDS)
    assert "speakers" in SUMMARY_FIELDS


def test_arrow_types_are_derived_for_every_field():
    pa = pytest.importorskip("pyarrow")
    assert tuple(statement_arrow_types()) == STATEMENT_FIELDS
    assert tuple(article_arrow_types()) == ("doc_id", *SUMMARY_FIELDS)
    assert statement_arrow_types()["speaker_id"] == pa.int64()
    assert article_arrow_types()["speakers"] == pa.list_(pa.struct(
        [("id", pa.int64()), ("name", pa.string()), ("kind", pa.string()), ("statements", pa.int64())]))


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv", "out.tsv.gz", "out.parquet"])
def test_to_row_and_from_row_round_trip_through_every_format(tmp_path, result, name):
    pytest.importorskip("pyarrow")
    from attributor.batch.formats import output_format, read_rows, write_rows

    write_rows(tmp_path / name, [s.to_row() for s in result.statements], *output_format(name))
    back = [StatementResult.from_row(r) for r in read_rows(tmp_path / name)]
    if name.startswith("out.csv") or name.startswith("out.tsv"):  # CSV carries text: guarded cells keep their '
        back = [StatementResult.from_row({**b.to_row(), "text": s.text}) for b, s in zip(back, result.statements)]
    assert back == result.statements


def test_every_surface_has_exactly_the_row(tmp_path, result, article, model, monkeypatch):
    pytest.importorskip("fastapi")
    import warnings

    with warnings.catch_warnings():  # as tests/api/conftest.py: starlette's note about httpx
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from attributor.api import Settings, create_app
    from attributor.batch.formats import statement_types
    from attributor.cli import main

    assert tuple(statement_types()) == STATEMENT_FIELDS  # batch Parquet schema
    # score -o and batch rows
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"doc_id": "d", "text": article}) + "\n", encoding="utf-8")
    assert main(["score", str(inp), "-o", str(tmp_path / "s.jsonl")]) == 0
    assert tuple(json.loads((tmp_path / "s.jsonl").read_text().splitlines()[0])) == STATEMENT_FIELDS
    assert main(["batch", str(inp), "-o", str(tmp_path / "b.jsonl"), "-q"]) == 0
    assert tuple(json.loads((tmp_path / "b.jsonl").read_text().splitlines()[0])) == STATEMENT_FIELDS
    # the API: its response model and its answers; the page's column list
    with TestClient(create_app(settings=Settings(access_log=False))) as client:
        schema = client.get("/openapi.json").json()["components"]["schemas"]
        assert tuple(schema["Statement"]["properties"]) == STATEMENT_FIELDS
        assert tuple(schema["Summary"]["properties"]) == SUMMARY_FIELDS
        body = client.post("/v1/score", json={"text": article}).json()
        assert tuple(body["statements"][0]) == STATEMENT_FIELDS and tuple(body["summary"]) == SUMMARY_FIELDS
        page = client.get("/").text
    fields = re.search(r'data-fields="([^"]+)"', page).group(1).replace("&quot;", '"')
    assert tuple(json.loads(fields)) == STATEMENT_FIELDS
    # nobody spells the row out by hand again
    spelled = re.compile(r"""["']source_start["'],\s*["']source_end["']""")
    for path in [*(ROOT / "attributor").rglob("*.py"), *(ROOT / "attributor").rglob("*.js"), *(ROOT / "model").rglob("*.py")]:
        assert not spelled.search(path.read_text(encoding="utf-8")), f"{path} lists the statement fields by hand"


def test_the_report_reads_back_every_field(tmp_path, result):
    pytest.importorskip("pyarrow")
    from attributor.batch.formats import output_format, write_rows
    from attributor.report import load_statements

    write_rows(tmp_path / "s.parquet", [s.to_row() for s in result.statements], *output_format("s.parquet"))
    batch = load_statements(tmp_path / "s.parquet")
    assert batch.results[0].statements == result.statements
    assert list(batch.statements.columns[:len(STATEMENT_FIELDS)]) == list(STATEMENT_FIELDS)


def test_speakers_show_on_every_surface(tmp_path, result):
    from attributor.cli import _table
    from attributor.render import render_article
    from attributor.report import report_html, statements_table, summary_table

    line = "anonymous #1, two people familiar with the talks: 5 statements"
    assert speakers_line(result.summary.speakers) == line + "; Marit Solberg: 1 statement"
    table = _table(result)
    assert "speakers: " + line in table and "anon#1 two people famil…" in table
    assert line in render_article(result)  # the page shows the renderer's summary
    assert line in report_html(result)
    assert "<th scope=\"col\">speaker</th>" in report_html(result)
    assert summary_table(result).loc["speakers", "value"].startswith(line)
    anon = [s.index for s in result.statements if s.label == "anonymous_insider"]
    assert set(statements_table(result).loc[anon, "speaker"]) == {"two people familiar with the talks"}
