"""Build the default model when a command needs it and it is missing or stale.

Library code (:func:`attributor.model.score.load_model`) never trains and
never prints: it raises :class:`~attributor.model.persist.ArtifactError`.
The commands (``score``, ``report``, ``batch``, ``serve``) call
:func:`ensure_default_model` first, which says what it does on stderr and
builds the model from the team corpus into the per-user cache directory
(:func:`attributor.model.persist.default_model_path`), about 20 s.
"""
from __future__ import annotations

import sys
from pathlib import Path


def ensure_default_model(quiet: bool = False) -> Path:
    """The default model's path, after building it if it is missing or cannot be loaded."""
    from attributor.model.persist import ArtifactError, default_model_path
    from attributor.model.score import _load_cached, load_model

    path = default_model_path()
    try:
        load_model()  # loaded once: the command's own load_model() gets this copy from the cache
        return path
    except ArtifactError as err:
        if not quiet:
            print(f"attributor: {err}\nattributor: building the default model from data/ into {path.parent} ...",
                  file=sys.stderr)
    from attributor.data.default_model import train_default

    train_default(path)
    _load_cached.cache_clear()
    return path
