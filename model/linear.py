"""The fitted model compiled to arrays: what the scorer runs.

A trained :class:`~attributor.model.pipeline.AttributionModel` is a
scikit-learn pipeline: feature transformers, a logistic regression and one
sigmoid calibrator per class. :class:`LinearScorer` holds the same model as
plain arrays (coefficients, intercepts, calibration slopes) and computes the
same probabilities with NumPy and the row functions of
:mod:`attributor.features.rows`. Scoring therefore imports neither
scikit-learn nor SciPy (a second of start-up saved per process), and loading
it reads arrays with ``allow_pickle=False``: a tampered file cannot execute
code.
"""
from __future__ import annotations

import json

import numpy as np

from attributor.features.hashing import NgramHasher
from attributor.features.rows import DENSE_BLOCKS, masked_text
from attributor.model import decision
from attributor.model.labels import FINE_LABELS

_DENSE_NAMES = tuple(f"{block}__{name}" for block, names, _ in DENSE_BLOCKS for name in names)
_ROW_FUNCTIONS = tuple(fn for _, _, fn in DENSE_BLOCKS)


def _dense_row(view) -> list[float]:
    """All dense blocks of one statement, concatenated."""
    row: list[float] = []
    for fn in _ROW_FUNCTIONS:
        row += fn(view)
    return row


