"""Access log: one JSON line per request, with request id, latency and status, and no article text."""
from __future__ import annotations

import json
import logging

SECRET = "Zanzibar-Quokka-7731"


def test_access_lines_are_json_without_article_text(client, caplog):
    article = f'"The bridge will not open," said Marit Solberg about {SECRET}.'
    with caplog.at_level(logging.INFO, logger="attributor"):
        ok = client.post("/v1/score", json={"text": article, "doc_id": "d1"}, headers={"x-request-id": "rid-1"})
        client.post("/v1/score", json={"text": article + "x" * 9000})  # 413
        client.post("/v1/score", json={"text": 5, "doc_id": SECRET})  # 422
        client.post("/v1/score", content=f'{{"text": "{SECRET}'.encode(), headers={"content-type": "application/json"})
        client.get("/healthz")
    assert ok.status_code == 200
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "attributor.access"]
    assert [line["status"] for line in lines] == [200, 413, 422, 422, 200]
    first = lines[0]
    assert first["request_id"] == "rid-1" and first["path"] == "/v1/score" and first["method"] == "POST"
    assert first["latency_ms"] > 0 and first["docs"] == 1 and first["bytes_in"] > 0
    assert lines[1]["error"] == "text_too_long" and lines[2]["error"] == "invalid_request"
    assert all(SECRET not in r.getMessage() and "Marit" not in r.getMessage() for r in caplog.records)
