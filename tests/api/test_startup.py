"""Start-up: the artifact is verified before use; a broken one stops the app with the reason."""
from __future__ import annotations

import shutil
import warnings

import pytest

from attributor.api import create_app
from attributor.model import persist

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture()
def artifact_copy(tmp_path):
    src = persist.default_model_path()
    dst = tmp_path / "copy.joblib"
    shutil.copy(src, dst)
    shutil.copy(persist.card_path(src), persist.card_path(dst))
    shutil.copy(persist.scorer_path(src), persist.scorer_path(dst))
    return dst


def _start(path):
    with TestClient(create_app(model_path=path)) as c:
        return c.get("/readyz").status_code


def test_a_verified_copy_starts(artifact_copy):
    assert _start(artifact_copy) == 200


def test_tampered_scorer_stops_start_up_before_reading_it(artifact_copy, monkeypatch):
    target = persist.scorer_path(artifact_copy)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    opened = []
    monkeypatch.setattr(persist.np, "load", lambda *a, **k: opened.append(a))
    with pytest.raises(persist.ArtifactError, match="cannot start.*SHA-256"):
        _start(artifact_copy)
    assert not opened


def test_the_compiled_scorer_stands_alone(artifact_copy):
    """No pickle and another scikit-learn/joblib: the .npz and its card are all the server reads."""
    artifact_copy.unlink()
    card = persist.card_path(artifact_copy)
    card.write_text(card.read_text().replace('"scikit-learn": "', '"scikit-learn": "0.0-')
                    .replace('"joblib": "', '"joblib": "0.0-'))
    assert _start(artifact_copy) == 200


def test_numpy_major_mismatch_and_missing_files_stop_start_up(artifact_copy, tmp_path):
    import json

    card = persist.card_path(artifact_copy)
    data = json.loads(card.read_text())
    data["scorer"]["numpy"] = "0.9.0"
    card.write_text(json.dumps(data))
    with pytest.raises(persist.ArtifactError, match="NumPy 0.9.0"):
        _start(artifact_copy)
    with pytest.raises(persist.ArtifactError, match="does not exist"):
        _start(tmp_path / "nothing.joblib")


def test_serve_refuses_a_broken_artifact_with_a_message(artifact_copy, capsys):
    from attributor.cli import main

    persist.scorer_path(artifact_copy).write_bytes(b"not a model")
    assert main(["serve", "--model", str(artifact_copy), "--port", "1"]) == 2
    err = capsys.readouterr().err
    assert "cannot start the API" in err and "SHA-256" in err and "Traceback" not in err


def test_serve_refuses_bad_settings(monkeypatch, capsys):
    from attributor.cli import main

    monkeypatch.setenv("ATTRIBUTOR_MAX_BATCH_DOCS", "0")
    assert main(["serve", "--port", "1"]) == 2
    assert "ATTRIBUTOR_MAX_BATCH_DOCS" in capsys.readouterr().err
