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
