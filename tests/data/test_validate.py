import copy

import pytest

from attributor.data.compile import SOURCE_DIR, compile_file
from attributor.data.corpus import corpus_files, load_records
from attributor.data.validate import MAX_SHARED_SHINGLES, validate_records


@pytest.fixture(scope="module")
def records():
    return load_records()


def test_shipped_corpus_is_valid_and_large_enough(records):
    rep = validate_records(records)
    assert rep.ok, rep.errors[:5]
    assert rep.articles >= 300 and rep.statements >= 6000
    assert rep.labels["anonymous_insider"] / rep.statements >= 0.10
    assert rep.shared_shingle_share < MAX_SHARED_SHINGLES


def test_compiled_jsonl_is_up_to_date_with_the_sources():
    compiled = {r["doc_id"]: r for r in load_records(corpus_files())}
    for src in sorted(SOURCE_DIR.glob("*.txt")):
        for rec in compile_file(src):
            assert compiled.get(rec["doc_id"]) == rec, f"{src.name}: run python -m attributor.data.compile"


@pytest.mark.parametrize("mutate, reason", [
    (lambda r: r["statements"][0].update(end=10**6), "not inside the text"),
    (lambda r: r["statements"][1].update(start=r["statements"][0]["start"]), "overlaps"),
    (lambda r: r["statements"][0].update(label="direct_quote", fine="unattributed"), "does not match fine"),
    (lambda r: r["statements"].pop(0), "left outside any statement"),
])
def test_invalid_records_fail_with_location_and_reason(records, mutate, reason):
    rec = copy.deepcopy(records[0])
    mutate(rec)
    rep = validate_records([rec])
    assert not rep.ok and any(reason in e for e in rep.errors)
    assert rec["meta"]["source_file"] in rep.errors[0]


def test_repeated_sentences_across_articles_are_caught(records):
    a, b = copy.deepcopy(records[0]), copy.deepcopy(records[1])
    b["doc_id"] = a["doc_id"] + "-copy"
    b["text"], b["statements"] = a["text"], a["statements"]
    rep = validate_records([a, b])
    assert any("near-duplicate" in e for e in rep.errors)
