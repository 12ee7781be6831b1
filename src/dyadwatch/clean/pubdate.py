"""The publication date a plain text states about itself: a dateline, a copyright line.

Wire copy dates itself with a dateline that names the day but not the year
('CAIRO, Sept 11 (Nile Wire) - ...'); the year is in its credit line ('Copyright 2023
Nile Wire', '(c) 2023 ...', '© 2021 ...'), which agencies stamp with the year of
filing. Together they give the day. A weekday in the lede is no substitute: a story
filed on Monday often reports what happened 'on Sunday', so matching the weekday to the
dateline day picks a wrong year as readily as a right one; that guess is left to the
coder's reference-time estimate, which knows it is an estimate.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from functools import cache

from dyadwatch.datetext import MONTHS, NUMERIC_DAY, DateExpression, find_dates
from dyadwatch.knowledge import KnowledgeBase, load
from dyadwatch.records import FuzzyDate

NOT_PUBLICATION = re.compile(r"^\s*(last\s+update|updated|last\s+modified|modified|copyright|©|"
                             r"date\s+modified|page\s+last\s+(?:updated|modified|reviewed))",
                             re.IGNORECASE)
# a gallery caption opens with its place in the series ('3/9 Petro is greeted ...'): the
# date it names is the photo's event, never the page's publication
CAPTION_LEAD = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}(?![\s\d/.-]*\d{4})\b")
DATELINE_LINES = 12
STAMP_MAX_CHARS = 120     # a longer line is prose: its date is an event's, not the filing's
CREDIT_MAX_CHARS = 160    # a copyright line is short; 'copyright' in a long line is a topic
BUDDHIST_ERA_OFFSET = 543
_MONTH = (r"(?i:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_ERA = r"(?i:B\.\s?E\.|Buddhist\s+Era)"
_YEAR = rf"(?P<year>(?:19|20)\d\d)|{_ERA}\s*(?P<be>25\d\d)|(?P<be_after>25\d\d)\s*{_ERA}"
_PLACE = r"[A-Z][A-Za-z'.-]+(?:[ /][A-Z][A-Za-z'.-]+){0,3}"  # 'CAIRO', 'ISTANBUL/KYIV', 'Abuja'
# CITY[/CITY2][, Region], 'Mon D' or 'D Mon'[, year] [(Agency)] and a dash: the wire form
# the dash may be a colon ('BAKU, November 15 (Trend):') or a full stop ('Astana, 3 July 2024.'),
# as regional and translated outlets write it; a line opening with a preposition is prose
WIRE = re.compile(
    rf"^\s*(?!(?:In|On|At|By|From|Since|After|Before|Until|Between)\b){_PLACE}(?:,\s*{_PLACE})?,\s+"
    rf"(?:(?P<mon>{_MONTH})\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<mon2>{_MONTH}))"
    rf"(?:,?\s+(?:{_YEAR}))?\s*(?:\([^)]{{1,60}}\))?\s*(?:[-–—:]|\.(?=\s))\s")
# 'Copyright 2023 X' leads its line; '©' and a spaced '(c)' may follow a name; the year
# ends the line or comes before a name ('copyright 2019 rules' is a topic, not a credit)
CREDIT = re.compile(rf"(?:^\W*copyright\s*(?:©|\(c\))?|(?:copyright\s*)?©|(?:^\W*|(?<=\s))\(c\))"
                    rf"\s*(?:{_YEAR})(?:\s*[-–]\s*(?P<until>(?:19|20)\d\d))?(?=\s*$|\s*[-–,.|]|\s+(?-i:[A-Z]))",
                    re.IGNORECASE)
# a line opening 'Sunday 26 October', 'Sunday, October 26' or 'Sun 26 Oct', with no year
_WEEKDAY_DAY = re.compile(
    rf"^\W*(?P<wd>(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?\s+(?:the\s+)?"
    rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})|"
    rf"(?P<mon2>{_MONTH})\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)(?![\w,]*\s*(?:19|20)\d\d)\b")
# '(c) North Sea Wire 2017. All rights reserved.': the holder's name (a few capitalised
# words) between the mark and the year, as agencies print their credit
CREDIT_NAMED = re.compile(rf"(?:^\W*copyright\b|©|(?:^\W*|(?<=\s))\(c\))\s*"
                          rf"(?:(?-i:[A-Z][\w&'.-]*)\s+){{1,5}}(?:{_YEAR})(?=\s*$|\s*[.,|]|\s+(?-i:[A-Z]))",
                          re.IGNORECASE)
# a site's footer stamp of its last change: 'Date modified: 2025-10-31' (government sites)
MODIFIED_FOOTER = re.compile(r"^\W*(?:date\s+modified|last\s+modified|page\s+last\s+(?:updated|"
                             r"modified|reviewed))\s*:?\s*(?P<rest>.{6,40})$", re.IGNORECASE)
_PUBLISHED = re.compile(r"^\W*(?:published|posted|filed|dated)\b", re.IGNORECASE)
_BYLINE = re.compile(r"^\W*by\s[^.]{1,60}[|·•,]\s*(?:\w+\s+)?\w+\s+(?:19|20)\d\d\s*$", re.IGNORECASE)


def foreign_months(kb: KnowledgeBase) -> dict[str, int]:
    """Month names that machine translation leaves untranslated in a page's date line, folded
    as lines are ('Subat' and 'Şubat' alike): data in quality.json, which users extend.
    Folded once per knowledge base, not once per document."""
    held = _MONTHS_OF.get(id(kb))
    if held is None or held[0] is not kb:
        names = kb.quality.get("foreign_months", {})
        held = (kb, {_fold(str(name)): int(number) for name, number in names.items()
                     if not str(name).startswith("_")})
        _MONTHS_OF[id(kb)] = held
    return held[1]


_MONTHS_OF: dict[int, tuple[KnowledgeBase, dict[str, int]]] = {}


_FOREIGN_DAY = re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.?\s+(?i:de\s+)?(?P<mon>[^\W\d_]{3,12})\.?,?"
                          r"\s+(?i:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)\b")
_EAST_ASIAN_DAY = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<mon>[01]?\d)\s*[月월]\s*"
                             r"(?P<day>[0-3]?\d)\s*[日일]")
_FOREIGN_ENTRY = re.compile(rf"\s*(?:{_FOREIGN_DAY.pattern})\s*[-–—]\s+(?:\S+\s+){{3}}")
# 'DATE - what happened', '27.09.2020 - ...', '2023-09-19: ...': a timeline's line
_ENTRY = re.compile(r"^\s*\S+(?:\s+\S+){0,3}?(?:\s+[-–—]|:)\s+(?:\S+\s+){3}")


def publication(text: str, months: Mapping[str, int] | None = None
                ) -> tuple[FuzzyDate, str] | None:
    """The text's own publication date and what it came from, most precise first: a
    dated top line, a yearless dateline with a 'Published' line's or the credit line's
    year, the month of a byline ('By the Research Unit | June 2025'), the credit year."""
    credit = credit_year(text)
    month: FuzzyDate | None = None
    for line in _top_lines(text):
        match = WIRE.match(line)
        if match is not None:
            return _wire_day(match, None) or _stamp(text) or _wire_day(match, credit)
        found = _stamp_day(line, months)
        if found is not None and found.precision == "day":
            return found, "dateline"
        month = month or found
    numeric = numeric_stamp(text)
    if numeric is not None:
        return numeric, "stamp"
    if month is not None:
        return month, "byline"
    named = weekday_day(text, credit)
    if named is not None:
        return named, "weekday+copyright"
    modified = modified_day(text)
    if modified is not None:
        return modified, "modified"
    return (FuzzyDate(credit), "copyright") if credit is not None else None


def numeric_stamp(text: str) -> FuzzyDate | None:
    """'Published the 08/01/2023 at 10h15': a top stamp line whose numeric day reads both
    ways (8 January or 1 August) is read in the order whose month the story itself names
    ('friday the 6 of January'); a page writes its dates in one convention. Neither or both
    named: no day, rather than a guess."""
    for line in _top_lines(text):
        if not _PUBLISHED.match(line) or len(line) > STAMP_MAX_CHARS:
            continue
        match = NUMERIC_DAY.search(line)
        if match is None:
            continue
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        readings = {r for m, d in ((a, b), (b, a)) if (r := _safe(year, m, d)) is not None}
        named = {r for r in readings if _month_named(text, r.start.month)}
        chosen = readings if len(readings) == 1 else named
        return chosen.pop() if len(chosen) == 1 else None
    return None


def modified_day(text: str) -> FuzzyDate | None:
    """'Date modified: 2025-10-31' in a government page's footer, when the page gives no other
    date: such pages (readouts, statements) are posted and stamped on the day of the
    occasion, so the stamp is the best witness of the 'today' the page tells of; any
    publication line, dateline or byline date wins over it."""
    for line in text.split("\n"):
        match = MODIFIED_FOOTER.match(line.strip())
        if match is None:
            continue
        full = [e for e in find_dates(match["rest"]) if e.year and e.month and e.day]
        if len(full) == 1:
            return _safe(full[0].year or 0, full[0].month or 0, full[0].day or 0)
    return None


def _safe(year: int, month: int, day: int) -> FuzzyDate | None:
    try:
        return FuzzyDate(year, month, day)
    except ValueError:
        return None


def _month_named(text: str, month: int) -> bool:
    """The month's full name, capitalised (the modal 'may' is no month)."""
    return re.search(rf"\b{calendar.month_name[month]}\b", text) is not None


