"""From fine probabilities to decisions: the speaker model's constraints, label sums, argmax.

Shared by the training-time :class:`~attributor.model.pipeline.AttributionModel`
and the scoring-time :class:`~attributor.model.linear.LinearScorer`, so both
decide the same way. NumPy only.

The learned model says what is attributed and what is quoted; the speaker
model (:mod:`attributor.features.speakers`) says who stands behind it. The
GUIDELINES priority is applied here as a constraint on the probabilities,
not as a prior: when an anonymous speaker stands behind a statement, all its
attributed mass is anonymous. The printed label is the argmax of the printed
probabilities, always.
"""
from __future__ import annotations

import numpy as np

from attributor.features import vocab
from attributor.features.speakers import structure
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, FINE_LABELS,
                                     FINE_TO_LABEL, LABELS, UNATTRIBUTED)

#: Multipliers on the label probabilities before the argmax: none. Class priors come from
#: training weights matched to real news (``model.train``), anonymity from the speaker model.
DEFAULT_LABEL_WEIGHTS = {label: 1.0 for label in LABELS}
#: Within the editorial label, attributed and unattributed are weighed as the model says.
DEFAULT_FINE_WEIGHTS = {f: 1.0 for f in (ATTRIBUTED_PARAPHRASE, UNATTRIBUTED)}

#: ``_MEMBERS[i, j]`` is True when fine label j belongs to label i.
_MEMBERS = np.array([[FINE_TO_LABEL[f] == label for f in FINE_LABELS] for label in LABELS])
_D, _A, _P, _U = (FINE_LABELS.index(f) for f in (DIRECT_QUOTE, ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, UNATTRIBUTED))
_STRUCT_INDEX = {s: i for i, s in enumerate(vocab.STRUCTURES)}


def structure_codes(views) -> np.ndarray:
    """The speaker model's verdict per statement, as indices into ``vocab.STRUCTURES``."""
    return np.array([_STRUCT_INDEX[structure(v)] for v in views], dtype=np.int64)


def constrain(fine: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Move probability mass where the speaker model leaves no choice; rows still sum to 1.

    - anonymous speaker: every attributed share (direct, anonymous, paraphrase) is anonymous;
    - on-record speaker: the anonymous share goes to direct and paraphrase in their proportion;
    - interviewer's turn: the direct share is the outlet's own words (unattributed);
    - interviewee's answer: a direct quote (anonymous when the interviewee is);
    - credit or link line: unattributed.
    """
    p = np.array(fine, dtype=np.float64, copy=True).reshape(-1, len(FINE_LABELS))
    codes = np.asarray(codes)

    def rows(name: str) -> np.ndarray:
        return codes == _STRUCT_INDEX[name]

    anon = rows(vocab.STRUCT_ANONYMOUS)
    p[anon, _A] = p[anon, _D] + p[anon, _A] + p[anon, _P]
    p[anon, _D] = p[anon, _P] = 0.0
    record = rows(vocab.STRUCT_ON_RECORD)
    spoken = p[record, _D] + p[record, _P]
    share = np.divide(p[record, _D], spoken, out=np.zeros_like(spoken), where=spoken > 0)
    p[record, _D] += p[record, _A] * share
    p[record, _P] += p[record, _A] * (1.0 - share)
    p[record, _A] = 0.0
    question = rows(vocab.STRUCT_QUESTION)
    p[question, _U] += p[question, _D]
    p[question, _D] = 0.0
    for name, column in ((vocab.STRUCT_ANSWER, _D), (vocab.STRUCT_ANONYMOUS_ANSWER, _A), (vocab.STRUCT_CREDIT, _U)):
        hit = rows(name)
        p[hit] = 0.0
        p[hit, column] = 1.0
    return p


def label_proba(fine: np.ndarray) -> np.ndarray:
    """Sum fine probabilities (columns ``FINE_LABELS``) into ``LABELS`` columns."""
    return np.asarray(fine, dtype=np.float64) @ _MEMBERS.T.astype(np.float64)


def decide(fine: np.ndarray, label_weights: dict[str, float] | None = None,
           fine_weights: dict[str, float] | None = None) -> tuple[list[str], list[str]]:
    """Label and fine label per row of fine probabilities, applying the decision weights."""
    label_weights = label_weights or DEFAULT_LABEL_WEIGHTS
    fine_weights = fine_weights or DEFAULT_FINE_WEIGHTS
    fine = np.asarray(fine, dtype=np.float64).reshape(-1, len(FINE_LABELS))
    lw = np.array([label_weights.get(label, 1.0) for label in LABELS])
    label_idx = np.argmax(label_proba(fine) * lw, axis=1)
    fw = np.array([fine_weights.get(f, 1.0) for f in FINE_LABELS])
    within = np.where(_MEMBERS[label_idx], fine * fw, -np.inf)
    fine_idx = np.argmax(within, axis=1)
    return [LABELS[i] for i in label_idx.tolist()], [FINE_LABELS[j] for j in fine_idx.tolist()]
