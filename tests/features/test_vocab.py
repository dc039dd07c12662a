"""features/vocab.py: one definition per vocabulary, and what the scorer produces stays inside it."""
from __future__ import annotations

import pytest

from attributor.features import vocab
from attributor.model.score import score_texts


def test_the_source_kinds_are_the_ones_attribution_classifies_into():
    from attributor.features import attribution

    assert set(attribution.SOURCE_KINDS) == set(vocab.SOURCE_KINDS)


@pytest.fixture(scope="module")
def results(model):
    from attributor.data.corpus import corpus_files, load_records

    recs = load_records(corpus_files())[:60]
    return score_texts([r["text"] for r in recs], [r["doc_id"] for r in recs], model)


def test_every_scored_value_is_in_its_vocabulary(results):
    sts = [s for r in results for s in r.statements]
    assert {s.source_kind for s in sts} <= set(vocab.SOURCE_KINDS)
    assert {s.resolved_kind for s in sts} <= set(vocab.SOURCE_KINDS)
    reasons = {x for s in sts for x in s.reasons}
    assert all(vocab.is_reason(x) for x in reasons), sorted(x for x in reasons if not vocab.is_reason(x))
    assert {vocab.REASON_VERBATIM, vocab.REASON_NO_ATTRIBUTION, vocab.REASON_UNNAMED_SOURCE} <= reasons
    for r in results:
        assert r.summary.second_hand == sum(any(vocab.is_second_hand(x) for x in s.reasons) for s in r.statements)
        assert {sp.get("kind") for sp in r.summary.speakers} <= set(vocab.SOURCE_KINDS)


@pytest.mark.parametrize("text,ok", [("hedged cue: reportedly", True), ("pronoun source resolved to named speaker", True),
                                     ("second-hand: via a publication", True), ("second hand", False),
                                     ("pronoun source resolved to martian speaker", False)])
def test_is_reason(text, ok):
    assert vocab.is_reason(text) is ok