def dateline(text: str) -> FuzzyDate | None:
    """The publication day the top of a text gives, with or without a credit line."""
    found = publication(text)
    return found[0] if found and found[0].precision == "day" else None


def credit_year(text: str) -> int | None:
    """The year of the text's copyright line(s); none when two disagree (an old credit
    above a site footer stamped with the current year: neither can be trusted)."""
    years = set()
    for line in text.split("\n"):
        if len(line) > CREDIT_MAX_CHARS:
            continue
        for match in [*CREDIT.finditer(line), *CREDIT_NAMED.finditer(line)]:
            year = match.groupdict().get("until") or _year(match)
            if year is not None:
                years.add(int(year))
    return years.pop() if len(years) == 1 else None


def weekday_day(text: str, credit: int | None) -> FuzzyDate | None:
    """'Sunday 26 October. Follow our live coverage ...' over a '(c) 2025' footer: a top
    line that opens with a weekday and a yearless day is the page's own day when that day
    falls on that weekday in the credit year; a weekday the year contradicts is no stamp
    of it (an old credit, or a date that is not the page's)."""
    if credit is None:
        return None
    for line in _top_lines(text):
        match = _WEEKDAY_DAY.match(line)
        if match is None:
            continue
        month = MONTHS[(match.group("mon") or match.group("mon2")).lower().rstrip(".")]
        try:
            day = date(credit, month, int(match.group("day") or match.group("day2")))
        except ValueError:
            continue
        if day.strftime("%A").lower().startswith(match.group("wd").lower()[:3]):
            return FuzzyDate.from_date(day)
    return None


