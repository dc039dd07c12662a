import pytest

from attributor.model.labels import FINE_LABELS, FINE_TO_LABEL, LABELS, STRENGTH_ORDER, label_of


def test_labels_and_order_are_the_guideline_ones():
    assert LABELS == ("direct_quote", "anonymous_insider", "editorial_paraphrase")
    assert STRENGTH_ORDER == ("direct_quote", "attributed_paraphrase", "anonymous_insider", "unattributed")


def test_every_fine_label_maps_to_a_label():
    assert set(FINE_TO_LABEL) == set(FINE_LABELS) and set(FINE_TO_LABEL.values()) == set(LABELS)


def test_unknown_fine_label_is_refused():
    with pytest.raises(ValueError, match="unknown fine label"):
        label_of("rumour")
