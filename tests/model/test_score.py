import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attributor.model.labels import ANONYMOUS_INSIDER, DIRECT_QUOTE, EDITORIAL_PARAPHRASE, LABELS
from attributor.model.score import MAX_CHARS, score_frame, score_text, score_texts


def label_of(result, needle):
    return next(s for s in result.statements if needle in s.text)


def test_empty_text_gives_no_statements(model):
    result = score_text("", model=model)
    assert result.statements == [] and result.summary.statements == 0


def test_non_text_and_huge_text_are_refused(model):
    with pytest.raises(TypeError):
        score_text(42, model=model)
    with pytest.raises(ValueError, match="limit"):
        score_text("a" * (MAX_CHARS + 1), model=model)


def test_result_records_are_complete_and_consistent(model, article):
    result = score_text(article, doc_id="harbour", model=model)
    assert result.statements
    for s in result.statements:
        assert article[s.start:s.end] == s.text
        assert set(s.probabilities) == set(LABELS)
        assert abs(sum(s.probabilities.values()) - 1) < 1e-3
        assert 0 <= s.strength <= 1 and s.reasons
        if s.source is not None:
            assert article[s.source_start:s.source_end] == s.source
    d = result.to_dict()
    assert d["doc_id"] == "harbour" and len(d["statements"]) == len(result.statements)
    frame = result.to_frame()
    assert len(frame) == len(result.statements) and "strength" in frame.columns


@pytest.mark.parametrize("needle, label", [
    ("Safety is not negotiable", DIRECT_QUOTE),
    ("had been warned about the welds", ANONYMOUS_INSIDER),
    ("The line was meant to carry", EDITORIAL_PARAPHRASE),
    ("A spokesman for Brekke", EDITORIAL_PARAPHRASE),
])
def test_team_article_end_to_end(model, article, needle, label):
    assert label_of(score_text(article, model=model), needle).label == label


def test_pronoun_source_is_resolved_in_output(model, article):
    st_ = label_of(score_text(article, model=model), "He called the cracks")
    assert st_.source == "He" and st_.resolved_source == "Mayor Tobias Lund"


def test_summary_counts_sources_and_check_first(model, article):
    summary = score_text(article, model=model).summary
    assert sum(summary.counts.values()) == summary.statements
    assert "Marit Solberg, the authority's chief engineer" in summary.named_sources or "Marit Solberg" in " ".join(summary.named_sources)
    assert summary.check_first and 0 < summary.anonymous_share < 1


def test_batch_scoring_equals_one_by_one(model, article):
    texts = [article, "Officials said the bridge was safe.", ""]
    together = score_texts(texts, ["a", "b", "c"], model=model)
    alone = [score_text(t, doc_id=i, model=model) for t, i in zip(texts, "abc")]
    assert [r.to_dict() for r in together] == [r.to_dict() for r in alone]


def test_score_frame(model, article):
    import pandas as pd

    frame = score_frame(pd.DataFrame({"id": ["x", "y"], "body": [article, ""]}), text_col="body", id_col="id", model=model)
    assert set(frame["doc_id"]) == {"x"}
    with pytest.raises(KeyError):
        score_frame(pd.DataFrame({"a": []}), text_col="text", model=model)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_scoring_never_raises_on_arbitrary_unicode(model, text):
    result = score_text(text, model=model)
    for s in result.statements:
        assert text[s.start:s.end] == s.text


def test_summary_to_dict_has_every_field_and_copies_containers(model):
    from dataclasses import asdict

    result = score_text('"We won," Ruiz said. Officials said the vote was close.', model=model)
    as_dict = result.summary.to_dict()
    assert as_dict == asdict(result.summary)
    as_dict["counts"]["direct_quote"] = -1
    assert result.summary.counts["direct_quote"] != -1


@pytest.mark.parametrize("enabled_before", [True, False])
def test_scoring_pauses_the_collector_and_restores_it(model, enabled_before):
    import gc
    import threading

    from attributor.model.score import gc_paused

    (gc.enable if enabled_before else gc.disable)()
    try:
        seen = []
        with gc_paused():
            inner = threading.Thread(target=lambda: score_texts(["He said so."] * 3, model=model))
            inner.start()
            inner.join()  # a concurrent pause ending first must not switch the collector back on
            seen.append(gc.isenabled())
        assert seen == [False] and gc.isenabled() is enabled_before
    finally:
        gc.enable()


def test_scored_articles_leave_no_cycles_for_the_collector(model, article):
    """Views and their article are freed by reference counting: a batch leaves nothing for gc to walk."""
    import gc

    score_texts([article] * 3, model=model)  # warm caches (module-level memos are not garbage)
    gc.collect()
    gc.disable()
    try:
        results = score_texts([article] * 20, model=model)
        assert results[0].statements
        del results
        assert gc.collect() == 0
    finally:
        gc.enable()
