"""attributor batch: formats, error rows, resume after SIGKILL, --jobs, the Dask engine."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
zstandard = pytest.importorskip("zstandard")

from attributor.batch import BatchOptions, read_rows, run  # noqa: E402
from attributor.batch.formats import text_cell  # noqa: E402
from attributor.model.results import STATEMENT_FIELDS, statement_row  # noqa: E402
from attributor.cli import main as cli_main  # noqa: E402
from attributor.data.corpus import corpus_files  # noqa: E402
from attributor.model.score import load_model, score_texts  # noqa: E402


def _articles(n: int, max_len: int = 2500) -> list[dict]:
    rows = []
    for path in corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if len(r["text"]) <= max_len:
                rows.append({"doc_id": r["doc_id"], "text": r["text"], "outlet": path.stem,
                             "date": f"2024-01-{len(rows) % 28 + 1:02d}"})
            if len(rows) == n:
                return rows
    return rows


ROWS = _articles(6)


def _reference(rows: list[dict]) -> list[dict]:
    """What batch must produce: score_texts + statement_row, then the carried columns."""
    results = score_texts([r["text"] for r in rows], [r["doc_id"] for r in rows], load_model())
    out = []
    for r, res in zip(rows, results):
        for st in res.statements:
            out.append({**statement_row(st), "outlet": r["outlet"], "date": r["date"]})
    return out


@pytest.fixture(scope="module")
def reference():
    return _reference(ROWS)


def _write(path: Path, rows: list[dict], fmt: str, compression: str | None = None) -> Path:
    if fmt == "parquet":
        pq.write_table(pa.Table.from_pylist(rows), path, compression=compression or "zstd", row_group_size=2)
        return path
    if fmt == "jsonl":
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    else:
        import csv
        import io

        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter="," if fmt == "csv" else "\t",
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        data = buf.getvalue().encode()
    if compression == "gzip":
        data = gzip.compress(data)
    elif compression == "zstd":
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def _run(tmp: Path, inp: Path, out: str, **kw):
    return run(BatchOptions(input=str(inp), output=str(tmp / out), quiet=True, **kw))


INPUTS = [("in.jsonl", "jsonl", None), ("in.jsonl.gz", "jsonl", "gzip"), ("in.jsonl.zst", "jsonl", "zstd"),
          ("in.csv", "csv", None), ("in.csv.gz", "csv", "gzip"), ("in.tsv", "tsv", None),
          ("in.tsv.zst", "tsv", "zstd"), ("in.parquet", "parquet", None), ("in-gzip.parquet", "parquet", "gzip")]


@pytest.mark.parametrize("name,fmt,comp", INPUTS, ids=[i[0] for i in INPUTS])
def test_every_input_format_gives_the_same_rows(tmp_path, reference, name, fmt, comp):
    inp = _write(tmp_path / name, ROWS, fmt, comp)
    report = _run(tmp_path, inp, "out.jsonl", chunk_size=4)
    assert report.consistent and report.articles_in == len(ROWS) and report.errors == 0
    assert read_rows(tmp_path / "out.jsonl") == reference
    arts = read_rows(tmp_path / "out.articles.jsonl")
    assert [a["doc_id"] for a in arts] == [r["doc_id"] for r in ROWS]
    assert {"statements", "counts", "shares", "anonymous_share", "mean_strength", "named_sources",
            "check_first", "outlet", "date"} <= set(arts[0])
    assert (tmp_path / "out.jsonl.errors.jsonl").read_bytes() == b""


OUTPUTS = ["out.jsonl.gz", "out.jsonl.zst", "out.parquet", "out.csv", "out.tsv.gz"]


@pytest.mark.parametrize("name", OUTPUTS)
def test_every_output_format_round_trips(tmp_path, reference, name):
    inp = _write(tmp_path / "in.jsonl", ROWS, "jsonl")
    _run(tmp_path, inp, name, chunk_size=4)
    back = read_rows(tmp_path / name)
    if name.startswith("out.csv") or name.startswith("out.tsv"):
        assert back == [{k: text_cell(v) for k, v in r.items()} for r in reference]
    else:
        assert back == reference
    stem, ext = name.split(".", 1)
    arts = read_rows(tmp_path / f"{stem}.articles.{ext}")
    assert len(arts) == len(ROWS)


def test_rows_without_id_get_their_row_number_and_extras_are_carried(tmp_path):
    rows = [{"text": ROWS[0]["text"], "url": "https://example.org/a"}, {"doc_id": "", "text": ROWS[1]["text"]},
            {"doc_id": 17, "text": ROWS[2]["text"], "label": "x"}]
    inp = _write(tmp_path / "in.jsonl", rows, "jsonl")
    _run(tmp_path, inp, "out.jsonl")
    arts = read_rows(tmp_path / "out.articles.jsonl")
    assert [a["doc_id"] for a in arts] == ["1", "2", "17"]
    assert arts[0]["url"] == "https://example.org/a" and arts[2]["input_label"] == "x"
    st = read_rows(tmp_path / "out.jsonl")
    assert {s["doc_id"] for s in st} == {"1", "2", "17"}


def test_error_file_catches_each_kind_of_bad_row_and_counts_add_up(tmp_path, capsys):
    good = ROWS[0]["text"]
    lines = [
        json.dumps({"doc_id": "ok1", "text": good}).encode(),
        json.dumps({"doc_id": "no-text"}).encode(),
        json.dumps({"doc_id": "null-text", "text": None}).encode(),
        json.dumps({"doc_id": "empty", "text": "  "}).encode(),
        json.dumps({"doc_id": "number", "text": 42}).encode(),
        json.dumps({"doc_id": "long", "text": "word " * 2000}).encode(),
        b'{"doc_id": "latin1", "text": "caf\xe9 au lait"}',
        b'{"doc_id": "broken", "text": ',
        b"[1, 2, 3]",
        b"",
        json.dumps({"doc_id": "surrogate", "text": "bad \udcff byte"}).encode(),
        json.dumps({"doc_id": "ok2", "text": ROWS[1]["text"]}).encode(),
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    code = cli_main(["batch", str(inp), "-o", str(out), "--max-chars", "5000", "-q", "--chunk-size", "3"])
    assert code == 0
    errors = read_rows(tmp_path / "out.jsonl.errors.jsonl")
    by_row = {e["row"]: (e["doc_id"], e["reason"]) for e in errors}
    assert by_row == {2: ("no-text", "missing_text"), 3: ("null-text", "missing_text"), 4: ("empty", "missing_text"),
                      5: ("number", "not_a_string"), 6: ("long", "too_long"), 7: ("7", "undecodable"),
                      8: ("8", "invalid_json"), 9: ("9", "not_an_object"), 11: ("surrogate", "undecodable")}
    assert all(e["detail"] for e in errors)
    arts = read_rows(tmp_path / "out.articles.jsonl")
    assert [a["doc_id"] for a in arts] == ["ok1", "ok2"]
    summary = capsys.readouterr().err
    assert "11 articles in = 2 scored + 9 failed rows" in summary


def test_error_rows_in_csv_and_parquet(tmp_path):
    csv_bytes = (b"doc_id,text,outlet\n"
                 b"a," + ROWS[0]["text"].replace('"', "'").encode().join([b'"', b'"']) + b",x\n"
                 b"b,,x\n"
                 b"c,caf\xe9,x\n"
                 b"d,fine text that is short.,\xff\n")
    inp = tmp_path / "in.csv"
    inp.write_bytes(csv_bytes)
    report = _run(tmp_path, inp, "out.jsonl")
    assert report.consistent and (report.articles_in, report.scored, report.errors) == (4, 2, 2)
    errors = read_rows(tmp_path / "out.jsonl.errors.jsonl")
    assert [(e["row"], e["reason"]) for e in errors] == [(2, "missing_text"), (3, "undecodable")]
    arts = read_rows(tmp_path / "out.articles.jsonl")
    assert [a["doc_id"] for a in arts] == ["a", "d"]
    assert arts[1]["outlet"] == "\\xff"  # not a statement text: carried, shown escaped

    table = pa.table({"doc_id": ["p", "q", "r"], "text": pa.array([ROWS[0]["text"].encode(), b"\xff\xfe", None])})
    pq.write_table(table, tmp_path / "bin.parquet")
    report = _run(tmp_path, tmp_path / "bin.parquet", "bin.jsonl")
    assert (report.articles_in, report.scored, report.errors) == (3, 1, 2)
    assert [e["reason"] for e in read_rows(tmp_path / "bin.jsonl.errors.jsonl")] == ["undecodable", "missing_text"]


def test_jobs_2_gives_the_same_rows_as_jobs_1(tmp_path):
    inp = _write(tmp_path / "in.jsonl", _articles(12), "jsonl")
    _run(tmp_path, inp, "one.jsonl", chunk_size=3, jobs=1)
    _run(tmp_path, inp, "two.jsonl", chunk_size=3, jobs=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert (tmp_path / "one.articles.jsonl").read_bytes() == (tmp_path / "two.articles.jsonl").read_bytes()


def test_resume_after_sigkill_matches_a_clean_run(tmp_path):
    rows = _articles(40)
    inp = _write(tmp_path / "in.jsonl", rows[:20] + [{"doc_id": "bad", "text": 1}] + rows[20:], "jsonl")
    out = tmp_path / "killed.jsonl"
    work = tmp_path / ".killed.jsonl.batch" / "parts"
    cmd = [sys.executable, "-m", "attributor.cli", "batch", str(inp), "-o", str(out), "--chunk-size", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if work.is_dir() and len(list(work.glob("*.done.json"))) >= 4:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed: " + proc.stderr.read().decode()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    done = len(list(work.glob("*.done.json")))
    assert 4 <= done < 21
    assert not out.exists() and not (tmp_path / "killed.articles.jsonl").exists()  # nothing that looks complete

    report = _run(tmp_path, inp, "killed.jsonl", chunk_size=2, resume=True)
    assert report.resumed_articles >= 8 and report.consistent and report.errors == 1
    _run(tmp_path, inp, "clean.jsonl", chunk_size=2)
    assert out.read_bytes() == (tmp_path / "clean.jsonl").read_bytes()
    assert (tmp_path / "killed.articles.jsonl").read_bytes() == (tmp_path / "clean.articles.jsonl").read_bytes()
    assert (tmp_path / "killed.jsonl.errors.jsonl").read_bytes() == (tmp_path / "clean.jsonl.errors.jsonl").read_bytes()
    assert not (tmp_path / ".killed.jsonl.batch").exists()


def _children() -> dict[int, int]:
    """pid -> parent pid of every live (not zombie) process, from /proc."""
    out = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if fields[0] != "Z":
                out[int(d.name)] = int(fields[1])
    return out


def _descendants(pid: int) -> set[int]:
    parents = _children()
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_workers_exit_when_the_batch_is_killed_and_resume_matches(tmp_path):
    rows = _articles(40)
    inp = _write(tmp_path / "in.jsonl", rows, "jsonl")
    out = tmp_path / "killed.jsonl"
    work = tmp_path / ".killed.jsonl.batch" / "parts"
    cmd = [sys.executable, "-m", "attributor.cli", "batch", str(inp), "-o", str(out), "--chunk-size", "1",
           "--jobs", "2", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, workers = time.time() + 90, set()
    while time.time() < deadline and proc.poll() is None:
        if work.is_dir() and len(list(work.glob("*.done.json"))) >= 3:
            workers = _descendants(proc.pid)
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    assert len(workers) >= 2, workers  # the two loky workers (and the resource tracker)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 20
    while time.time() < deadline and workers & set(_children()):
        time.sleep(0.1)
    assert not workers & set(_children()), f"still alive after their parent was killed: {workers & set(_children())}"

    report = _run(tmp_path, inp, "killed.jsonl", chunk_size=1, resume=True, jobs=2)
    assert report.resumed_articles >= 3 and report.consistent
    _run(tmp_path, inp, "clean.jsonl", chunk_size=1)
    assert out.read_bytes() == (tmp_path / "clean.jsonl").read_bytes()
    assert (tmp_path / "killed.articles.jsonl").read_bytes() == (tmp_path / "clean.articles.jsonl").read_bytes()


def test_resume_refuses_other_options(tmp_path):
    inp = _write(tmp_path / "in.jsonl", ROWS, "jsonl")
    work = tmp_path / ".out.jsonl.batch"
    work.mkdir()
    (work / "manifest.json").write_text("{}")
    with pytest.raises(ValueError, match="cannot resume"):
        _run(tmp_path, inp, "out.jsonl", resume=True)


@pytest.mark.dask
def test_dask_engine_on_a_local_cluster_matches_the_local_engine(tmp_path):
    distributed = pytest.importorskip("distributed")
    rows = _articles(8)
    rows.insert(3, {"doc_id": "bad", "text": None, "outlet": "x", "date": "y"})
    inp = _write(tmp_path / "in.parquet", rows, "parquet")  # row groups of 2: 5 partitions
    lines = [json.dumps(r).encode() for r in rows]
    lines[5:5] = [b"", b"{not json", b'{"doc_id": "latin1", "text": "caf\xe9"}']
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    _run(tmp_path, inp, "local.parquet", chunk_size=3)
    _run(tmp_path, jsonl, "local-j.parquet", chunk_size=3)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        report = _run(tmp_path, inp, "dask.parquet", engine="dask", scheduler=cluster.scheduler_address)
        report_j = _run(tmp_path, jsonl, "dask-j.parquet", engine="dask", scheduler=cluster.scheduler_address,
                        blocksize="8KiB")
    assert report.consistent and report.errors == 1 and report.scored == 8
    assert (tmp_path / "dask.parquet").is_dir() and len(list((tmp_path / "dask.parquet").glob("*.parquet"))) == 5
    for a, b in (("local", "dask"), ("local-j", "dask-j")):
        assert read_rows(tmp_path / f"{b}.parquet") == read_rows(tmp_path / f"{a}.parquet")
        assert read_rows(tmp_path / f"{b}.articles.parquet") == read_rows(tmp_path / f"{a}.articles.parquet")
        assert read_rows(tmp_path / f"{b}.parquet.errors.jsonl") == read_rows(tmp_path / f"{a}.parquet.errors.jsonl")
    assert report_j.consistent and (report_j.articles_in, report_j.errors) == (11, 3)
    assert len(list((tmp_path / "dask-j.parquet").glob("*.parquet"))) > 1


def test_parquet_columns_keep_their_type(tmp_path):
    import datetime as dt

    table = pa.table({"doc_id": [1, 2], "text": [ROWS[0]["text"], ROWS[1]["text"]],
                      "published": pa.array([dt.date(2024, 5, 1), None], pa.date32()), "rank": [3, None]})
    pq.write_table(table, tmp_path / "in.parquet")
    _run(tmp_path, tmp_path / "in.parquet", "out.parquet")
    _run(tmp_path, tmp_path / "in.parquet", "out.jsonl")
    arts = pq.read_table(tmp_path / "out.articles.parquet")
    assert arts.schema.field("published").type == pa.date32() and arts.schema.field("rank").type == pa.int64()
    assert arts.column("rank").to_pylist() == [3, None]
    assert [a["published"] for a in read_rows(tmp_path / "out.articles.jsonl")] == ["2024-05-01", None]
    assert [a["doc_id"] for a in read_rows(tmp_path / "out.articles.jsonl")] == ["1", "2"]


def test_statement_rows_are_exactly_statement_row(tmp_path):
    rows = _articles(40, max_len=10**6)
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert cli_main(["batch", str(inp), "-o", str(tmp_path / "out.jsonl"), "--quiet"]) == 0
    results = score_texts([r["text"] for r in rows], [r["doc_id"] for r in rows], load_model())
    expected = [json.dumps(statement_row(st), ensure_ascii=False) for res in results for st in res.statements]
    written = [json.dumps({k: r[k] for k in STATEMENT_FIELDS}, ensure_ascii=False)
               for r in read_rows(tmp_path / "out.jsonl")]
    assert written == expected
