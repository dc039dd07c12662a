import numpy as np
import pytest

from attributor.model.decision import decide, label_proba
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, EDITORIAL_PARAPHRASE,
                                     FINE_LABELS, LABELS, UNATTRIBUTED)


def row(**p):
    return np.array([[p.get(f, 0.0) for f in FINE_LABELS]])


def test_label_probabilities_sum_the_fine_ones():
    lp = label_proba(row(direct_quote=0.1, anonymous_insider=0.2, attributed_paraphrase=0.3, unattributed=0.4))
    assert np.allclose(lp, [[0.1, 0.2, 0.7]]) and LABELS.index(EDITORIAL_PARAPHRASE) == 2


@pytest.mark.parametrize("weight, expected", [(1.0, ANONYMOUS_INSIDER), (0.3, EDITORIAL_PARAPHRASE)])
def test_label_weights_move_the_anonymous_threshold(weight, expected):
    p = row(anonymous_insider=0.5, attributed_paraphrase=0.3, unattributed=0.2)
    labels, _ = decide(p, {ANONYMOUS_INSIDER: weight}, {})
    assert labels == [expected]


def test_fine_label_is_chosen_within_the_label_with_its_weights():
    p = row(direct_quote=0.1, attributed_paraphrase=0.3, unattributed=0.6)
    assert decide(p, {}, {}) == ([EDITORIAL_PARAPHRASE], [UNATTRIBUTED])
    assert decide(p, {}, {ATTRIBUTED_PARAPHRASE: 3.0}) == ([EDITORIAL_PARAPHRASE], [ATTRIBUTED_PARAPHRASE])
    assert decide(row(direct_quote=0.9, unattributed=0.1), {}, {ATTRIBUTED_PARAPHRASE: 3.0})[1] == [DIRECT_QUOTE]


def test_no_rows_no_decisions():
    assert decide(np.zeros((0, len(FINE_LABELS))), {}, {}) == ([], [])
