import pytest

from attributor.features.attribution import classify_source, find_attributions
from attributor.features.quotes import track


def best(text):
    found = find_attributions(text, 0, len(text), track(text))
    assert found, f"no attribution found in {text!r}"
    a = found[0]
    src = text[a.source_start:a.source_end] if a.source_start is not None else None
    return text[a.cue_start:a.cue_end], a.cue_kind, src, a.source_kind


@pytest.mark.parametrize("text, cue, kind, source, source_kind", [
    ('"I think so," he said.', "said", "verb", "he", "pronoun"),
    ("Now there are negotiations on energy, — said one of the insiders.", "—", "dash", "one of the insiders", "anonymous"),
    ("We will not retreat, — the minister stressed.", "—", "dash", "the minister", "role"),
    ("According to people familiar with the talks, the deal is close.", "According to", "according_to",
     "people familiar with the talks", "anonymous"),
    ("The deal is close, the Herald reported, citing two officials.", "citing", "citing", "two officials", "anonymous"),
    ("PENCE: Well, look, this is serious business.", ":", "colon", "PENCE", "named"),
    ('"We saw water," said Tom Adeyemi, the city\'s public works director.', "said", "verb",
     "Tom Adeyemi, the city's public works director", "named"),
    ("A Kremlin spokesman said the talks would go on.", "said", "verb", "A Kremlin spokesman", "spokesperson"),
    ("Critics say the bill is flawed.", "say", "verb", "Critics", "vague_group"),
    ("The plan was delayed, a senior diplomat said on condition of anonymity.", "said", "verb", "a senior diplomat", "anonymous"),
])
def test_cue_and_source(text, cue, kind, source, source_kind):
    assert best(text) == (cue, kind, source, source_kind)


@pytest.mark.parametrize("phrase", [
    "officials", "a senior official", "two U.S. officials", "Western officials", "a senior diplomat", "sources",
    "one source", "insiders", "aides", "the governor's aides", "people familiar with the matter",
    "two people briefed on the talks", "a person close to the family", "people with knowledge of the deal",
    "the agency's interlocutor", "insiders of the publication", "a former employee who asked not to be named",
])
def test_every_anonymity_family_is_anonymous(phrase):
    assert classify_source(phrase) == "anonymous"


@pytest.mark.parametrize("phrase, kind", [
    ("Volodymyr Zelensky", "named"),
    ("a Pentagon spokeswoman", "spokesperson"),
    ("the newspaper", "publication"),
    ("experts", "vague_group"),
    ("she", "pronoun"),
])
def test_named_and_on_record_sources_are_not_anonymous(phrase, kind):
    assert classify_source(phrase) == kind


def test_no_attribution_in_narrative():
    text = "Russia has already destroyed almost half of Ukraine's generating capacity."
    assert find_attributions(text, 0, len(text), track(text)) == []
