"""scikit-learn transformers that turn :class:`StatementView` lists into features.

One transformer per idea, each with ``fit``/``transform`` and
``get_feature_names_out`` so a fitted pipeline can be inspected:

- :class:`QuoteFeatures`: where the quotation marks are;
- :class:`AttributionFeatures`: the cue and the source the rules found;
- :class:`ContextFeatures`: the neighbouring statements and the paragraph;
- :class:`MaskedTextNgrams`: hashed word n-grams of the text outside quotes.
"""
from __future__ import annotations

import math
import re

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer

from attributor.features import lexicon as lx
from attributor.features.attribution import SOURCE_KINDS
from attributor.features.quotes import ALL_MARKS

CUE_KINDS = ("none", "verb", "according_to", "citing", "dash", "colon")
INHERITANCE = ("own", "quote_chain", "quote_prev", "colon_block", "dash_tail", "none")
_STRONG_QUALIFIERS = re.compile("|".join(re.escape(q) for q in lx.ANONYMITY_QUALIFIERS if len(q) > 8))
_HEDGES = re.compile("|".join(re.escape(h) for h in lx.HEDGES))
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def _one_hot(value: str, options: tuple[str, ...], prefix: str) -> dict[str, float]:
    return {f"{prefix}={o}": float(value == o) for o in options}


class _DenseFeatures(TransformerMixin, BaseEstimator):
    """Base: subclasses map one statement view to a dict of floats."""

    def _row(self, view) -> dict[str, float]:  # pragma: no cover - abstract
        raise NotImplementedError

    def fit(self, X, y=None):
        if len(X) == 0:
            raise ValueError(f"{type(self).__name__}.fit needs at least one statement")
        self.feature_names_ = np.array(list(self._row(X[0]).keys()), dtype=object)
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        names = getattr(self, "feature_names_", None)
        if names is None:
            raise ValueError(f"{type(self).__name__} is not fitted yet; call fit first")
        rows = np.array([list(self._row(view).values()) for view in X], dtype=np.float64).reshape(len(X), len(names))
        return sparse.csr_matrix(rows)

    def get_feature_names_out(self, input_features=None):
        return np.array([f"{type(self).__name__}__{n}" for n in self.feature_names_], dtype=object)


_CAPS_SPEAKER = re.compile(r"^[\"“„«]?(?:Q|A|[A-Z][A-Z.'’\- ]{1,30}[A-Z.])\s*:")
_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z’']*\b")


def _title_case_share(text: str) -> float:
    """Share of words of four letters or more that are capitalised: high in headlines."""
    words = [w for w in _TITLE_WORD.findall(text) if len(w) >= 4]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _content_quoted_fraction(v) -> float:
    """Quoted share of the statement once its own source and cue are set aside.

    ``Ditto said she expects "to continue calling out bias."`` is mostly
    quoted content even though a third of the sentence is unquoted.
    """
    att = v.attribution
    if att is None or v.inherited != "own":
        return v.quoted_frac
    qmap, text = v.article.quotes, v.article.text
    lo = min(att.cue_start, att.source_start if att.source_start is not None else att.cue_start)
    hi = max(att.cue_end, att.source_end if att.source_end is not None else att.cue_end)
    lo, hi = max(lo, v.start), min(hi, v.end)
    if hi < lo:
        return v.quoted_frac
    visible = qmap.visible_chars(v.start, lo) + qmap.visible_chars(hi, v.end)
    if visible <= 0:
        return v.quoted_frac
    quoted = qmap.quoted_chars(v.start, lo) + qmap.quoted_chars(hi, v.end)
    return min(1.0, quoted / visible)


class QuoteFeatures(_DenseFeatures):
    """Quoted share, quote marks at the edges, quotation carried from neighbours."""

    def _row(self, v) -> dict[str, float]:
        text = v.text
        body = text.rstrip(" .,!?;:…)")
        q = v.quoted_frac
        cq = _content_quoted_fraction(v)
        return {
            "quoted_frac": q,
            "content_quoted_frac": cq,
            "content_quoted_ge_half": float(cq >= 0.5),
            "quoted_ge_half": float(q >= 0.5),
            "quoted_ge_90": float(q >= 0.9),
            "quoted_any": float(q > 0),
            "open_at_start": float(v.open_at_start),
            "open_at_end": float(v.open_at_end),
            "starts_with_mark": float(bool(text) and text[0] in ALL_MARKS),
            "ends_with_mark": float(bool(body) and body[-1] in ALL_MARKS),
            "n_marks": min(v.article.quotes.marks_in(v.start, v.end), 6) / 6,
            "ends_with_colon": float(text.rstrip().endswith(":")),
            "colon_speaker_caps": float(bool(_CAPS_SPEAKER.match(text))),
            "title_case_share": _title_case_share(text),
        }


