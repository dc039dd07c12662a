"""Turn a scored article into HTML: the one renderer of the web page and the notebook.

``render_article(result)`` shows the article text with every statement
highlighted by label -- a colour *and* a text badge (``QUOTE``, ``ANON``,
``EDIT``) and a differently drawn underline, so nothing depends on colour
alone -- its attribution strength as a small bar, and, on hover or keyboard
focus (each statement is focusable and ``aria-describedby`` its details),
the source, cue, resolved source, probabilities and reasons. A sidebar holds
the article summary and the check-first list, whose entries link to the
statements.

Everything taken from the article or the model is HTML-escaped. The output
needs no JavaScript and loads nothing from elsewhere: ``standalone=True``
gives a complete document with the CSS inline; otherwise a fragment is
returned and the page includes :func:`render_css` once (wrapped in
``<style>``, or use :func:`style_tag`). The CSS is scoped under
``.attributor`` and the markup uses classes only (no ``style=``
attributes), so it works under a strict Content-Security-Policy.
"""
from __future__ import annotations

import hashlib
import re
from html import escape
from typing import Mapping

from attributor.features.vocab import NONE
from attributor.model.labels import (ANONYMOUS_INSIDER, ATTRIBUTED_PARAPHRASE, DIRECT_QUOTE, EDITORIAL_PARAPHRASE, LABELS,
                                     UNATTRIBUTED)
from attributor.model.results import ArticleResult, StatementResult, speaker_entry

#: The one style table of the labels: text badge, colour, background, underline and plot hatch. The CSS of
#: the renderer, the report, the page and the notebook's plots all come from it (greyscale-safe: the badge,
#: the underline style and the hatch tell the labels apart without colour).
LABEL_STYLE: dict[str, dict[str, str]] = {
    DIRECT_QUOTE: {"marker": "QUOTE", "color": "#0b5fa5", "background": "#dcebf8", "line": "solid", "hatch": ""},
    ANONYMOUS_INSIDER: {"marker": "ANON", "color": "#9a5b00", "background": "#fde8c3", "line": "dashed",
                        "hatch": "///"},
    EDITORIAL_PARAPHRASE: {"marker": "EDIT", "color": "#5b5b66", "background": "#ececf0", "line": "dotted",
                           "hatch": "..."},
}
#: The text badge of each label (shown next to every highlighted statement).
MARKERS: dict[str, str] = {label: style["marker"] for label, style in LABEL_STYLE.items()}
#: Human names of the labels and fine labels.
NAMES: dict[str, str] = {
    DIRECT_QUOTE: "direct quote",
    ANONYMOUS_INSIDER: "anonymous insider",
    EDITORIAL_PARAPHRASE: "editorial paraphrase",
    ATTRIBUTED_PARAPHRASE: "attributed paraphrase",
    UNATTRIBUTED: "unattributed",
}
_EXCERPT = 90


def source_text(st: StatementResult | Mapping) -> str:
    """The source as a reader should see it: ``He → Mayor Tobias Lund`` for a resolved pronoun."""
    get = st.get if isinstance(st, Mapping) else lambda k: getattr(st, k)
    src, resolved = get("source") or "", get("resolved_source") or ""
    return f"{src} → {resolved}" if src and resolved and resolved != src else src


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _cls(label: str) -> str:
    return "at-" + re.sub(r"[^a-z0-9]+", "-", label.lower())


