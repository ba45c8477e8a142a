from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser

from claimscope.reports import render_html

HOSTILE = (
    '<script>alert(1)</script> and " onmouseover=alert(2) x=" and \'<img src=x onerror=alert(3)>'
)


class _Page(HTMLParser):
    """Collects tags, attributes and the raw contents of style and script elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._open = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self.raw[self._open][-1] += data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def _hostile_analysis(make_analysis, span):
    text = f"Headline {HOSTILE}\n\nThe mayor said {HOSTILE} today."
    content = span(text, HOSTILE, 1)
    return make_analysis(
        text,
        article={"title": HOSTILE, "outlet": HOSTILE, "url": "javascript:alert(4)"},
        attributions=[
            {
                "id": "a1",
                "source": {**span(text, "The mayor"), "entity": HOSTILE, "kind": "person"},
                "cue": span(text, "said"),
                "content": content,
                "direct": True,
                "cites": [{**span(text, "<script>"), "entity": HOSTILE, "kind": "document"}],
            }
        ],
        quantities=[
            {**span(text, "1"), "id": "q1", "value": 1, "low": 1, "high": 1, "counted": HOSTILE}
        ],
        findings=[
            {
                "id": "f1",
                "kind": "vague_attribution",
                "severity": "warning",
                "message": HOSTILE,
                "explanation": HOSTILE,
                "spans": [content],
            }
        ],
        claims=[{**content, "checkworthiness": 0.9}],
        techniques=[{**span(text, "alert(1)"), "technique": "Doubt", "score": 0.5}],
    )


def test_html_article_text_and_metadata_come_out_escaped(make_analysis, span):
    page = render_html(_hostile_analysis(make_analysis, span))
    # the hover data block holds JSON (checked below); everything else is markup
    page = re.sub(
        r'(<script type="application/json" id="cs-marks">).*?(</script>)', r"\1\2", page, flags=re.S
    )
    assert "<script>alert(1)" not in page
    assert "<img" not in page
    assert '" onmouseover=' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    parsed = _parse(page)
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "cs-marks"}, {}]
    assert not [
        attrs
        for tag, attrs in parsed.tags
        if tag == "a" and "javascript:" in (attrs.get("href") or "")
    ]


def test_html_hover_data_block_cannot_close_its_script(make_analysis, span):
    parsed = _parse(render_html(_hostile_analysis(make_analysis, span)))
    block = parsed.raw["script"][0]
    assert "</" not in block and "<" not in block
    marks = json.loads(block)
    assert any(HOSTILE in line for m in marks for line in [m["head"], *m["lines"]])


def test_html_is_self_contained_with_hashed_csp(golden):
    page = render_html(golden("ferry-audit"))
    parsed = _parse(page)
    assert not [attrs for _, attrs in parsed.tags if "src" in attrs or "style" in attrs]
    links = [attrs.get("href") for tag, attrs in parsed.tags if tag in {"a", "link"}]
    assert all(
        h and (h.startswith("#") or h == "https://example.org/news/ferry-audit") for h in links
    )
    csp = next(
        a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    for kind, body in (("style", parsed.raw["style"][0]), ("script", parsed.raw["script"][1])):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in csp


def test_html_overlapping_spans_render_as_flat_runs(golden):
    analysis = golden("ferry-audit")
    page = render_html(analysis)
    text_div = re.search(r'<div class="text" id="text">(.*?)</div>', page, re.S)
    assert text_div is not None
    inner = text_div.group(1)
    assert '<span class="m' in inner and "<div" not in inner
    # runs never nest: every span closes before the next opens
    assert re.search(r"<span class=\"m[^>]*>[^<]*<span", inner) is None
    # "catastrophic" carries a claim, a loaded-language span and the exaggeration around it
    run = re.search(r'<span class="([^"]*)"[^>]*>catastrophic</span>', inner)
    assert run is not None and {"m", "cl", "cw8", "tq"} <= set(run.group(1).split())
    shown = html.unescape(re.sub(r"<[^>]+>", "", inner)).replace("\r\n", "\n")
    assert shown == analysis.article.text.replace("\r\n", "\n")


def test_html_hover_details_for_each_layer(golden):
    page = render_html(golden("ferry-audit"))
    marks = json.loads(_parse(page).raw["script"][0])
    heads = {m["layer"]: [] for m in marks}
    for m in marks:
        heads[m["layer"]].append(" | ".join([m["head"], *m["lines"]]))
    assert any(
        "Loaded language (score 0.81) | Uses emotionally charged words" in h
        for h in heads["techniques"]
    )
    assert any(
        h.startswith("Figure q2: ~4,200,000 EUR | counted: ferry delay cost | period: last year")
        for h in heads["quantities"]
    )
    assert any(
        "Attributed to Bluewave Ferries (organization)" in h and "cites: Port Authority" in h
        for h in heads["attributions"]
    )
    assert any("check-worthiness 0.91" in h for h in heads["claims"])
    assert any(h.startswith("Error: A 15% fall") for h in heads["findings"])


def test_html_legend_toggles_and_sections(golden):
    page = render_html(golden("ferry-audit"))
    for layer in ("attributions", "quantities", "claims", "techniques", "findings"):
        assert f'<input type="checkbox" id="show-{layer}" checked>' in page
    for section in ("Findings", "Sources", "Numbers", "Claims", "Techniques"):
        assert re.search(rf"<h2[^>]*>{section}", page)
    assert "Voices by affiliation" in page
    assert "Makes something look much bigger" in page


def test_html_skipped_layers_say_not_run_and_empty_say_none_found(golden):
    page = render_html(golden("quiet-week"))
    assert '<input type="checkbox" id="show-techniques" disabled>' in page
    assert page.count("not run (layer skipped)") >= 2
    assert "not run (layer not in this pipeline)" in page
    sources = page[page.index('<section id="sources">') : page.index('<section id="numbers">')]
    assert '<p class="status">none found</p>' in sources
    assert "Publication date unknown" in page


def test_html_checks_count_warnings_left_out_instead_of_none_found(golden):
    from claimscope.contract.model import LEFT_OUT_NOTE, NUMERIC_KINDS, Meta

    analysis = golden("ferry-audit")
    numeric = [f for f in analysis.findings if f.kind in NUMERIC_KINDS]
    note = f"{LEFT_OUT_NOTE} a rule's {numeric[0].kind} warning (score 0.05): {numeric[0].message}"
    withheld = analysis.model_copy(
        update={
            "findings": [f for f in analysis.findings if f.kind not in NUMERIC_KINDS],
            "meta": (analysis.meta or Meta()).model_copy(update={"notes": [note]}),
        }
    )
    page = render_html(withheld)
    numbers = page[page.index('<section id="numbers">') : page.index('<section id="claims">')]
    assert "none found" not in numbers
    assert "1 rule warning left out on a second look; the notes above name it" in numbers
    assert html.escape(numeric[0].message) in page  # the note itself, in the header


def test_html_direct_quote_carrying_its_marks_gets_no_more(make_analysis, span):
    # the page adds marks around direct quotes by CSS; a span that opens with its own
    # marks showed them twice (""We ran ...,"")
    text = '"We ran 2,300 sailings," said Tom Hale. He said Demand is high, she said.'

    def att(aid: str, content: str, nth: int) -> dict:
        return {
            "id": aid,
            "source": {**span(text, "Tom Hale"), "entity": "Tom Hale", "kind": "person"},
            "cue": span(text, "said", nth),
            "content": span(text, content),
            "direct": True,
        }

    page = render_html(
        make_analysis(
            text,
            attributions=[att("a1", '"We ran 2,300 sailings,"', 0), att("a2", "Demand is high", 2)],
        )
    )
    sources = page[page.index('<section id="sources">') : page.index('<section id="numbers">')]
    assert '<span class="content">&#34;We ran 2,300 sailings,&#34;</span>' in sources
    assert '<span class="content quoted">Demand is high</span>' in sources
