"""attributor.batch.formats: format detection, output names, streaming readers, encoders."""
from __future__ import annotations

import gzip
import json
import time

import pytest

pytest.importorskip("pyarrow")

from attributor.batch.formats import (BatchInputError, RawLine, Reader, as_record, compress, detect,  # noqa: E402
                                      encode_delimited, read_rows, sibling, split_suffixes, text_cell)


@pytest.mark.parametrize("name,expected", [
    ("a.jsonl", ("jsonl", None)), ("a.JSONL.GZ", ("jsonl", "gzip")), ("a.ndjson.zst", ("jsonl", "zstd")),
    ("a.csv", ("csv", None)), ("a.csv.gz", ("csv", "gzip")), ("a.tsv.zstd", ("tsv", "zstd")),
    ("a.tab", ("tsv", None)), ("a.parquet", ("parquet", None)), ("a.pq", ("parquet", None))])
def test_detect_from_extension(name, expected):
    assert detect(name) == expected


def test_detect_refuses_what_it_cannot_tell(tmp_path):
    with pytest.raises(BatchInputError, match="--format"):
        detect("archive.dat")
    assert detect("archive.dat", "jsonl") == ("jsonl", None)
    with pytest.raises(BatchInputError, match="inside the file"):
        detect("a.parquet.gz")
    (tmp_path / "parts").mkdir()
    assert detect(tmp_path / "parts") == ("parquet", None)


@pytest.mark.parametrize("name,articles", [
    ("out.jsonl", "out.articles.jsonl"), ("out.jsonl.gz", "out.articles.jsonl.gz"),
    ("d/run.1.parquet", "d/run.1.articles.parquet"), ("out", "out.articles")])
def test_articles_go_beside_the_statements_with_articles_before_the_extension(name, articles):
    assert str(sibling(name, "articles")) == articles


def test_split_suffixes():
    assert split_suffixes("x.y.csv.zst") == ("x.y", ".csv", ".zst")


def test_readers_stream_and_number_rows(tmp_path):
    p = tmp_path / "in.jsonl.gz"
    lines = [json.dumps({"doc_id": str(i), "text": f"t{i}", "extra": i}) for i in range(5)]
    p.write_bytes(gzip.compress(("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n").encode()))
    items = list(Reader(p, "jsonl", "gzip"))
    assert all(isinstance(i, RawLine) for i in items)  # parsed by whoever scores them
    recs = [as_record(i, "text", "doc_id") for i in items]
    assert [r.row for r in recs] == [1, 2, 4, 5, 6]  # JSONL: line numbers, blank lines skipped
    assert recs[0].extras == {"extra": 0} and recs[0].text == "t0"

    c = tmp_path / "in.csv"
    c.write_text('doc_id,text\n1,"a\nb"\n\n2,c\n', encoding="utf-8")
    recs = list(Reader(c, "csv", None))
    assert [(r.row, r.text) for r in recs] == [(1, "a\nb"), (2, "c")]  # CSV: data rows


def test_csv_without_the_text_column_is_refused(tmp_path):
    c = tmp_path / "in.csv"
    c.write_text("doc_id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(BatchInputError, match="--text-col"):
        list(Reader(c, "csv", None))


def test_cells_and_compression_round_trip(tmp_path):
    rows = [{"a": "x,y", "b": None, "c": {"k": 1.5}, "d": [1, 2], "e": 3}]
    data = encode_delimited(rows, ["a", "b", "c", "d", "e"], "csv", header=True)
    for comp, ext in ((None, ""), ("gzip", ".gz"), ("zstd", ".zst")):
        path = tmp_path / f"t.csv{ext}"
        path.write_bytes(compress(data, comp))
        assert read_rows(path) == [{k: text_cell(v) for k, v in rows[0].items()}]
    first = compress(b"x" * 1000, "gzip")
    time.sleep(1.1)
    assert compress(b"x" * 1000, "gzip") == first  # no timestamp in the header: the same bytes every run
    assert gzip.decompress(first + compress(b"y", "gzip")) == b"x" * 1000 + b"y"  # parts concatenate


@pytest.mark.parametrize("value,cell", [("=SUM(A1)", "'=SUM(A1)"), ("+1 said", "'+1 said"), ("@user", "'@user"),
                                        ("-cmd", "'-cmd"), ("\tx", "'\tx"), ("- a list item", "- a list item"),
                                        ("-5 degrees", "-5 degrees"), ("plain", "plain"), (-5, "-5")])
def test_csv_cells_that_a_spreadsheet_would_run_are_guarded(value, cell):
    assert text_cell(value) == cell


def test_batch_csv_output_guards_formula_cells(tmp_path):
    from attributor.cli import main

    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"doc_id": "=HYPERLINK(\"x\")", "text": "It rained.", "note": "@evil"}) + "\n",
                   encoding="utf-8")
    assert main(["batch", str(inp), "-o", str(tmp_path / "out.csv"), "-q"]) == 0
    row = read_rows(tmp_path / "out.csv")[0]
    assert row["doc_id"] == "'=HYPERLINK(\"x\")" and row["note"] == "'@evil"


def test_an_output_format_it_cannot_tell_names_the_right_option(tmp_path, capsys):
    from attributor.cli import main

    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"text": "It rained."}) + "\n", encoding="utf-8")
    assert main(["batch", str(inp), "-o", str(tmp_path / "x.xyz"), "-q"]) == 2
    err = capsys.readouterr().err
    assert "pass --output-format" in err and "pass --format " not in err


def test_json_errors_name_their_column_once():
    from attributor.batch.formats import parse_jsonl_line

    rec = parse_jsonl_line(1, b'{"text": "abc', "text", "doc_id")
    assert rec.error == ("invalid_json", "not valid JSON (Unterminated string starting at column 10)")
