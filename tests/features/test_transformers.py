import numpy as np
import pytest
from sklearn.base import clone

from attributor.features.statements import analyse
from attributor.features.transformers import AttributionFeatures, ContextFeatures, MaskedTextNgrams, QuoteFeatures


@pytest.fixture(scope="module")
def views():
    return analyse('"We will win," she said. Officials said the vote was close. The rain stopped.').statements


@pytest.mark.parametrize("cls", [QuoteFeatures, AttributionFeatures, ContextFeatures])
def test_dense_transformers_follow_sklearn_idioms(cls, views):
    est = clone(cls())
    X = est.fit(views).transform(views)
    assert X.shape == (len(views), len(est.get_feature_names_out()))
    assert np.isfinite(X.toarray()).all()


@pytest.mark.parametrize("cls", [QuoteFeatures, AttributionFeatures, ContextFeatures])
def test_transform_before_fit_fails_clearly(cls, views):
    with pytest.raises(ValueError, match="not fitted"):
        cls().transform(views)


def test_quoted_words_are_masked_in_ngrams(views):
    assert "win" not in MaskedTextNgrams.masked(views[0]) and "_q_" in MaskedTextNgrams.masked(views[0])


def test_ngram_parameters_are_validated(views):
    with pytest.raises(ValueError):
        MaskedTextNgrams(ngram_range=(2, 1)).fit(views)


def test_quote_features_see_the_quote(views):
    est = QuoteFeatures().fit(views)
    names = list(est.feature_names_)
    X = est.transform(views).toarray()
    assert X[0, names.index("quoted_frac")] > 0.5 and X[2, names.index("quoted_frac")] == 0
