"""The publication date an HTML page gives for itself, read without its asides.

Kept apart from article.py: the page's markup (meta tags, time elements, a dated
line at the top) is searched on a copy stripped of menus, sidebars and 'Related'
lists, whose dates belong to other stories.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from copy import deepcopy

import htmldate
from lxml.html import HtmlElement

from dyadwatch.clean.pubdate import NOT_PUBLICATION, credit_year, foreign_day, weekday_day
from dyadwatch.datetext import NUMERIC_DAY, WEEKDAYS, find_dates

WEEKDAY_NAMES = frozenset([*WEEKDAYS, *(day[:3] for day in WEEKDAYS)])


def page_date(tree: HtmlElement, url: str | None, months: Mapping[str, int] | None = None
              ) -> tuple[str | None, frozenset[str]]:
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
        found = header_date(pruned, months) or found
    if found is None:  # 'Sunday 26 October' atop a live page whose footer says '(c) 2025'
        named = weekday_day(pruned.text_content(), credit_year(tree.text_content()))
        found = named.iso if named is not None else None
    if found is None:  # an undated explainer: its first told day is no publication day
        asides = asides | _prose_days(pruned)
    return found, asides


def _prose_days(tree: HtmlElement) -> frozenset[str]:
    """Days named inside the story's sentences ('On 28 June 2019, negotiators reached ...').

    A page that gives no date of its own in its markup or in a line at its top is an
    undated page (an explainer, a guide): a whole-page date search then picks the first
    day its prose tells, an event's day, and every relative date and every 'planned' act
    would be counted from that wrong day. A byline or stamp line is short; prose is not.
    """
    days: set[str] = set()
    for element in tree.iter("p", "li", "td", "blockquote"):
        text = _spaced_text(element)
        if len(text.split()) >= PROSE_WORDS and _field_date(text) is None:
            days |= _days_named(text)
    return frozenset(days)


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
PROSE_WORDS = 12      # a line this long is a sentence of the story, not a byline or stamp


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
    """Sidebars, menus and lists of other pages carry other pages' dates; the page's own
    date must not be taken from them."""
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


def header_date(tree: HtmlElement, months: Mapping[str, int] | None = None) -> str | None:
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
        found = _line_date(text, months)
        if found is not None:
            return found
    return None


def _line_date(text: str, months: Mapping[str, int] | None = None) -> str | None:
    """A short line that is little more than a full date is a date line of the page; a
    date inside a sentence dates what the sentence tells, not the page."""
    if len(text) > LINE_MAX_CHARS or NOT_PUBLICATION.match(text):
        return None
    fielded = _field_date(text)
    if fielded is not None:
        return fielded
    for expr in find_dates(text):
        if expr.year is None or expr.month is None or expr.day is None:
            continue
        rest = (text[:expr.start] + " " + text[expr.end:]).lower()
        words = [w for w in re.findall(r"[a-z]+", rest) if w not in WEEKDAY_NAMES]
        if len(words) <= LINE_OTHER_WORDS:
            return f"{expr.year:04d}-{expr.month:02d}-{expr.day:02d}"
    # a date line left in the page's own language ('12 de marzo de 2024', '2024年3月12日')
    foreign = foreign_day(text, months) if len(text.split()) <= LINE_OTHER_WORDS + 5 else None
    return foreign.iso if foreign is not None else None


FIELD_SEPARATOR = re.compile(r"\s[|·•]\s")


def _field_date(text: str) -> str | None:
    """'By Ana Ruiz and Tom Hale | Harbour Desk | 4 June 2025': a byline of fields kept apart
    by bars, one of which is a full date alone, dates the page however long the names are."""
    fields = [f.strip() for f in FIELD_SEPARATOR.split(text)]
    if len(fields) < 2 or len(text) > LINE_MAX_CHARS:
        return None
    for field in fields:
        found = [e for e in find_dates(field) if e.year and e.month and e.day]
        rest = field[found[0].end:] + field[:found[0].start] if len(found) == 1 else ""
        words = [w for w in re.findall(r"[a-z]+", rest.lower()) if w not in WEEKDAY_NAMES]
        if len(found) == 1 and not words:
            expr = found[0]
            return f"{expr.year:04d}-{expr.month:02d}-{expr.day:02d}"
    return None

