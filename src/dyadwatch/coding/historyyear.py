"""The year of a yearless day in a history with no publication date: the story's own.

A long read or a magazine piece with no date line tells an older story in order: 'Moscow's
reply came on 21 March 2022 ... On 8 April Japan expelled eight diplomats'. Its 'now' is
only an estimate from the latest date it names, so reading '8 April' as the last 8 April
before that estimate lands in the wrong year whenever the story is older. In the simple
past the writer goes on from the last day told: the yearless day is the first such day on
or after it, unless that falls after the estimated 'now'.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from dyadwatch.coding.narrative import Narrative
from dyadwatch.datetext import DateExpression


def history_year(expr: DateExpression, narrative: Narrative, sent: Span) -> int | None:
    """The year that puts the yearless day on or after the last day told, in an undated
    history told in the simple past ('On 10 October, the two governments signed ...')."""
    last, now = narrative.last_told, narrative.time.now
    if narrative.time.published is not None or now is None or last is None or \
            last.precision != "day" or expr.year is not None or expr.month is None or \
            expr.day is None or sent.root.tag_ != "VBD" or \
            any(t.lower_ in ("had", "'d") and t.dep_ == "aux" for t in sent):
        return None
    start = last.start
    year = start.year if (expr.month, expr.day) >= (start.month, start.day) else start.year + 1
    try:
        day = date(year, expr.month, expr.day)
    except ValueError:
        return None
    return year if day <= now else None  # past the estimated 'now': not this story's day



LOOK_BACK_DAYS = 31  # 'On 10 December' after '22 December 2020': a look back within the month
_RELATIVE_BEFORE = ("last ", "next ", "this ", "coming ", "past ", "previous ")


def told_story_year(expr: DateExpression, narrative: Narrative, sent: Span,
                    prefix: str) -> int | None:
    """The year of a yearless month or day in an undated history, when `history_year`
    found none: the year of the story's last date ('in March 2022 ... In October, on the
    margins of the summit ...'), not the estimated 'now', which is only the latest date
    the text names (often a flash-forward: 'in June 2025 they met again').

    Only while the story stands at a month or day of that year, and only for a date not
    well before it: 'November 2020 ... The turning point came in May' has moved on to a
    later year the text does not name, and a bare '2023' told last is no story's day.
    'last October' and 'next May' count from the writer and are left alone."""
    year, now, last = narrative.told_year, narrative.time.now, narrative.last_told
    if narrative.time.published is not None or now is None or year is None or last is None \
            or last.precision == "year" or last.start.year != year or expr.year is not None \
            or expr.month is None or prefix.lower().endswith(_RELATIVE_BEFORE) or \
            sent.root.tag_ in ("MD", "VB"):
        return None
    try:
        day = date(year, expr.month, expr.day or 1)
    except ValueError:
        return None
    month_end = date(year, expr.month, 28) if expr.day is None else day
    if (last.start - month_end).days > LOOK_BACK_DAYS or day > now:
        return None
    return year


STORY_STEP_DAYS = 120  # how far a story told day by day moves on without naming a year
_LOOK_FORWARD = ("next ", "coming ", "this ")


def story_day_year(expr: DateExpression, narrative: Narrative, sent: Span,
                   prefix: str) -> int | None:
    """The year of a yearless day that goes on with a story told day by day: 'On 6 November
    2023 Pretoria recalled its diplomats. Israel recalled its ambassador on 20 November.'
    The story stands at a day whose year a main clause of the same paragraph told; the next
    such day within a season of it is the story's next day, even where reading it against publication (March
    2025) gives a later year (20 November 2024) or the writer's own year. Only in the simple
    past, not a past perfect, and only for a day not after 'now'; 'next May' and 'last
    October' count from the writer and are left alone, as are days well after the story's."""
    last, now = narrative.last_told, narrative.time.published or narrative.time.now
    if now is None or last is None or last.precision != "day" or expr.year is not None or \
            expr.month is None or expr.day is None or narrative.year_told_at is None or \
            narrative.year_told_at[0] is not sent.doc or narrative.year_told_at[1] > sent.start or \
            narrative.told_year != last.start.year or sent.root.tag_ != "VBD" or \
            prefix.lower().endswith(_LOOK_FORWARD + _RELATIVE_BEFORE) or \
            any(t.lower_ in ("had", "'d") and t.dep_ == "aux" for t in sent):
        return None
    start = last.start
    year = start.year if (expr.month, expr.day) >= (start.month, start.day) else start.year + 1
    try:
        day = date(year, expr.month, expr.day)
    except ValueError:
        return None
    if (day - start).days > STORY_STEP_DAYS or day > now:
        return None
    return year

