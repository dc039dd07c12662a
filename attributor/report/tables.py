"""Tables of one scored article for the notebook: summary, statements (weakest first), check-first list."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from attributor.model.labels import LABELS
from attributor.model.results import ArticleResult, StatementResult, speakers_line
from attributor.render import NAMES, render_article, render_css, source_text

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Human names of the labels (the renderer's).
LABEL_NAMES: dict[str, str] = {label: NAMES[label] for label in LABELS}


# --------------------------------------------------------------------------- one article
def summary_table(result: ArticleResult) -> "pd.DataFrame":
    """The article's sourcing profile as rows of (measure, value), ready to display."""
    import pandas as pd

    sm = result.summary
    rows = [("statements", str(sm.statements))]
    rows += [(LABEL_NAMES[label], f"{sm.counts[label]} ({sm.shares[label]:.0%})") for label in LABELS]
    rows += [("anonymous share", f"{sm.anonymous_share:.0%}"),
             ("mean strength", f"{sm.mean_strength:.2f}"),
             ("second-hand statements", str(sm.second_hand)),
             ("named sources", ", ".join(sm.named_sources) or "none"),
             ("speakers", speakers_line(sm.speakers) or "none"),
             ("check first", ", ".join(f"#{i}" for i in sm.check_first) or "nothing flagged")]
    return pd.DataFrame(rows, columns=["measure", "value"]).set_index("measure")


def _statement_rows(statements: Iterable[StatementResult]) -> list[dict]:
    return [{"#": s.index, "label": s.label, "fine": s.fine, "strength": round(s.strength, 2),
             "source": source_text(s), "source kind": s.source_kind, "cue": s.cue or "", "speaker": s.speaker or "",
             "reasons": "; ".join(s.reasons), "text": s.text} for s in statements]


def statements_table(result: ArticleResult, *, weakest_first: bool = True) -> "pd.DataFrame":
    """Every statement sorted by attribution strength (weakest first by default), ties in text order.

    Columns: ``#`` (the statement index the renderer and check-first list use),
    label, fine label, strength, source (pronouns shown with their referent),
    source kind, cue, speaker, reasons and the statement text.
    """
    import pandas as pd

    order = sorted(result.statements, key=lambda s: ((s.strength if weakest_first else -s.strength), s.index))
    columns = ["#", "label", "fine", "strength", "source", "source kind", "cue", "speaker", "reasons", "text"]
    return pd.DataFrame(_statement_rows(order), columns=columns).set_index("#")


def check_first(result: ArticleResult) -> "pd.DataFrame":
    """The check-first list in its order: the weakest-attributed claims, with why they are weak."""
    import pandas as pd

    by_index = {s.index: s for s in result.statements}
    rows = _statement_rows(by_index[i] for i in result.summary.check_first)
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    columns = ["rank", "#", "label", "strength", "source", "reasons", "text"]
    return pd.DataFrame(rows, columns=columns).set_index("rank")


def article_html(result: ArticleResult, *, title: str | None = None) -> str:
    """The highlighted article as an HTML fragment with its CSS, for ``IPython.display.HTML``."""
    return f"<style>{render_css()}</style>\n{render_article(result, title=title)}"
