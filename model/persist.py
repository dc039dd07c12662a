"""Save and load model artifacts safely.

An artifact is ``NAME.joblib`` (the fitted scikit-learn pipeline, for
inspection and retraining) with ``NAME.card.json`` beside it and, for
models the scorer runs, ``NAME.scorer.npz`` (the same model compiled to
arrays, see :mod:`attributor.model.linear`). The card records the SHA-256
of both files, the library versions, the training data hash and the
metrics. :func:`load` checks hash and versions *before* unpickling, so a
tampered, truncated or incompatible file is refused with a clear message
instead of executing code or crashing inside pickle; :func:`load_scorer`
checks the same and then reads plain arrays with ``allow_pickle=False``.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
from importlib import metadata
from pathlib import Path

import numpy as np

#: Version of the artifact layout; bump it when the pipeline, the compiled
#: scorer or a feature block changes shape, so older artifacts are refused
#: (the default one rebuilt) instead of failing inside the scorer.
MODEL_FORMAT = 3

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


def scorer_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name.removesuffix(".joblib") + ".scorer.npz")


def library_versions() -> dict[str, str]:
    """Versions that matter for an artifact (read from package metadata: nothing is imported)."""
    versions = {"python": platform.python_version()}
    for lib in ("scikit-learn", "joblib", "numpy", "scipy"):
        try:
            versions[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            versions[lib] = "absent"
    return versions


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save(model, path: Path, card: dict, scorer_arrays: dict[str, np.ndarray] | None = None) -> dict:
    """Write the artifact (and the compiled scorer, if given) and its card atomically; return the card."""
    import joblib

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    joblib.dump(model, tmp, compress=3)
    card = {**card, "artifact": path.name, "sha256": sha256_file(tmp), "versions": library_versions()}
    moves = [(tmp, path)]
    if scorer_arrays is not None:
        spath = scorer_path(path)
        tmp_scorer = spath.with_name(spath.name + ".tmp")
        with tmp_scorer.open("wb") as fh:  # a file object: np.savez would append .npz to a name
            np.savez_compressed(fh, **scorer_arrays)
        card["scorer"] = {"file": spath.name, "sha256": sha256_file(tmp_scorer)}
        moves.append((tmp_scorer, spath))
    tmp_card = card_path(path).with_name(card_path(path).name + ".tmp")
    tmp_card.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    moves.append((tmp_card, card_path(path)))
    for src, dst in moves:  # the card last: until it lands, the old card refuses the new files
        src.replace(dst)
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


def _check_format(path: Path, card: dict, model_format: int | None) -> None:
    if model_format is not None and card.get("model_format") != model_format:
        raise ArtifactError(f"model artifact {path} has format {card.get('model_format')}, this attributor "
                            f"reads format {model_format}; rebuild it with `attributor train`")


def load(path: Path, model_format: int | None = None):
    """Verify, then unpickle an artifact; return ``(model, card)``.

    ``model_format``, when given, must equal the card's ``model_format``.
    """
    import joblib

    card = verify(path)
    _check_format(path, card, model_format)
    try:
        model = joblib.load(path)
    except Exception as err:  # noqa: BLE001 - any unpickling failure means an unusable artifact
        raise ArtifactError(f"model artifact {path} could not be loaded: {err}") from None
    return model, card


def load_scorer(path: Path, model_format: int | None = MODEL_FORMAT) -> tuple[dict[str, np.ndarray], dict]:
    """Verify an artifact, then read its compiled scorer; return ``(arrays, card)``.

    Nothing is unpickled: the arrays are read with ``allow_pickle=False``.
    """
    card = verify(path)
    _check_format(path, card, model_format)
    entry = card.get("scorer")
    if not isinstance(entry, dict) or "sha256" not in entry:
        raise ArtifactError(f"model artifact {path} has no compiled scorer in its card; rebuild it with `attributor train`")
    spath = scorer_path(path)
    if not spath.exists():
        raise ArtifactError(f"compiled scorer {spath} does not exist; rebuild it with `attributor train`")
    digest = sha256_file(spath)
    if digest != entry["sha256"]:
        raise ArtifactError(f"compiled scorer {spath} does not match the SHA-256 in its card "
                            f"(file {digest[:12]}..., card {str(entry['sha256'])[:12]}...); refusing to load it")
    try:
        with np.load(spath, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
    except Exception as err:  # noqa: BLE001 - a corrupt archive is an unusable artifact
        raise ArtifactError(f"compiled scorer {spath} could not be read: {err}") from None
    return arrays, card
