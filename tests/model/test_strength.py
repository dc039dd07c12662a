import numpy as np
import pytest

from attributor.model.labels import FINE_LABELS
from attributor.model.strength import strength


def onehot(fine):
    return np.array([1.0 if f == fine else 0.0 for f in FINE_LABELS])


def test_guideline_order_holds_for_confident_predictions():
    values = [strength(onehot(f), f, k, k, src, None, "own")[0] for f, k, src in [
        ("direct_quote", "named", "Marit Solberg, the chief engineer"),
        ("attributed_paraphrase", "named", "Solberg"),
        ("anonymous_insider", "anonymous", "two people familiar"),
        ("unattributed", "none", None),
    ]]
    assert values == sorted(values, reverse=True) and len(set(values)) == 4


@pytest.mark.parametrize("kwargs, reason", [
    ({"source_kind": "publication"}, "second-hand: via a publication"),
    ({"hedge": "reportedly"}, "hedged cue: reportedly"),
    ({"source_kind": "anonymous"}, "unnamed source"),
])
def test_weakening_cues_lower_strength_and_say_why(kwargs, reason):
    base = dict(fine_proba=onehot("attributed_paraphrase"), fine="attributed_paraphrase", source_kind="named",
                resolved_kind="named", source_text="Solberg", hedge=None, inherited="own")
    plain, _ = strength(**base)
    weaker, reasons = strength(**{**base, **kwargs, "resolved_kind": kwargs.get("source_kind", "named")})
    assert reason in reasons
    if "source_kind" not in kwargs or kwargs["source_kind"] != "anonymous":
        assert weaker < plain


def test_strength_is_within_bounds():
    value, reasons = strength(onehot("unattributed"), "unattributed", "none", "none", None, "allegedly", "none")
    assert 0.0 <= value <= 1.0 and reasons == ["no attribution"]


def test_scored_corpus_respects_the_guideline_order_on_average(model):
    from attributor.data.corpus import align, load_records
    from attributor.model.labels import STRENGTH_ORDER
    from attributor.model.score import score_texts

    records = load_records()[::10]
    results = score_texts([r["text"] for r in records], [r["doc_id"] for r in records], model=model)
    by_fine = {f: [] for f in STRENGTH_ORDER}
    for rec, res in zip(records, results):
        for st, gold in zip(res.statements, align(res.statements, rec["statements"])):
            if gold is not None:
                by_fine[gold["fine"]].append(st.strength)
    means = [sum(v) / len(v) for v in (by_fine[f] for f in STRENGTH_ORDER)]
    assert means == sorted(means, reverse=True)
