"""Dense feature rows: the measures the model leans on for the guideline's rules."""
import pytest

from attributor.features import rows
from attributor.features.statements import analyse


def _first(text: str):
    return analyse(text).statements[0]


@pytest.mark.parametrize("text, covers, mostly_quoted", [
    ('Kerr said the plan was "a gift to developers and nothing else."', True, True),
    ('Clinton posted a comment of her own, saying, "We are so excited to meet our second grandchild!"', True, True),
    ('"We are done," Kerr told a crowd of supporters in a packed school gym in Ohio on Tuesday night.', False, False),
    ('"We are done with this whole process and we will not be back," Kerr said.', True, True),
    ("Kerr said the council approved the plan in March after a long debate.", True, False),
])
def test_tied_content_weighs_the_content_not_the_whole_sentence(text, covers, mostly_quoted):
    cover, share = rows.tied_content(_first(text))
    assert (cover >= 0.5) is covers
    assert (share >= 0.5) is mostly_quoted


@pytest.mark.parametrize("text, view", [
    ("The governor's allies have long been uneasy about the deal.", True),
    ("Senior aides remain privately skeptical of the count.", True),
    ("Campaign aides are bracing for a long night.", True),
    ("Border officials searched the truck at dawn.", False),
    ("Campaign staffers set up chairs in the gym.", False),
])
def test_a_group_subject_is_credited_a_view_or_an_act(text, view):
    v = _first(text)
    assert v.attribution is not None and v.attribution.cue_kind == "subject"
    names = rows.ATTRIBUTION_NAMES
    row = rows.attribution_row(v)
    assert row[names.index("subject_view")] == float(view)
    assert row[names.index("subject_act")] == float(not view)


def test_a_statement_without_a_group_subject_has_neither():
    row = rows.attribution_row(_first("Kerr said the plan was dead."))
    names = rows.ATTRIBUTION_NAMES
    assert row[names.index("subject_view")] == row[names.index("subject_act")] == 0.0
