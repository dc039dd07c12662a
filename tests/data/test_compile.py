import pytest

from attributor.data.compile import CorpusSyntaxError, parse, to_records

GOOD = """### doc: t-0001 | style: wire | outlet: wire_agency | topic: local
[U] Flood barrier fails test
+[U] By Ines Marlow

[P] The barrier buckled on Monday, {city engineers|s} {said|c}.
[D] "We saw water," {said|c} {Tom Adeyemi|s}.
[D<] "That is why you test."
"""


def compile_text(text):
    return to_records(parse(text, "t.txt"), "t.txt")


def test_offsets_are_computed_from_markup():
    rec = compile_text(GOOD)[0]
    text = rec["text"]
    assert text.startswith("Flood barrier fails test\nBy Ines Marlow\n\nThe barrier")
    for st in rec["statements"]:
        for role in ("source", "cue"):
            if st[role]:
                assert text[st[role]["start"]:st[role]["end"]] == st[role]["text"]
    last = rec["statements"][-1]
    assert last["source"]["text"] == "Tom Adeyemi" and last["fine"] == "direct_quote"
    assert [s["label"] for s in rec["statements"]].count("editorial_paraphrase") == 3


@pytest.mark.parametrize("bad, reason", [
    ("[X] Unknown tag.", "unknown tag"),
    ("[U] Unattributed {with|s} a source.", "carry no source"),
    ("[D] Two {a|s} sources {b|s}.", "more than one source"),
    ("[D<] Nothing before me.", "finds no statement"),
    ("No tag at all.", "does not start with a tag"),
    ("[P] Broken {brace|s markup.", "markup"),
])
def test_bad_markup_names_file_line_and_reason(bad, reason):
    text = "### doc: t-1 | style: wire | outlet: x | topic: y\n" + bad + "\n"
    with pytest.raises(CorpusSyntaxError, match=reason) as err:
        compile_text(text)
    assert err.value.line == 2 and "t.txt:2" in str(err.value)


def test_header_fields_are_required():
    with pytest.raises(CorpusSyntaxError, match="lacks"):
        compile_text("### doc: t-1 | style: wire\n[U] Text.\n")