def _top_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()][:DATELINE_LINES]


def _wire_day(match: re.Match[str], credit: int | None) -> tuple[FuzzyDate, str] | None:
    """A dateline usually omits the year; the copyright line's year stands in, and the
    source says so, because that year is the weaker evidence."""
    month = MONTHS[(match.group("mon") or match.group("mon2")).lower().rstrip(".")]
    day = int(match.group("day") or match.group("day2"))
    stated = _year(match)
    year, source = (stated, "dateline") if stated is not None else (credit, "dateline+copyright")
    if year is None:
        return None
    try:
        return FuzzyDate(year, month, day), source
    except ValueError:
        return None


def _stamp(text: str) -> tuple[FuzzyDate, str] | None:
    """The day of a 'Published 27.02.2019' line anywhere: the dateline's lede follows,
    so only a line that says it is the publication stamp is read after it."""
    for line in text.split("\n"):
        if _PUBLISHED.match(line):
            found = _stamp_day(line)
            if found is not None and found.precision == "day":
                return found, "stamp"
    return None


def _stamp_day(line: str, months: Mapping[str, int] | None = None) -> FuzzyDate | None:
    """A short top line's date ('By X April 23, 2021'), not a chronology entry's; a
    month only where the line is a byline or stamp ('Published: March 2019')."""
    if NOT_PUBLICATION.match(line) or CAPTION_LEAD.match(line) or len(line) > STAMP_MAX_CHARS:
        return None
    found = find_dates(line)
    if _history_list(line, found) and not (_PUBLISHED.match(line) or _BYLINE.match(line)):
        return None
    for expr in found:
        if expr.year is None or expr.month is None:
            continue
        if expr.start <= len(line) - len(line.lstrip()) and _ENTRY.match(line):
            return None  # '9 November 2021 - Poland closed the crossing.': a timeline's line
        if expr.day is not None:
            return FuzzyDate(expr.year, expr.month, expr.day)
        if _PUBLISHED.match(line) or _BYLINE.match(line):
            return FuzzyDate(expr.year, expr.month)
    return None if _ENTRY.match(line) or _FOREIGN_ENTRY.match(line) else foreign_day(line, months)


