"""scikit-learn transformers that turn :class:`StatementView` lists into features.

One transformer per idea, each with ``fit``/``transform`` and
``get_feature_names_out`` so a fitted pipeline can be inspected:

- :class:`QuoteFeatures`: where the quotation marks are;
- :class:`AttributionFeatures`: the cue and the source the rules found;
- :class:`ContextFeatures`: the neighbouring statements and the paragraph;
- :class:`MaskedTextNgrams`: hashed word n-grams of the text outside quotes.

The feature values come from :mod:`attributor.features.rows` and
:mod:`attributor.features.hashing`, which the scorer calls directly.
"""
from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from attributor.features import rows
from attributor.features.hashing import NgramHasher


class _DenseFeatures(TransformerMixin, BaseEstimator):
    """Base: a block of :mod:`rows` (``_names``, ``_row``) as a transformer."""

    _names: tuple[str, ...] = ()

    @staticmethod
    def _row(view) -> list[float]:  # pragma: no cover - abstract
        raise NotImplementedError

    def fit(self, X, y=None):
        if len(X) == 0:
            raise ValueError(f"{type(self).__name__}.fit needs at least one statement")
        self.feature_names_ = np.array(self._names, dtype=object)
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        if getattr(self, "feature_names_", None) is None:
            raise ValueError(f"{type(self).__name__} is not fitted yet; call fit first")
        dense = np.array([self._row(view) for view in X], dtype=np.float64).reshape(len(X), len(self._names))
        return sparse.csr_matrix(dense)

    def get_feature_names_out(self, input_features=None):
        return np.array([f"{type(self).__name__}__{n}" for n in self.feature_names_], dtype=object)


class QuoteFeatures(_DenseFeatures):
    """Quoted share, quote marks at the edges, quotation carried from neighbours."""

    _names = rows.QUOTE_NAMES
    _row = staticmethod(rows.quote_row)


class AttributionFeatures(_DenseFeatures):
    """Cue kind, source kind (own and resolved), inheritance, hedges, anonymity phrases."""

    _names = rows.ATTRIBUTION_NAMES
    _row = staticmethod(rows.attribution_row)


class ContextFeatures(_DenseFeatures):
    """Neighbouring statements, paragraph position, headline-like shape, length."""

    _names = rows.CONTEXT_NAMES
    _row = staticmethod(rows.context_row)


class MaskedTextNgrams(TransformerMixin, BaseEstimator):
    """Hashed word n-grams of the statement with quoted content masked.

    Masking the words inside quotation marks (``_q_``) keeps the model from
    learning what people say and makes it learn how it is attributed.

    Parameters
    ----------
    n_features : int, default=2**18
        Width of the hashing space.
    ngram_range : tuple of int, default=(1, 2)
        Word n-gram sizes.
    """

    def __init__(self, n_features: int = 2**18, ngram_range: tuple[int, int] = (1, 2)):
        self.n_features = n_features
        self.ngram_range = ngram_range

    masked = staticmethod(rows.masked_text)

    def fit(self, X, y=None):
        self.hasher_ = NgramHasher(self.n_features, tuple(self.ngram_range))  # validates both
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        hasher = getattr(self, "hasher_", None)
        if hasher is None:
            raise ValueError("MaskedTextNgrams is not fitted yet; call fit first")
        row_ids, cols, weights = hasher.sparse_rows([rows.masked_text(view) for view in X])
        return sparse.csr_matrix((weights, (row_ids, cols)), shape=(len(X), self.n_features))

    def get_feature_names_out(self, input_features=None):
        return np.array([f"ngram_hash_{i}" for i in range(self.n_features)], dtype=object)
