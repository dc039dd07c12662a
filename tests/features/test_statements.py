import pytest

from attributor.features.statements import analyse


def view_of(art, needle):
    return next(v for v in art.statements if needle in v.text)


@pytest.mark.parametrize("text, needle, antecedent", [
    ("Volodymyr Zelensky spoke in Kyiv. He said talks were possible. Later he said nothing.", "Later", "Volodymyr Zelensky"),
    ("A senior official, who spoke on condition of anonymity, said the deal was close. "
     "The official said it could be signed on Friday.", "Friday",
     "A senior official, who spoke on condition of anonymity"),
])
def test_pronoun_and_definite_sources_are_resolved(text, needle, antecedent):
    art = analyse(text)
    v = view_of(art, needle)
    assert v.antecedent is not None
    assert text[v.antecedent[0]:v.antecedent[1]] == antecedent


def test_anonymous_antecedent_makes_the_definite_source_anonymous():
    art = analyse("Two officials briefed on the plan said it was ready. The officials said it would start in May.")
    assert view_of(art, "May").resolved_kind == "anonymous"


def test_middle_of_a_quotation_inherits_the_speaker():
    text = '"We lost. We regret nothing. We will be back," Mayor Ana Duarte said.'
    art = analyse(text)
    middle = view_of(art, "regret")
    assert middle.inherited == "quote_chain"
    assert text[middle.attribution.source_start:middle.attribution.source_end] == "Mayor Ana Duarte"


def test_dash_tail_covers_the_sentence_before():
    art = analyse("There are very early talks. Now there are negotiations, — said one of the insiders.")
    first = art.statements[0]
    assert first.inherited == "dash_tail" and first.attribution.source_kind == "anonymous"
