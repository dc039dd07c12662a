import json

import numpy as np
import pytest

from attributor.model import persist
from attributor.model.persist import ArtifactError


@pytest.fixture()
def artifact(tmp_path):
    path = tmp_path / "m.joblib"
    persist.save({"weights": [1, 2, 3]}, path, {"model": "test"})
    return path


def test_round_trip_records_hash_and_versions(artifact):
    obj, card = persist.load(artifact)
    assert obj == {"weights": [1, 2, 3]}
    assert card["sha256"] == persist.sha256_file(artifact)
    assert {"scikit-learn", "joblib"} <= card["versions"].keys()


def test_tampered_artifact_is_refused_before_unpickling(artifact):
    artifact.write_bytes(artifact.read_bytes() + b"tampered")
    with pytest.raises(ArtifactError, match="SHA-256"):
        persist.load(artifact)


def test_version_mismatch_is_refused_with_rebuild_hint(artifact):
    card_path = persist.card_path(artifact)
    card = json.loads(card_path.read_text())
    card["versions"]["scikit-learn"] = "0.0.1"
    card_path.write_text(json.dumps(card))
    with pytest.raises(ArtifactError, match="attributor train"):
        persist.load(artifact)


def test_missing_card_or_artifact_is_refused(artifact, tmp_path):
    persist.card_path(artifact).unlink()
    with pytest.raises(ArtifactError, match="card"):
        persist.load(artifact)
    with pytest.raises(ArtifactError, match="does not exist"):
        persist.load(tmp_path / "nothing.joblib")


def test_artifact_of_another_model_format_is_refused(tmp_path):
    path = tmp_path / "m.joblib"
    persist.save({"weights": []}, path, {"model_format": 1})
    with pytest.raises(ArtifactError, match="format 1"):
        persist.load(path, model_format=2)
    assert persist.load(path, model_format=1)[0] == {"weights": []}


@pytest.fixture()
def with_scorer(tmp_path):
    path = tmp_path / "m.joblib"
    persist.save({"weights": []}, path, {"model_format": persist.MODEL_FORMAT},
                 scorer_arrays={"coef": np.arange(6.0).reshape(2, 3), "meta": np.array("{}")})
    return path


def test_scorer_arrays_round_trip_and_are_hashed(with_scorer):
    arrays, card = persist.load_scorer(with_scorer)
    assert np.array_equal(arrays["coef"], np.arange(6.0).reshape(2, 3))
    assert card["scorer"]["sha256"] == persist.sha256_file(persist.scorer_path(with_scorer))


def test_tampered_or_missing_scorer_is_refused_before_reading(with_scorer, monkeypatch):
    spath = persist.scorer_path(with_scorer)
    data = bytearray(spath.read_bytes())
    data[-10] ^= 0xFF
    spath.write_bytes(bytes(data))
    opened = []
    monkeypatch.setattr(persist.np, "load", lambda *a, **k: opened.append(a))
    with pytest.raises(ArtifactError, match="SHA-256"):
        persist.load_scorer(with_scorer)
    spath.unlink()
    with pytest.raises(ArtifactError, match="does not exist"):
        persist.load_scorer(with_scorer)
    assert not opened


def test_an_artifact_without_a_scorer_is_refused_for_scoring(artifact):
    with pytest.raises(ArtifactError, match="no compiled scorer"):
        persist.load_scorer(artifact, model_format=None)


def test_the_scorer_records_its_numpy_and_needs_neither_pickle_nor_sklearn_versions(with_scorer):
    card = json.loads(persist.card_path(with_scorer).read_text())
    assert card["scorer"]["numpy"] == np.__version__
    with_scorer.unlink()  # the pickle
    card["versions"]["scikit-learn"] = card["versions"]["joblib"] = "0.0.1"
    persist.card_path(with_scorer).write_text(json.dumps(card))
    arrays, _ = persist.load_scorer(with_scorer)
    assert np.array_equal(arrays["coef"], np.arange(6.0).reshape(2, 3))


def test_the_default_model_lives_in_a_per_user_cache_not_in_the_package(monkeypatch, tmp_path):
    monkeypatch.delenv("ATTRIBUTOR_MODEL", raising=False)
    monkeypatch.delenv("ATTRIBUTOR_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = persist.default_model_path()
    assert path.is_relative_to(tmp_path / "attributor") and path.name == "default.joblib"
    package = persist.Path(persist.__file__).resolve().parents[1]
    assert not path.is_relative_to(package)
    monkeypatch.setenv("ATTRIBUTOR_CACHE", str(tmp_path / "c"))
    assert persist.default_model_path() == tmp_path / "c" / "default.joblib"


def test_library_code_never_trains_the_commands_build_the_default(monkeypatch, tmp_path, capsys):
    import shutil

    from attributor.model import score
    from attributor.setup import ensure_default_model

    src = persist.default_model_path()
    monkeypatch.setenv("ATTRIBUTOR_CACHE", str(tmp_path))
    monkeypatch.delenv("ATTRIBUTOR_MODEL", raising=False)
    score._load_cached.cache_clear()
    with pytest.raises(ArtifactError, match="attributor train"):
        score.load_model()
    assert capsys.readouterr().err == ""  # the library says nothing

    built = []

    def fake_train_default(path):  # the real one takes ~20 s: copy the session's model instead
        built.append(path)
        for f in (src, persist.card_path(src), persist.scorer_path(src)):
            shutil.copy(f, path.parent / f.name.replace(src.stem, path.stem))

    monkeypatch.setattr("attributor.data.default_model.train_default", fake_train_default)
    tmp_path.mkdir(exist_ok=True)
    assert ensure_default_model() == tmp_path / "default.joblib" and built == [tmp_path / "default.joblib"]
    assert "building the default model" in capsys.readouterr().err
    assert score.load_model().fine_proba is not None
    score._load_cached.cache_clear()