def _prefix(result: ArticleResult) -> str:
    """A deterministic id prefix, so several articles can share one page."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", result.doc_id)[:40].strip("-") or "doc"
    digest = hashlib.sha1(f"{result.doc_id}\x00{result.text}".encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"at-{slug}-{digest}"


def _marker(label: str) -> str:
    return MARKERS.get(label, label.upper()[:5])


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _tenth(x: float) -> int:
    return max(0, min(10, round(10 * float(x))))


def _bar(strength: float) -> str:
    return (f'<span class="at-bar" role="img" aria-label="strength {strength:.2f}">'
            f'<span class="at-fill at-w{_tenth(strength)}"></span></span>')


def _row(key: str, value: str) -> str:
    return f'<span class="at-row"><span class="at-k">{key}</span> <span class="at-v">{value}</span></span>'


def _details(st: StatementResult, tip_id: str) -> str:
    label = f"{_e(NAMES.get(st.label, st.label))}"
    if st.fine != st.label:
        label += f" ({_e(NAMES.get(st.fine, st.fine))})"
    rows = [_row("statement", f"#{st.index}"), _row("label", label), _row("strength", f"{st.strength:.2f}")]
    if st.source is not None:
        kind = f' <span class="at-kind">[{_e(st.source_kind)}]</span>' if st.source_kind not in (NONE, "") else ""
        rows.append(_row("source", _e(st.source) + kind))
    else:
        rows.append(_row("source", '<span class="at-none">none found</span>'))
    if st.resolved_source:
        rows.append(_row("resolved source", _e(st.resolved_source)))
    if st.speaker:
        rows.append(_row("speaker", _e(st.speaker)))
    if st.cue is not None:
        rows.append(_row("cue", _e(st.cue)))
    probs = ", ".join(f"{_e(NAMES.get(k, k))} {_pct(v)}" for k, v in st.probabilities.items())
    rows.append(_row("probabilities", probs))
    if st.reasons:
        rows.append(_row("reasons", "; ".join(_e(r) for r in st.reasons)))
    return f'<span class="at-tip" role="tooltip" id="{tip_id}">{"".join(rows)}</span>'


def _statement(st: StatementResult, text: str, prefix: str) -> str:
    sid, tip = f"{prefix}-st-{st.index}", f"{prefix}-tip-{st.index}"
    marker = _marker(st.label)
    return (f'<span class="at-st {_cls(st.label)}" id="{sid}" tabindex="0" aria-describedby="{tip}" '
            f'data-label="{_e(st.label)}" data-index="{st.index}">'
            f'<span class="at-badge">{_e(marker)}<span class="at-num">{st.index}</span></span>'
            f'{_e(text)}{_bar(st.strength)}{_details(st, tip)}</span>')


def _body(result: ArticleResult, prefix: str) -> str:
    text, out, cursor = result.text, [], 0
    for st in sorted(result.statements, key=lambda s: (s.start, s.index)):
        start, end = max(st.start, cursor), max(st.end, cursor)
        out.append(_e(text[cursor:start]))
        out.append(_statement(st, text[start:end], prefix))
        cursor = end
    out.append(_e(text[cursor:]))
    return "".join(out)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT - 1].rstrip() + "…"


def _sidebar(result: ArticleResult, prefix: str) -> str:
    sm = result.summary
    labels = list(sm.counts) or list(LABELS)
    rows = "".join(
        f'<tr><th scope="row"><span class="at-chip {_cls(k)}">{_e(_marker(k))}</span> {_e(NAMES.get(k, k))}</th>'
        f'<td>{sm.counts.get(k, 0)}</td><td>{_pct(sm.shares.get(k, 0.0))}</td></tr>' for k in labels)
    parts = [
        '<section class="at-summary" aria-label="summary">',
        '<h3>Summary</h3>',
        f'<p class="at-total"><strong>{sm.statements}</strong> statement{"" if sm.statements == 1 else "s"}</p>',
        '<table class="at-counts"><thead><tr><th scope="col">label</th><th scope="col">count</th>'
        f'<th scope="col">share</th></tr></thead><tbody>{rows}</tbody></table>',
        '<dl class="at-facts">',
        f'<dt>anonymous share</dt><dd class="at-anon-share">{_pct(sm.anonymous_share)}</dd>',
        f'<dt>mean strength</dt><dd class="at-mean-strength">{sm.mean_strength:.2f} {_bar(sm.mean_strength)}</dd>',
        f'<dt>second-hand</dt><dd>{sm.second_hand}</dd>',
        '</dl>',
        '<h4>Named sources</h4>',
    ]
    if sm.named_sources:
        parts.append('<ul class="at-sources">' + "".join(f"<li>{_e(n)}</li>" for n in sm.named_sources) + "</ul>")
    else:
        parts.append('<p class="at-none">none</p>')
    if sm.speakers:
        parts.append('<h4>Speakers</h4><ul class="at-speakers">'
                     + "".join(f"<li>{_e(speaker_entry(sp))}</li>" for sp in sm.speakers) + "</ul>")
    parts.append("</section>")
    parts.append('<section class="at-check" aria-label="check first"><h3>Check first</h3>')
    by_index = {s.index: s for s in result.statements}
    items = [by_index[i] for i in sm.check_first if i in by_index]
    if items:
        parts.append('<ol class="at-check-list">' + "".join(
            f'<li><a href="#{prefix}-st-{s.index}"><span class="at-chip {_cls(s.label)}">{_e(_marker(s.label))}</span> '
            f'#{s.index} <span class="at-str">strength {s.strength:.2f}</span> '
            f'<span class="at-ex">{_e(_excerpt(s.text))}</span></a></li>' for s in items) + "</ol>")
    else:
        parts.append('<p class="at-none">nothing flagged</p>')
    parts.append("</section>")
    legend = "".join(f'<li><span class="at-chip {_cls(k)}">{_e(_marker(k))}</span> {_e(NAMES.get(k, k))}</li>'
                     for k in LABELS)
    parts.append(f'<section class="at-legend" aria-label="legend"><h4>Legend</h4><ul>{legend}</ul>'
                 '<p>The bar after each statement is its attribution strength (0 to 1). Hover over a statement or '
                 'focus it with Tab to see its source, cue, probabilities and reasons.</p></section>')
    return "".join(parts)


_CSS = """
.attributor{--at-ink:#1b1b1f;--at-line:#c9c9d1;
 color:var(--at-ink);background:#fff;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
 display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start;text-align:left}
