"""Hashed word n-grams, the same in training and scoring, without scikit-learn.

The n-gram features of :class:`~attributor.features.transformers.MaskedTextNgrams`
are computed here rather than by scikit-learn's ``HashingVectorizer`` so that
the scorer can build them without importing scikit-learn or SciPy (about a
second of start-up per process), and fast: each word is hashed once (CRC-32
of its UTF-8 bytes, stable across processes, unlike ``hash()``, and
memoised), and the hash of an n-gram is mixed from its words' hashes with
NumPy, for a whole batch of texts at a time.
"""
from __future__ import annotations

import re
from zlib import crc32

import numpy as np

#: Words, plus the dash and colon marks of speech (``— said``, ``Smith:``).
TOKEN_PATTERN = re.compile(r"\b\w+\b|[—–:]")
#: How many distinct words the per-process memo keeps before it starts over.
_MEMO_LIMIT = 500_000
#: Odd multiplier that mixes word hashes into an n-gram hash (the golden ratio, 32 bits).
_MIX = np.uint64(0x9E3779B1)
_MASK = np.uint64(0xFFFFFFFF)


class NgramHasher:
    """Map texts to l2-normalised counts of hashed word n-grams, as sparse rows.

    Parameters
    ----------
    n_features : int
        Width of the hashing space (columns ``0 .. n_features - 1``).
    ngram_range : tuple of int
        Smallest and largest n-gram size, in words.
    """

    def __init__(self, n_features: int, ngram_range: tuple[int, int] = (1, 2)):
        if not isinstance(n_features, int) or n_features < 2:
            raise ValueError(f"n_features must be an int >= 2, got {n_features!r}")
        lo, hi = ngram_range
        if not 1 <= lo <= hi:
            raise ValueError(f"ngram_range must satisfy 1 <= min <= max, got {ngram_range!r}")
        self.n_features = n_features
        self.ngram_range = (lo, hi)
        self._memo: dict[str, int] = {}

    @staticmethod
    def tokens(text: str) -> list[str]:
        """The lower-cased word tokens of a text."""
        return TOKEN_PATTERN.findall(text.lower())

    def _word_hashes(self, tokens: list[str]) -> np.ndarray:
        """32-bit hashes of many tokens (memoised: news repeats its words)."""
        memo = self._memo
        new = set(tokens).difference(memo)
        if len(memo) + len(new) > _MEMO_LIMIT:
            memo.clear()
            new = set(tokens)
        for token in new:
            memo[token] = crc32(token.encode("utf-8"))
        return np.fromiter(map(memo.__getitem__, tokens), dtype=np.uint64, count=len(tokens))

    def sparse_rows(self, texts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(rows, columns, weights)`` of the texts' l2-normalised hashed n-gram counts.

        One entry per distinct (text, column), sorted by text then column; a
        text without tokens has no entries.
        """
        tokens: list[str] = []
        lengths = []
        for text in texts:
            found = self.tokens(text)
            tokens += found
            lengths.append(len(found))
        n_texts = len(lengths)
        hashes = self._word_hashes(tokens)
        owner = np.repeat(np.arange(n_texts, dtype=np.int64), lengths)
        lo, hi = self.ngram_range
        keys = []
        gram = hashes
        for n in range(1, hi + 1):
            if n > 1:  # extend each (n-1)-gram by the next word, within one text
                gram = ((gram[:-1] * _MIX) & _MASK) ^ hashes[n - 1:]
            if n >= lo and len(gram):
                same_text = owner[:len(gram)] == owner[n - 1:]
                keys.append(owner[:len(gram)][same_text] * self.n_features
                            + (gram[same_text] % np.uint64(self.n_features)).astype(np.int64))
        if not keys or not sum(len(k) for k in keys):
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        keys, counts = np.unique(np.concatenate(keys), return_counts=True)
        rows, cols = np.divmod(keys, self.n_features)
        values = counts.astype(np.float64)
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n_texts))
        return rows, cols, values / norms[rows]

    def __getstate__(self):  # the memo is a cache, not part of the model
        return {"n_features": self.n_features, "ngram_range": self.ngram_range}

    def __setstate__(self, state):
        self.__init__(state["n_features"], tuple(state["ngram_range"]))
