from attributor.data.corpus import load_records
from attributor.model.labels import LABELS
from attributor.model.train import train


def test_training_is_deterministic_and_reports_calibration():
    records = load_records()[:40]
    m1, metrics = train(records, evaluate=True)
    m2, _ = train(records, evaluate=False)
    views_text = "Officials said the plan was ready. \"We are done,\" Ruiz said."
    from attributor.features.statements import analyse

    views = analyse(views_text).statements
    assert (m1.fine_proba(views) == m2.fine_proba(views)).all()
    assert set(metrics["brier"]) == set(LABELS) and all(0 <= b <= 1 for b in metrics["brier"].values())
    assert metrics["grouped_by"] == "article" and metrics["reliability"]["direct_quote"]
    assert m1.pipeline.get_params()["classifier__cv"] == 5
