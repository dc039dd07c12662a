"""The one scoring function every interface calls.

``score_text`` scores one article; ``score_texts`` scores many at once (one
model call for all their statements, which is what makes batch scoring
fast); ``score_frame`` does the same for a pandas DataFrame.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from attributor.features import vocab
from attributor.features.statements import ArticleView, analyse
from attributor.features.attribution import classify_source, subject_phrase
from attributor.model.decision import label_proba
from attributor.model.labels import ATTRIBUTED_PARAPHRASE, LABELS, UNATTRIBUTED
from attributor.model.linear import load_linear
from attributor.model.persist import ArtifactError, default_model_path  # noqa: F401 - ArtifactError: re-exported
from attributor.model.results import ArticleResult, StatementResult
from attributor.model.strength import strength
from attributor.model.summary import summarise

#: Longest text scored in one piece; longer input is refused, not truncated.
MAX_CHARS = 2_000_000


@lru_cache(maxsize=4)
def _load_cached(path: str):
    return load_linear(Path(path))


def load_model(path: str | Path | None = None):
    """Load a model's compiled scorer (default: the default model, :func:`persist.default_model_path`).

    Returns a :class:`~attributor.model.linear.LinearScorer`; scoring needs
    neither scikit-learn nor the pickled pipeline. A missing or stale model
    raises :class:`ArtifactError` saying how to build it; library code never
    trains (the CLI, batch and the server build the default model when it is
    missing: :func:`attributor.setup.ensure_default_model`).
    """
    return _load_cached(str(Path(path if path is not None else default_model_path()).resolve()))[0]


def _results(doc_id: str, art: ArticleView, fine_p, label_p, labels, fines) -> ArticleResult:
    text = art.text
    out = []
    for v, p, lp, label, fine in zip(art.statements, fine_p, label_p, labels, fines):
        att = v.attribution
        src = (att.source_start, att.source_end) if att and att.source_start is not None else (None, None)
        kind = att.source_kind if att else vocab.NONE
        if src[0] is None and fine == ATTRIBUTED_PARAPHRASE:
            subject = subject_phrase(text, v.start, v.end)
            if subject is not None:
                src, kind = subject, classify_source(text[subject[0]:subject[1]])
        src_text = text[src[0]:src[1]] if src[0] is not None else None
        cued = att is not None and att.cue_end > att.cue_start
        ante_text = text[v.antecedent[0]:v.antecedent[1]] if v.antecedent else None
        speaker = v.speaker if fine != UNATTRIBUTED else None
        resolved_kind = speaker.kind if speaker is not None else kind
        value, reasons = strength(p, fine, kind, resolved_kind, ante_text or src_text, v.hedge, v.inherited)
        probabilities = {name: round(x, 4) for name, x in zip(LABELS, lp)}
        out.append(StatementResult(
            doc_id=doc_id, index=v.index, start=v.start, end=v.end, text=v.text, label=label, fine=fine,
            probabilities=probabilities, strength=value, reasons=reasons,
            source=src_text, source_start=src[0], source_end=src[1],
            source_kind=kind,
            # an answer credited to the interviewee the introduction names has no cue word
            cue=text[att.cue_start:att.cue_end] if cued else None,
            cue_start=att.cue_start if cued else None, cue_end=att.cue_end if cued else None,
            resolved_source=ante_text,
            resolved_start=v.antecedent[0] if v.antecedent else None,
            resolved_end=v.antecedent[1] if v.antecedent else None,
            resolved_kind=v.resolved_kind if v.antecedent else vocab.NONE,
            speaker_id=speaker.id if speaker is not None else None,
            speaker=speaker.name if speaker is not None else None,
            speaker_kind=speaker.kind if speaker is not None else vocab.NONE,
        ))
    return ArticleResult(doc_id, text, out, summarise(out))


def check_text(text) -> str:
    """Validate one input text; raise ``TypeError``/``ValueError`` with the reason."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    return text


_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = True


@contextmanager
def gc_paused():
    """Pause Python's cyclic garbage collector while a batch is scored.

    Scoring allocates many small objects that all live until the batch is
    done; the collector's passes over them cost 10-30% of scoring time and
    free nothing. Nested and concurrent (threads) pauses are counted, and
    the collector's earlier state comes back when the last one ends. A
    caller that keeps the results only briefly (a batch chunk: score, write,
    drop) pauses around all of it, so they are freed before the collector
    wakes up and it finds nothing to walk.
    """
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def score_texts(texts: Sequence[str], doc_ids: Sequence[str] | None = None, model=None) -> list[ArticleResult]:
    """Score many articles with one model call; ``doc_ids`` default to positions."""
    model = model or load_model()
    doc_ids = list(doc_ids) if doc_ids is not None else [str(i) for i in range(len(texts))]
    with gc_paused():
        return _score_texts(texts, doc_ids, model)


def _score_texts(texts: Sequence[str], doc_ids: list[str], model) -> list[ArticleResult]:
    arts = [analyse(check_text(t)) for t in texts]
    views = [v for a in arts for v in a.statements]
    fine_p = model.fine_proba(views)
    labels, fines = model.decide(fine_p) if views else ([], [])
    label_p = label_proba(fine_p).tolist()
    results, k = [], 0
    for doc_id, art in zip(doc_ids, arts):
        n = len(art.statements)
        results.append(_results(str(doc_id), art, fine_p[k:k + n], label_p[k:k + n], labels[k:k + n], fines[k:k + n]))
        art.release()
        k += n
    return results


def score_text(text: str, doc_id: str = "0", model=None) -> ArticleResult:
    """Score one article: statements with labels, sources, strength, and a summary."""
    return score_texts([text], [doc_id], model=model)[0]


def score_isolated(texts: list[str], doc_ids: list[str], model) -> list:
    """Score texts with one ``score_texts`` call; if one breaks the call, score them one by one.

    Returns one entry per text: its ``ArticleResult``, or the exception that
    scoring it alone raised -- a bad text costs only itself. The one
    isolated-batch scorer of the CLI, the batch engines and the API.
    """
    try:
        return score_texts(texts, doc_ids, model)
    except Exception:  # noqa: BLE001 - one text broke the batch: score one by one and keep the rest
        if len(texts) == 1:
            raise
    out = []
    for text, doc_id in zip(texts, doc_ids):
        try:
            out.append(score_texts([text], [doc_id], model)[0])
        except Exception as err:  # noqa: BLE001 - reported to its caller, the rest goes on
            out.append(err)
    return out


def score_frame(df, text_col: str = "text", id_col: str | None = "doc_id", model=None):
    """Score a DataFrame of articles; return one row per statement."""
    import pandas as pd

    if text_col not in df.columns:
        raise KeyError(f"column {text_col!r} not in the frame (columns: {list(df.columns)})")
    ids: Iterable = df[id_col].astype(str) if id_col and id_col in df.columns else map(str, range(len(df)))
    results = score_texts(list(df[text_col]), list(ids), model=model)
    frames = [r.to_frame() for r in results if r.statements]
    if not frames:
        return pd.DataFrame(columns=list(StatementResult.__dataclass_fields__))
    return pd.concat(frames, ignore_index=True)
