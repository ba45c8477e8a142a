"""Reports: an ``Analysis`` drawn as a terminal report (Rich) or a self-contained HTML page.

Reports see only the contract (``claimscope.contract``), never a spaCy ``Doc``, so an
analysis stored long ago still renders; they group, sort and format, and compute nothing.
"""

from __future__ import annotations

from claimscope.reports.html import render_html
from claimscope.reports.techniques_glossary import (
    TECHNIQUE_GLOSSARY,
    TechniqueEntry,
    technique_entry,
)
from claimscope.reports.text import render_text, text_report

__all__ = [
    "TECHNIQUE_GLOSSARY",
    "TechniqueEntry",
    "render_html",
    "render_text",
    "technique_entry",
    "text_report",
]