.attributor *{box-sizing:border-box}
.attributor .at-main{flex:3 1 32rem;min-width:0}
.attributor .at-side{flex:1 1 16rem;min-width:14rem;border-left:3px solid var(--at-line);padding-left:1rem;font-size:.92rem}
.attributor .at-title{margin:0 0 .5rem;font-size:1.3rem}
.attributor .at-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;margin:0}
.attributor .at-st{position:relative;padding:.1em .15em;border-radius:3px;border-bottom:2px solid;cursor:help}
.attributor .at-st:focus{outline:3px solid #1b1b1f;outline-offset:2px}
.attributor .at-st:target{outline:3px dashed #1b1b1f;outline-offset:2px}
{LABEL_RULES}
.attributor .at-badge,.attributor .at-chip{display:inline-block;font:700 .68rem/1.3 ui-monospace,Menlo,Consolas,monospace;
 letter-spacing:.03em;padding:0 .3em;margin-right:.3em;border-radius:3px;color:#fff;vertical-align:.15em;white-space:nowrap}
.attributor .at-num{font-weight:400;margin-left:.3em;opacity:.9}
{BADGE_RULES}
.attributor .at-bar{display:inline-block;width:2.4em;height:.5em;margin-left:.35em;border:1px solid #767680;
 border-radius:2px;background:#fff;vertical-align:middle;overflow:hidden}
.attributor .at-fill{display:block;height:100%;background:#1b1b1f}
.attributor .at-w0{width:0}.attributor .at-w1{width:10%}.attributor .at-w2{width:20%}.attributor .at-w3{width:30%}
.attributor .at-w4{width:40%}.attributor .at-w5{width:50%}.attributor .at-w6{width:60%}.attributor .at-w7{width:70%}
.attributor .at-w8{width:80%}.attributor .at-w9{width:90%}.attributor .at-w10{width:100%}
.attributor .at-tip{display:none;position:absolute;z-index:10;left:0;top:100%;margin-top:.3em;width:max-content;
 max-width:min(28rem,90vw);padding:.5em .7em;background:#1b1b1f;color:#fff;border-radius:4px;white-space:normal;
 font-size:.85rem;line-height:1.45;box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:auto}
.attributor .at-st:hover>.at-tip,.attributor .at-st:focus>.at-tip,.attributor .at-st:target>.at-tip{display:block}
.attributor .at-row{display:block}
.attributor .at-k{color:#c8c8d0;font-weight:600}
.attributor .at-kind,.attributor .at-tip .at-none{color:#c8c8d0}
.attributor .at-side h3{margin:.2rem 0 .4rem;font-size:1.05rem}
.attributor .at-side h4{margin:.8rem 0 .3rem;font-size:.95rem}
.attributor .at-counts{border-collapse:collapse;width:100%}
.attributor .at-counts th,.attributor .at-counts td{padding:.15em .3em;border-bottom:1px solid var(--at-line);text-align:left}
.attributor .at-counts td{text-align:right}
.attributor .at-facts{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;margin:.6rem 0}
.attributor .at-facts dt{font-weight:600}
.attributor .at-facts dd{margin:0}
.attributor .at-sources,.attributor .at-check-list{margin:.2rem 0;padding-left:1.3rem}
.attributor .at-check-list li{margin:.3rem 0}
.attributor .at-check-list a{color:inherit}
.attributor .at-check-list a:focus{outline:3px solid #1b1b1f;outline-offset:1px}
.attributor .at-str{font-variant-numeric:tabular-nums;color:#55555e}
.attributor .at-ex{display:block;color:#33333a}
.attributor .at-none{color:#6b6b75;font-style:italic}
.attributor .at-legend ul{list-style:none;padding:0;margin:.2rem 0}
.attributor .at-legend p{color:#55555e;font-size:.85rem}
@media print{.attributor .at-tip{display:none!important}}
"""


def label_css() -> tuple[str, str]:
    """The label rules of the stylesheet, from :data:`LABEL_STYLE`: (highlight rules, badge rules).

    The badge rules also style ``.at-tag.at-LABEL`` outside ``.attributor`` (the page's legend).
    """
    marks, badges = [], []
    for label, st in LABEL_STYLE.items():
        c = _cls(label)
        marks.append(f".attributor .{c}{{background:{st['background']};border-bottom-color:{st['color']};"
                     f"border-bottom-style:{st['line']}}}")
        badges.append(f".attributor .{c}>.at-badge,.attributor .at-chip.{c},.at-tag.{c}{{background:{st['color']};"
                      "border:0}")
    return "\n".join(marks), "\n".join(badges)


def render_css() -> str:
    """The stylesheet of :func:`render_article` output (plain CSS, scoped under ``.attributor``)."""
    marks, badges = label_css()
    return _CSS.strip().replace("{LABEL_RULES}", marks).replace("{BADGE_RULES}", badges) + "\n"


def style_tag() -> str:
    """:func:`render_css` wrapped in a ``<style>`` element, for pages that embed fragments."""
    return f"<style>\n{render_css()}</style>"


def render_article(result: ArticleResult, *, standalone: bool = False, title: str | None = None) -> str:
    """Render a scored article as HTML.

    ``standalone=True`` returns a complete, self-contained document (inline
    CSS, no scripts, no external assets); otherwise an HTML fragment rooted
    at ``<div class="attributor">`` that needs :func:`render_css` on the page.
    """
    prefix = _prefix(result)
    heading = f'<h2 class="at-title">{_e(title)}</h2>' if title else ""
    n = len(result.statements)
    frag = (f'<div class="attributor" id="{prefix}" data-doc-id="{_e(result.doc_id)}">'
            f'<div class="at-main">{heading}'
            f'<p class="at-text" aria-label="article text, {n} statement{"" if n == 1 else "s"} highlighted">'
            f'{_body(result, prefix)}</p></div>'
            f'<aside class="at-side" aria-label="article summary">{_sidebar(result, prefix)}</aside></div>')
    if not standalone:
        return frag
    page_title = _e(title or f"attributor: {result.doc_id}")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{page_title}</title>{style_tag()}"
            "<style>body{margin:1.5rem;background:#fff}</style></head>"
            f"<body>{frag}</body></html>\n")
