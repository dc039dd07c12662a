"""The estimator: statement features, then a calibrated linear classifier.

``build_pipeline()`` returns a plain scikit-learn :class:`Pipeline` whose
parameters can be read and set with ``get_params``/``set_params``. It
predicts the four fine labels; :class:`AttributionModel` turns those into
the three labels and applies the decision weights. For scoring, the fitted
model is compiled to arrays (:mod:`attributor.model.linear`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from attributor.features.transformers import AttributionFeatures, ContextFeatures, MaskedTextNgrams, QuoteFeatures
from attributor.model import decision
from attributor.model.labels import FINE_LABELS

SEED = 20261126


def build_pipeline(C: float = 0.2, calibration_cv=5, n_features: int = 2**18) -> Pipeline:
    """Features -> calibrated multinomial logistic regression over the fine labels."""
    features = FeatureUnion([
        ("quotes", QuoteFeatures()),
        ("attribution", AttributionFeatures()),
        ("context", ContextFeatures()),
        ("ngrams", MaskedTextNgrams(n_features=n_features)),
    ])
    base = LogisticRegression(C=C, solver="saga", max_iter=3000, tol=1e-3, random_state=SEED)
    # ensemble=False: one model fitted on all data, calibrated on out-of-fold
    # predictions; a fifth of the memory and prediction time of the ensemble
    classifier = CalibratedClassifierCV(base, method="sigmoid", cv=calibration_cv, ensemble=False)
    return Pipeline([("features", features), ("classifier", classifier)])


@dataclass
class AttributionModel:
    """A fitted pipeline plus how its fine probabilities become decisions.

    ``free_shift`` reweighs the probabilities of statements with no
    identified speaker (a prior shift from the training corpus's mix to real
    news, recorded in the model card); everything else is the speaker model's
    constraint (:func:`attributor.model.decision.constrain`).
    """

    pipeline: Pipeline
    free_shift: dict[str, float] = field(default_factory=lambda: dict(decision.NEUTRAL_SHIFT))
    metadata: dict = field(default_factory=dict)

    def fine_proba(self, views) -> np.ndarray:
        """Probabilities over ``FINE_LABELS`` (columns in that order), speaker constraints applied."""
        out = np.zeros((len(views), len(FINE_LABELS)))
        if not len(views):
            return out
        columns = [FINE_LABELS.index(c) for c in self.pipeline.classes_]
        out[:, columns] = self.pipeline.predict_proba(views)
        return decision.constrain(out, decision.structure_codes(views), self.free_shift)

    @staticmethod
    def label_proba(fine: np.ndarray) -> np.ndarray:
        """Sum fine probabilities into ``LABELS`` (columns in that order)."""
        return decision.label_proba(fine)

    @staticmethod
    def decide(fine: np.ndarray) -> tuple[list[str], list[str]]:
        """Label and fine label per row (the argmax of the probabilities)."""
        return decision.decide(fine)
