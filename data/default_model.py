"""Train the embedded default model on the team corpus in ``data/corpus``.

Training code lives in :mod:`attributor.model.train`; this module only
supplies the corpus, its hash and the real-news class prior, so that the
model layer never reads the data layer.
"""
from __future__ import annotations

from pathlib import Path

from attributor.data.corpus import corpus_files, data_hash, load_records
from attributor.model.persist import default_model_path
from attributor.model.train import REAL_NEWS_PRIOR, train, write_model

#: What the model card says the default model was trained on.
SOURCE = "data/corpus"


def train_default(path: Path | None = None, evaluate: bool = True) -> dict:
    """Train on the team corpus with the real-news prior and write the default artifact; return its card."""
    files = corpus_files()
    model, metrics = train(load_records(files), evaluate=evaluate, prior=REAL_NEWS_PRIOR)
    return write_model(model, metrics, path or default_model_path(), data_hash(files), SOURCE)
