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
from lxml.html import HtmlElement

from dyadwatch import fingerprint
from dyadwatch.clean import language, quality
from dyadwatch.clean.pagedate import header_date as header_date  # kept importable from here
from dyadwatch.clean.pagedate import page_date
from dyadwatch.clean.pubdate import CAPTION_LEAD, foreign_months, publication
from dyadwatch.clean.pubdate import dateline as dateline  # kept importable from here
from dyadwatch.ingest.files import MAX_CHARS
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document, FuzzyDate, Rejection, Span

_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(kb: KnowledgeBase, document: Document) -> Article | Rejection:
    if document.media_type == "html":
        return _clean_html(kb, document)
    return _build(kb, document, document.content, document.title, None, None)


def _clean_html(kb: KnowledgeBase, document: Document) -> Article | Rejection:
    try:  # parsed once: the page-date search reads the tree before extraction prunes it
        tree = trafilatura.load_html(document.content)
        own_date, asides = (None, frozenset[str]()) if document.published or tree is None \
            else page_date(tree, document.url, foreign_months(kb))
        if tree is not None:
            _caption_paragraphs(tree)
        result = trafilatura.bare_extraction(tree if tree is not None else document.content,
                                             url=document.url, with_metadata=True,
                                             include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura raises many types on broken markup
        return Rejection(document.source, "clean", f"HTML could not be parsed: {exc}")
    if not isinstance(result, trafilatura.settings.Document) or not (result.text or "").strip():
        return Rejection(document.source, "clean", "no main text found in the HTML page")
    assert result.text is not None
    rows = (_table_row(p) for p in result.text.split("\n"))
    text = "\n\n".join(row for row in rows if row)
    # trafilatura's own date searches the whole page: not a day that only a sidebar names
    published = document.published or _fuzzy(own_date or (
        result.date if result.date not in asides else None))
    source = "metadata" if published and not document.published else None
    # the page's canonical URL (trafilatura reads link rel=canonical and og:url) when the
    # input gave none; its site name, else its host name; language is computed in _build
    return _build(kb, document, text, document.title or result.title, published,
                  result.sitename or document.site or result.hostname, published_from=source,
                  url=document.url or result.url)


def _caption_paragraphs(tree: HtmlElement) -> None:
    """Read each figure caption as a paragraph of its own.

    A photo gallery tells its news in captions ('3/10 - Lima, 12 May: ...'), each led by
    its own date and place. Extraction runs consecutive captions together with no break,
    so a lead would sit mid-sentence and no entry would open there; as paragraphs, each
    caption starts a block the way a chronology's entry does. Only numbered captions
    ('2/8 ...') are a gallery's: a lone photo's caption ('Delegates arrive, 3 March') stays
    where extraction puts it, so its date cannot pass for the page's own stamp line.
    """
    for caption in tree.iter("figcaption"):
        if CAPTION_LEAD.match(caption.text_content() or ""):
            caption.tag = "p"


def _table_row(line: str) -> str:
    """A table row as one line of prose: its cells joined by dashes.

    Analysts put chronologies in tables (date cell, then what happened); read as
    'DATE - text' the row is the chronology line the coder already knows, and a
    row of one cell is just its text.
    """
    line = line.strip()
    if not line.startswith("|"):
        return line
    cells = [c.strip() for c in line.strip("|").split("|")]
    return " - ".join(c for c in cells if c)


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
    if published is None:  # 'CAIRO, Sept 11 (Agency) -' with 'Copyright 2023': 2023-09-11
        published, published_from = publication(text, foreign_months(kb)) or (None, None)
    spans = tuple(boilerplate_spans(kb, text))
    title = title or _first_line(text)
    lang = language.detect(text, spans, kb.quality.get("language"))
    report = quality.assess(kb, text, spans, title, lang)
    return Article(
        doc_id=document.doc_id, source=document.source, text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        url=url or document.url, title=title, site=site or document.site,
        published=published, published_from=published_from,
        boilerplate=spans, warnings=tuple(warnings),
        language=lang, flags=report.flags, quality=report.score,
        text_hash=fingerprint.text_hash(text, spans), signature=fingerprint.signature(text, spans))


def _normalise(text: str) -> str:
    text = ftfy.fix_text(text, normalization="NFC")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if text.isascii():  # the common case: only the ASCII controls can be there, one regex pass
        return _ASCII_CONTROLS.sub("", text)
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")


def _first_line(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:200]
    return None


def boilerplate_spans(kb: KnowledgeBase, text: str) -> list[Span]:
    """Lines that are page furniture: menus, related lists, prompts, share bars, footers.

    The lines stay in the text; their spans tell the coder (and the fingerprint, the
    language and quality checks) to look past them.
    """
    cues = _cues(kb)
    lines = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, position + len(line), line))
        position += len(line) + 1
    marked: list[bool] = []
    in_block = False
    for _, _, line in lines:
        key = line.strip().lower().rstrip(":.!").strip(" •-*|")
        if not key:
            marked.append(False)
            continue
        if key.startswith(cues.captions):
            in_block = False
            marked.append(False)
            continue
        if key in cues.block or _block_heading(key, line, cues):
            # 'Latest from X: A | B' carries its list on its own line; the lines below are the page's
            in_block = not key.partition(":")[2].strip()
            marked.append(True)
        elif (key in cues.line or (in_block and _headline_like(line)) or _menu_like(line, cues)
              or _prompt_like(key, cues) or _share_bar(key, cues)):
            marked.append(True)
        else:
            in_block = False
            marked.append(False)
    _mark_stamped_runs(lines, marked)
    return [Span(start, end) for (start, end, line), flag in zip(lines, marked, strict=True)
            if flag and line.strip()]