class LinearScorer:
    """Fine-label probabilities from statement views, by arrays alone.

    Parameters
    ----------
    dense_coef : ndarray of shape (n_classes, n_dense)
        Coefficients of the dense feature blocks, in ``DENSE_BLOCKS`` order.
    hash_coef : ndarray of shape (n_features, n_classes)
        Coefficients of the hashed n-gram columns (transposed for row lookups).
    intercept, calib_a, calib_b : ndarray of shape (n_classes,)
        Logistic-regression intercepts and the sigmoid calibration
        ``p = 1 / (1 + exp(a * f + b))`` of each class.
    classes : sequence of str
        The fine label of each class row; absent fine labels get probability 0.
    ngram_range : tuple of int
        Word n-gram sizes of the hashed block.
    free_shift : dict
        Prior shift for statements with no identified speaker (see :mod:`attributor.model.decision`).
    """

    def __init__(self, dense_coef, hash_coef, intercept, calib_a, calib_b, classes, ngram_range=(1, 2),
                 free_shift=None):
        self.dense_coef = np.asarray(dense_coef, dtype=np.float64)
        self.hash_coef = np.asarray(hash_coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.calib_a = np.asarray(calib_a, dtype=np.float64)
        self.calib_b = np.asarray(calib_b, dtype=np.float64)
        self.classes = tuple(classes)
        unknown = set(self.classes) - set(FINE_LABELS)
        if unknown or len(self.classes) < 2:
            raise ValueError(f"classes must be at least two of {FINE_LABELS}, got {self.classes}")
        n_rows = 1 if len(self.classes) == 2 else len(self.classes)
        if self.dense_coef.shape != (n_rows, len(_DENSE_NAMES)):
            raise ValueError(f"dense_coef has shape {self.dense_coef.shape}, expected {(n_rows, len(_DENSE_NAMES))}")
        if self.hash_coef.ndim != 2 or self.hash_coef.shape[1] != n_rows:
            raise ValueError(f"hash_coef has shape {self.hash_coef.shape}, expected (n_features, {n_rows})")
        for name in ("intercept", "calib_a", "calib_b"):
            if getattr(self, name).shape != (n_rows,):
                raise ValueError(f"{name} has shape {getattr(self, name).shape}, expected ({n_rows},)")
        self.columns = np.array([FINE_LABELS.index(c) for c in self.classes])
        self.hasher = NgramHasher(self.hash_coef.shape[0], tuple(ngram_range))
        self.free_shift = dict(free_shift or decision.NEUTRAL_SHIFT)

    # -- building and storing -------------------------------------------------
    @classmethod
    def from_model(cls, model) -> "LinearScorer":
        """Compile a fitted :class:`AttributionModel` (a pipeline of the shape ``build_pipeline`` makes)."""
        pipe = model.pipeline
        union = pipe.named_steps["features"]
        names = [name for name, _ in union.transformer_list]
        expected = [block for block, _, _ in DENSE_BLOCKS] + ["ngrams"]
        if names != expected:
            raise ValueError(f"cannot compile a pipeline with feature blocks {names}; expected {expected}")
        ngrams = union.transformer_list[-1][1]
        calibrated = pipe.named_steps["classifier"].calibrated_classifiers_
        if len(calibrated) != 1:
            raise ValueError("cannot compile an ensemble of calibrated classifiers (use ensemble=False)")
        base, calibrators = calibrated[0].estimator, calibrated[0].calibrators
        coef, n_dense = base.coef_, len(_DENSE_NAMES)
        if coef.shape[1] != n_dense + ngrams.n_features:
            raise ValueError(f"coefficient width {coef.shape[1]} does not match the features "
                             f"({n_dense} dense + {ngrams.n_features} hashed)")
        coef = coef.toarray() if hasattr(coef, "toarray") else np.asarray(coef)
        return cls(dense_coef=coef[:, :n_dense], hash_coef=coef[:, n_dense:].T, intercept=base.intercept_,
                   calib_a=[c.a_ for c in calibrators], calib_b=[c.b_ for c in calibrators],
                   classes=[str(c) for c in base.classes_], ngram_range=ngrams.ngram_range,
                   free_shift=model.free_shift)

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The scorer as named arrays (for ``np.savez``; nothing needs pickle)."""
        meta = {"classes": list(self.classes), "ngram_range": list(self.hasher.ngram_range),
                "free_shift": self.free_shift,
                "dense_names": list(_DENSE_NAMES)}
        return {"dense_coef": self.dense_coef, "hash_coef": self.hash_coef, "intercept": self.intercept,
                "calib_a": self.calib_a, "calib_b": self.calib_b, "meta": np.array(json.dumps(meta))}

    @classmethod
    def from_arrays(cls, arrays) -> "LinearScorer":
        """Rebuild a scorer from :meth:`to_arrays` output; refuse one made for other features."""
        meta = json.loads(str(arrays["meta"]))
        if tuple(meta["dense_names"]) != _DENSE_NAMES:
            raise ValueError("the scorer arrays were compiled for other dense features")
        return cls(arrays["dense_coef"], arrays["hash_coef"], arrays["intercept"], arrays["calib_a"],
                   arrays["calib_b"], meta["classes"], tuple(meta["ngram_range"]),
                   meta["free_shift"])

    # -- scoring ----------------------------------------------------------------
    def decision_function(self, views) -> np.ndarray:
        """Logistic-regression scores, one row per view, one column per class row."""
        n = len(views)
        dense = np.array([_dense_row(v) for v in views], dtype=np.float64)
        # einsum, not ``@``: this product is tiny, and BLAS would wake its thread pool for it, whose
        # spinning threads take a core from the other workers of a parallel batch or API.
        scores = np.einsum("ij,kj->ik", dense.reshape(n, len(_DENSE_NAMES)), self.dense_coef) + self.intercept
        rows, cols, weights = self.hasher.sparse_rows([masked_text(v) for v in views])
        if len(cols):
            contrib = self.hash_coef[cols] * weights[:, None]
            for k in range(scores.shape[1]):
                scores[:, k] += np.bincount(rows, weights=contrib[:, k], minlength=n)
        return scores

    def fine_proba(self, views) -> np.ndarray:
        """Calibrated probabilities over ``FINE_LABELS`` (columns in that order)."""
        out = np.zeros((len(views), len(FINE_LABELS)))
        if not len(views):
            return out
        calibrated = 1.0 / (1.0 + np.exp(self.calib_a * self.decision_function(views) + self.calib_b))
        if len(self.classes) == 2:  # binary: one score row, for the second class
            proba = np.column_stack([1.0 - calibrated[:, 0], calibrated[:, 0]])
        else:  # one-vs-rest sigmoids, normalised; all-zero rows become uniform
            total = calibrated.sum(axis=1, keepdims=True)
            proba = np.divide(calibrated, total, out=np.full_like(calibrated, 1 / len(self.classes)),
                              where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        out[:, self.columns] = proba
        return decision.constrain(out, decision.structure_codes(views), self.free_shift)

    @staticmethod
    def decide(fine: np.ndarray) -> tuple[list[str], list[str]]:
        """Label and fine label per row (the argmax of the probabilities)."""
        return decision.decide(fine)


def load_linear(path) -> tuple[LinearScorer, dict]:
    """Verify an artifact and load its compiled scorer; return ``(scorer, card)``.

    Raises :class:`~attributor.model.persist.ArtifactError` for anything unusable.
    """
    from attributor.model.persist import ArtifactError, load_scorer

    arrays, card = load_scorer(path)
    try:
        return LinearScorer.from_arrays(arrays), card
    except (KeyError, ValueError) as err:
        raise ArtifactError(f"compiled scorer of {path} is unusable: {err}; rebuild it with `attributor train`") from None
