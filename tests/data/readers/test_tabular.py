import json

import pytest

from attributor.data.readers.tabular import StatementTableError, read_statements
from attributor.data.validate import validate_records


def test_csv_statements_become_articles(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text('doc_id,text,label\n'
                    'a,"""We won,"" she said.",direct_quote\n'
                    'a,Officials said the count was slow.,anonymous_insider\n'
                    'a,The mayor said turnout was high.,editorial_paraphrase\n'
                    'b,Rain fell all day.,editorial_paraphrase\n', encoding="utf-8")
    recs = read_statements(path)
    assert [r["doc_id"] for r in recs] == ["a", "b"]
    assert [s["fine"] for s in recs[0]["statements"]] == ["direct_quote", "anonymous_insider", "attributed_paraphrase"]
    assert recs[1]["statements"][0]["fine"] == "unattributed"
    assert validate_records(recs, require_spans=False).ok


def test_jsonl_rows_and_errors(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"text": "Critics say it failed.", "label": "editorial_paraphrase", "fine": "attributed_paraphrase"}) + "\n"
                    + json.dumps({"text": "x", "label": "gossip"}) + "\n", encoding="utf-8")
    with pytest.raises(StatementTableError, match="s.jsonl:2"):
        read_statements(path)
