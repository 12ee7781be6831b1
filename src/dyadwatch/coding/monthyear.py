"""The year of a yearless day in the month a sentence just named with its year.

'No test of the alliance came harder than March 2019. On 4 March, Ghana closed its
border with Togo': a writer who names a month with its year and goes on at once with a day of
that month tells that month's story. The usual readings (the publication year, the year
of a main-clause date) miss it when the month was named outside a main clause ('harder
than March 2019', 'by May 2016'), so the naming is kept here for the sentences of
the same paragraph that follow it. Only a month that tells a past sentence's time counts:
'the March 2019 embargo' or 'the anniversary of March 2019' names an old event as background.
"""

from __future__ import annotations

from spacy.tokens import Span

from dyadwatch.coding.fronted import top_at
from dyadwatch.coding.historyyear import RELATIVE_BEFORE
from dyadwatch.coding.narrative import Narrative
from dyadwatch.datetext import DateExpression

TIME_PREPOSITIONS = {"in", "than", "by", "until", "during"}
BACKGROUND = {"anniversary", "since"}  # 'the anniversary of March 2019' looks back from now


def note_month_named(expr: DateExpression, narrative: Narrative, sent: Span) -> None:
    """Keep a 'June 2017' (a month with its year and no day) and the paragraph it is in,
    when a past sentence tells its time by it."""
    if expr.year is not None and expr.month is not None and expr.day is None and \
            _tells_the_time(sent, expr):
        narrative.month_named = (sent.doc, sent.end, expr.year, expr.month)


def _tells_the_time(sent: Span, expr: DateExpression) -> bool:
    """'more than March 2019', 'in March 2019' in a past sentence: the month is the time
    of what the sentence tells. 'the March 2019 embargo', 'the talks of March 2019' and
    'the anniversary of ...' name an old event as background, not the month the story
    now tells."""
    top = top_at(sent, sent.start_char + expr.start, expr.end - expr.start)
    if top is None or sent.root.tag_ != "VBD" or \
            any(a.lemma_.lower() in BACKGROUND for a in top.ancestors):
        return False
    if top.dep_ == "pobj":
        return top.head.lower_ in TIME_PREPOSITIONS and top.head.head.pos_ not in ("NOUN", "PROPN")
    return top.dep_ == "npadvmod" and top.head.pos_ in ("VERB", "AUX")


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
