"""Resolve date expressions to calendar dates against the document and its narrative.

Three references are in play: the publication date (for 'on Tuesday', 'last week'
and yearless dates, which are never later than it), the narrative (for 'a day
later', resolved against the last date the text gave), and, when the publication
date is missing, an estimated 'now' built from the document's own explicit dates,
widely known anchors ('the invasion of Ukraine') and the cycle of its yearless
dates. A date that cannot be determined stays None rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dyadwatch.coding.pubrelative import publication_position as publication_position
from dyadwatch.coding.pubrelative import publication_relatives as publication_relatives
from dyadwatch.coding.pubrelative import (
    resolve_publication_relative as resolve_publication_relative,
)
from dyadwatch.datetext import WEEKDAYS as WEEKDAYS
from dyadwatch.datetext import DateExpression, find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
UPCOMING_DAYS = 31
CHRONOLOGY_DATES = 3  # two dates in text order may still be told backwards: 'X, after a Y'

_NARRATIVE = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>day|night|week|month)s?\s+(?P<dir>later|after|afterwards|earlier|before|prior)\b",
    re.IGNORECASE,
)
# a day or a part of it told from the last day: 'the next morning', 'the same evening',
# 'that night', 'the night before', 'the following afternoon'
_DAY_PART = r"(?:day|morning|afternoon|evening|night)"
_NARRATIVE_DAY = re.compile(
    rf"\b(?:the\s+(?P<next>next|following)\s+{_DAY_PART}|"
    rf"the\s+(?P<prev>previous|preceding)\s+{_DAY_PART}|"
    rf"the\s+{_DAY_PART}\s+(?P<before>before|after|next|following)|"
    rf"the\s+(?P<same>same)\s+{_DAY_PART}|that\s+(?:same\s+)?{_DAY_PART})\b",
    re.IGNORECASE,
)
# 'Days later', 'a few days later': some days on, so only the month is known
_DAYS_LATER = re.compile(r"\b(?:(?:a\s+few|several|some)\s+)?days\s+(?:later|afterwards)\b",
                         re.IGNORECASE)
# 'the following week', 'the next month', 'the year before': a calendar unit next to the last
_NARRATIVE_SPAN = re.compile(
    r"\b(?:the\s+(?P<prev>next|following|previous|preceding)\s+(?P<unit>week|month|year)|"
    r"the\s+(?P<unit2>week|month|year)\s+(?P<after>after|before))\b(?!\s+(?:of|that|when|in)\b)",
    re.IGNORECASE,
)
# 'three years later', 'a year afterwards', 'two years earlier'
_YEARS_LATER = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
    r"(?P<dir>later|afterwards|earlier)\b", re.IGNORECASE)
MONTH_END_MARGIN = 24  # 'days later' than the 25th may already be next month

_DEADLINE_YEAR = re.compile(r"\b(?:by|until|till|before|within|through|no\s+later\s+than)\s+"
                            r"(?:the\s+\w+\s+of\s+)?(?:the\s+year\s+)?(?:early\s+|mid-?|late\s+)?"
                            r"(?:(?:midnight|noon|midday|dawn|the\s+end\s+of\s+the\s+day)\s+)?$",
                            re.IGNORECASE)  # 'until midnight on Tuesday' too
_FUTURE_WORD = re.compile(r"\b(?:will|shall|plans?|due|expected|scheduled)\b|'ll\b", re.IGNORECASE)


# 'of last year', and the machine-translated 'of past year', 'of the previous year'
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+)?(last|this|next|past|previous|"
                         r"preceding|current|coming)\s+year\b", re.IGNORECASE)
YEAR_STEPS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0,
              "next": 1, "coming": 1}
_SAME_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+same|that(?:\s+same)?)\s+year\b",
                        re.IGNORECASE)
_THAT_MONTH = re.compile(r"\b(?:that|the\s+same)\s+$", re.IGNORECASE)  # 'in Madrid that June'
_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentTime:
    """What a document's dates are resolved against."""

    published: date | None
    now: date | None

    @property
    def estimated(self) -> bool:
        return self.published is None and self.now is not None


def document_time(kb: KnowledgeBase, text: str, published: FuzzyDate | None) -> DocumentTime:
    """The reference 'now' of a document: its publication date, else an estimate."""
    if published is not None and published.precision == "day":
        return DocumentTime(published.start, published.start)
    expressions = find_dates(text)
    floor = _floor(kb, text, expressions)
    if published is not None:
        floor = max(floor, published.start) if floor else published.start
    return estimated_time(expressions, floor)


