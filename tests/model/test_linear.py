"""The compiled scorer computes what the scikit-learn pipeline computes, without it."""
import copy
import subprocess
import sys

import numpy as np
import pytest

from attributor.data.corpus import load_records
from attributor.features.statements import analyse
from attributor.model import persist
from attributor.model.labels import ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, FINE_LABELS
from attributor.model.linear import LinearScorer, load_linear
from attributor.model.train import train


@pytest.fixture(scope="module")
def fitted():
    return persist.load(persist.default_model_path(), model_format=persist.MODEL_FORMAT)[0]


@pytest.fixture(scope="module")
def views(article):
    return [v for r in load_records()[:25] for v in analyse(r["text"]).statements] + analyse(article).statements


def test_compiled_scorer_matches_the_pipeline(fitted, views):
    scorer, _ = load_linear(persist.default_model_path())
    expected = fitted.fine_proba(views)
    assert np.allclose(scorer.fine_proba(views), expected, rtol=0, atol=1e-12)
    assert scorer.decide(scorer.fine_proba(views)) == fitted.decide(expected)


def test_arrays_round_trip_without_pickle(fitted, views, tmp_path):
    scorer = LinearScorer.from_model(fitted)
    path = tmp_path / "s.npz"
    np.savez(path, **scorer.to_arrays())
    with np.load(path, allow_pickle=False) as npz:
        again = LinearScorer.from_arrays({k: npz[k] for k in npz.files})
    assert np.array_equal(again.fine_proba(views), scorer.fine_proba(views))
    assert again.free_shift == fitted.free_shift


def test_arrays_for_other_features_are_refused(fitted):
    arrays = LinearScorer.from_model(fitted).to_arrays()
    arrays["dense_coef"] = arrays["dense_coef"][:, :-1]
    with pytest.raises(ValueError, match="dense_coef"):
        LinearScorer.from_arrays(arrays)


def test_a_two_class_model_compiles_too():
    records = copy.deepcopy(load_records()[:30])
    for r in records:  # keep two fine labels only
        for s in r["statements"]:
            if s["fine"] not in (DIRECT_QUOTE, ATTRIBUTED_PARAPHRASE):
                s["fine"] = ATTRIBUTED_PARAPHRASE
    model, _ = train(records, evaluate=False)
    views = analyse('"We will win," she said. The mayor said the vote was close.').statements
    compiled = LinearScorer.from_model(model).fine_proba(views)
    assert np.allclose(compiled, model.fine_proba(views), atol=1e-12)
    absent = [FINE_LABELS.index(f) for f in FINE_LABELS if f not in (DIRECT_QUOTE, ATTRIBUTED_PARAPHRASE)]
    assert (compiled[:, absent] == 0).all()


def test_scoring_imports_neither_sklearn_nor_scipy():
    code = ("import sys; from attributor.model.score import score_text; score_text('He said so.'); "
            "print(sorted(m for m in ('sklearn', 'scipy', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
