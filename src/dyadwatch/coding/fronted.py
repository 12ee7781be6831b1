"""Fronted time adverbials: 'On Wednesday, X ...', 'Before dawn on Thursday, Y ...'.

A time phrase set before the subject frames the sentence: it moves the narrative to
that day even when the day is earlier than the one the report has been telling. A
wire story's lede tells Friday's news, then retells the week ('The crisis began on
Tuesday ... On Wednesday X ... Before dawn on Thursday Y ...'); a 'the same day' after
each fronted day means that day, not the lede's. A date at the end of a clause ('the
previous meeting was held on 3 May') looks aside and does not move the narrative.
"""

from __future__ import annotations

from spacy.tokens import Span

from dyadwatch.coding.pubrelative import publication_position
from dyadwatch.coding.when import SentenceDate
from dyadwatch.records import FuzzyDate

FRONT_TOKENS = 5  # 'Early on Thursday', 'Before dawn on Thursday', 'Late on Monday night'


def fronted_days(sent: Span, dates: list[SentenceDate], said: FuzzyDate | None
                 ) -> list[FuzzyDate]:
    """The day dates set before the sentence's subject and main verb: its calendar dates,
    or `said`, the weekday or 'yesterday' it tells from publication."""
    root = sent.root
    subjects = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    end = min([root.i, *subjects])
    placed = [(d.position, d.value) for d in dates if d.value.precision == "day"]
    relative = publication_position(sent.text)
    if relative is not None and said is not None:
        placed.append((sent.start_char + relative, said))
    out = []
    for position, value in placed:
        token = next((t for t in sent if t.idx <= position < t.idx + len(t)), None)
        if token is not None and token.i - sent.start < FRONT_TOKENS and token.i < end:
            out.append(value)
    return out
