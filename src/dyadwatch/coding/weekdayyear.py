"""A weekday named beside a yearless date pins the year: 'Monday, 22 April', '22 April
Monday', 'Tuesday the ninth of September', 'on 3 March (Friday)'.

A yearless date takes the year the text suggests, which a translation or a page with
no stamp can get wrong by one. The weekday a writer gives with it fits only one year
in any few: the one nearest the suggested year is meant. A weekday that fits no near
year is a slip and changes nothing.
"""

from __future__ import annotations

import re
from datetime import date

from dyadwatch.datetext import DateExpression
from dyadwatch.records import FuzzyDate

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_BEFORE = re.compile(_DAY + r"\s*,?\s*(?:the\s+|on\s+)?$", re.IGNORECASE)
_AFTER = re.compile(r"^\s*,?\s*\(?\s*" + _DAY + r"\b", re.IGNORECASE)
REACH = 2  # a day of the year falls on one weekday once in any five years
TERM_REACH = 12  # how far into an open term (one still held) a weekday is looked for


def named_weekday(text: str, expr: DateExpression) -> int | None:
    """The weekday written right before or after the date, as date.weekday() counts."""
    match = _BEFORE.search(text[max(0, expr.start - 16):expr.start]) or \
        _AFTER.match(text[expr.end:expr.end + 16])
    return WEEKDAYS.index(match.group("day").lower()) if match else None


def weekday_year(text: str, expr: DateExpression, value: FuzzyDate,
                 terms: tuple[date, date | None] | None = None) -> FuzzyDate:
    """The date moved to the nearest year whose calendar puts it on the weekday named.

    `terms` are the days a page with no publication date can be written in (termyears.py):
    when no near year fits, or the near one lies outside them, the year is looked for
    within them."""
    if expr.year is not None or value.precision != "day":
        return value
    weekday = named_weekday(text, expr)
    if weekday is None:
        return value
    near = _fitting(value, weekday, range(-REACH, REACH + 1))
    if terms is not None and (near is None or not _within(near, terms)):
        last = terms[1].year if terms[1] is not None else terms[0].year + TERM_REACH
        far = _fitting(value, weekday, range(terms[0].year - value.start.year,
                                             last - value.start.year + 1))
        near = far if far is not None and _within(far, terms) else near
    return FuzzyDate.from_date(near) if near is not None else value


def _fitting(value: FuzzyDate, weekday: int, steps: range) -> date | None:
    """The date moved by the fewest of these years that falls on the weekday."""
    for step in sorted(steps, key=abs):
        try:
            moved = date(value.start.year + step, value.start.month, value.start.day)
        except ValueError:
            continue
        if moved.weekday() == weekday:
            return moved
    return None


def _within(day: date, terms: tuple[date, date | None]) -> bool:
    return terms[0] <= day and (terms[1] is None or day <= terms[1])