class _Cues:
    """The boilerplate cue lists of a knowledge base as sets, built once per base."""

    def __init__(self, raw: dict[str, list[str]]) -> None:
        def low(key: str) -> list[str]:
            return [c.lower() for c in raw.get(key, [])]

        self.line = frozenset(low("line"))
        self.block = frozenset(low("block"))
        self.heading = tuple(low("heading"))
        self.captions = tuple(low("caption"))
        self.prefix = tuple(low("prefix"))
        self.contains = tuple(low("contains"))
        self.share = frozenset(low("share_words"))
        self.social = frozenset(low("social_words"))
        self.menu = frozenset(low("menu_words"))


_CUES: dict[int, tuple[KnowledgeBase, _Cues]] = {}


def _cues(kb: KnowledgeBase) -> _Cues:
    held = _CUES.get(id(kb))
    if held is None or held[0] is not kb:
        held = (kb, _Cues(kb.boilerplate))
        _CUES[id(kb)] = held
    return held[1]


PROMPT_MAX_WORDS = 30     # a 'Subscribe to ...' line longer than this is prose
CONTAINS_MAX_WORDS = 20   # a short line that mentions cookies or newsletters is a prompt
BULLET_SENTENCE_WORDS = 6  # a bulleted line of this many words ending in a stop is prose
MENU_ITEM_SEPARATOR = re.compile(r"\s{2,}|\t|\s[|•·/»]\s")
STAMP = re.compile(
    r"(\(\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\s*\)|\b\d{1,2}:\d{2}|\b\d+\s+(?:minutes?|hours?|days?)"
    r"\s+ago|\(\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*\))\s*$|^\s*\d{1,2}:\d{2}\s", re.IGNORECASE)


HEADING_MAX_WORDS = 6        # 'MORE FROM MAGHREB WIRE': a short heading, not a sentence
HEADING_LEAD_MAX_WORDS = 4   # 'Also in Transcripts: ...': the words before the colon


def _block_heading(key: str, line: str, cues: _Cues) -> bool:
    """A short heading that starts with a block cue opens a list of other headlines.

    Sites name their related lists after themselves or a section ('More from the Wire',
    'Also in Transcripts: A | B'), so the whole-line cue misses them. Only the lexicon's
    'heading' cues count, and only in a heading: a body sentence that happens to start
    'More from the talks was expected ...' or 'Also in Brussels, the ministers met ...'
    is longer, ends with a stop or runs on after a comma.
    """
    lead, colon, _ = key.partition(":")
    if line.rstrip().endswith((".", "?", "!")):
        return False  # a heading or a list of titles carries no full stop
    if colon:
        if len(lead.split()) > HEADING_LEAD_MAX_WORDS:
            return False
    elif len(key.split()) > HEADING_MAX_WORDS or "," in key:
        return False
    return any(lead.startswith(cue + " ") for cue in cues.heading)


def _headline_like(line: str) -> bool:
    stripped = line.strip()
    return not stripped.endswith((".", "”", '"', "?", "!")) or len(stripped) < 90


def _menu_like(line: str, cues: _Cues) -> bool:
    stripped = line.strip()
    if (stripped.startswith(("•", "·", "|")) and len(stripped) < 80 and not _bulleted_sentence(
            stripped)) or stripped.count(" | ") >= 2:
        return True
    items = [i for i in MENU_ITEM_SEPARATOR.split(stripped) if i.strip()]
    if len(items) >= 2 and all(_item_key(i) in cues.line or _item_key(i) in cues.menu
                               for i in items):
        return True  # 'Subscribe | Log in', 'Comments (12) | Share'
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items) and len(stripped.split()) <= 25:
        return not any(i.rstrip().endswith((".", "?", "!")) and len(i) > 12 for i in items)
    words = stripped.lower().split()
    return len(words) >= 5 and sum(w.strip(",") in cues.menu for w in words) >= 0.85 * len(words)


def _bulleted_sentence(stripped: str) -> bool:
    """'• 5 March: Poland expels a Belarusian diplomat.': a digest's or chronology's entry is
    a full sentence with its stop; a menu's or link list's items are bare titles."""
    return stripped.endswith(".") and len(stripped.split()) >= BULLET_SENTENCE_WORDS


def _item_key(item: str) -> str:
    return re.sub(r"[\d()\[\]:*]+", "", item).strip(" .!-").lower()


def _prompt_like(key: str, cues: _Cues) -> bool:
    """Newsletter, cookie, comment-form and copyright prompts: short lines led by a cue."""
    words = len(key.split())
    if words <= PROMPT_MAX_WORDS and key.startswith(cues.prefix):
        return True
    return words <= CONTAINS_MAX_WORDS and any(c in key for c in cues.contains)


def _share_bar(key: str, cues: _Cues) -> bool:
    """'Share on Facebook Twitter WhatsApp': only share words, at least two networks."""
    tokens = re.findall(r"[\w-]+", key)
    if not tokens or len(tokens) > 16 or not all(t in cues.share for t in tokens):
        return False
    return sum(t in cues.social for t in tokens) >= 2 or ("share" in tokens and len(tokens) >= 2)


def _mark_stamped_runs(lines: list[tuple[int, int, str]], marked: list[bool]) -> None:
    """Sidebars of other headlines: two or more short lines in a row, each with a time stamp."""
    run: list[int] = []
    for index, (_, _, line) in enumerate([*lines, (0, 0, "end.")]):
        stripped = line.strip()
        if not stripped:
            continue
        if (len(stripped.split()) <= 25 and not stripped.endswith(".") and STAMP.search(stripped)):
            run.append(index)
            continue
        if len(run) >= 2:
            for i in run:
                marked[i] = True
        run = []
