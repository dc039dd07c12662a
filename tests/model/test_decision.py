import numpy as np
import pytest

from attributor.features import vocab
from attributor.model.decision import constrain, decide, label_proba
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, EDITORIAL_PARAPHRASE, FINE_LABELS, LABELS,
                                     UNATTRIBUTED)


def row(**p):
    return np.array([[p.get(f, 0.0) for f in FINE_LABELS]])


def code(name):
    return np.array([vocab.STRUCTURES.index(name)])


def test_label_probabilities_sum_the_fine_ones():
    lp = label_proba(row(direct_quote=0.1, anonymous_insider=0.2, attributed_paraphrase=0.3, unattributed=0.4))
    assert np.allclose(lp, [[0.1, 0.2, 0.7]]) and LABELS.index(EDITORIAL_PARAPHRASE) == 2


def test_the_label_is_the_argmax_of_the_label_probabilities():
    p = row(direct_quote=0.32, anonymous_insider=0.28, attributed_paraphrase=0.25, unattributed=0.15)
    labels, fines = decide(p)
    assert labels == [LABELS[int(np.argmax(label_proba(p)))]] == [EDITORIAL_PARAPHRASE]
    assert fines == [ATTRIBUTED_PARAPHRASE]


def test_no_rows_no_decisions():
    assert decide(np.zeros((0, len(FINE_LABELS)))) == ([], [])


@pytest.mark.parametrize("structure, expected", [
    (vocab.STRUCT_ANONYMOUS, ANONYMOUS_INSIDER),     # a quoted sentence of an unnamed source: anonymity wins
    (vocab.STRUCT_ON_RECORD, DIRECT_QUOTE),          # a named speaker is never anonymous
    (vocab.STRUCT_QUESTION, EDITORIAL_PARAPHRASE),   # the interviewer's turn is the outlet's words
    (vocab.STRUCT_ANSWER, DIRECT_QUOTE),
    (vocab.STRUCT_ANONYMOUS_ANSWER, ANONYMOUS_INSIDER),
    (vocab.STRUCT_CREDIT, EDITORIAL_PARAPHRASE),
])
def test_the_speaker_model_constrains_the_label(structure, expected):
    p = constrain(row(direct_quote=0.6, anonymous_insider=0.2, attributed_paraphrase=0.1, unattributed=0.1),
                  code(structure))
    assert np.allclose(p.sum(axis=1), 1.0)
    assert decide(p)[0] == [expected]


def test_an_anonymous_speaker_does_not_make_an_unattributed_sentence_anonymous():
    # coverage stays the learned model's call: mostly the outlet's own words stays editorial
    p = constrain(row(direct_quote=0.1, anonymous_insider=0.1, unattributed=0.8), code(vocab.STRUCT_ANONYMOUS))
    assert decide(p) == ([EDITORIAL_PARAPHRASE], [UNATTRIBUTED])


def test_the_prior_shift_applies_only_without_a_speaker():
    p = row(anonymous_insider=0.6, attributed_paraphrase=0.3, unattributed=0.1)
    shift = {ANONYMOUS_INSIDER: 0.05}
    free = constrain(p, code(vocab.STRUCT_FREE), shift)
    assert decide(free)[0] == [EDITORIAL_PARAPHRASE] and np.isclose(free.sum(), 1.0)
    assert decide(constrain(p, code(vocab.STRUCT_ANONYMOUS), shift))[0] == [ANONYMOUS_INSIDER]
