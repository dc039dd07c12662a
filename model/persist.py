"""Save and load model artifacts safely.

An artifact is ``NAME.joblib`` (the fitted scikit-learn pipeline, for
inspection and retraining) with ``NAME.card.json`` beside it and, for
models the scorer runs, ``NAME.scorer.npz`` (the same model compiled to
arrays, see :mod:`attributor.model.linear`). The card records the SHA-256
of both files, the library versions, the training data hash and the
metrics. :func:`load` checks hash and versions *before* unpickling, so a
tampered, truncated or incompatible file is refused with a clear message
instead of executing code or crashing inside pickle.

The compiled scorer stands alone: :func:`load_scorer` needs only the
``.npz`` and the card -- its own SHA-256 and the NumPy major version it was
written with -- and reads plain arrays with ``allow_pickle=False``; neither
the pickle nor scikit-learn or joblib (or their versions) are involved.

The default model lives in a per-user cache directory
(:func:`default_model_path`), never inside the installed package.
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

DEFAULT_NAME = "default.joblib"


class ArtifactError(RuntimeError):
    """A model artifact that cannot be used (missing, altered or incompatible)."""


def cache_dir() -> Path:
    """The per-user cache of this installation: ``$ATTRIBUTOR_CACHE``, else ``$XDG_CACHE_HOME/attributor/...``.

    One directory per attributor version and installed copy (two checkouts of
    the same version do not overwrite each other's default model).
    """
    env = os.environ.get("ATTRIBUTOR_CACHE")
    if env:
        return Path(env)
    from attributor import __version__

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    here = hashlib.sha256(str(Path(__file__).resolve().parent).encode()).hexdigest()[:10]
    return base / "attributor" / f"{__version__}-{here}"


def default_model_path() -> Path:
    """Where the default model lives: ``$ATTRIBUTOR_MODEL``, else :func:`cache_dir` / ``default.joblib``."""
    env = os.environ.get("ATTRIBUTOR_MODEL")
    return Path(env) if env else cache_dir() / DEFAULT_NAME


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
        card["scorer"] = {"file": spath.name, "sha256": sha256_file(tmp_scorer), "numpy": np.__version__}
        moves.append((tmp_scorer, spath))
    tmp_card = card_path(path).with_name(card_path(path).name + ".tmp")
    tmp_card.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    moves.append((tmp_card, card_path(path)))
    for src, dst in moves:  # the card last: until it lands, the old card refuses the new files
        src.replace(dst)
    return card


def read_card(path: Path, artifact_required: bool = True) -> dict:
    """The card of ``NAME.joblib``; the ``.joblib`` itself must exist unless ``artifact_required`` is false."""
    cpath = card_path(path)
    if artifact_required and not Path(path).exists():
        raise ArtifactError(f"model artifact {path} does not exist; run `attributor train` to build it")
    if not cpath.exists():
        if not artifact_required and not scorer_path(path).exists():
            raise ArtifactError(f"model artifact {path} does not exist; run `attributor train` to build it")
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
    """Read the compiled scorer of ``NAME.joblib`` (``NAME.scorer.npz`` + ``NAME.card.json``); return ``(arrays, card)``.

    The scorer stands alone: the pickle need not be there, and scikit-learn
    and joblib versions do not matter. Checked first: the card's format, the
    scorer's own SHA-256 and the NumPy major version it was written with.
    Nothing is unpickled: the arrays are read with ``allow_pickle=False``.
    """
    card = read_card(path, artifact_required=False)
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
    written = str(entry.get("numpy") or card.get("versions", {}).get("numpy", ""))
    if written.split(".")[0] != np.__version__.split(".")[0]:
        raise ArtifactError(f"compiled scorer {spath} was written with NumPy {written or 'unknown'}, this environment "
                            f"has {np.__version__}; rebuild it with `attributor train`")
    try:
        with np.load(spath, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
    except Exception as err:  # noqa: BLE001 - a corrupt archive is an unusable artifact
        raise ArtifactError(f"compiled scorer {spath} could not be read: {err}") from None
    return arrays, card
