import pytest

from attributor.features.quotes import track


@pytest.mark.parametrize("text", [
    '"We will win this," she said.',
    "“We will win this,” she said.",
    "„We will win this“, she said.",
    "“We will win this“, she said.",
    "«We will win this», she said.",
    "‘We will win this,’ she said.",
    "''We will win this,'' she said.",
])
def test_every_quote_style_is_understood(text):
    q = track(text)
    assert q.quoted_fraction(0, len(text)) > 0.5


def test_apostrophes_are_not_quotes():
    text = "Clinton’s aides don't know what O'Brien's plan is."
    assert track(text).quoted_fraction(0, len(text)) == 0


def test_quote_state_carries_across_sentences():
    text = '"We lost. We will be back next year." Then she left.'
    q = track(text)
    second = text.index("We will")
    assert q.is_open_at(second)
    assert not q.is_open_at(text.index("Then"))


def test_paragraph_left_open_then_reopened_is_quoted_and_does_not_spill():
    text = "“The first paragraph ends without a mark.\n\n“The second reopens and closes,” he said.\n\nNarrative."
    q = track(text)
    first_end = text.index("\n")
    assert q.quoted_fraction(0, first_end) == 1.0
    assert q.quoted_fraction(text.index("Narrative"), len(text)) == 0


def test_nested_quotes_stay_inside_outer_quote():
    text = "\"He told me, 'Do not sign it,' and left,\" Alvarez recalled."
    q = track(text)
    assert q.is_open_at(text.index("and left"))
    assert not q.is_open_at(text.index("Alvarez"))


@pytest.mark.parametrize("text", [
    "— Both governments face elections next year, — explained the analyst.",
    "The talks ended. — Nobody in our delegation was ready for this, — noted a delegate.",
    "She also added: — Any agreement must be signed before the summer.",
])
def test_dialogue_dashes_of_translated_news_set_off_speech(text):
    speech = text.index("—")
    assert track(text).quoted_fraction(speech, len(text)) > 0.5


@pytest.mark.parametrize("text", [
    "— registry office (births only)\n— the town library",   # a dash list
    "The plan — which cost millions — failed.",               # an aside
    "Key dates: — 1 May: opening of the bridge",              # a colon that introduces no speech
    "Talks have started, — said one of the insiders.",        # a dash tag after the outlet's own words
])
def test_other_dashes_quote_nothing(text):
    assert track(text).quoted_fraction(0, len(text)) == 0


@pytest.mark.parametrize("text, post", [
    ("Berth 6 stays closed until further notice.— Port of Senna (@SennaPort) September 2, 2025",
     "Berth 6 stays closed until further notice."),
    ("The fire is out.\n\nThank you to every crew out tonight.\n— Ada Marsh (@adamarsh) May 3, 2025",
     "Thank you to every crew out tonight."),
])
def test_an_embedded_post_signed_with_a_handle_is_quoted(text, post):
    quotes, start = track(text), text.index(post)
    assert quotes.quoted_fraction(start, start + len(post)) > 0.9
    if start:  # the outlet's sentence before the post stays its own
        assert quotes.quoted_fraction(0, start) == 0
