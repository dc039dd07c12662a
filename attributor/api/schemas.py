"""Request and response models of the HTTP API.

The statement schema is built from ``attributor.model.results.STATEMENT_FIELDS`` and
the types of :class:`~attributor.model.results.StatementResult`, and the
summary from :class:`~attributor.model.results.ArticleSummary`, so the API
says exactly what ``attributor score -o`` writes and cannot drift from it.
"""
from __future__ import annotations

import typing

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from attributor.model.results import STATEMENT_FIELDS, ArticleSummary, StatementResult


def _no_lone_surrogates(value: str | None) -> str | None:
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as err:
            raise ValueError(f"contains an unpaired surrogate (\\u{ord(value[err.start]):04x}) "
                             f"at character {err.start}") from None
    return value


class Document(BaseModel):
    """One article to score."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={
        "examples": [{"text": '"We will not reopen the bridge," said Marit Solberg.', "doc_id": "harbour-1"}]})

    text: str = Field(description="The article, plain text. Statements are character spans of it.")
    doc_id: str | None = Field(None, max_length=256, description="Your id of the article, echoed in every statement.")

    @field_validator("text", "doc_id")
    @classmethod
    def _valid_unicode(cls, value):
        return _no_lone_surrogates(value)


class ScoreRequest(Document):
    pass


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    documents: list[Document] = Field(description="The articles to score (at most the configured batch size).")


_hints = typing.get_type_hints(StatementResult)
Statement = create_model(
    "Statement", __doc__="One statement, as written by `attributor score -o` (one JSON line each).",
    **{name: (_hints[name], ...) for name in STATEMENT_FIELDS})

Summary = create_model(
    "Summary", __doc__="The sourcing profile of the article. `check_first` holds statement positions.",
    **{name: (tp, ...) for name, tp in typing.get_type_hints(ArticleSummary).items()})


class ScoreResponse(BaseModel):
    doc_id: str
    statements: list[Statement]  # type: ignore[valid-type]
    summary: Summary  # type: ignore[valid-type]
    html: str | None = Field(None, description="The article rendered as an HTML fragment (only with ?html=true).")


class BatchResponse(BaseModel):
    results: list[ScoreResponse]


class ErrorResponse(BaseModel):
    error: str = Field(description="A machine-readable code, e.g. body_too_large.")
    reason: str = Field(description="What was wrong, for a person.")
    request_id: str | None = None
    details: list[dict] | None = None


class ModelCard(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    version: str = Field(description="attributor version that serves the model.")
    artifact: str
    sha256: str
    labels: list[str]
    fine_labels: list[str]
    data_hash: str | None
    training_source: str | None
    training: dict
    metrics: dict = Field(description="Cross-validated metrics from the model card (empty if trained with --no-cv).")
    decision_weights: dict
    known_limits: list[str]
    library_versions: dict
