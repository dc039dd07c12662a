from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attributor.features.segment import PunktSentenceTokenizer, _tokenizer, load_params, segment


def texts(text):
    return [text[s.start:s.end] for s in segment(text)]


@pytest.mark.parametrize("text", [
    "Mr. Smith went to Washington on Tuesday.",
    "Sen. Ortiz and Gen. Baker met at 9 a.m. on Friday.",
    "The U.S. Army said it would leave in Sept. next year.",
    "Dr. Lena Ivanova, a professor at St. Olaf College, disagreed.",
])
def test_abbreviations_do_not_split(text):
    assert texts(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ('"Why now?" she asked. Nobody answered.', ['"Why now?" she asked.', "Nobody answered."]),
    ('“We lost. We will be back,” she said.', ["“We lost.", "We will be back,” she said."]),
    ('„We got nothing,“ Zelensky said. It was late.', ["„We got nothing,“ Zelensky said.", "It was late."]),
    ("«Yes!» he shouted. The hall fell silent.", ["«Yes!» he shouted.", "The hall fell silent."]),
    ('"It is over." Clinton said. Then she left.', ['"It is over." Clinton said.', "Then she left."]),
    ("Talks have started, — said one of the insiders. Share", ["Talks have started, — said one of the insiders.", "Share"]),
])
def test_quotes_and_tags(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A police source told us. Advertisement Police sources believe it was a row.",
     ["A police source told us.", "Advertisement", "Police sources believe it was a row."]),
    ("Share The mayor said no.", ["Share", "The mayor said no."]),
    ("Share prices fell. Shareholders left.", ["Share prices fell.", "Shareholders left."]),
])
def test_page_furniture_glued_to_a_sentence_is_its_own_statement(text, expected):
    assert texts(text) == expected


def test_lines_without_punctuation_end_at_line_breaks():
    text = "Flood barrier fails test\nBy Ines Marlow\n\nThe barrier buckled on Monday. Engineers were surprised."
    assert texts(text) == ["Flood barrier fails test", "By Ines Marlow", "The barrier buckled on Monday.",
                           "Engineers were surprised."]


def test_paragraph_numbers_follow_blank_lines():
    sents = segment("One.\n\nTwo. Three.\nFour.")
    assert [s.paragraph for s in sents] == [0, 1, 1, 1]


def test_params_are_loaded_from_text_with_abbreviations():
    params = load_params()
    assert {"mr", "sen", "u.s", "a.m"} <= params.abbrev_types


def test_rejects_non_text():
    with pytest.raises(TypeError):
        segment(b"bytes")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_statements_are_ordered_trimmed_and_index_the_text(text):
    prev_end = 0
    for s in segment(text):
        assert prev_end <= s.start < s.end <= len(text)
        piece = text[s.start:s.end]
        assert piece == piece.strip() and piece
        prev_end = s.end


def test_importing_attributor_leaves_nltk_importable():
    import subprocess
    import sys

    code = "import attributor.features.segment, nltk; print(nltk.__version__)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_learned_params_reproduce_the_corpus_boundaries():
    from attributor.data.corpus import load_records

    total = same = 0
    for rec in load_records():
        gold = {(s["start"], s["end"]) for s in rec["statements"]}
        total += len(gold)
        same += len(gold & {(s.start, s.end) for s in segment(rec["text"])})
    assert same / total >= 0.98


@lru_cache(maxsize=1)
def _plain_punkt():
    return PunktSentenceTokenizer(load_params())


_WORDS = st.sampled_from(["said", "Mr", "Sen", "Gen", "U", "S", "a", "m", "Jr", "The", "the", "He", "he", "No", "2024",
                          "Inc", "vs", "etc", "St", "Baker", "Ortiz", "Jan", "Sept", "Dr", "it"])


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["", "(", '"', "“", "'", "''", "‘", "x-", "(“", "«", "„", "`", "[", "1"]), _WORDS,
       st.sampled_from([".", "?", "!", ".."]),
       st.sampled_from([" ", "  ", "\n", ' "', " (", '"', ")", "”", "'", " ''", " “", "?", "", "»", "’", ","]), _WORDS)
def test_fast_break_decisions_agree_with_punkt(opening, before, mark, gap, after):
    """The short-cut for plain-word contexts decides exactly as Punkt would."""
    context = f"{opening}{before}{mark}{gap}{after}"
    assert _tokenizer().text_contains_sentbreak(context) == _plain_punkt().text_contains_sentbreak(context)
