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
    assert rep.articles >= 600 and rep.statements >= 15000
    assert rep.labels["anonymous_insider"] / rep.statements >= 0.05
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


def _one_article(source_line: str, more: str = "") -> dict:
    from attributor.data.compile import parse, to_records

    text = "### doc: test-0001 | style: wire | outlet: wire_agency | topic: politics\n" + source_line + more
    return to_records(parse(text, "t.txt"), "t.txt")[0]


@pytest.mark.parametrize("line, more, ok", [
    ("[P] {Officials|s} {said|c} the bridge would close.", "", False),      # unnamed: anonymous, not attributed
    ("[D] \"We are done,\" {the official|s} {said|c}.", "", False),
    ("[P] {Her allies|s} {say|c} the plan worked.", "", False),
    ("[A] {Officials|s} {said|c} the bridge would close.", "", True),
    ("[P] {Official figures|s} {show|c} a rise in arrests.", "", True),       # "official" is a modifier here
    ("[P] {A senior adviser|s} {said|c} the bill was dead.",
     "\n[U] The adviser, Maren Okafor-Lind, later confirmed it.", True),     # named later: on the record
])
def test_an_unnamed_source_is_never_labelled_on_the_record(line, more, ok):
    rep = validate_records([_one_article(line, more)])
    assert rep.ok is ok, rep.errors
    if not ok:
        assert any("unnamed in the article" in e for e in rep.errors)


@pytest.mark.parametrize("line, ok", [
    ('[P] {Jo Ode|s} {said|c} the plan was "a gift to developers and nothing else."', False),   # content mostly quoted
    ('[D] {Jo Ode|s} {said|c} the plan was "a gift to developers and nothing else."', True),
    ('[P] {Jo Ode|s} {said|c} the council approved the plan in March after a long debate, calling it "fine."', True),
    ('[P] "Fine," {Jo Ode|s} {told|c} a meeting of residents in the old school hall on Tuesday night.', True),
    ('[P] {Critics|s} {call|c} the plan "a gift to developers and nothing else."', True),      # a vague group
    ('[P] {One online reviewer|s} {called|c} the place "a museum of bad ideas."', True),      # unidentified
    ("[P] Club owner 'in talks to sell', {reports|s} {claim|c}", True),                         # a bare noun
    ("[P] {Ode|s} {called|c} the plan 'a gift to developers'.", False),                        # a surname
])
def test_mostly_quoted_content_from_an_identified_speaker_is_a_direct_quote(line, ok):
    rep = validate_records([_one_article(line)])
    assert rep.ok is ok, rep.errors
    if not ok:
        assert any("the 50% rule" in e for e in rep.errors)
