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
            last.precision != "day" or sent.root.tag_ != "VBD" or _past_perfect(sent):
        return None
    day = _next_such_day(expr, last.start)
    return day.year if day is not None and day <= now else None  # past 'now': not the story's


def _next_such_day(expr: DateExpression, start: date) -> date | None:
    """The first day named by a yearless 'day month' on or after `start`: a story told in
    order goes on from the last day it told, so the day falls in that year or the next."""
    if expr.year is not None or expr.month is None or expr.day is None:
        return None
    year = start.year if (expr.month, expr.day) >= (start.month, start.day) else start.year + 1
    try:
        return date(year, expr.month, expr.day)
    except ValueError:
        return None  # '29 February' in a year without one


def _past_perfect(sent: Span) -> bool:
    """'had expelled': the past perfect looks back from the story's day, not onward."""
    return any(t.lower_ in ("had", "'d") and t.dep_ == "aux" for t in sent)


LOOK_BACK_DAYS = 31  # 'On 10 December' after '22 December 2020': a look back within the month
RELATIVE_BEFORE = ("last ", "next ", "this ", "coming ", "past ", "previous ")


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
            or expr.month is None or prefix.lower().endswith(RELATIVE_BEFORE) or \
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
NEWS_WINDOW_DAYS = 14  # a day this close before publication is the news, not the story


def story_day_year(expr: DateExpression, narrative: Narrative, sent: Span,
                   prefix: str) -> int | None:
    """The year of a yearless day that goes on with a story told day by day: 'On 6 November
    2023 Pretoria recalled its diplomats. Israel recalled its ambassador on 20 November.'
    The story stands at a day whose year a main clause of the same paragraph told; the
    next such day, if it comes within STORY_STEP_DAYS, is the story's next day even where
    reading it against publication (March 2025) gives a later year (20 November 2024).

    120 days, not the 31 of LOOK_BACK_DAYS: a story told onward steps weeks or a few
    months between its days (a visit, then the reply a season later), while a step of
    more than about four months is more often the text returning to the present. A day
    past it falls back to the publication reading. So does a day more than a month on
    from the story's that the publication reading puts within NEWS_WINDOW_DAYS before
    publication: a report that recalls talks of May last year and then says what
    happened 'on 2 August', days before it was published, has come back to its news. A
    step within the month ('2 March 2024 ... On 30 March', published April 2025) is the
    story going on, wherever publication falls: it is clearly the story's year. Only in
    the simple past, not a past perfect, and only for a day not after 'now'; 'next May'
    and 'last October' count from the writer."""
    last, now = narrative.last_told, narrative.time.published or narrative.time.now
    if now is None or last is None or last.precision != "day" or \
            narrative.year_told_at is None or narrative.year_told_at[0] is not sent.doc or \
            narrative.year_told_at[1] > sent.start or narrative.told_year != last.start.year \
            or sent.root.tag_ != "VBD" or prefix.lower().endswith(RELATIVE_BEFORE) or \
            _past_perfect(sent):
        return None
    day = _next_such_day(expr, last.start)
    step = (day - last.start).days if day is not None else STORY_STEP_DAYS + 1
    if day is None or step > STORY_STEP_DAYS or day > now or \
            (step > LOOK_BACK_DAYS and _in_news_window(expr, narrative.time.published)):
        return None
    return day.year


def _in_news_window(expr: DateExpression, published: date | None) -> bool:
    """Whether the last such day on or before publication lies within the news window."""
    if published is None or expr.month is None or expr.day is None:
        return False
    for year in (published.year, published.year - 1):
        try:
            day = date(year, expr.month, expr.day)
        except ValueError:
            continue
        if day <= published:
            return (published - day).days <= NEWS_WINDOW_DAYS
    return False
