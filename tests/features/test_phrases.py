import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attributor.features.attribution import plain_words
from attributor.features.phrases import PhraseFinder

PHRASES = ("is said to", "reportedly", "on condition of anonymity", "points out")
FINDER = PhraseFinder(PHRASES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["is", "said", "to", "reportedly", "on", "condition", "of", "anonymity", "points",
                                 "out", "It", "Is", "unreportedly", "saidto", ",", "—", "\n"]), max_size=12))
def test_the_anchor_short_cut_finds_exactly_what_the_scan_finds(tokens):
    text = " ".join(tokens)
    scan = [m.span() for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, PHRASES)) + r")\b", text.lower())]
    words = plain_words(text.lower())
    assert [m.span() for m in FINDER.finditer(text, words)] == scan
    assert (FINDER.search(text, words) is not None) == bool(scan)


@pytest.mark.parametrize("phrase", ["Reportedly", "don't say", "two  spaces", "sources-close"])
def test_phrases_that_the_short_cut_cannot_anchor_are_refused(phrase):
    with pytest.raises(ValueError, match="lower-case ASCII words"):
        PhraseFinder([phrase])