def estimated_time(expressions: list[DateExpression], floor: date | None) -> DocumentTime:
    """'now' for a text without a publication day: the end of its yearly cycle of
    yearless dates, on or after the latest date it shows it was written after."""
    if floor is None:
        return DocumentTime(None, None)
    told = [(e.month, e.day or 1) for e in expressions if e.year is None and e.month is not None]
    if not told:
        return DocumentTime(None, floor)
    last_month, last_day = _told_in_order(told) or _cycle_end(sorted(set(told)))
    candidate = _first_on_or_after(floor, last_month, last_day)
    return DocumentTime(None, candidate)


def _floor(kb: KnowledgeBase, text: str, expressions: list[DateExpression]) -> date | None:
    """The latest date the document shows it was written after."""
    dates = [FuzzyDate(e.year, e.month, e.day).start for e in expressions
             if e.year is not None and e.month is not None and _valid(e)]
    lowered = text.lower()
    dates += [a.day for a in kb.anchors if any(p.lower() in lowered for p in a.phrases)]
    # 'lived during the year 2022 a turn': a year the text is told in; with no fuller
    # date to check it against, only a year named as such ('The year 2022 will remain ...')
    ceiling = max(dates).year + 1 if dates else None
    dates += [date(e.year, 1, 1) for e in expressions if e.year is not None and e.month is None
              and (e.year <= ceiling if ceiling else _named_year(text, e))
              and _told_year(text, e)]
    return max(dates) if dates else None


def _named_year(text: str, e: DateExpression) -> bool:
    return text[max(0, e.start - 9):e.start].lower().endswith("the year ")


def _told_year(text: str, e: DateExpression) -> bool:
    """A year named as past or present: not a deadline nor in a future-tense sentence,
    though 'The year 2022 will remain that of the divorce' looks back on it."""
    start = max(text.rfind(".", 0, e.start), text.rfind("\n", 0, e.start)) + 1
    end = min((i for i in (text.find(".", e.end), text.find("\n", e.end)) if i >= 0),
              default=len(text))
    return not deadline_before(text[:e.start]) and \
        (not future_sentence(text[start:end])
         or " ".join(text[start:e.start].split()).lower() == "the year")


def future_sentence(sentence: str) -> bool:
    """'Elections will be held in 2027', 'talks are due in 2026': the sentence looks ahead."""
    return _FUTURE_WORD.search(sentence) is not None


def deadline_before(prefix: str) -> bool:
    """'before the end of the year 2019', 'by March 2020', 'until (midnight on) Friday': a
    deadline."""
    return _DEADLINE_YEAR.search(prefix[-40:]) is not None


def _valid(e: DateExpression) -> bool:
    try:
        FuzzyDate(e.year or 2000, e.month, e.day)
    except ValueError:
        return False
    return True


