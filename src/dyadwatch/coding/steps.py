"""Steps told from the narrative: 'a day later', 'the next morning', 'three years later'.

Each resolves against the last date the text gave, not the publication day, so these
stay apart from the publication-relative and absolute dates in dates.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files
from typing import TYPE_CHECKING

from dyadwatch.datetext import find_dates
from dyadwatch.records import FuzzyDate

if TYPE_CHECKING:
    from spacy.tokens import Span

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _number_words() -> dict[str, int]:
    """Counts written out, up to fifty-nine: stories step by 'Twelve days later' or
    'eighteen months later' as readily as by 'two days later', and 'twenty-four hours'."""
    words = {"a": 1, "an": 1} | {w: i + 1 for i, w in enumerate(_UNITS)} | \
        {w: i + 10 for i, w in enumerate(_TEENS)} | _TENS
    for tens, value in _TENS.items():
        words |= {f"{tens}-{unit}": value + i + 1 for i, unit in enumerate(_UNITS)}
    return words


NUMBERS = _number_words()
_COUNT = "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|\d{1,2}"

_NARRATIVE = re.compile(
    rf"\b(?P<n>{_COUNT})\s+"
    r"(?P<unit>day|night|week|month)s?\s+(?P<dir>later|after|afterwards|earlier|before|prior)\b",
    re.IGNORECASE,
)
# a day or a part of it told from the last day: 'the next morning', 'the same evening',
# 'that night', 'the night before', 'the following afternoon'
_DAY_PART = r"(?:day|morning|afternoon|evening|night)"
_NARRATIVE_DAY = re.compile(
    rf"\b(?:the\s+(?P<next>next|following)\s+{_DAY_PART}|"
    rf"the\s+(?P<prev>previous|preceding)\s+{_DAY_PART}|"
    rf"the\s+{_DAY_PART}\s+(?P<before>before|after|next|following)(?!\s+(?:yesterday|tomorrow))|"
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
    rf"\b(?P<n>{_COUNT})\s+years?\s+"
    r"(?P<dir>later|afterwards|earlier)\b", re.IGNORECASE)


def _step_pattern(kind: str) -> re.Pattern[str]:
    """The step words of one kind from knowledge/steps.json as one pattern: the words are
    knowledge of how stories are told, kept out of the code."""
    data = json.loads(files("dyadwatch.knowledge").joinpath("steps.json").read_text("utf-8"))
    words = sorted(data[kind], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                          for w in words) + r")\b", re.IGNORECASE)


# 'Hours later,', 'By nightfall,', 'Later that day,': still the story's last day, which may
# be a day of an old story retold, not the publication day
_SAME_DAY = _step_pattern("same_day")
# 'Within days,', 'In the days that followed': days on, so only the month is known
_DAYS_ON = _step_pattern("month")
# 'Overnight,' opening a sentence: the night after the story's day, when the story is old
_NIGHT_FRONT = re.compile(_step_pattern("story_night").pattern.replace(r"\b(?:", r"^\W*(?:", 1)
                          + r"\s*,", re.IGNORECASE)
OLD_STORY_DAYS = 7  # beyond a report's own news week (narrative.NEWS_DAYS) a day is a story's
MONTH_END_MARGIN = 24  # 'days later' than the 25th may already be next month


def narrative_position(text: str) -> int | None:
    """Where a narrative-relative phrase starts, if the text has one."""
    found = [m.start() for m in (_NARRATIVE_DAY.search(text), _NARRATIVE.search(text),
                                 _DAYS_LATER.search(text), _NARRATIVE_SPAN.search(text),
                                 _YEARS_LATER.search(text), _SAME_DAY.search(text),
                                 _DAYS_ON.search(text)) if m]
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
    if not match and _SAME_DAY.search(text):
        return FuzzyDate.from_date(base)
    if not match:
        days_on = _DAYS_LATER.search(text) or _DAYS_ON.search(text)
        return FuzzyDate(base.year, base.month) if days_on and base.day <= MONTH_END_MARGIN \
            else None
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


def story_nights(relatives: list[tuple[FuzzyDate, str, int]], sent: Span,
                 last: FuzzyDate | None, published: date | None
                 ) -> list[tuple[FuzzyDate, str, int]]:
    """'Parliament met on 12 September 2023. Overnight, X struck Y.' in a 2024 article: the
    night is the one after the story's day (dated, as a wire's 'overnight' is, by the
    morning it ends), not the night before publication. Only right after the sentence that
    told that day, so a background date further up leaves a report's 'overnight' alone."""
    if not relatives or last is None or last.precision != "day" or published is None or \
            (published - last.start).days <= OLD_STORY_DAYS or not _NIGHT_FRONT.match(sent.text):
        return relatives
    previous = next((s for s in sent.doc.sents if s.end == sent.start), None)
    if previous is None or not any((e.month, e.day) == (last.start.month, last.start.day)
                                   for e in find_dates(previous.text)):
        return relatives
    night = FuzzyDate.from_date(last.start + timedelta(days=1))
    return [(night, text, at) if at == 0 or not sent.text[:at].strip(" ,") else
            (value, text, at) for value, text, at in relatives]
