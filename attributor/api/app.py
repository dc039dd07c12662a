"""The HTTP API and the fact-checker page: a thin layer over ``attributor.model.score``.

``create_app()`` builds the FastAPI application. The model is loaded once,
at start-up (lifespan), with :func:`attributor.model.linear.load_linear`:
the SHA-256 of its files and the library versions are checked first, then
the compiled scorer is read as plain arrays (nothing is unpickled); a
broken, altered or mismatched artifact stops start-up with the reason.
"""
from __future__ import annotations

import json
import logging
from html import escape as html_escape
import time
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from attributor import __version__, compact_json
from attributor.api.batcher import Busy, MicroBatcher
from attributor.api.errors import APIError, clean_validation_errors, code_for, error_body
from attributor.api.middleware import AccessLogMiddleware, GuardMiddleware
from attributor.api.schemas import BatchRequest, BatchResponse, ErrorResponse, ModelCard, ScoreRequest, ScoreResponse
from attributor.api.settings import Settings
from attributor.files import is_blank
from attributor.model.results import STATEMENT_FIELDS, statement_row
from attributor.model import persist
from attributor.model.linear import load_linear
from attributor.model.labels import FINE_LABELS, LABELS
from attributor.model.score import MAX_CHARS
from attributor.render import render_article, render_css

log = logging.getLogger("attributor.api")

STATIC = Path(str(resources.files("attributor.api") / "static"))

try:  # Swagger UI's assets, shipped inside the fastapi-offline wheel: /docs works without a CDN
    import fastapi_offline

    DOCS_STATIC: Path | None = Path(fastapi_offline.__file__).resolve().parent / "static"
    if not (DOCS_STATIC / "swagger-ui-bundle.js").is_file():
        DOCS_STATIC = None
except ImportError:  # pragma: no cover - the api extra installs it
    DOCS_STATIC = None

PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

_ERRORS = {s: {"model": ErrorResponse, "description": d} for s, d in {
    401: "API keys are configured and none (or a wrong one) was sent",
    413: "the body is over the size limit, or a text over the character limit",
    415: "the body is not application/json",
    422: "invalid JSON, a schema error, or too many documents",
    503: "too many documents are waiting to be scored",
}.items()}

DESCRIPTION = """Who stands behind each statement of a news article, and how firmly.

Every error is JSON: `{"error": code, "reason": text, "request_id": id}`. Limits and settings are
described in docs/api.md; the page at [/](/) is a fact-checker's front end to the same endpoints.
"""


def model_card_view(card: dict) -> dict:
    """The public model card: version, labels, training data hash and metrics."""
    return {
        "name": card.get("model", "attributor"),
        "version": __version__,
        "artifact": card.get("artifact"),
        "sha256": card.get("sha256"),
        "labels": card.get("labels", list(LABELS)),
        "fine_labels": list(FINE_LABELS),
        "data_hash": card.get("data_hash"),
        "training_source": card.get("training_source"),
        "training": card.get("training", {}),
        "metrics": card.get("cv_metrics", {}),
        "decision_weights": card.get("decision_weights", {}),
        "known_limits": card.get("known_limits", []),
        "library_versions": card.get("versions", {}),
    }


def _article(result) -> dict:
    return {"doc_id": result.doc_id, "statements": [statement_row(s) for s in result.statements],
            "summary": result.summary.to_dict()}


def _json(content: dict) -> Response:
    """A JSON answer, compact (scored articles are large; see :mod:`attributor.compact_json`)."""
    return Response(compact_json.dumps(content).encode("utf-8"), media_type="application/json")


def _rid(request: Request) -> str | None:
    return request.scope.get("state", {}).get("request_id")


def _error(request: Request, status: int, code: str, reason: str, details=None, headers=None) -> JSONResponse:
    request.scope.setdefault("state", {})["error"] = code
    return JSONResponse(error_body(code, reason, _rid(request), details), status_code=status, headers=headers)


