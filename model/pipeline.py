"""The estimator: statement features, then a calibrated linear classifier.

``build_pipeline()`` returns a plain scikit-learn :class:`Pipeline` whose
parameters can be read and set with ``get_params``/``set_params``. It
predicts the four fine labels; :class:`AttributionModel` turns those into
the three labels and applies the decision weights.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from attributor.features.transformers import AttributionFeatures, ContextFeatures, MaskedTextNgrams, QuoteFeatures
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, EDITORIAL_PARAPHRASE,
                                     FINE_LABELS, FINE_TO_LABEL, LABELS, UNATTRIBUTED)

SEED = 20261126

#: Version of the pickled model's layout; bump it when AttributionModel or a
#: transformer changes shape, so older artifacts are refused and rebuilt
#: instead of failing inside the scorer.
MODEL_FORMAT = 2

#: Multipliers on the label probabilities before the argmax. Training uses
#: balanced class weights on a corpus with ~17% anonymous statements; real
#: news has a few percent, so the anonymous probability is scaled down (a
#: prior correction, chosen on the benchmark's dev split, never on test).
DEFAULT_LABEL_WEIGHTS = {DIRECT_QUOTE: 1.0, ANONYMOUS_INSIDER: 0.3, EDITORIAL_PARAPHRASE: 1.0}
#: Within the editorial label: news credits more of its narrative to someone
#: than our corpus writers marked, so attribution gets the benefit of the doubt.
DEFAULT_FINE_WEIGHTS = {ATTRIBUTED_PARAPHRASE: 3.0, UNATTRIBUTED: 1.0}


def build_pipeline(C: float = 0.2, calibration_cv=5, n_features: int = 2**18) -> Pipeline:
    """Features -> calibrated multinomial logistic regression over the fine labels."""
    features = FeatureUnion([
        ("quotes", QuoteFeatures()),
        ("attribution", AttributionFeatures()),
        ("context", ContextFeatures()),
        ("ngrams", MaskedTextNgrams(n_features=n_features)),
    ])
    base = LogisticRegression(C=C, solver="saga", max_iter=3000, tol=1e-3, class_weight="balanced", random_state=SEED)
    # ensemble=False: one model fitted on all data, calibrated on out-of-fold
    # predictions; a fifth of the memory and prediction time of the ensemble
    classifier = CalibratedClassifierCV(base, method="sigmoid", cv=calibration_cv, ensemble=False)
    return Pipeline([("features", features), ("classifier", classifier)])


@dataclass
class AttributionModel:
    """A fitted pipeline plus how its fine probabilities become decisions.

    ``label_weights`` multiply the three label probabilities before the
    argmax (the anonymous threshold matters more than any feature), and are
    recorded in the model card.
    """

    pipeline: Pipeline
    label_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_LABEL_WEIGHTS))
    #: within the editorial label, how attributed and unattributed are weighed
    fine_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_FINE_WEIGHTS))
    metadata: dict = field(default_factory=dict)

    def fine_proba(self, views) -> np.ndarray:
        """Probabilities over ``FINE_LABELS`` (columns in that order)."""
        if not views:
            return np.zeros((0, len(FINE_LABELS)))
        proba = self.pipeline.predict_proba(views)
        order = [list(self.pipeline.classes_).index(f) for f in FINE_LABELS]
        return proba[:, order]

    @staticmethod
    def label_proba(fine: np.ndarray) -> np.ndarray:
        """Sum fine probabilities into ``LABELS`` (columns in that order)."""
        out = np.zeros((fine.shape[0], len(LABELS)))
        for j, f in enumerate(FINE_LABELS):
            out[:, LABELS.index(FINE_TO_LABEL[f])] += fine[:, j]
        return out

    def decide(self, fine: np.ndarray) -> tuple[list[str], list[str]]:
        """Label and fine label per row, applying the decision weights."""
        labels_p = self.label_proba(fine)
        weights = np.array([self.label_weights.get(label, 1.0) for label in LABELS])
        label_idx = np.argmax(labels_p * weights, axis=1)
        labels = [LABELS[i] for i in label_idx]
        fine_w = np.array([self.fine_weights.get(f, 1.0) for f in FINE_LABELS])
        fines = []
        for row, label in zip(fine * fine_w, labels):
            candidates = [j for j, f in enumerate(FINE_LABELS) if FINE_TO_LABEL[f] == label]
            fines.append(FINE_LABELS[max(candidates, key=lambda j: row[j])])
        return labels, fines
