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
from copy import deepcopy

import ftfy
import htmldate
import trafilatura
from lxml.html import HtmlElement

from dyadwatch import fingerprint
from dyadwatch.clean import language, quality
from dyadwatch.clean.pubdate import NOT_PUBLICATION, foreign_day, publication
from dyadwatch.clean.pubdate import dateline as dateline  # kept importable from here
from dyadwatch.datetext import NUMERIC_DAY, WEEKDAYS, find_dates
from dyadwatch.ingest.files import MAX_CHARS
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document, FuzzyDate, Rejection, Span

WEEKDAY_NAMES = frozenset([*WEEKDAYS, *(day[:3] for day in WEEKDAYS)])
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(kb: KnowledgeBase, document: Document) -> Article | Rejection:
    if document.media_type == "html":
        return _clean_html(kb, document)
    return _build(kb, document, document.content, document.title, None, None)


def _clean_html(kb: KnowledgeBase, document: Document) -> Article | Rejection:
    try:  # parsed once: the page-date search reads the tree before extraction prunes it
        tree = trafilatura.load_html(document.content)
        page_date, asides = (None, frozenset[str]()) if document.published or tree is None \
            else _page_date(tree, document.url)
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
    published = document.published or _fuzzy(page_date or (
        result.date if result.date not in asides else None))
    source = "metadata" if published and not document.published else None
    # the page's canonical URL (trafilatura reads link rel=canonical and og:url) when the
    # input gave none; its site name, else its host name; language is computed in _build
    return _build(kb, document, text, document.title or result.title, published,
                  result.sitename or document.site or result.hostname, published_from=source,
                  url=document.url or result.url)


def _page_date(tree: HtmlElement, url: str | None) -> tuple[str | None, frozenset[str]]:
    """The publication date the page gives for itself, and the days its asides name.

    'Related' and 'Most read' lists, menus, footers and captions carry the dates of other
    stories and pictures, and a search through the page picks one of them as readily as
    the story's own. So the page's markup (meta tags, time elements) is read without
    them, then a dated short line at its top ('Saturday, 26 January 2019' over the
    masthead, 'Istanbul | 3 May 2024' under the headline); the caller's whole-page search
    comes last and is refused a day that only the asides name.
    """
    pruned, asides = _without_asides(tree)
    found = _htmldate(pruned, url)
    if found is None or found[:10] in _modified_days(pruned):
        # htmldate falls back on a 'modified' tag when no 'published' one is there; a
        # dated line at the top is then the better witness of the first publication
        found = header_date(pruned) or found
    return found, asides


MODIFIED_META = re.compile(r"modif|updat|revis", re.IGNORECASE)


def _modified_days(tree: HtmlElement) -> set[str]:
    """Days the page's meta tags give as its last change ('article:modified_time',
    'dateModified', 'og:updated_time', 'last-modified')."""
    days = set()
    for meta in tree.iter("meta"):
        name = " ".join(meta.get(k, "") for k in ("name", "property", "itemprop", "http-equiv"))
        if MODIFIED_META.search(name) and re.match(r"\d{4}-\d\d-\d\d", meta.get("content", "")):
            days.add(meta.get("content", "")[:10])
    return days


def _htmldate(tree: HtmlElement, url: str | None) -> str | None:
    try:
        found = htmldate.find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises many types on broken markup
        return None
    return found if isinstance(found, str) else None


ASIDE_TAGS = frozenset({"nav", "aside", "footer", "figcaption", "menu"})
ASIDE_NAMES = re.compile(r"related|sidebar|side-bar|most[-_ ]?(?:read|viewed|popular)|popular|"
                         r"trending|recommend|widget|footer|teaser", re.IGNORECASE)