def _told_in_order(told: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The last date of a chronology told in document order within one year.

    Document order is the strongest evidence: entries of 12 Jan, 20 Mar, 4 Jun and
    30 Sep, told in that order, are one year's, however wide their gaps. That holds
    when one rising run of at least CHRONOLOGY_DATES yearless dates holds every date the
    text names, a lede that repeats the latest date before the run included; a run that
    drops back ('Oct, Nov, Dec, Jan, Feb') or a lede before an earlier run ('4 June ...
    12 Jan, 20 Mar') is left to the cycle's gaps.
    """
    named = set(told)
    if len(named) < CHRONOLOGY_DATES:
        return None
    start = 0
    for i in range(1, len(told) + 1):
        if i == len(told) or told[i][0] < told[i - 1][0]:  # 'in March' after '20 March' rises
            if set(told[start:i]) == named:
                return max(told[start:i])
            start = i
    return None


def _cycle_end(month_days: list[tuple[int, int]]) -> tuple[int, int]:
    """The last yearless date in the tightest yearly cycle that holds them all.

    A chronology that runs December to June wraps the year: the biggest gap
    between consecutive dates (June to December) is where the years change.
    """
    ordinals = [m * 31 + d for m, d in month_days]
    gaps = [((ordinals[(i + 1) % len(ordinals)] - o) % (12 * 31), i) for i, o in enumerate(ordinals)]
    _, before_gap = max(gaps)
    return month_days[before_gap]


def _first_on_or_after(floor: date, month: int, day: int) -> date:
    """The cycle's end in the floor's year; the floor itself when the cycle ends before it.

    A text written after its latest explicit date (a dated photo caption) whose
    yearless dates all fall earlier in that year is dated by that explicit date.
    """
    try:
        candidate = date(floor.year, month, min(day, 28) if month == 2 and day > 28 else day)
    except ValueError:
        return floor
    return max(candidate, floor)


def resolve_absolute(expr: DateExpression, time: DocumentTime, future: bool,
                     anchor_year: int | None = None) -> FuzzyDate | None:
    """An explicit date, its year taken from the reference when the text omits it."""
    if expr.year is not None:
        return _safe(expr.year, expr.month, expr.day)
    if expr.month is None:
        return None
    if anchor_year is not None:
        return _safe(anchor_year, expr.month, expr.day)
    if time.now is None:
        return None
    now = time.now
    year = now.year
    probe = _safe(year, expr.month, expr.day)
    if probe is None:
        return None
    if future and time.published is not None:
        if probe.start < now and (now - probe.start).days > 31:
            year += 1
    elif probe.start > now and not _upcoming(probe, time):
        year -= 1
    return _safe(year, expr.month, expr.day)


def _upcoming(probe: FuzzyDate, time: DocumentTime) -> bool:
    """A yearless date in the weeks after a known publication day is the coming one: a
    writer names the nearest occurrence ('said he would meet Putin on Aug. 15'), and a
    date nearly a year back would carry its year or 'last'."""
    return time.published is not None and \
        (probe.start - time.published).days <= UPCOMING_DAYS


def sentence_year(text: str, expr: DateExpression, before: list[DateExpression],
                  time: DocumentTime, told_year: int | None = None) -> int | None:
    """The year a yearless date takes from its own sentence: '13 September of last year',
    or a year just named before it ('In 2015, on December 28 the two governments ...',
    'In February 2023 they accepted a plan, and in March they agreed');
    'in November of the same year', 'in March of that year' take the year the text
    named last, in the sentence or, failing that, in the narrative (`told_year`)."""
    if expr.year is not None or expr.month is None:
        return None
    if _SAME_YEAR.match(text[expr.end:]) or _THAT_MONTH.search(text[:expr.start]):
        return next((b.year for b in reversed(before) if b.year is not None), told_year)
    relative = _YEAR_AFTER.match(text[expr.end:])
    reference = time.published or time.now
    if reference is not None and expr.day is None and expr.month == reference.month and \
            text[:expr.start].rstrip().lower().endswith("last"):
        return reference.year - 1  # 'last March' written in March is a year back
    if relative is not None:
        step = YEAR_STEPS[relative.group(1).lower()]
        return reference.year + step if reference is not None else None
    previous = before[-1] if before else None
    if previous is None or previous.year is None:
        return None
    # 'In February 2023 ..., and in March they agreed': a later month of the year just named
    later = previous.month is not None and expr.month >= previous.month and \
        not future_sentence(text[previous.end:expr.start])  # '..., will expire in June'
    return previous.year if previous.month is None or later else None


_OF_THING = re.compile(r"\b(?P<noun>[A-Za-z-]+)\s+of\s+$")
_TIME_NOUNS = frozenset({"end", "beginning", "start", "middle", "half", "quarter", "course", "rest",
                         "part", "months", "weeks", "days", "spring", "summer", "autumn", "fall",
                         "winter", "year", "years", "period", "first", "second", "third", "fourth"})


def names_a_thing(prefix: str, expr: DateExpression) -> bool:
    """'the Alma-Ata declaration of 1991', 'the treaty of 1997': a bare year after 'NOUN of'
    dates the thing named, so the text's own time does not move there; 'the end of 2022'
    and 'the spring of 2021' are times."""
    if expr.month is not None or expr.year is None:
        return False
    match = _OF_THING.search(prefix)
    return match is not None and match.group("noun").lower() not in _TIME_NOUNS


def when_follows(text: str, expr: DateExpression) -> bool:
    """'since September 2023, when Trudeau told Parliament ...': the date of a 'when' clause."""
    return _WHEN_AFTER.match(text[expr.end:]) is not None


def _safe(year: int, month: int | None, day: int | None) -> FuzzyDate | None:
    try:
        return FuzzyDate(year, month, day)
    except ValueError:
        return None


def narrative_position(text: str) -> int | None:
    """Where a narrative-relative phrase starts, if the text has one."""
    found = [m.start() for m in (_NARRATIVE_DAY.search(text), _NARRATIVE.search(text),
                                 _DAYS_LATER.search(text), _NARRATIVE_SPAN.search(text),
                                 _YEARS_LATER.search(text)) if m]
    return min(found) if found else None


def resolve_narrative(text: str, previous: FuzzyDate | None, told: FuzzyDate | None = None
                      ) -> FuzzyDate | None:
    """'a day later', 'two weeks later', 'the previous day' against the last narrative date;
    a step of years or months against the last date `told` at any precision."""
    later = told is not None and (previous is None or told.start >= previous.start)
    coarse = _coarse_narrative(text, told if later else previous)  # not "the 2015 treaty"
    if coarse is not None or previous is None or previous.precision != "day":
        return coarse
    base = previous.start
    match = _NARRATIVE_DAY.search(text)
    if match:
        offset = 1 if match.group("next") or match.group("before") in ("after", "next",
                                                                         "following") else 0
        offset = -1 if match.group("prev") or match.group("before") == "before" else offset
        return FuzzyDate.from_date(base + timedelta(days=offset))
    match = _NARRATIVE.search(text)
    if not match:
        return FuzzyDate(base.year, base.month) if _DAYS_LATER.search(text) and \
            base.day <= MONTH_END_MARGIN else None
    count = NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
    unit = _unit(match)
    sign = 1 if match.group("dir").lower() in ("later", "after", "afterwards") else -1
    if unit == "month":
        month_index = base.year * 12 + base.month - 1 + sign * count
        return FuzzyDate(month_index // 12, month_index % 12 + 1)
    days = count * (7 if unit == "week" else 1)
    return FuzzyDate.from_date(base + timedelta(days=sign * days))


def _coarse_narrative(text: str, previous: FuzzyDate | None) -> FuzzyDate | None:
    """'Three years later', 'the following month', 'the next week': a step of a year, a
    month or a calendar week from the last date told says the year or month at most, and
    works from a month or a year as well as from a day ('In 1994 ... Three years later')."""
    if previous is None:
        return None
    years = _YEARS_LATER.search(text)
    if years is not None:
        count = NUMBERS.get(years.group("n").lower()) or int(years.group("n"))
        sign = 1 if years.group("dir").lower() in ("later", "after", "afterwards") else -1
        return FuzzyDate(previous.start.year + sign * count)
    span = _NARRATIVE_SPAN.search(text)
    if span is None:
        return _months_later(text, previous)
    sign = -1 if (span.group("prev") or "").lower() in ("previous", "preceding") or \
        (span.group("after") or "").lower() == "before" else 1
    unit = (span.group("unit") or span.group("unit2")).lower()
    if unit == "year":
        return FuzzyDate(previous.start.year + sign)
    if unit == "month" and previous.precision in ("day", "month"):
        index = previous.start.year * 12 + previous.start.month - 1 + sign
        return FuzzyDate(index // 12, index % 12 + 1)
    if unit == "week" and previous.precision == "day":
        monday = previous.start - timedelta(days=previous.start.weekday()) + timedelta(weeks=sign)
        sunday = monday + timedelta(days=6)
        return FuzzyDate(monday.year, monday.month) if monday.month == sunday.month else None
    return None


def _months_later(text: str, previous: FuzzyDate) -> FuzzyDate | None:
    """'Two months later' from a month told without its day ('In March 2022 ...')."""
    match = _NARRATIVE.search(text)
    if match is None or _unit(match) != "month" or previous.precision != "month":
        return None
    count = NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
    sign = 1 if match.group("dir").lower() in ("later", "after", "afterwards") else -1
    index = previous.start.year * 12 + previous.start.month - 1 + sign * count
    return FuzzyDate(index // 12, index % 12 + 1)


def _unit(match: re.Match[str]) -> str:
    """'two nights later' counts days."""
    unit = match.group("unit").lower()
    return "day" if unit == "night" else unit


@dataclass(frozen=True)
class ClauseOffset:
    """'a day after Putin apologised': an offset between the main clause and the one it names."""

    at: int  # where 'after' or 'before' starts in the text
    count: int
    unit: str
    sign: int  # +1 when the main clause comes after the named one


def clause_offset(text: str) -> ClauseOffset | None:
    """An offset phrase whose 'after'/'before' introduces a clause or a noun, not an adverb.

    'A day later, they met' dates by the narrative; 'came a day after Putin
    apologised' says the apology was a day before the main clause.
    """
    for match in _NARRATIVE.finditer(text):
        word = match.group("dir").lower()
        rest = text[match.end():].lstrip()
        if word not in ("after", "before") or not rest[:1].isalnum():
            continue
        count = NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
        return ClauseOffset(match.start("dir"), count, _unit(match),
                            1 if word == "after" else -1)
    return None


def shift(base: FuzzyDate | None, count: int, unit: str) -> FuzzyDate | None:
    """A day-precise date moved by whole days, weeks or months (negative counts go back)."""
    if base is None or base.precision != "day":
        return None
    if unit == "month":
        index = base.start.year * 12 + base.start.month - 1 + count
        return FuzzyDate(index // 12, index % 12 + 1)
    return FuzzyDate.from_date(base.start + timedelta(days=count * (7 if unit == "week" else 1)))
