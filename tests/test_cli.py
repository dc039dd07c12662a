import json
import subprocess
import sys

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