KEEP_TAGS = frozenset({"html", "body", "main", "article", "head"})
ASIDE_SHARE = 0.5     # an element with half the page's text is the page, whatever its class
BLOCK_TAGS = frozenset({"div", "p", "section", "article", "main", "header", "ul", "ol", "li",
                        "table", "tr", "td", "figure", "aside", "nav", "footer", "blockquote",
                        "form", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dd", "dt"})
HEADLINE_TAGS = frozenset({"title", "h1", "h2", "h3"})
LINE_MAX_CHARS = 120  # a longer line is prose: its date is an event's
LINE_OTHER_WORDS = 8  # words beside the date in a date line ('Istanbul |', 'By X, Athens |')
BODY_WORDS = 25       # the first line this long starts the story: the top area ends there


def _without_asides(tree: HtmlElement) -> tuple[HtmlElement, frozenset[str]]:
    """A copy of the page without what frames the story (menus, link lists, sidebars,
    footers, picture captions) and the days those name; the tree trafilatura extracts
    from keeps them."""
    copy = deepcopy(tree)
    total = len(copy.text_content()) or 1
    days: set[str] = set()
    for element in list(copy.iter()):
        if isinstance(element.tag, str) and element.getparent() is not None and \
                _aside(element) and len(element.text_content()) < ASIDE_SHARE * total:
            days |= _days_named(_spaced_text(element))
            element.drop_tree()
    return copy, frozenset(days)


def _spaced_text(element: HtmlElement) -> str:
    """The element's text with its pieces kept apart: 'south</a> <span>02.01.2023</span>
    <a>Budget' must not run together into '02.01.2023Budget', which no date pattern reads."""
    return " ".join(" ".join(element.itertext()).split())


def _days_named(text: str) -> set[str]:
    """ISO days a text names, both readings of a numeric '11/01/2019' included."""
    days = {f"{e.year:04d}-{e.month:02d}-{e.day:02d}" for e in find_dates(text)
            if e.year is not None and e.month is not None and e.day is not None}
    for match in NUMERIC_DAY.finditer(text):
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        days |= {f"{year:04d}-{m:02d}-{d:02d}" for m, d in ((a, b), (b, a)) if m <= 12}
    return days


def _aside(element: HtmlElement) -> bool:
    if element.tag in KEEP_TAGS:
        return False
    if element.tag in ASIDE_TAGS:
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if ASIDE_NAMES.search(names):
        return True
    # a list of two or more links is a list of other pages ('Related', menus, tag clouds)
    if element.tag in ("ul", "ol") and \
            sum(1 for item in element if item.tag == "li" and item.find(".//a") is not None) >= 2:
        return True
    return element.tag in BLOCK_TAGS and _dated_links(element) >= DATED_LINKS


DATED_LINKS = 2         # two short dated links side by side are a list of other stories
DATED_LINK_CHARS = 200  # an item of such a list: a headline, its date, perhaps a teaser


def _dated_links(element: HtmlElement) -> int:
    """Children that are each a short link with a date: 'More news' boxes under any class
    name ('col-right', 'box-3') list other stories, whose dates are not the page's."""
    count = 0
    for child in element:
        if not isinstance(child.tag, str) or (child.find(".//a") is None and child.tag != "a"):
            continue
        text = _spaced_text(child)
        if len(text) <= DATED_LINK_CHARS and _days_named(text):
            count += 1
    return count


def header_date(tree: HtmlElement) -> str | None:
    """The date of a short line at the page's top, before the story's first paragraph:
    the masthead's day or a byline's date. A line that is mostly something else (a
    headline naming a summit's date) or an update stamp is no publication date."""
    body = tree.find(".//body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript") \
                or any(e.tag in BLOCK_TAGS for e in element.iterdescendants()):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= BODY_WORDS:
            return None
        if element.tag in HEADLINE_TAGS or any(a.tag == "li" for a in element.iterancestors()):
            continue
        found = _line_date(text)
        if found is not None:
            return found
    return None


def _line_date(text: str) -> str | None:
    if len(text) > LINE_MAX_CHARS or NOT_PUBLICATION.match(text):
        return None
    for expr in find_dates(text):
        if expr.year is None or expr.month is None or expr.day is None:
            continue
        rest = (text[:expr.start] + " " + text[expr.end:]).lower()
        words = [w for w in re.findall(r"[a-z]+", rest) if w not in WEEKDAY_NAMES]
        if len(words) <= LINE_OTHER_WORDS:
            return f"{expr.year:04d}-{expr.month:02d}-{expr.day:02d}"
    # a date line left in the page's own language ('12 de marzo de 2024', '2024年3月12日')
    foreign = foreign_day(text) if len(text.split()) <= LINE_OTHER_WORDS + 5 else None
    return foreign.iso if foreign is not None else None


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
        published, published_from = publication(text) or (None, None)
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
        if key in cues.block:
            in_block = True
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
MENU_ITEM_SEPARATOR = re.compile(r"\s{2,}|\t|\s[|•·/»]\s")
STAMP = re.compile(
    r"(\(\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\s*\)|\b\d{1,2}:\d{2}|\b\d+\s+(?:minutes?|hours?|days?)"
    r"\s+ago|\(\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*\))\s*$|^\s*\d{1,2}:\d{2}\s", re.IGNORECASE)


def _headline_like(line: str) -> bool:
    stripped = line.strip()
    return not stripped.endswith((".", "”", '"', "?", "!")) or len(stripped) < 90


def _menu_like(line: str, cues: _Cues) -> bool:
    stripped = line.strip()
    if (stripped.startswith(("•", "·", "|")) and len(stripped) < 80) or stripped.count(" | ") >= 2:
        return True
    items = [i for i in MENU_ITEM_SEPARATOR.split(stripped) if i.strip()]
    if len(items) >= 2 and all(_item_key(i) in cues.line or _item_key(i) in cues.menu
                               for i in items):
        return True  # 'Subscribe | Log in', 'Comments (12) | Share'
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items) and len(stripped.split()) <= 25:
        return not any(i.rstrip().endswith((".", "?", "!")) and len(i) > 12 for i in items)
    words = stripped.lower().split()
    return len(words) >= 5 and sum(w.strip(",") in cues.menu for w in words) >= 0.85 * len(words)


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
