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

#: Multiplier per fine label on the probabilities of statements with no identified speaker, then
#: renormalised (a Bayes prior shift). The neutral default; training sets the anonymous entry from
#: the real-news prior (``model.train.free_prior_shift``).
NEUTRAL_SHIFT = {f: 1.0 for f in FINE_LABELS}

#: ``_MEMBERS[i, j]`` is True when fine label j belongs to label i.
_MEMBERS = np.array([[FINE_TO_LABEL[f] == label for f in FINE_LABELS] for label in LABELS])
_D, _A, _P, _U = (FINE_LABELS.index(f) for f in (DIRECT_QUOTE, ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, UNATTRIBUTED))
_STRUCT_INDEX = {s: i for i, s in enumerate(vocab.STRUCTURES)}


def structure_codes(views) -> np.ndarray:
    """The speaker model's verdict per statement, as indices into ``vocab.STRUCTURES``."""
    return np.array([_STRUCT_INDEX[structure(v)] for v in views], dtype=np.int64)


def constrain(fine: np.ndarray, codes: np.ndarray, free_shift: dict[str, float] | None = None) -> np.ndarray:
    """Move probability mass where the speaker model leaves no choice; rows still sum to 1.

    - no identified speaker: ``free_shift`` reweighs the learned probabilities (prior shift);
    - anonymous speaker: every attributed share (direct, anonymous, paraphrase) is anonymous, and all of it
      when the speaker's own speech tag frames the statement (the 50% rule is met by construction);
    - on-record speaker: the anonymous share goes to direct and paraphrase in their proportion;
    - interviewer's turn: the direct share is the outlet's own words (unattributed);
    - interviewee's answer: a direct quote (anonymous when the interviewee is);
    - credit or link line: unattributed.
    """
    p = np.array(fine, dtype=np.float64, copy=True).reshape(-1, len(FINE_LABELS))
    codes = np.asarray(codes)

    def rows(name: str) -> np.ndarray:
        return codes == _STRUCT_INDEX[name]

    free = rows(vocab.STRUCT_FREE)
    if free_shift is not None and free.any():
        shifted = p[free] * np.array([free_shift.get(f, 1.0) for f in FINE_LABELS])
        p[free] = shifted / shifted.sum(axis=1, keepdims=True)
    anon = rows(vocab.STRUCT_ANONYMOUS)
    p[anon, _A] = p[anon, _D] + p[anon, _A] + p[anon, _P]
    p[anon, _D] = p[anon, _P] = 0.0
    framed = rows(vocab.STRUCT_ANONYMOUS_FRAMED)
    p[framed] = 0.0
    p[framed, _A] = 1.0
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


def decide(fine: np.ndarray) -> tuple[list[str], list[str]]:
    """Label and fine label per row: the most probable label, then its most probable fine label.

    No weights: the label printed is the argmax of the label probabilities printed.
    """
    fine = np.asarray(fine, dtype=np.float64).reshape(-1, len(FINE_LABELS))
    label_idx = np.argmax(label_proba(fine), axis=1)
    within = np.where(_MEMBERS[label_idx], fine, -np.inf)
    fine_idx = np.argmax(within, axis=1)
    return [LABELS[i] for i in label_idx.tolist()], [FINE_LABELS[j] for j in fine_idx.tolist()]
