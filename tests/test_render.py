"""The shared HTML renderer: escaping, every statement marked, self-contained output."""
from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

import pytest

from attributor.model.score import score_text
from attributor.render import MARKERS, render_article, render_css, style_tag


class _Collect(HTMLParser):
    """Collect elements and text; fail on unbalanced tags."""

    VOID = {"meta", "br", "img", "link", "input", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.elements, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> (open: {self.stack[-3:]})"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    p.close()
    assert not p.stack, f"unclosed tags: {p.stack}"
    return p


@pytest.fixture(scope="module")
def result(model, article):
    return score_text(article, doc_id="harbour", model=model)


def test_every_statement_is_highlighted_with_its_label_marker(result):
    html = render_article(result)
    doc = parse(html)
    spans = [a for t, a in doc.elements if t == "span" and "at-st" in a.get("class", "").split()]
    assert len(spans) == len(result.statements)
    for st, attrs in zip(result.statements, spans):
        assert attrs["data-label"] == st.label and attrs["data-index"] == str(st.index)
        assert attrs["tabindex"] == "0"
        tip = attrs["aria-describedby"]
        assert any(a.get("id") == tip and a.get("role") == "tooltip" for _, a in doc.elements)
    # the text marker (not colour alone) sits right inside each statement span
    for st in result.statements:
        pattern = (rf'data-index="{st.index}"><span class="at-badge">{MARKERS[st.label]}'
                   rf'<span class="at-num">{st.index}</span>')
        assert re.search(pattern, html), st.index


class _ArticleText(HTMLParser):
    """The text of the main column, without badges, bars and tooltips."""

    SKIP = {"at-badge", "at-tip", "at-bar", "at-title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.skip, self.parts, self.done = 0, None, [], False

    def handle_starttag(self, tag, attrs):
        if tag == "aside":
            self.done = True
        self.depth += 1
        if self.skip is None and set(dict(attrs).get("class", "").split()) & self.SKIP:
            self.skip = self.depth

    def handle_endtag(self, tag):
        if self.skip == self.depth:
            self.skip = None
        self.depth -= 1

    def handle_data(self, data):
        if self.skip is None and not self.done:
            self.parts.append(data)


def test_article_text_survives_rendering_exactly(result, article):
    p = _ArticleText()
    p.feed(render_article(result, title="Harbour"))
    assert "".join(p.parts) == article


def test_details_and_summary_are_present(result):
    html = render_article(result)
    quote = next(s for s in result.statements if s.label == "direct_quote" and s.source)
    assert escape(quote.source, quote=True) in html and "probabilities" in html and quote.reasons[0] in html
    sm = result.summary
    assert f"{sm.mean_strength:.2f}" in html
    for name in sm.named_sources:
        assert escape(name, quote=True) in html
    for i in sm.check_first:
        assert re.search(rf'href="#[^"]*-st-{i}"', html)


def test_script_in_article_text_is_escaped(model):
    text = ('The mayor said <script>alert("x")</script> was fine. '
            '"<img src=x onerror=alert(1)>," said Jane Doe & co.')
    res = score_text(text, doc_id='"><script>bad()</script>', model=model)
    html = render_article(res, standalone=True, title="<b>title</b>")
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&amp; co." in html
    parse(html)


def test_standalone_has_no_external_urls_or_scripts(result):
    html = render_article(result, standalone=True)
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "http" not in html and "//" not in html
    assert "<script" not in html and "<link" not in html and "@import" not in html and "url(" not in html
    assert render_css() in html
    parse(html)


def test_fragment_is_a_single_root_without_css(result):
    frag = render_article(result)
    assert frag.startswith('<div class="attributor"') and frag.endswith("</div>")
    assert "<style" not in frag and "<html" not in frag
    assert style_tag().startswith("<style>") and ".attributor" in render_css()


def test_empty_article_and_unique_ids(model):
    empty = score_text("", doc_id="empty", model=model)
    html = render_article(empty)
    assert "0</strong> statements" in html and "nothing flagged" in html
    parse(html)
    a = render_article(score_text("The sky is blue, he said.", doc_id="a", model=model))
    b = render_article(score_text("The sky is blue, he said.", doc_id="b", model=model))
    ids = lambda h: set(re.findall(r'id="([^"]+)"', h))  # noqa: E731
    assert ids(a) and not ids(a) & ids(b)


def test_label_colours_are_defined_once_and_the_css_comes_from_them(monkeypatch):
    from pathlib import Path

    from attributor import render

    css = render.render_css()
    for label, style in render.LABEL_STYLE.items():
        cls = "at-" + label.replace("_", "-")
        assert f".attributor .{cls}{{background:{style['background']};border-bottom-color:{style['color']};" in css
        assert f".at-tag.{cls}{{background:{style['color']}" in css
    monkeypatch.setitem(render.LABEL_STYLE, "direct_quote", {**render.LABEL_STYLE["direct_quote"], "color": "#123456"})
    assert "#123456" in render.render_css()
    # no other file of the package spells a label colour
    colours = {s[k] for s in render.LABEL_STYLE.values() for k in ("color", "background")} - {"#123456"}
    colours |= {"#0b5fa5", "#9a5b00", "#5b5b66"}
    root = Path(render.__file__).resolve().parent
    for path in [*root.rglob("*.py"), *root.rglob("*.css"), *root.rglob("*.js")]:
        if path.name == "render.py":
            continue
        text = path.read_text(encoding="utf-8").lower()
        found = [c for c in colours if c in text and not (path.name == "app.css" and c == "#0b5fa5")]
        assert not found, f"{path} spells label colours {found}"


def test_the_notebook_plots_use_the_label_style_table():
    from attributor import report
    from attributor.render import LABEL_STYLE

    assert report.LABEL_STYLE is LABEL_STYLE
