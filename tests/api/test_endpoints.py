"""Every endpoint, and every error, through FastAPI's TestClient."""
from __future__ import annotations

import json
import re

import pytest

from attributor.model.results import STATEMENT_FIELDS, statement_row
from attributor.model.labels import LABELS
from attributor.model.score import score_text


def assert_error(resp, status: int, code: str):
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert body["error"] == code and body["reason"] and body["request_id"] == resp.headers["x-request-id"]
    assert "Traceback" not in resp.text
    return body


# --- scoring ----------------------------------------------------------------------------------------------------

def test_score_returns_the_cli_statement_schema_and_the_summary(client, model, article):
    resp = client.post("/v1/score", json={"text": article, "doc_id": "harbour"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    expected = score_text(article, "harbour", model=model)
    assert body["doc_id"] == "harbour" and "html" not in body
    assert body["statements"] == [json.loads(json.dumps(statement_row(s))) for s in expected.statements]
    assert all(list(s) == list(STATEMENT_FIELDS) for s in body["statements"])
    assert body["summary"] == json.loads(json.dumps(expected.summary.to_dict()))
    for s in body["statements"]:
        assert article[s["start"]:s["end"]] == s["text"] and s["label"] in LABELS


def test_rows_are_statement_rows(model, article):
    for st in score_text(article, model=model).statements:
        row = statement_row(st)
        assert list(row) == list(STATEMENT_FIELDS)
        assert row == {k: v for k, v in st.to_dict().items() if k in STATEMENT_FIELDS}


def test_score_defaults_doc_id(client):
    body = client.post("/v1/score", json={"text": "It rained."}).json()
    assert body["doc_id"] == "0" and len(body["statements"]) == 1


@pytest.mark.parametrize("text", ["", "  \n", "\u200b\u200d\ufeff", "\x00\x01 \u2060"],
                         ids=["empty", "whitespace", "zero-width", "control"])
@pytest.mark.parametrize("path,wrap", [("/v1/score", lambda t: {"text": t}),
                                       ("/v1/score/batch", lambda t: {"documents": [{"text": "Fine."}, {"text": t}]})],
                         ids=["one", "batch"])
def test_empty_text_is_a_422_with_its_reason(client, text, path, wrap):
    resp = client.post(path, json=wrap(text))
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert body["error"] == "empty_text" and "nothing to score" in body["reason"]
    if path.endswith("batch"):
        assert body["reason"].startswith("document 1")


def test_score_with_html_returns_the_rendered_fragment(client, article):
    body = client.post("/v1/score?html=true", json={"text": article}).json()
    assert body["html"].startswith('<div class="attributor"')
    assert body["html"].count('class="at-st ') == len(body["statements"])


def test_batch_scores_in_order_with_positional_ids(client, article):
    docs = [{"text": article, "doc_id": "a"}, {"text": "The sky is blue."}, {"text": "It rained."}]
    body = client.post("/v1/score/batch", json={"documents": docs}).json()
    assert [r["doc_id"] for r in body["results"]] == ["a", "1", "2"]
    single = client.post("/v1/score", json={"text": article, "doc_id": "a"}).json()
    assert body["results"][0] == single


def test_model_card(client):
    card = client.get("/v1/model").json()
    assert card["labels"] == list(LABELS) and re.fullmatch(r"[0-9a-f]{64}", card["sha256"])
    assert card["version"] and card["data_hash"] and isinstance(card["metrics"], dict)
    assert {"scikit-learn", "joblib"} <= set(card["library_versions"])


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_openapi_describes_the_statement_schema(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/score", "/v1/score/batch", "/v1/model", "/healthz", "/readyz"} <= set(spec["paths"])
    statement = spec["components"]["schemas"]["Statement"]
    assert list(statement["properties"]) == list(STATEMENT_FIELDS)
    assert "413" in spec["paths"]["/v1/score"]["post"]["responses"]
    assert "Up to 4 articles" in spec["paths"]["/v1/score/batch"]["post"]["description"]


def test_docs_page_is_served_without_a_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r'(?:src|href|url)\s*[:=]\s*[\'"]([^\'"]+)', page.text)
    assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls), urls
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs-static/swagger-ui.css").status_code == 200


def test_page_and_its_assets_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    assert 'id="article"' in page.text and 'id="score-btn"' in page.text
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert refs and not [r for r in refs if "//" in r or r.startswith("http")]
    for ref in ("static/app.js", "static/app.css", "static/render.css"):
        asset = client.get("/" + ref)
        assert asset.status_code == 200 and "http://" not in asset.text and "https://" not in asset.text
    assert client.get("/favicon.ico").status_code == 204


# --- errors -----------------------------------------------------------------------------------------------------

def test_body_over_the_limit_is_413_from_content_length(client, settings):
    big = json.dumps({"text": "a" * (settings.max_body_bytes + 10)})
    assert_error(client.post("/v1/score", content=big, headers={"content-type": "application/json"}),
                 413, "body_too_large")


def test_streamed_body_over_the_limit_is_413(client, settings):
    def chunks():  # no Content-Length: sent chunked
        yield b'{"text": "'
        for _ in range(settings.max_body_bytes // 1000 + 5):
            yield b"a" * 1000
        yield b'"}'

    body = assert_error(client.post("/v1/score", content=chunks(), headers={"content-type": "application/json"}),
                        413, "body_too_large")
    assert "not read further" in body["reason"]


def test_text_over_the_char_limit_is_413(client, settings):
    body = assert_error(client.post("/v1/score", json={"text": "word " * (settings.max_chars // 5 + 1)}),
                        413, "text_too_long")
    assert f"{settings.max_chars:,}" in body["reason"]
    docs = [{"text": "ok"}, {"text": "x" * (settings.max_chars + 1)}]
    body = assert_error(client.post("/v1/score/batch", json={"documents": docs}), 413, "text_too_long")
    assert "document 1" in body["reason"]


def test_invalid_json_is_422(client):
    for raw in (b"{", b'{"text": }', b"\xff\xfe{}", b"nul", b""):
        assert_error(client.post("/v1/score", content=raw, headers={"content-type": "application/json"}),
                     422, "invalid_json" if raw else "invalid_request")


@pytest.mark.parametrize("payload", [
    {}, {"txt": "x"}, {"text": 3}, {"text": None}, {"text": ["a"]}, {"text": "x", "doc_id": 7},
    {"text": "x", "doc_id": "d" * 300}, [], "text", 3, '{"text": "x\\ud800y"}',
])
def test_schema_errors_are_422(client, payload):
    raw = payload if isinstance(payload, str) and payload.startswith("{") else json.dumps(payload)
    resp = client.post("/v1/score", content=raw.encode(), headers={"content-type": "application/json"})
    body = assert_error(resp, 422, "invalid_request")
    assert body["details"] and all("input" not in d for d in body["details"])


def test_batch_schema_errors_are_422(client, settings):
    assert_error(client.post("/v1/score/batch", json={"docs": []}), 422, "invalid_request")
    assert_error(client.post("/v1/score/batch", json={"documents": [{"txt": 1}]}), 422, "invalid_request")
    assert_error(client.post("/v1/score/batch", json={"documents": []}), 422, "no_documents")


def test_too_many_documents_is_422(client, settings):
    docs = [{"text": "x"}] * (settings.max_batch_docs + 1)
    body = assert_error(client.post("/v1/score/batch", json={"documents": docs}), 422, "too_many_documents")
    assert str(settings.max_batch_docs) in body["reason"]


@pytest.mark.parametrize("ctype", [None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_wrong_content_type_is_415(client, ctype):
    headers = {"content-type": ctype} if ctype else {}
    resp = client.post("/v1/score", content=b'{"text": "x"}', headers=headers)
    assert_error(resp, 415, "unsupported_media_type")


def test_json_with_charset_and_plus_json_are_accepted(client):
    for ctype in ("application/json; charset=utf-8", "application/vnd.attributor+json"):
        assert client.post("/v1/score", content=b'{"text": "x"}', headers={"content-type": ctype}).status_code == 200


def test_unknown_route_and_method_are_json(client):
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    assert_error(client.get("/v1/score"), 405, "method_not_allowed")


def test_request_id_is_echoed_or_made(client):
    assert client.get("/healthz", headers={"x-request-id": "abc-123"}).headers["x-request-id"] == "abc-123"
    made = client.get("/healthz", headers={"x-request-id": "bad id\n"}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)


# --- API keys and CORS ------------------------------------------------------------------------------------------

def test_api_key_is_required_when_configured(keyed_client):
    resp = keyed_client.post("/v1/score", json={"text": "x"})
    assert_error(resp, 401, "unauthorized")
    assert resp.headers["www-authenticate"].startswith("Bearer")
    assert_error(keyed_client.post("/v1/score", json={"text": "x"}, headers={"x-api-key": "wrong"}), 401,
                 "unauthorized")
    assert_error(keyed_client.get("/v1/model"), 401, "unauthorized")
    assert keyed_client.post("/v1/score", json={"text": "x"}, headers={"x-api-key": "k-beta"}).status_code == 200
    assert keyed_client.get("/v1/model", headers={"authorization": "Bearer k-alpha"}).status_code == 200
    # health, readiness and the page stay open
    assert keyed_client.get("/healthz").status_code == 200 and keyed_client.get("/").status_code == 200


def test_unauthenticated_body_is_not_read(keyed_client, settings):
    big = json.dumps({"text": "a" * (settings.max_body_bytes + 10)})
    assert_error(keyed_client.post("/v1/score", content=big, headers={"content-type": "application/json"}),
                 401, "unauthorized")


def test_api_keys_from_env_and_file(tmp_path):
    from attributor.api.settings import Settings

    keys = tmp_path / "keys"
    keys.write_text("# desk keys\nfile-key-1\n\n  file-key-2  # night desk\n", encoding="utf-8")
    s = Settings.from_env({"ATTRIBUTOR_API_KEYS": "env-a, env-b", "ATTRIBUTOR_API_KEYS_FILE": str(keys),
                           "ATTRIBUTOR_MAX_CHARS": "1_000", "ATTRIBUTOR_CORS_ORIGINS": "https://a.example,https://b"})
    assert s.api_keys == ("env-a", "env-b", "file-key-1", "file-key-2") and s.max_chars == 1000
    assert s.cors_origins == ("https://a.example", "https://b")
    with pytest.raises(ValueError, match="ATTRIBUTOR_MAX_CHARS"):
        Settings.from_env({"ATTRIBUTOR_MAX_CHARS": "lots"})
    with pytest.raises(ValueError, match="API key file"):
        Settings.from_env({"ATTRIBUTOR_API_KEYS_FILE": str(tmp_path / "missing")})


def test_cors_allows_only_configured_origins(keyed_client, client):
    pre = keyed_client.options("/v1/score", headers={"origin": "https://desk.example",
                                                     "access-control-request-method": "POST",
                                                     "access-control-request-headers": "content-type,x-api-key"})
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "https://desk.example"
    other = keyed_client.options("/v1/score", headers={"origin": "https://evil.example",
                                                       "access-control-request-method": "POST"})
    assert other.headers.get("access-control-allow-origin") is None
    denied = keyed_client.post("/v1/score", json={"text": "x"}, headers={"origin": "https://desk.example"})
    assert denied.status_code == 401 and denied.headers["access-control-allow-origin"] == "https://desk.example"
    plain = client.get("/healthz", headers={"origin": "https://desk.example"})
    assert "access-control-allow-origin" not in plain.headers


def test_busy_worker_answers_503(client, monkeypatch):
    batcher = client.app.state.batcher
    monkeypatch.setattr(batcher, "pending", batcher.max_pending)
    body = assert_error(client.post("/v1/score", json={"text": "x"}), 503, "busy")
    assert "waiting" in body["reason"]


def test_unexpected_error_is_500_json_without_trace(client, monkeypatch):
    import attributor.model.score as b

    def boom(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(b, "score_texts", boom)
    resp = client.post("/v1/score", json={"text": "x"})
    body = assert_error(resp, 500, "internal_error")
    assert "secret" not in resp.text and body["request_id"] in body["reason"]
