import pytest

from attributor.data.agreement import SECOND, SECOND_NEWS, cohen_kappa, report


@pytest.mark.parametrize("a, b, kappa", [
    (["x", "y", "x", "y"], ["x", "y", "x", "y"], 1.0),
    (["x", "x", "y", "y"], ["x", "y", "x", "y"], 0.0),
])
def test_cohen_kappa(a, b, kappa):
    assert cohen_kappa(a, b) == pytest.approx(kappa)


def test_kappa_needs_equal_lengths():
    with pytest.raises(ValueError):
        cohen_kappa(["x"], [])


def test_double_annotation_agrees_with_the_corpus():
    if not SECOND.exists():
        pytest.skip("no second annotation")
    rep = report()
    assert rep["articles"] >= 35 and rep["statements"] >= 600
    assert rep["label_kappa"] >= 0.85


def test_corpus_two_was_double_annotated_on_a_tenth_of_its_articles():
    from attributor.data.corpus import load_records

    news = [r for r in load_records() if r["doc_id"].startswith("news-")]
    rep = report(SECOND_NEWS)
    assert rep["articles"] >= len(news) // 10
    assert rep["label_kappa"] >= 0.85
