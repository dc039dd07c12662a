import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attributor.features.hashing import NgramHasher

TEXTS = ["Officials said the vote was close.", "", "— said one of the insiders", "The vote was close, officials said."]


def dense(hasher, texts):
    rows, cols, weights = hasher.sparse_rows(texts)
    out = np.zeros((len(texts), hasher.n_features))
    np.add.at(out, (rows, cols), weights)
    return out


def test_rows_are_unit_length_and_an_empty_text_has_none():
    X = dense(NgramHasher(2**12), TEXTS)
    assert np.allclose(np.linalg.norm(X, axis=1), [1, 0, 1, 1])


def test_same_words_different_order_differ_only_by_bigrams():
    h = NgramHasher(2**18, (1, 1))
    X = dense(h, ["officials said the vote was close", "the vote was close officials said"])
    assert np.allclose(X[0], X[1])
    X2 = dense(NgramHasher(2**18), ["officials said the vote was close", "the vote was close officials said"])
    assert not np.allclose(X2[0], X2[1])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="ab —:.\n", max_size=30), min_size=1, max_size=6))
def test_a_text_hashes_the_same_alone_or_in_a_batch(texts):
    """n-grams never reach across texts, and the memo never changes a column."""
    h = NgramHasher(2**10, (1, 3))
    together = dense(h, texts)
    alone = np.vstack([dense(NgramHasher(2**10, (1, 3)), [t]) for t in texts])
    assert np.allclose(together, alone)


def test_hashes_are_stable_across_instances_and_pickling():
    h = NgramHasher(2**16)
    h.sparse_rows(TEXTS)
    clone = pickle.loads(pickle.dumps(h))
    assert clone._memo == {}  # the memo is a cache, not state
    for a, b in zip(h.sparse_rows(TEXTS), clone.sparse_rows(TEXTS)):
        assert np.array_equal(a, b)


@pytest.mark.parametrize("kwargs", [{"n_features": 1}, {"n_features": 2.5}, {"n_features": 8, "ngram_range": (2, 1)},
                                    {"n_features": 8, "ngram_range": (0, 2)}])
def test_bad_parameters_are_refused(kwargs):
    with pytest.raises(ValueError):
        NgramHasher(**kwargs)
