"""Output rows are the same compact JSON with or without orjson installed.

(Floats under 1e-4, which scored rows never hold, are spelt differently by the two: 1e-05 / 0.00001.)
"""
import datetime as dt
import decimal
import json

import pytest

from attributor import compact_json
from attributor.batch.formats import json_default

ROWS = [
    {"doc_id": "a1", "text": "„Wir“ — said “one” of them é", "probabilities": {"direct_quote": 0.2749, "x": 0.0001},
     "reasons": ["verbatim"], "source": None, "start": 0, "strength": 0.6114},
    {"date": dt.date(2024, 10, 30), "when": dt.datetime(2024, 1, 2, 3, 4, 5, 6), "price": decimal.Decimal("1.50")},
]


@pytest.mark.parametrize("row", ROWS)
def test_with_and_without_orjson_the_text_is_identical(row, monkeypatch):
    fast = compact_json.dumps(row, default=json_default)
    monkeypatch.setattr(compact_json, "orjson", None)
    assert compact_json.dumps(row, default=json_default) == fast
    assert json.loads(fast) == json.loads(json.dumps(row, default=json_default))


def test_integers_over_64_bits_fall_back_to_the_standard_library():
    assert compact_json.dumps({"n": 2**70}) == '{"n":1180591620717411303424}'


def test_scoring_works_without_orjson(monkeypatch, tmp_path, capsys):
    from attributor.cli import main

    monkeypatch.setattr(compact_json, "orjson", None)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"doc_id": "d", "text": '"We won," Ruiz said.'}) + "\n", encoding="utf-8")
    assert main(["score", str(src), "-o", str(out)]) == 0
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["doc_id"] == "d" and row["label"] == "direct_quote"
