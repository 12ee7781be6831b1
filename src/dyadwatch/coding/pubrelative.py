"""Dates told relative to the publication day: 'yesterday', 'this morning', 'on Tuesday',
'last week', 'earlier this month'.

Kept apart from dates.py, which resolves calendar dates and the narrative's offsets,
because these phrases need nothing but the publication day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dyadwatch.datetext import WEEKDAYS
from dyadwatch.records import FuzzyDate

_PUBLICATION = re.compile(
    r"\b(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    r"yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|"
    r"overnight(?!\s+(?:into|to|on|before|from|of|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b)|"
    r"last\s+night|(?:in\s+)?the\s+(?:early|small|wee)\s+hours(?!\s+of)))\b|"
    r"\b(?P<ord>(?i:(?:(?:early|earlier|late|later)\s+)?(?:last|this|next)))\s+"
    r"(?P<unit>week|month|year)\b|"
    r"\b(?P<weekend>(?i:(?:the\s+)?(?:last|this|past|next|coming|previous)|the))\s+weekend\b|"
    r"\b(?:(?i:on|last|this|next)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)

# a wire report's 'overnight' and 'in the early hours' are the night that ended on its day
_WORD_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}


def publication_position(text: str) -> int | None:
    """Where the first word dated from the day of publication ('yesterday', 'on Monday')
    stands: set before the subject it dates the main act, set after it need not."""
    match = _PUBLICATION.search(text)
    return match.start() if match else None


def resolve_publication_relative(text: str, published: date | None, future: bool
                                 ) -> tuple[FuzzyDate, str] | None:
    """'yesterday', 'on Tuesday', 'last week', 'earlier this month' against the publication date."""
    if published is None:
        return None
    match = _PUBLICATION.search(text)
    return _resolve_publication_match(match, published, future) if match else None


def publication_relatives(text: str, published: date | None, future: bool
                          ) -> list[tuple[FuzzyDate, str, int]]:
    """Every publication-relative phrase of a sentence with where it starts: 'met on
    Monday after a call on Sunday' names two days."""
    if published is None:
        return []
    return [(*_resolve_publication_match(m, published, future), m.start())
            for m in _PUBLICATION.finditer(text)]


def _resolve_publication_match(match: re.Match[str], published: date, future: bool
                               ) -> tuple[FuzzyDate, str]:
    """Each kind of relative phrase counts from the publication day its own way: a weekday
    looks back in a past sentence and ahead in a future one, a weekend or 'last week' names
    a span rather than a day."""
    if match.group("word"):
        word = " ".join(match.group("word").lower().split())
        offset = _WORD_OFFSETS.get(word, 0)  # 'this morning', 'overnight', 'the early hours'
        return FuzzyDate.from_date(published + timedelta(days=offset)), match.group(0)
    if match.group("weekday"):
        target = WEEKDAYS.index(match.group("weekday").lower())
        delta = (published.weekday() - target) % 7
        ahead = match.group(0).lower().startswith("next")
        if future or ahead:
            # a wire report names its own day by the weekday: 'will meet on Wednesday' in a
            # report filed on a Wednesday is that day; 'next Wednesday' is a week on
            gap = (target - published.weekday()) % 7
            day = published + timedelta(days=gap or (7 if ahead else 0))
        else:
            day = published - timedelta(days=delta + (7 if match.group(0).lower().startswith("last")
                                                      and delta == 0 else 0))
        return FuzzyDate.from_date(day), match.group(0)
    if match.group("weekend"):
        return _weekend(match.group("weekend").lower(), published, future), match.group(0)
    return _relative_period(match.group("ord").lower(), match.group("unit").lower(), published), \
        match.group(0)


def _weekend(order: str, published: date, future: bool) -> FuzzyDate:
    """'last weekend', 'over the weekend', 'the weekend's summit': the Saturday and Sunday
    before publication (or after it, looking ahead). Two days are no one day, so the
    month both fall in, else their year."""
    ahead = future or any(w in order for w in ("next", "coming"))
    if ahead:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    else:
        sunday = published - timedelta(days=(published.weekday() + 1) % 7 or
                                       (7 if any(w in order for w in ("last", "previous"))
                                        else 0))
        saturday = sunday - timedelta(days=1)
    sunday = saturday + timedelta(days=1)
    if saturday.month == sunday.month:
        return FuzzyDate(saturday.year, saturday.month)
    return FuzzyDate(sunday.year)


def _relative_period(order: str, unit: str, published: date) -> FuzzyDate:
    step = -1 if "last" in order else (1 if "next" in order else 0)
    if unit == "week":
        middle = published + timedelta(days=7 * step)
        return FuzzyDate(middle.year, middle.month)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return FuzzyDate(index // 12, index % 12 + 1)
    return FuzzyDate(published.year + step)


def narrative_weekdays(text: str, last: FuzzyDate | None) -> list[tuple[FuzzyDate, str, int]]:
    """A history with no publication day goes forward from the day it told last: 'On 9
    September X ... On Wednesday Y' (or the translated 'In the Wednesday') is the first
    such weekday on or after it. 'last Monday' and 'next Monday' count from a 'now' the
    text does not give, so they stay unresolved."""
    if last is None or last.precision != "day":
        return []
    out = []
    for match in _PUBLICATION.finditer(text):
        name = match.group("weekday")
        if name is None or match.group(0).lower().startswith(("last", "next")):
            continue
        gap = (WEEKDAYS.index(name.lower()) - last.start.weekday()) % 7
        out.append((FuzzyDate.from_date(last.start + timedelta(days=gap)), match.group(0),
                    match.start()))
    return out
