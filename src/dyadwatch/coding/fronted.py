"""Fronted time adverbials: 'On Wednesday, X ...', 'Before dawn on Thursday, Y ...'.

A time phrase set before the subject frames the sentence: it moves the narrative to
that day even when the day is earlier than the one the report has been telling. A
wire story's lede tells Friday's news, then retells the week ('The crisis began on
Tuesday ... On Wednesday X ... Before dawn on Thursday Y ...'); a 'the same day' after
each fronted day means that day, not the lede's. A date at the end of a clause ('the
previous meeting was held on 3 May') looks aside and does not move the narrative.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from dyadwatch.coding.dates import DocumentTime, resolve_absolute
from dyadwatch.coding.pubrelative import publication_position
from dyadwatch.coding.reftime import ENTRY_DASH, ENTRY_LEAD
from dyadwatch.coding.when import SentenceDate
from dyadwatch.datetext import find_dates
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


def entry_heading(text: str, position: int, length: int) -> bool:
    """'5 March: Poland expels ...', '2. 23 October - X meets Y': a date that opens its line
    and is set off by a dash or colon heads a chronology entry. Its present tense is the
    historic present of a chronology, so the date lies behind the writer, not ahead."""
    line_start = text.rfind("\n", 0, position) + 1
    return ENTRY_LEAD.match(text[line_start:position]) is not None and \
        ENTRY_DASH.match(text, position + length) is not None


def ahead(sent: Span, position: int, length: int) -> bool:
    """'the pact, which expires in November': a date of a verb in the present tense is a
    scheduled time, so a yearless month looks forward; a chronology's entry heading
    does not."""
    if entry_heading(sent.doc.text, position, length):
        return False
    top = top_at(sent, position, length)
    verb = top.head if top is not None and top.dep_ in ("pobj", "prep", "npadvmod") else None
    if verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and \
        not any(c.dep_ == "aux" for c in verb.children)


def top_at(sent: Span, position: int, length: int) -> Token | None:
    """The word of a date phrase that attaches it to the rest of the sentence."""
    inside = [t for t in sent if position <= t.idx < position + max(length, 1)]
    return next((t for t in inside if t.head not in inside or t.head == t), None)


def mend_cut_entry(sent: Span, dates: list[SentenceDate], time: DocumentTime,
                   year: int | None) -> list[SentenceDate]:
    """'2. 23 October - X meets Y', which the parser cut after '2. 23': the sentence's
    'October' is the tail of its line's entry heading, so it tells the whole day."""
    if sent.start == 0 or not dates:
        return dates
    text = sent.doc.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    for expr in find_dates(text[line_start:sent.start_char + 40]):
        start, end = line_start + expr.start, line_start + expr.end
        if not start < sent.start_char < end or expr.day is None or \
                not entry_heading(text, start, end - start):
            continue
        value = resolve_absolute(expr, time, False, year)
        if value is None:
            return dates
        return [SentenceDate(value, d.text, d.position, d.absolute)
                if start <= d.position < end else d for d in dates]
    return dates


def entry_year(sent: Span, dates: list[SentenceDate], last: FuzzyDate | None,
               published: date | None) -> tuple[list[SentenceDate], FuzzyDate | None]:
    """'- 14 September 2022: ... - 16 September: ...': a chronology's entry that omits its
    year goes on in the year of the entry before it (the next one when its month comes
    earlier), not the publication's. Returns the dates and the entry day to go on from."""
    if sent.start != 0 or not dates:
        return dates, last
    first = min(dates, key=lambda d: d.position)
    text = sent.doc.text
    if first.value.precision != "day" or \
            not entry_heading(text, first.position, len(first.text)):
        return dates, last
    expr = next((e for e in find_dates(text[first.position:first.position + 40])
                 if e.start == 0), None)
    if expr is None or expr.year is not None or last is None or last.precision != "day":
        return dates, first.value
    day = first.value.start
    year = last.start.year + (1 if (day.month, day.day) < (last.start.month, last.start.day)
                              else 0)
    carried = FuzzyDate(year, day.month, day.day) if not (day.month == 2 and day.day == 29) \
        else first.value
    if published is not None and carried.start > published:
        return dates, first.value
    return [SentenceDate(carried, d.text, d.position, d.absolute) if d is first else d
            for d in dates], carried
