"""The year of a yearless day in the month a sentence just named with its year.

'Nothing tested that belief more than June 2017. On 5 June, Saudi Arabia cut its ties
with Qatar': a writer who names a month with its year and goes on at once with a day of
that month tells that month's story. The usual readings (the publication year, the year
of a main-clause date) miss it when the month was named outside a main clause ('more than
June 2017', 'the crisis of March 2018'), so the naming is kept here for the sentences of
the same paragraph that follow it.
"""

from __future__ import annotations

from spacy.tokens import Span

from dyadwatch.coding.narrative import Narrative
from dyadwatch.datetext import DateExpression

RELATIVE_BEFORE = ("last ", "next ", "this ", "coming ", "past ", "previous ")


def note_month_named(expr: DateExpression, narrative: Narrative, sent: Span) -> None:
    """Keep a 'June 2017' (a month with its year and no day) and the paragraph it is in."""
    if expr.year is not None and expr.month is not None and expr.day is None:
        narrative.month_named = (sent.doc, sent.end, expr.year, expr.month)


def month_named_year(expr: DateExpression, narrative: Narrative, sent: Span,
                     prefix: str) -> int | None:
    """The year of a yearless day whose month the same paragraph has just named with a
    year. A later sentence's own 'last June' or 'next June' counts from the writer."""
    named = narrative.month_named
    if named is None or expr.year is not None or expr.month is None or expr.day is None:
        return None
    doc, end, year, month = named
    if doc is not sent.doc or end > sent.start or month != expr.month or \
            prefix.lower().endswith(RELATIVE_BEFORE):
        return None
    return year
