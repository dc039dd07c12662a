"""The standalone single-article report of ``attributor report``: the renderer's page plus the statements table.

One HTML document that loads nothing from elsewhere, to attach to a ticket;
it reads the same printed, where nothing hovers.
"""
from __future__ import annotations

from pathlib import Path

from attributor.model.results import ArticleResult
from attributor.render import MARKERS, NAMES, _cls as _css_class, _e, render_article, source_text

_REPORT_CSS = """
.at-report{margin-top:2rem;display:block}
.at-report h3{margin:0 0 .3rem;font-size:1.1rem}
.at-report p.at-note{margin:0 0 .6rem;color:#55555e;font-size:.88rem}
.at-report table{border-collapse:collapse;width:100%;font-size:.86rem;line-height:1.4}
.at-report th,.at-report td{border-bottom:1px solid var(--at-line);padding:.35em .45em;text-align:left;
 vertical-align:top}
.at-report thead th{border-bottom:2px solid var(--at-ink);white-space:nowrap}
.at-report td.at-n,.at-report td.at-s{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.at-report td.at-l{white-space:nowrap}
.at-report td.at-l small{display:block;color:#55555e}
.at-report td.at-r{color:#33333a;min-width:11rem}
.at-report td.at-src{min-width:9rem}
.at-report td.at-t{min-width:20rem}
.at-report tbody tr:nth-child(even){background:#f7f7f9}
.at-foot{margin-top:1rem;color:#6b6b75;font-size:.8rem}
@media print{.at-report tbody tr{break-inside:avoid}}
"""


def _report_table(result: ArticleResult) -> str:
    """The statements as an HTML table, weakest attribution first (the notebook's statements table)."""
    e = _e
    checked = {i: rank for rank, i in enumerate(result.summary.check_first, start=1)}
    rows = []
    for s in sorted(result.statements, key=lambda s: (s.strength, s.index)):
        fine = f"<small>{e(NAMES.get(s.fine, s.fine))}</small>" if s.fine != s.label else ""
        flag = f" <small><strong>check first #{checked[s.index]}</strong></small>" if s.index in checked else ""
        tenth = max(0, min(10, round(10 * s.strength)))
        src = e(source_text(s)) or '<span class="at-none">none</span>'
        rows.append(
            f'<tr><td class="at-n">{s.index}</td>'
            f'<td class="at-l"><span class="at-chip {_css_class(s.label)}">{e(MARKERS.get(s.label, s.label))}</span>'
            f'{e(NAMES.get(s.label, s.label))}{fine}{flag}</td>'
            f'<td class="at-s">{s.strength:.2f} '
            f'<span class="at-bar"><span class="at-fill at-w{tenth}"></span></span></td>'
            f'<td class="at-src">{src}</td><td>{e(s.cue or "")}</td><td>{e(s.speaker or "")}</td>'
            f'<td class="at-r">{e("; ".join(s.reasons))}</td><td class="at-t">{e(" ".join(s.text.split()))}</td></tr>')
    return ('<section class="attributor at-report" aria-label="statements table"><div class="at-main">'
            '<h3>Statements, weakest attribution first</h3>'
            '<p class="at-note">Every statement of the article with the source and cue it is credited to and the '
            'reasons behind its strength (0 = no source, 1 = named speaker quoted verbatim).</p>'
            '<table><thead><tr><th scope="col">#</th><th scope="col">label</th><th scope="col">strength</th>'
            '<th scope="col">source</th><th scope="col">cue</th><th scope="col">speaker</th><th scope="col">reasons</th>'
            f'<th scope="col">statement</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def report_html(result: ArticleResult, *, title: str | None = None) -> str:
    """The standalone single-article report: one HTML document that loads nothing from elsewhere.

    The shared renderer's standalone page (highlighted article, summary,
    check-first list) followed by the statements table, so that the report
    reads the same printed or attached to a ticket, where nothing hovers.
    """
    from attributor import __version__

    page = render_article(result, standalone=True, title=title or f"Sourcing report: {result.doc_id}")
    foot = (f'<p class="at-foot">attributor {_e(__version__)} &middot; article {_e(result.doc_id)} &middot; '
            f'{len(result.statements)} statements</p>')
    if page.count("</head>") != 1 or page.count("</body>") != 1:  # pragma: no cover - renderer contract
        raise ValueError("render_article(standalone=True) did not return one complete HTML document")
    page = page.replace("</head>", f"<style>{_REPORT_CSS.strip()}</style></head>")
    return page.replace("</body>", f"{_report_table(result)}{foot}</body>")


def write_report(result: ArticleResult, path: str | Path, *, title: str | None = None) -> Path:
    """Write :func:`report_html` to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    path.write_text(report_html(result, title=title), encoding="utf-8")
    return path


def report_file(text: str, path: str | Path, *, doc_id: str = "article", title: str | None = None,
                model=None) -> Path:
    """Score ``text`` with the one scoring function and write its standalone report to ``path``.

    ``model`` is a loaded model, a path to an artifact, or None for the default.
    """
    from attributor.model.score import load_model, score_text

    if model is None or isinstance(model, (str, Path)):
        model = load_model(model)
    return write_report(score_text(text, doc_id, model=model), path, title=title)


# --------------------------------------------------------------------------- plots
