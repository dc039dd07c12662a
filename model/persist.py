"""Save and load model artifacts safely.

An artifact is ``NAME.joblib`` with ``NAME.card.json`` beside it. The card
records the SHA-256 of the artifact, the library versions it was pickled
with, the training data hash and the metrics. :func:`load` checks the hash
and the versions *before* unpickling, so a tampered, truncated or
incompatible file is refused with a clear message instead of executing
code or crashing inside pickle.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
from pathlib import Path

import joblib
import numpy as np
import scipy
import sklearn

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifacts"
DEFAULT_NAME = "default.joblib"


class ArtifactError(RuntimeError):
    """A model artifact that cannot be used (missing, altered or incompatible)."""


def default_model_path() -> Path:
    """Where the default model lives (``$ATTRIBUTOR_MODEL`` overrides)."""
    env = os.environ.get("ATTRIBUTOR_MODEL")
    return Path(env) if env else ARTIFACT_DIR / DEFAULT_NAME


def card_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name.removesuffix(".joblib") + ".card.json")


def library_versions() -> dict[str, str]:
    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "joblib": joblib.__version__, "numpy": np.__version__, "scipy": scipy.__version__}


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save(model, path: Path, card: dict) -> dict:
    """Write the artifact and its card atomically; return the card written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    joblib.dump(model, tmp, compress=3)
    card = {**card, "artifact": path.name, "sha256": sha256_file(tmp), "versions": library_versions()}
    tmp_card = card_path(path).with_name(card_path(path).name + ".tmp")
    tmp_card.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    tmp_card.replace(card_path(path))
    return card


def read_card(path: Path) -> dict:
    cpath = card_path(path)
    if not Path(path).exists():
        raise ArtifactError(f"model artifact {path} does not exist; run `attributor train` to build it")
    if not cpath.exists():
        raise ArtifactError(f"model card {cpath} is missing; an artifact without its card is not loaded")
    try:
        return json.loads(cpath.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ArtifactError(f"model card {cpath} is unreadable: {err}") from None


def verify(path: Path) -> dict:
    """Check hash and versions of an artifact without unpickling it; return its card."""
    card = read_card(path)
    digest = sha256_file(path)
    if digest != card.get("sha256"):
        raise ArtifactError(f"model artifact {path} does not match the SHA-256 in its card "
                            f"(file {digest[:12]}..., card {str(card.get('sha256'))[:12]}...); refusing to load it")
    recorded, current = card.get("versions", {}), library_versions()
    for lib in ("scikit-learn", "joblib"):
        if recorded.get(lib) != current[lib]:
            raise ArtifactError(f"model artifact {path} was built with {lib} {recorded.get(lib)}, this environment "
                                f"has {current[lib]}; rebuild it with `attributor train`")
    return card


def load(path: Path, model_format: int | None = None):
    """Verify, then unpickle an artifact; return ``(model, card)``.

    ``model_format``, when given, must equal the card's ``model_format``.
    """
    card = verify(path)
    if model_format is not None and card.get("model_format") != model_format:
        raise ArtifactError(f"model artifact {path} has format {card.get('model_format')}, this attributor "
                            f"reads format {model_format}; rebuild it with `attributor train`")
    try:
        model = joblib.load(path)
    except Exception as err:  # noqa: BLE001 - any unpickling failure means an unusable artifact
        raise ArtifactError(f"model artifact {path} could not be loaded: {err}") from None
    return model, card
