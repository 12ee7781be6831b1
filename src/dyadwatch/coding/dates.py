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
from datetime import date

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.pubrelative import publication_position as publication_position
from dyadwatch.coding.pubrelative import publication_relatives as publication_relatives
from dyadwatch.coding.pubrelative import (
    resolve_publication_relative as resolve_publication_relative,
)
from dyadwatch.coding.steps import NUMBERS as NUMBERS
from dyadwatch.coding.steps import ClauseOffset as ClauseOffset
from dyadwatch.coding.steps import clause_offset as clause_offset
from dyadwatch.coding.steps import narrative_position as narrative_position
from dyadwatch.coding.steps import resolve_narrative as resolve_narrative
from dyadwatch.coding.steps import shift as shift
from dyadwatch.datetext import WEEKDAYS as WEEKDAYS
from dyadwatch.datetext import DateExpression, find_dates, solar_to_gregorian, solar_year_before
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate

UPCOMING_DAYS = 31
CHRONOLOGY_DATES = 3  # two dates in text order may still be told backwards: 'X, after a Y'


_DEADLINE_YEAR = re.compile(r"\b(?:by|until|till|before|within|through|no\s+later\s+than)\s+"
                            r"(?:the\s+\w+\s+of\s+)?(?:the\s+year\s+)?(?:early\s+|mid-?|late\s+)?"
                            r"(?:(?:midnight|noon|midday|dawn|the\s+end\s+of\s+the\s+day)\s+)?$",
                            re.IGNORECASE)  # 'until midnight on Tuesday' too
# 'before dawn on Thursday' tells the early hours of that day, not a deadline
_BEFORE_DAWN = re.compile(r"\bbefore\s+(?:dawn|daybreak|sunrise|first\s+light)\s+$", re.IGNORECASE)
_FUTURE_WORD = re.compile(r"\b(?:will|shall|plans?|due|expected|scheduled)\b|'ll\b", re.IGNORECASE)


# 'of last year', and the machine-translated 'of past year', 'of the previous year'
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+)?(last|this|next|past|previous|"
                         r"preceding|current|coming)\s+year\b", re.IGNORECASE)
YEAR_STEPS = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0,
              "next": 1, "coming": 1}
_SAME_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+same|that(?:\s+same)?)\s+year\b",
                        re.IGNORECASE)
# the year after the one just told, not after 'now': 'in July of the following year'
_FOLLOWING_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?the\s+(?:following|subsequent|next)\s+year\b",
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
        """With no publication day, 'now' is a guess, so readings that need the exact
        day of writing must not trust it."""
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
    return _DEADLINE_YEAR.search(prefix[-40:]) is not None and \
        _BEFORE_DAWN.search(prefix[-40:]) is None


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
                     anchor_year: int | None = None, past: bool = False) -> FuzzyDate | None:
    """An explicit date, its year taken from the reference when the text omits it; one
    told in the simple past (`past`) is never the coming one."""
    if expr.year is not None:
        return _safe(expr.year, expr.month, expr.day)
    if expr.month is None:
        return None
    if expr.solar is not None and time.now is not None:  # 'on 15 Esfand' in an Iranian outlet
        return _solar(expr.solar, time.now)
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
    elif probe.start > now and (past or not _upcoming(probe, time)):
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
    if _FOLLOWING_YEAR.match(text[expr.end:]):  # 'in July of the following year'
        told = next((b.year for b in reversed(before) if b.year is not None), told_year)
        return told + 1 if told is not None else None
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


def names_a_thing(prefix: str, expr: DateExpression) -> bool:
    """'the Alma-Ata declaration of 1991', 'the treaty of 1997': a bare year after 'NOUN of'
    dates the thing named, so the text's own time does not move there; 'the end of 2022'
    and 'the spring of 2021' are times."""
    if expr.month is not None or expr.year is None:
        return False
    match = _OF_THING.search(prefix)
    return match is not None and match.group("noun").lower() not in clause_words(
        "period_nouns")


def when_follows(text: str, expr: DateExpression) -> bool:
    """'since September 2023, when Trudeau told Parliament ...': the date of a 'when' clause."""
    return _WHEN_AFTER.match(text[expr.end:]) is not None


def _solar(solar: tuple[int, int], now: date) -> FuzzyDate | None:
    """A yearless Solar Hijri day in the Persian year that puts it nearest before now."""
    month, day = solar
    told = solar_to_gregorian(solar_year_before(month, day, now), month, day)
    return FuzzyDate.from_date(told) if told is not None else None


def _safe(year: int, month: int | None, day: int | None) -> FuzzyDate | None:
    try:
        return FuzzyDate(year, month, day)
    except ValueError:
        return None
