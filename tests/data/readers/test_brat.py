import gzip
import json

import pytest

from attributor.data.readers.brat import BratFormatError, parse_ann, read_brat_dir
from attributor.data.validate import validate_records

from ...conftest import FIXTURES


def test_fixture_is_read_with_guideline_labels():
    rec = read_brat_dir(FIXTURES / "brat")[0]
    text = rec["text"]
    got = {text[s["start"]:s["end"]]: s["fine"] for s in rec["statements"]}
    assert got == {
        "Harbour Line delayed": "unattributed",
        "The line will open in May, the port authority said.": "attributed_paraphrase",
        '"Safety is not negotiable," said Marit Solberg.': "direct_quote",
        "The contractor was warned in March, two people familiar with the reports said.": "anonymous_insider",
        "Ferries still run hourly.": "unattributed",
    }
    assert validate_records([rec]).ok


def test_bad_ann_line_fails_loudly():
    with pytest.raises(BratFormatError, match=":1:"):
        parse_ann("T1\tSource no-offsets\tx")
    with pytest.raises(BratFormatError, match=":1:"):
        parse_ann("E1")


def test_multiline_entity_text_is_skipped():
    ann = "T1\tContent 0 9;12 20\tfirst\n\nThe second line of it\nT2\tSource 21 25\tThem\nT3\tCue 26 30\tsaid\n" \
          "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
    (att,) = parse_ann(ann)
    assert att.content == [(0, 9), (12, 20)] and att.source == [(21, 25)]


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_brat_dir(tmp_path / "absent")


def test_reproduces_polnear_dev_gold(shared_bench):
    records = read_brat_dir(shared_bench / "polnear" / "raw" / "dev")
    gold = {}
    with gzip.open(shared_bench / "polnear" / "dev.gold.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            gold[(g["doc_id"], g["start"], g["end"])] = g["label"]
    matched = agree = 0
    for rec in records:
        for st in rec["statements"]:
            label = gold.get((rec["doc_id"], st["start"], st["end"]))
            if label is not None:
                matched += 1
                agree += label == st["label"]
    assert matched > 2500
    assert agree / matched >= 0.93
