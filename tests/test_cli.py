import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attributor.cli import main
from attributor.model.results import STATEMENT_FIELDS


def test_score_prints_a_table(tmp_path, article, capsys, model):
    path = tmp_path / "a.txt"
    path.write_text(article, encoding="utf-8")
    assert main(["score", str(path)]) == 0
    out = capsys.readouterr().out
    assert "direct_quote" in out and "check first" in out


def test_jsonl_protocol_of_the_benchmark(tmp_path, article, model):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text(json.dumps({"doc_id": "d1", "text": article}) + "\n", encoding="utf-8")
    assert main(["score", str(inp), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all(set(STATEMENT_FIELDS) <= r.keys() and r["doc_id"] == "d1" for r in rows)


def test_malformed_rows_are_reported_and_the_rest_scored(tmp_path, capsys, model):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text('{"doc_id": "ok1", "text": "Officials said it was late."}\n{not json\n'
                   '{"doc_id": "bad", "text": 5}\n{"doc_id": "ok2", "text": "It rained."}\n', encoding="utf-8")
    assert main(["score", str(inp), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "in.jsonl:2" in err and "in.jsonl:3" in err and "2 row(s) failed" in err
    assert {json.loads(line)["doc_id"] for line in out.read_text().splitlines()} == {"ok1", "ok2"}


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"], ids=["empty", "whitespace"])
def test_an_article_without_text_is_an_error_not_an_empty_result(tmp_path, capsys, model, content):
    path, out = tmp_path / "blank.txt", tmp_path / "out.jsonl"
    path.write_bytes(content)
    assert main(["score", str(path), "-o", str(out)]) == 1
    assert "blank.txt holds no text" in capsys.readouterr().err and not out.exists()


def test_non_utf8_input_names_file_and_offset(tmp_path, capsys, model):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café officials said so.".encode("latin-1"))
    assert main(["score", str(path)]) == 2
    assert "latin.txt is not valid utf-8 at byte offset 3" in capsys.readouterr().err
    assert main(["score", str(path), "--errors", "replace"]) == 0


def test_console_script_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "attributor.cli", "score", "-"], input="Critics say it failed.",
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "editorial_paraphrase" in proc.stdout


def test_bad_model_path_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Text.", encoding="utf-8")
    assert main(["score", str(path), "--model", str(tmp_path / "none.joblib")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_train_on_own_jsonl_then_score_with_it(tmp_path, capsys):
    from attributor.data.corpus import corpus_files

    own = tmp_path / "own.jsonl"
    lines = corpus_files()[0].read_text(encoding="utf-8").splitlines()[:25]
    own.write_text("\n".join(lines) + "\n", encoding="utf-8")
    artifact = tmp_path / "own.joblib"
    assert main(["train", "--jsonl", str(own), "--model-out", str(artifact), "--no-cv"]) == 0
    assert artifact.exists() and artifact.with_name("own.card.json").exists()
    text = tmp_path / "a.txt"
    text.write_text('"We are ready," the mayor said. Officials said the vote was close.', encoding="utf-8")
    capsys.readouterr()
    assert main(["score", str(text), "--model", str(artifact), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["statements"]) == 2


# ------------------------------------------------------------------ nothing lost (issue 14)
def _snapshot(path):
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink", "relative"])
@pytest.mark.parametrize("command", ["score-jsonl", "score-text", "batch-jsonl", "batch-csv", "report",
                                     "batch-errors", "batch-articles"])
def test_an_output_that_is_the_input_is_refused_before_anything_is_touched(tmp_path, capsys, monkeypatch, model,
                                                                            command, link):
    monkeypatch.chdir(tmp_path)
    ext = {"score-jsonl": "jsonl", "batch-jsonl": "jsonl", "batch-errors": "jsonl", "batch-articles": "jsonl",
           "batch-csv": "csv"}.get(command, "txt")
    inp = tmp_path / f"in.{ext}"
    if ext == "jsonl":
        inp.write_text(json.dumps({"doc_id": "d", "text": "Officials said it was late."}) + "\n", encoding="utf-8")
    elif ext == "csv":
        inp.write_text("doc_id,text\nd,Officials said it was late.\n", encoding="utf-8")
    else:
        inp.write_text("Officials said it was late.", encoding="utf-8")
    out = {"same": inp, "relative": Path(".") / "sub" / ".." / inp.name}.get(link, tmp_path / f"link.{ext}")
    if link == "symlink":
        out.symlink_to(inp)
    elif link == "hardlink":
        os.link(inp, out)
    (tmp_path / "sub").mkdir()
    before = _snapshot(inp)
    argv = {"score-jsonl": ["score", str(inp), "-o", str(out)], "score-text": ["score", str(inp), "-o", str(out)],
            "batch-jsonl": ["batch", str(inp), "-o", str(out)], "batch-csv": ["batch", str(inp), "-o", str(out)],
            "report": ["report", str(inp), "-o", str(out)],
            "batch-errors": ["batch", str(inp), "-o", "x.jsonl", "--errors-output", str(out)],
            "batch-articles": ["batch", str(inp), "-o", "x.jsonl", "--articles-output", str(out)]}[command]
    if command == "score-text" and link != "same":
        argv[-1] = str(out)  # any extension: refused for being the input first
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "is the input file" in err and "Traceback" not in err
    assert _snapshot(inp) == before
    assert not (tmp_path / "x.jsonl").exists() and not (tmp_path / ".x.jsonl.batch").exists()


def _bad_path(tmp_path, kind, suffix):
    p = tmp_path / f"bad-{kind}{suffix}"
    if kind == "directory":
        p.mkdir()
    elif kind == "fifo":
        os.mkfifo(p)
    elif kind == "unreadable":
        p.write_text("Officials said so.", encoding="utf-8")
        p.chmod(0)
    return p


COMMANDS = {
    "score": lambda p, t: ["score", str(p)],
    "score-jsonl": lambda p, t: ["score", str(p)],
    "report": lambda p, t: ["report", str(p), "-o", str(t / "r.html")],
    "batch": lambda p, t: ["batch", str(p), "-o", str(t / "o.jsonl"), "--format", "jsonl"],
    "train-jsonl": lambda p, t: ["train", "--jsonl", str(p), "--model-out", str(t / "m.joblib"), "--no-cv"],
    "train-brat": lambda p, t: ["train", "--brat", str(p), "--model-out", str(t / "m.joblib"), "--no-cv"],
    "data-check": lambda p, t: ["data", "check", str(p)],
    "score-model": lambda p, t: ["score", "-", "--model", str(p)],
    "serve-model": lambda p, t: ["serve", "--model", str(p), "--port", "1"],
}


@pytest.mark.parametrize("command,kind", [(c, k) for c in COMMANDS for k in ("directory", "missing", "fifo", "unreadable")
                                          if (c, k) != ("train-brat", "directory")])  # a directory is what --brat takes
def test_every_command_refuses_a_bad_path_without_a_traceback(tmp_path, capsys, monkeypatch, command, kind):
    if kind == "unreadable" and os.geteuid() == 0:
        # root reads any file: make opening it fail as it would for anyone else
        import builtins

        real_open = builtins.open

        def deny(file, *a, **k):
            if "bad-unreadable" in str(file):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *a, **k)

        monkeypatch.setattr("attributor.files.open", deny, raising=False)
    path = _bad_path(tmp_path, kind, ".jsonl" if "jsonl" in command or "data" in command else ".txt")
    monkeypatch.setattr("sys.stdin", open(os.devnull))  # noqa: SIM115 - closed by the fixture below
    try:
        code = main(COMMANDS[command](path, tmp_path))
    finally:
        sys.stdin.close()
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and err.startswith("attributor") and str(path.name) in err
    assert {"directory": "directory", "missing": "does not exist", "fifo": "FIFO",
            "unreadable": "ermission denied"}[kind] in err


def test_every_command_on_a_directory_in_a_subprocess_prints_no_traceback(tmp_path):
    """The console script itself, for the directory case (IsADirectoryError escaped before)."""
    proc = subprocess.run([sys.executable, "-m", "attributor.cli", "score", str(tmp_path)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2 and "is a directory" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("text", ["", "\u200b\u200b\n", "\ufeff\u2060\x01\x02 \t"], ids=["empty", "zero-width", "control"])
def test_an_empty_row_in_a_jsonl_is_an_error_row_not_a_silent_drop(tmp_path, capsys, model, text):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text(json.dumps({"doc_id": "empty", "text": text}) + "\n"
                   + json.dumps({"doc_id": "ok", "text": "It rained."}) + "\n", encoding="utf-8")
    assert main(["score", str(inp), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "in.jsonl:1: skipped (missing_text): the text is empty" in err and "1 row(s) failed" in err
    assert {json.loads(line)["doc_id"] for line in out.read_text().splitlines()} == {"ok"}


@pytest.mark.parametrize("command", ["score", "report"])
@pytest.mark.parametrize("content", ["\u200b\u200c\n", "\x00\x07\u2060"], ids=["zero-width", "control"])
def test_zero_width_or_control_only_text_counts_as_empty(tmp_path, capsys, model, command, content):
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    argv = [command, str(path)] + (["-o", str(tmp_path / "r.html")] if command == "report" else [])
    code = main(argv)
    err = capsys.readouterr().err
    if "\x00" in content:  # a NUL makes it binary, refused as such
        assert code == 2 and "binary" in err
    else:
        assert code == 1 and "holds no text" in err
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("name", ["out.csv", "out.tsv", "out.parquet", "out.jsonl", "out.jsonl.gz", "out.csv.zst"])
@pytest.mark.parametrize("source", ["text", "jsonl"])
def test_score_writes_the_format_its_output_extension_names(tmp_path, article, model, name, source):
    from attributor.batch.formats import read_rows

    if source == "text":
        inp = tmp_path / "a.txt"
        inp.write_text(article, encoding="utf-8")
    else:
        inp = tmp_path / "in.jsonl"
        inp.write_text(json.dumps({"doc_id": "a", "text": article}) + "\n", encoding="utf-8")
    out = tmp_path / name
    assert main(["score", str(inp), "-o", str(out)]) == 0
    rows = read_rows(out)
    assert len(rows) == 11 and list(rows[0]) == list(STATEMENT_FIELDS)
    assert [str(r["doc_id"]) for r in rows] == ["a"] * 11


@pytest.mark.parametrize("name", ["out.txt", "out", "out.xyz"])
def test_score_refuses_an_output_extension_it_cannot_write(tmp_path, capsys, model, name):
    inp = tmp_path / "a.txt"
    inp.write_text("It rained.", encoding="utf-8")
    assert main(["score", str(inp), "-o", str(tmp_path / name)]) == 2
    assert "name it .jsonl, .csv, .tsv or .parquet" in capsys.readouterr().err
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(400),
                                  b"GIF89a" + bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17] * 30)],
                         ids=["all-bytes", "png", "control-heavy"])
@pytest.mark.parametrize("errors", ["strict", "replace", "ignore"])
def test_binary_input_is_refused_whatever_errors_says(tmp_path, capsys, model, data, errors):
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    assert main(["score", str(path), "--errors", errors]) == 2
    err = capsys.readouterr().err
    assert "image.txt" in err and ("binary file" in err or "not valid utf-8" in err)
    if errors != "strict":
        assert "binary file" in err


def test_utf16_text_is_not_taken_for_binary(tmp_path, capsys, model):
    path = tmp_path / "u16.txt"
    path.write_bytes("Officials said the vote was close.".encode("utf-16"))
    assert main(["score", str(path), "--encoding", "utf-16"]) == 0
    assert "anonymous_insider" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["data", "serve", "score", "report"])
def test_every_option_has_help_text(command):
    from attributor.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command").choices[command]
    missing = [a.dest for a in sub._actions if a.help in (None, "") and a.dest != "help"]
    assert not missing, missing
    if command in ("data", "serve"):
        assert sub.description


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_score_loads_the_model_once_and_no_arrow_for_text_output(tmp_path, suffix):
    """Start-up cost of `attributor score`: one model load, no pyarrow unless Parquet is asked for."""
    inp = tmp_path / f"a{suffix}"
    inp.write_text(json.dumps({"doc_id": "a", "text": "It rained."}) if suffix == ".jsonl" else "It rained.",
                   encoding="utf-8")
    code = ("import sys, attributor.model.linear as lin\n"
            "calls = []\n"
            "real = lin.LinearScorer.from_arrays\n"
            "lin.LinearScorer.from_arrays = staticmethod(lambda a: calls.append(1) or real(a))\n"
            "from attributor.cli import main\n"
            f"assert main(['score', {str(inp)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}]) == 0\n"
            "print(len(calls), 'pyarrow' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.split() == ["1", "False"], proc.stderr
