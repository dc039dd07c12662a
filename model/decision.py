"""From fine probabilities to decisions: label sums, weights, argmax.

Shared by the training-time :class:`~attributor.model.pipeline.AttributionModel`
and the scoring-time :class:`~attributor.model.linear.LinearScorer`, so both
decide the same way. NumPy only.
"""
from __future__ import annotations

import numpy as np

from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, EDITORIAL_PARAPHRASE,
                                     FINE_LABELS, FINE_TO_LABEL, LABELS, UNATTRIBUTED)

#: Multipliers on the label probabilities before the argmax. Training uses
#: balanced class weights on a corpus with ~17% anonymous statements; real
#: news has a few percent, so the anonymous probability is scaled down (a
#: prior correction, chosen on the benchmark's dev split, never on test).
DEFAULT_LABEL_WEIGHTS = {DIRECT_QUOTE: 1.0, ANONYMOUS_INSIDER: 0.3, EDITORIAL_PARAPHRASE: 1.0}
#: Within the editorial label: news credits more of its narrative to someone
#: than our corpus writers marked, so attribution gets the benefit of the doubt.
DEFAULT_FINE_WEIGHTS = {ATTRIBUTED_PARAPHRASE: 3.0, UNATTRIBUTED: 1.0}

#: ``_MEMBERS[i, j]`` is True when fine label j belongs to label i.
_MEMBERS = np.array([[FINE_TO_LABEL[f] == label for f in FINE_LABELS] for label in LABELS])


def label_proba(fine: np.ndarray) -> np.ndarray:
    """Sum fine probabilities (columns ``FINE_LABELS``) into ``LABELS`` columns."""
    return np.asarray(fine, dtype=np.float64) @ _MEMBERS.T.astype(np.float64)


def decide(fine: np.ndarray, label_weights: dict[str, float],
           fine_weights: dict[str, float]) -> tuple[list[str], list[str]]:
    """Label and fine label per row of fine probabilities, applying the decision weights."""
    fine = np.asarray(fine, dtype=np.float64).reshape(-1, len(FINE_LABELS))
    lw = np.array([label_weights.get(label, 1.0) for label in LABELS])
    label_idx = np.argmax(label_proba(fine) * lw, axis=1)
    fw = np.array([fine_weights.get(f, 1.0) for f in FINE_LABELS])
    within = np.where(_MEMBERS[label_idx], fine * fw, -np.inf)
    fine_idx = np.argmax(within, axis=1)
    return [LABELS[i] for i in label_idx.tolist()], [FINE_LABELS[j] for j in fine_idx.tolist()]