HISTORY_LIST_DAYS = 365  # days a stamp's dates lie apart at most ('5 March | Updated 6 March')


def _history_list(line: str, found: list[DateExpression]) -> bool:
    """Whether a line's full dates are a list of past days ('This week in history: 1 May
    1978, the treaty; 2 May 1993, the handshake'), not a page stamp: a stamp's second date
    is its update, a day or so after the first ('March 5, 2024 | Updated March 6, 2024').
    A list says so with a semicolon between its entries or by dates more than a year
    apart; the number of dates alone says nothing, and a colon may open a stamp too
    ('Date: 5 March 2024, updated 6 March 2024')."""
    full = [e for e in found if e.year and e.month and e.day]
    if len(full) < 2:
        return False
    if ";" in line[full[0].end: full[-1].start]:
        return True
    days = []
    for expr in full:
        try:
            days.append(date(expr.year or 0, expr.month or 0, expr.day or 0))
        except ValueError:
            continue
    return len(days) > 1 and (max(days) - min(days)).days > HISTORY_LIST_DAYS


def foreign_day(line: str, months: Mapping[str, int] | None = None) -> FuzzyDate | None:
    """A day written in another language's words or signs ('12 de marzo de 2024',
    '2024年3月12日'): translation leaves a page's date line as it was, and a top line
    that is only such a date is the page's date as surely as an English one."""
    for match in [*_FOREIGN_DAY.finditer(line), *_EAST_ASIAN_DAY.finditer(line)]:
        name = match.group("mon")
        names = months if months is not None else _shipped_months()
        month = int(name) if name.isdigit() else names.get(_fold(name))
        if month is None:
            continue
        try:
            return FuzzyDate(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            continue
    return None


def _fold(word: str) -> str:
    """'Şubat', 'März', 'Mayıs' as 'subat', 'marz', 'mayis'."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _year(match: re.Match[str]) -> int | None:
    """A Common Era year, or a Buddhist Era one (Thai usage) only when marked as such."""
    if match.group("year"):
        return int(match.group("year"))
    buddhist = match.group("be") or match.group("be_after")
    return int(buddhist) - BUDDHIST_ERA_OFFSET if buddhist else None


@cache
def _shipped_months() -> dict[str, int]:
    """For callers without a knowledge base (tests, `dateline`): the shipped names."""
    return foreign_months(load())
