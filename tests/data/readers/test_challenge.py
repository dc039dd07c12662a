"""The challenge set reads, covers every family, and is never part of the training corpus."""
from collections import Counter

import pytest

from attributor.data.corpus import load_records
from attributor.data.readers.challenge import (CHALLENGE_DIR, FAMILIES, SLICE2_DIR, ChallengeSyntaxError,
                                               load_challenge, strip_families)
from attributor.data.validate import validate_records


@pytest.fixture(scope="module")
def challenge():
    return load_challenge(CHALLENGE_DIR)


def test_the_challenge_set_is_valid_and_covers_every_family(challenge):
    rep = validate_records(challenge)
    assert rep.ok, rep.errors[:5]
    assert rep.articles >= 30
    per_family = Counter(st["family"] for rec in challenge for st in rec["statements"])
    assert all(per_family[f] >= 25 for f in FAMILIES), per_family


def test_the_challenge_set_is_never_trained_on(challenge):
    training_ids = {r["doc_id"] for r in load_records()}
    assert training_ids.isdisjoint(r["doc_id"] for r in challenge)


def test_the_second_slice_is_valid_new_and_never_trained_on(challenge):
    slice2 = load_challenge(SLICE2_DIR)
    rep = validate_records(slice2)
    assert rep.ok, rep.errors[:5]
    assert rep.articles >= 20
    ids = [r["doc_id"] for r in slice2]
    assert {r["doc_id"] for r in load_records()}.isdisjoint(ids)
    assert {r["doc_id"] for r in challenge}.isdisjoint(ids)


def test_families_are_stripped_and_kept_by_line():
    plain, families = strip_families("[A|anon_quote] x\n+[D<|interview] y\n[U] z", "t.txt")
    assert plain == "[A] x\n+[D<] y\n[U] z\n" and families == {1: "anon_quote", 2: "interview"}


def test_an_unknown_family_names_its_line():
    with pytest.raises(ChallengeSyntaxError, match="t.txt:2: unknown family"):
        strip_families("[U] x\n[A|gossip] y", "t.txt")
