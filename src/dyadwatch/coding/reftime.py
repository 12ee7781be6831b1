"""The day a report was filed when the page gives no full publication date.

A wire dateline ('LONDON, March 14 (Staff) -') names the day but not the year. The
year is in the text: a top or bottom line 'Updated 08/01/2020 07:55 GMT' bounds the
filing (it was filed on or before it, and the line's day/month order is the one that
agrees with the dateline), and otherwise the weekday the dateline sentence names
('said on Wednesday') fixes it among the years the text mentions: the first year, from
the latest one the text names as past, in which that month and day fall on that
weekday. Either is better evidence than an estimate from the cycle of yearless dates.
"""

from __future__ import annotations

import re
from datetime import date

from dyadwatch.clean.pubdate import NOT_PUBLICATION
from dyadwatch.coding.dates import (
    WEEKDAYS,
    DocumentTime,
    deadline_before,
    estimated_time,
    future_sentence,
    resolve_absolute,
)
from dyadwatch.datetext import DATELINE as DATELINE  # re-exported for the coder
from dyadwatch.datetext import NUMERIC_DAY, find_dates
from dyadwatch.records import Article, FuzzyDate

# 'Belgrade, ', 'New Delhi, Monday, ' before a press release's full date
PRESS_LINE = re.compile(r"^\s*[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3},\s+"
                        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?")
# what may stand before and after the date of a stamp line: 'Buenos Aires, ', 'Posted: ',
# 'Monday, '; ', 21:30 GMT', ' | 09:12'
STAMP_HEAD = re.compile(r"^\s*(?:(?i:published|posted|date)\s*:?\s*|(?:Mon|Tues|Wednes|Thurs|Fri|"
                        r"Satur|Sun)day,?\s*|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3},\s*)?")
STAMP_TAIL = re.compile(r"^[\s,.|–—-]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|GMT|UTC|CET|"
                        r"local\s+time))?)?[\s.]*$")
# a heading's words before its date: places and document kinds, then a separator or a
# document's participle ('answered on', 'delivered on', 'dated')
_ISSUED = (r"(?:answered|delivered|issued|held|published|released|adopted|recorded|given|made|"
           r"signed|posted|updated|dated|submitted|filed|broadcast|aired)")
HEADING_HEAD = re.compile(rf"^\s*[A-Z\u00C0-\u024F][^\d.!?;\"“]{{1,80}}?(?:\s*[,|:–—-]\s*"
                          rf"(?:{_ISSUED}\s+(?:on\s+)?|on\s+)?|\s+{_ISSUED}\s+(?:on\s+)?)"
                          rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")
HEADING_TAIL = re.compile(r"^[\s,.|–—-]*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|GMT|UTC))?"
                          r"[\s,.|–—-]*)?(?:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}\s*\.?)?\s*$")
HEADING_LENGTH = 100
ENTRY_DASH = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?[-–—:]\s")
ENTRY_LEAD = re.compile(r"^\s*(?:\d{1,3}[.)]\s+|[•*·▪◦‣>-]\s*)?(?:(?:mon|tues|wednes|thurs|fri|"
                        r"satur|sun)day,?\s+)?(?:on\s+|early\s+|late\s+|mid-?\s*)?$", re.IGNORECASE)
_STAMP = re.compile(r"^\W*(?:last\s+)?(?:updated|published|posted)\b\s*:?\s*(?P<rest>.*)$",
                    re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?<![\d$€£/.,:-])(?P<year>(?:19|20)\d\d)(?![\d/:]|s\b)")
_WEEKDAY = re.compile(r"\b(?P<before>on|last|next|this|late|early)?\s*(?P<day>Monday|Tuesday|"
                      r"Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"'][.!?])\s+(?=[A-Z])")
# the record of one occasion: its title's date is the day of its 'today'
OCCASION = re.compile(r"\b(?:briefings?|transcripts?|press\s+(?:conference|release|statement|"
                      r"point)|remarks|readouts?|statements?|communiqu[eé]s?|minutes|interview|"
                      r"Q\s*&\s*A|(?:journalists'?|media|press|reporters'?)\s+questions|"
                      r"bulletin|situation\s+report|daily\s+(?:report|update)|speech|address)\b",
                      re.IGNORECASE)
# a line that is only a date, perhaps labelled: 'Date: 20.03.2024', 'Wednesday, 20 March 2024'
DATE_ALONE = re.compile(r"^\s*(?:date\s*:\s*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                        r"[\w./ ,-]{6,30}$", re.IGNORECASE)
TITLE_LINES = 2
TITLE_LENGTH = 160
MAX_SEARCH_YEARS = 5  # a wire report cites some year of the last few; further is a guess
TOP_LINES = 12
_NOT_TOP = re.compile(r"^\s*(?:last\s+update|updated|last\s+modified|modified|copyright|©)",
                      re.IGNORECASE)


def checked_publication(time: DocumentTime, text: str, published: FuzzyDate | None,
                        source: str | None) -> DocumentTime:
    """Page metadata is the weakest evidence of a publication day: extractors take a date
    from a 'most read' list, or write 1 January for a page that only shows a year. A
    later date in the text's own top lines wins, and a bare 1 January counts as the year."""
    if source != "metadata" or published is None or published.precision != "day":
        return time
    top = top_date(text)
    if top is not None and top >= published.start:
        return DocumentTime(top, top)
    if (published.start.month, published.start.day) != (1, 1):
        return time
    expressions = find_dates(text)
    explicit = [d for e in expressions if e.year and e.month
                and (d := valid_date(e.year, e.month, e.day or 1)) is not None]
    return estimated_time(expressions, max([*explicit, published.start]))


def filing_time(time: DocumentTime, article: Article, blocks: list[str]) -> DocumentTime:
    """A wire report without a publication date is filed on its dateline's day: 'GENEVA,
    June 16 (Staff) - ... on Wednesday' resolves 'Wednesday' against June 16 of the year
    a stamp line ('Updated 08/01/2020'), the weekday named with the years the text
    mentions, or else the document's own dates and anchors give. `blocks` are the
    article's content blocks (not its menus)."""
    time = checked_publication(time, "\n".join(blocks), article.published,
                               article.published_from)
    if time.published is not None:
        return time
    titled = title_date(blocks) or place_date(blocks) or press_date(blocks)
    if titled is not None:
        return DocumentTime(titled, titled)
    for line in blocks[:3]:
        match = DATELINE.match(line)
        if match is None:
            continue
        expr = next(iter(find_dates(line[: match.end() + 3])), None)
        filed = filing_day(article.text, line, expr.month, expr.day) \
            if expr is not None and expr.year is None and expr.month and expr.day else None
        if filed is not None:
            return DocumentTime(filed, filed)
        value = resolve_absolute(expr, time, False) if expr is not None else None
        if value is not None and value.precision == "day":
            return DocumentTime(value.start, value.start)
        return time
    return time


def title_date(blocks: list[str]) -> date | None:
    """'Press briefing by the spokesperson, 14 May 2024', 'Remarks to the press - 3.06.2024':
    the record of one occasion names its day in its title, and its 'today' is that day.
    A title of another kind ('Talks since 24 February 2022') dates its subject, not itself.
    The date may stand alone on the line under such a title ('Date: 20.03.2024')."""
    titled = any(OCCASION.search(line) for line in blocks[:TITLE_LINES])
    for line in blocks[:TITLE_LINES + 1]:
        if len(line) > TITLE_LENGTH or not (OCCASION.search(line) or (
                titled and DATE_ALONE.match(line))):
            continue
        full = [e for e in find_dates(line) if e.year and e.month and e.day]
        if len(full) == 1 and full[0].year and full[0].month and full[0].day:
            return valid_date(full[0].year, full[0].month, full[0].day)
    return None


def place_date(blocks: list[str]) -> date | None:
    """'Buenos Aires, 15 of May of 2024.', 'Moscow, 20 March 2024', '2024-03-18 21:30':
    a line near the top holding only a full date (with its place, weekday, label or
    clock time) is the day the page was issued, its 'today'. Not when more such lines
    follow: then they head the sections of a live blog or a chronology."""
    top = TOP_LINES // 3
    for index, line in enumerate(blocks[:top]):
        day = _lone_date(line)
        if day is not None:
            later = any(_lone_date(other) for other in blocks[index + 1:])
            return None if later else day
    return None


def press_date(blocks: list[str]) -> date | None:
    """'Belgrade, 12 October 2022 - The President met today ...': a readout or press
    release opens its first paragraph with its place and full date; that day is its 'today'
    and 'yesterday' is the day before it."""
    for line in blocks[:TITLE_LINES + 1]:
        match = PRESS_LINE.match(line)
        if match is None:
            continue
        rest = line[match.end():]
        first = next(iter(find_dates(rest[:40])), None)
        if first is not None and first.start == 0 and first.year and first.month and \
                first.day and ENTRY_DASH.match(rest[first.end:]):
            return valid_date(first.year, first.month, first.day)
    return None


def _lone_date(line: str) -> date | None:
    return _stamp_line(line) or heading_date(line)


def heading_date(line: str) -> date | None:
    """'Palacio do Planalto, Brasilia, 30 January 2023', 'Written question, answered on 11
    September 2023', 'Transcript | 12 May 2024 | Geneva': a short heading of places and
    document kinds that ends in one full date (and perhaps a place) dates the page. A
    chronology's line opens with its date ('21 June 2023: ...'), so the heading must not;
    a line that tells something ('Russia invaded Ukraine on 24 February 2022') ends its
    words with 'on' after a verb that is no document's."""
    if len(line) > HEADING_LENGTH or _SENTENCE_END.search(line):
        return None
    full = [e for e in find_dates(line) if e.year and e.month and e.day]
    if len(full) != 1 or full[0].year is None or full[0].month is None or full[0].day is None:
        return None
    head, tail = line[:full[0].start], line[full[0].end:]
    if HEADING_HEAD.match(head) is None or HEADING_TAIL.match(tail) is None:
        return None
    return valid_date(full[0].year, full[0].month, full[0].day)


def _stamp_line(line: str) -> date | None:
    head = STAMP_HEAD.match(line)
    full = [e for e in find_dates(line) if e.year and e.month and e.day]
    if head is None or len(full) != 1 or full[0].start != head.end() or \
            not STAMP_TAIL.match(line[full[0].end:]) or full[0].year is None or \
            full[0].month is None or full[0].day is None:
        return None
    return valid_date(full[0].year, full[0].month, full[0].day)


def top_date(text: str) -> date | None:
    """The first full date in the short lines at the top: a byline's 'Istanbul | 3 May 2024'."""
    lines = [line for line in text.split("\n") if line.strip()][:TOP_LINES]
    for line in lines:
        if len(line) > 120 or NOT_PUBLICATION.match(line):
            continue
        for e in find_dates(line):
            if e.year and e.month and e.day:
                return valid_date(e.year, e.month, e.day)
    return None


def filing_day(text: str, line: str, month: int, day: int) -> date | None:
    """The dateline's full date from a stamp line, else from years and the weekday named."""
    stamp = stamp_date(text, month, day)
    if stamp is not None:
        return _latest_on_or_before(month, day, stamp)
    weekday = dateline_weekday(line)
    years = past_years(text)
    if weekday is None or not years:
        return None
    for year in range(max(years), max(years) + MAX_SEARCH_YEARS):
        candidate = valid_date(year, month, day)
        if candidate is not None and candidate.weekday() == weekday:
            return candidate
    return None


def stamp_date(text: str, month: int | None = None, day: int | None = None) -> date | None:
    """The date of an 'Updated/Published/Posted ...' line: numeric forms are read in the
    order that gives the dateline's month and day, else the one order a number over 12
    allows, else the earlier reading (a stamp only bounds the filing day)."""
    for raw in text.split("\n"):
        match = _STAMP.match(raw.strip())
        if match is None or len(raw) > 100:
            continue
        rest = match.group("rest")
        numeric = NUMERIC_DAY.search(rest)
        if numeric is not None:
            a, b, year = int(numeric.group("a")), int(numeric.group("b")), int(numeric.group("year"))
            readings = [d for d in (valid_date(year, b, a), valid_date(year, a, b)) if d is not None]
            exact = [d for d in readings if (d.month, d.day) == (month, day)]
            if exact or readings:
                return (exact or sorted(readings))[0]
        full = [e for e in find_dates(rest) if e.year and e.month and e.day]
        if full:
            return valid_date(full[0].year or 0, full[0].month or 0, full[0].day or 0)
    return None


def dateline_weekday(line: str) -> int | None:
    """The weekday the first sentence of the dateline paragraph says things happened on
    ('said on Wednesday'); 'last Friday' and 'next Monday' name other days."""
    first = _SENTENCE_END.split(line, maxsplit=1)[0]
    for match in _WEEKDAY.finditer(first):
        if (match.group("before") or "").lower() in ("last", "next", "this"):
            continue
        day: int = WEEKDAYS.index(str(match.group("day")).lower())
        return day
    return None


def past_years(text: str) -> list[int]:
    """Years the text names as past or present: not deadlines ('by 2030', 'until 2026')
    nor years in future-tense sentences ('elections will be held in 2027')."""
    years: list[int] = []
    for sentence in _SENTENCE_END.split(text.replace("\n", " \n ")):
        if future_sentence(sentence):
            continue
        for match in _BARE_YEAR.finditer(sentence):
            if not deadline_before(sentence[:match.start()]):
                years.append(int(match.group("year")))
    return years


def _latest_on_or_before(month: int, day: int, bound: date) -> date | None:
    candidate = valid_date(bound.year, month, day)
    if candidate is not None and candidate > bound:
        candidate = valid_date(bound.year - 1, month, day)
    return candidate


def valid_date(year: int, month: int, day: int) -> date | None:
    """A date read from text may not exist ('31 June', a misread day/month order); such a
    reading is no evidence, so it yields nothing rather than raising."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