def create_app(model_path: str | Path | None = None, settings: Settings | None = None) -> FastAPI:
    """Build the app. ``model_path`` defaults to :func:`persist.default_model_path` (``$ATTRIBUTOR_MODEL``)."""
    settings = settings or Settings.from_env()
    path = Path(model_path) if model_path is not None else persist.default_model_path()
    max_chars = min(settings.max_chars, MAX_CHARS)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        t0 = time.perf_counter()
        try:
            model, card = await anyio.to_thread.run_sync(load_linear, path)
        except persist.ArtifactError as err:
            log.error(json.dumps({"event": "startup_failed", "reason": str(err)}))
            raise persist.ArtifactError(f"attributor API cannot start: {err}") from None
        batcher = MicroBatcher(model, settings.microbatch_docs, settings.max_pending_docs)
        await batcher.start()
        app.state.batcher, app.state.card = batcher, model_card_view(card)
        app.state.ready = True
        log.info(json.dumps({"event": "model_loaded", "path": str(path), "sha256": card.get("sha256"),
                             "seconds": round(time.perf_counter() - t0, 2)}))
        try:
            yield
        finally:
            app.state.ready = False
            await batcher.stop()

    app = FastAPI(title="attributor", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None if DOCS_STATIC else "/docs", redoc_url=None)
    app.state.ready, app.state.settings = False, settings

    # --- errors: always JSON with a reason, never a stack trace ---------------------------------------------
    @app.exception_handler(APIError)
    async def _api_error(request: Request, exc: APIError):
        return _error(request, exc.status, exc.code, exc.reason, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        details = clean_validation_errors(exc.errors())
        if any(d["type"] == "json_invalid" for d in details):
            return _error(request, 422, "invalid_json", "the body is not valid JSON: " + details[0]["msg"], details)
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(x) for x in first["loc"]) or "body"
        return _error(request, 422, "invalid_request", f"{where}: {first['msg']}", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        reason = exc.detail if isinstance(exc.detail, str) else "request refused"
        return _error(request, exc.status_code, code_for(exc.status_code), reason, headers=exc.headers)

    # anything else is answered (JSON 500 with the request id) and logged by AccessLogMiddleware

    # --- scoring ------------------------------------------------------------------------------------------
    async def score(request: Request, texts: list[str], ids: list[str]):
        request.scope.setdefault("state", {})["docs"] = len(texts)
        for i, text in enumerate(texts):
            which = f"document {i}" if len(texts) > 1 else "the text"
            if len(text) > max_chars:
                raise APIError(413, "text_too_long", f"{which} has {len(text):,} characters; the limit is {max_chars:,}")
            if is_blank(text):
                raise APIError(422, "empty_text", f"{which} is empty (or only whitespace, zero-width or control "
                                                  "characters); there is nothing to score")
        try:
            return await request.app.state.batcher.score(texts, ids)
        except Busy as err:
            raise APIError(503, "busy", str(err), headers={"Retry-After": "1"}) from None
        except (TypeError, ValueError) as err:  # the scorer's own input checks
            raise APIError(422, "invalid_request", str(err)) from None

    @app.post("/v1/score", response_model=ScoreResponse, responses=_ERRORS, tags=["scoring"],
              summary="Score one article")
    async def score_one(body: ScoreRequest, request: Request,
                        html: bool = Query(False, description="also return the article rendered as HTML")):
        """Statements (the schema of `attributor score -o`) and the article summary."""
        result = (await score(request, [body.text], [body.doc_id if body.doc_id is not None else "0"]))[0]
        out = _article(result)
        if html:
            out["html"] = await anyio.to_thread.run_sync(render_article, result)
        return _json(out)

    @app.post("/v1/score/batch", response_model=BatchResponse, responses=_ERRORS, tags=["scoring"],
              summary="Score several articles",
              description=f"Up to {settings.max_batch_docs} articles in one request; each `doc_id` defaults to its "
                          "position in the list. Results come in the order of the documents.")
    async def score_batch(body: BatchRequest, request: Request):
        n = len(body.documents)
        if n == 0:
            raise APIError(422, "no_documents", "documents is empty; send at least one {text, doc_id?}")
        if n > settings.max_batch_docs:
            raise APIError(422, "too_many_documents",
                           f"{n} documents; the limit is {settings.max_batch_docs} per request")
        ids = [d.doc_id if d.doc_id is not None else str(i) for i, d in enumerate(body.documents)]
        results = await score(request, [d.text for d in body.documents], ids)
        return _json({"results": [_article(r) for r in results]})

    @app.get("/v1/model", response_model=ModelCard, responses={401: _ERRORS[401]}, tags=["model"],
             summary="The model card")
    async def model_card(request: Request):
        """Version, labels, training data hash and cross-validated metrics of the loaded model."""
        return JSONResponse(request.app.state.card)

    @app.get("/healthz", tags=["health"], summary="Alive")
    async def healthz():
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], summary="Model loaded, ready to score",
             responses={503: {"model": ErrorResponse, "description": "not ready"}})
    async def readyz(request: Request):
        if not getattr(request.app.state, "ready", False):
            return _error(request, 503, "not_ready", "the model is not loaded")
        return {"status": "ready", "model_sha256": request.app.state.card.get("sha256")}

    # --- the page -----------------------------------------------------------------------------------------
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    page = (page.replace("{{VERSION}}", __version__).replace("{{MAX_CHARS_TEXT}}", f"{max_chars:,}")
            .replace("{{MAX_CHARS}}", str(max_chars)).replace("{{MAX_BODY}}", str(settings.max_body_bytes))
            .replace("{{KEYS}}", "1" if settings.api_keys else "0")
            .replace("{{KEY_NOTE}}", "(this server asks for one)" if settings.api_keys else
                     "(not needed: this server asks for none)")
            .replace("{{FIELDS}}", html_escape(json.dumps(list(STATEMENT_FIELDS)), quote=True)))
    page_headers = {"Content-Security-Policy": PAGE_CSP, "Referrer-Policy": "no-referrer",
                    "X-Frame-Options": "DENY", "Cache-Control": "no-cache"}
    css = render_css()

    @app.get("/", include_in_schema=False)
    async def index():
        return HTMLResponse(page, headers=page_headers)

    @app.get("/static/render.css", include_in_schema=False)
    async def render_stylesheet():
        return Response(css, media_type="text/css", headers={"Cache-Control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon():
        return Response(status_code=204)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    if DOCS_STATIC is not None:
        app.mount("/docs-static", StaticFiles(directory=DOCS_STATIC), name="docs-static")

        @app.get("/docs", include_in_schema=False)
        async def docs(request: Request):
            root = request.scope.get("root_path", "")
            return get_swagger_ui_html(openapi_url=f"{root}{app.openapi_url}", title="attributor API",
                                       swagger_js_url=f"{root}/docs-static/swagger-ui-bundle.js",
                                       swagger_css_url=f"{root}/docs-static/swagger-ui.css",
                                       swagger_favicon_url=f"{root}/docs-static/favicon.png",
                                       swagger_ui_parameters={"validatorUrl": None})

    # --- middleware (last added runs first) ---------------------------------------------------------------
    app.add_middleware(GuardMiddleware, max_body_bytes=settings.max_body_bytes, api_keys=settings.api_keys)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["authorization", "content-type", "x-api-key", "x-request-id"],
                           expose_headers=["x-request-id"], max_age=600)
    app.add_middleware(AccessLogMiddleware, enabled=settings.access_log)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory attributor.api.app:app_from_env`` (settings from the environment)."""
    return create_app()
