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
