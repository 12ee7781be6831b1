"""Turn a raw document into an article: main text, title, publication date, boilerplate.

HTML goes through trafilatura for the main text and metadata. Plain text is kept
whole so that every offset points into what the user gave us; boilerplate lines
(menus, related-article lists, newsletter prompts) are marked as spans, not
deleted, and the coder skips them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import ftfy
import trafilatura

from dyadwatch.datetext import find_dates
from dyadwatch.ingest.files import MAX_CHARS
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document, FuzzyDate, Rejection, Span

NOT_PUBLICATION = re.compile(r"^\s*(last\s+update|updated|last\s+modified|modified|copyright|©)",
                             re.IGNORECASE)
DATELINE_LINES = 12


def clean(kb: KnowledgeBase, document: Document) -> Article | Rejection:
    if document.media_type == "html":
        return _clean_html(kb, document)
    return _build(kb, document, document.content, document.title, None, None)


def _clean_html(kb: KnowledgeBase, document: Document) -> Article | Rejection:
    try:
        result = trafilatura.bare_extraction(document.content, url=document.url, with_metadata=True,
                                             include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura raises many types on broken markup
        return Rejection(document.source, "clean", f"HTML could not be parsed: {exc}")
    if not isinstance(result, trafilatura.settings.Document) or not (result.text or "").strip():
        return Rejection(document.source, "clean", "no main text found in the HTML page")
    assert result.text is not None
    text = "\n\n".join(p.strip() for p in result.text.split("\n") if p.strip())
    published = document.published or _fuzzy(result.date)
    source = "metadata" if published and not document.published else None
    return _build(kb, document, text, document.title or result.title, published, result.sitename,
                  published_from=source, url=document.url or result.url)


def _fuzzy(value: str | None) -> FuzzyDate | None:
    if not value:
        return None
    try:
        return FuzzyDate.parse(value[:10])
    except ValueError:
        return None


def _build(kb: KnowledgeBase, document: Document, text: str, title: str | None,
           published: FuzzyDate | None, site: str | None, published_from: str | None = None,
           url: str | None = None) -> Article | Rejection:
    warnings: list[str] = []
    text = _normalise(text)
    if len(text) > MAX_CHARS:
        warnings.append(f"text longer than {MAX_CHARS:,} characters: cut there")
        text = text[:MAX_CHARS]
    if not text.strip():
        return Rejection(document.source, "clean", "no text left after cleaning")
    if published is None and document.published is not None:
        published, published_from = document.published, "record"
    elif document.published is not None:
        published_from = "record"
    if published is None:
        published = dateline(text)
        published_from = "dateline" if published else None
    return Article(
        doc_id=document.doc_id, source=document.source, text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        url=url or document.url, title=title or _first_line(text), site=site,
        published=published, published_from=published_from,
        boilerplate=tuple(boilerplate_spans(kb, text)), warnings=tuple(warnings))


def _normalise(text: str) -> str:
    text = ftfy.fix_text(text, normalization="NFC")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")


def _first_line(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:200]
    return None


def dateline(text: str) -> FuzzyDate | None:
    """The publication date from a dateline near the top ('By X April 23, 2021')."""
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        if NOT_PUBLICATION.match(line) or len(line) > 120:
            continue  # a body sentence's date is not the publication date
        for expr in find_dates(line):
            if expr.year is not None and expr.month is not None and expr.day is not None:
                return FuzzyDate(expr.year, expr.month, expr.day)
    return None


def boilerplate_spans(kb: KnowledgeBase, text: str) -> list[Span]:
    """Lines that are page furniture: menus, related lists, prompts, footers."""
    cues = kb.boilerplate
    line_cues = {c.lower() for c in cues.get("line", [])}
    block_cues = {c.lower() for c in cues.get("block", [])}
    captions = tuple(c.lower() for c in cues.get("caption", []))
    spans: list[Span] = []
    in_block = False
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        key = line.strip().lower().rstrip(":.!").strip(" •-*|")
        if not key:
            continue
        if key.startswith(captions):
            in_block = False
            continue
        if key in block_cues:
            in_block = True
            spans.append(Span(start, end))
        elif key in line_cues or (in_block and _headline_like(line)) or _menu_like(line):
            spans.append(Span(start, end))
        else:
            in_block = False
    return spans


def _headline_like(line: str) -> bool:
    stripped = line.strip()
    return not stripped.endswith((".", "”", '"', "?", "!")) or len(stripped) < 90


def _menu_like(line: str) -> bool:
    stripped = line.strip()
    return (stripped.startswith(("•", "·", "|")) and len(stripped) < 80) or stripped.count(" | ") >= 2