class AttributionFeatures(_DenseFeatures):
    """Cue kind, source kind (own and resolved), inheritance, hedges, anonymity phrases."""

    def _row(self, v) -> dict[str, float]:
        att = v.attribution
        text_low = v.text.lower()
        row: dict[str, float] = {}
        row.update(_one_hot(att.cue_kind if att else "none", CUE_KINDS, "cue"))
        row.update(_one_hot(att.source_kind if att else "none", SOURCE_KINDS, "source"))
        row.update(_one_hot(v.resolved_kind, SOURCE_KINDS, "resolved"))
        row.update(_one_hot(v.inherited, INHERITANCE, "inherited"))
        length = max(v.end - v.start, 1)
        own = v.attributions
        row["hedged"] = float(bool(_HEDGES.search(text_low)))
        row["cue_rel_pos"] = ((att.cue_start - v.start) / length) if att and v.inherited == "own" else -1.0
        row["source_before_cue"] = float(bool(att and att.source_start is not None and att.source_start < att.cue_start))
        row["n_attributions"] = min(len(own), 4) / 4
        row["any_own_anonymous"] = float(any(a.source_kind == "anonymous" for a in own))
        row["any_own_named"] = float(any(a.source_kind == "named" for a in own))
        row["anonymity_phrase"] = float(bool(_STRONG_QUALIFIERS.search(text_low)))
        words = set(_WORD.findall(text_low))
        row["unnamed_noun"] = float(bool(words & lx.UNNAMED_SOURCE_NOUNS))
        row["reporting_verb"] = float(bool(words & lx.REPORTING_VERBS))
        row["publication_word"] = float(bool(words & lx.PUBLICATION_NOUNS))
        row["vague_group_word"] = float(bool(words & lx.VAGUE_GROUPS))
        row["boilerplate"] = float(text_low.strip(" .:!") in lx.BOILERPLATE)
        return row


class ContextFeatures(_DenseFeatures):
    """Neighbouring statements, paragraph position, headline-like shape, length."""

    def _row(self, v) -> dict[str, float]:
        row: dict[str, float] = {}
        for name, step in (("prev", -1), ("next", 1)):
            n = v.neighbour(step)
            same_par = n is not None and n.paragraph == v.paragraph
            row[f"{name}_exists"] = float(n is not None)
            row[f"{name}_same_paragraph"] = float(same_par)
            row[f"{name}_quoted_frac"] = n.quoted_frac if n is not None else 0.0
            row[f"{name}_anonymous"] = float(n is not None and n.resolved_kind == "anonymous")
            row[f"{name}_attributed"] = float(n is not None and n.attribution is not None)
        text = v.text
        words = len(text.split())
        in_par = v.article.paragraph_members(v.paragraph)
        row["first_statement"] = float(v.index == 0)
        row["no_final_punct"] = float(text.rstrip()[-1:] not in ".!?\"”»’…:")
        row["log_words"] = math.log1p(words) / 5
        row["short"] = float(words <= 4)
        row["paragraph_size"] = min(len(in_par), 8) / 8
        row["paragraph_position"] = (v.index - in_par[0]) / max(len(in_par) - 1, 1)
        return row


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

    def _vectorizer(self) -> HashingVectorizer:
        return HashingVectorizer(n_features=self.n_features, ngram_range=self.ngram_range,
                                 alternate_sign=False, norm="l2", token_pattern=r"(?u)\b\w+\b|[—–:]")

    @staticmethod
    def masked(v) -> str:
        art = v.article
        open_at = art.quotes.open_at[v.start:v.end]
        text = art.text[v.start:v.end]
        if not open_at.any():
            return text
        flags = open_at.astype(bool)
        changes = np.flatnonzero(np.diff(flags.astype(np.int8))) + 1
        bounds = [0, *changes.tolist(), len(text)]
        return "".join(" _q_ " if flags[a] else text[a:b] for a, b in zip(bounds[:-1], bounds[1:]))

    def fit(self, X, y=None):
        if not isinstance(self.n_features, int) or self.n_features < 2:
            raise ValueError(f"n_features must be an int >= 2, got {self.n_features!r}")
        lo, hi = self.ngram_range
        if not 1 <= lo <= hi:
            raise ValueError(f"ngram_range must satisfy 1 <= min <= max, got {self.ngram_range!r}")
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        return self._vectorizer().transform([self.masked(v) for v in X])

    def get_feature_names_out(self, input_features=None):
        return np.array([f"ngram_hash_{i}" for i in range(self.n_features)], dtype=object)
