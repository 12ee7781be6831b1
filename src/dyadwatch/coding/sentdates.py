"""The dates a sentence names, resolved against the document and what it told before.

A date is dropped where it does not date the sentence's news: a dateline's filing day,
a deadline ('by the end of April'), or the start of a span ('since December 2017').
"""

from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Span, Token

from dyadwatch.coding.dates import (
    deadline_before,
    future_sentence,
    names_a_thing,
    resolve_absolute,
    resolve_publication_relative,
    sentence_year,
    when_follows,
)
from dyadwatch.coding.dayonly import DAY_ONLY, day_only
from dyadwatch.coding.fronted import entry_heading, top_at
from dyadwatch.coding.heading_day import heading_now
from dyadwatch.coding.historyyear import history_year, story_day_year, told_story_year
from dyadwatch.coding.mainline import main_clause
from dyadwatch.coding.monthyear import month_named_year, note_month_named
from dyadwatch.coding.narrative import Narrative, ahead
from dyadwatch.coding.reftime import DATELINE, ENTRY_DASH
from dyadwatch.coding.scope import past_clause, token_at, told_as_past
from dyadwatch.coding.since_dates import SINCE, in_since_clause
from dyadwatch.coding.termyears import term_span
from dyadwatch.coding.weekdayyear import weekday_year
from dyadwatch.coding.when import SentenceDate
from dyadwatch.datetext import DateExpression, find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate

WEEK_OF = re.compile(r"\bweek\s+(?:of|beginning|starting|commencing)\s+(?:the\s+)?$", re.IGNORECASE)

STORY_YEARS_BACK = 2  # a story year this far behind 'now' is not the news year
TURN_MONTHS = 8  # December to March turns the year; June back to January does not

_LAST = re.compile(r"\b(?:last|past|previous)\s+(?:(?:early|mid-?|late)\s*)?$", re.IGNORECASE)


def sentence_dates(kb: KnowledgeBase, sent: Span, narrative: Narrative) -> list[SentenceDate]:
    """Only dates that can be the day of the sentence's news are kept: a dateline, a
    deadline and a 'since' date name other days. A yearless date takes its year from the
    sentence, the section or the story, and a year told here is kept for later sentences."""
    lowered = sent.text.lower()
    anchors = [a for a in kb.anchors if any(p.lower() in lowered for p in a.phrases)]
    out: list[SentenceDate] = []
    future = future_tense(sent)
    said = resolve_publication_relative(sent.text, heading_now(narrative), future)
    narrative.said = said[0] if said is not None and not future and \
        said[0].precision == "day" else None  # 'killed last year' is background, not a move
    found = find_dates(sent.text)
    dateline = DATELINE.match(sent.text) if sent.start == 0 else None
    for number, expr in enumerate(found):
        if dateline is not None and expr.start < dateline.end():
            continue  # 'BAKU, May 11 (Wire) -': the report's date, not the event's
        if deadline_before(sent.text[: expr.start]):
            continue  # 'agreed to set up a commission by the end of April': a deadline
        if (SINCE.search(sent.text[: expr.start]) or in_since_clause(sent, expr.start)) \
                and not when_follows(sent.text, expr):
            continue  # 'his first visit since December 2017': the last time, not this one
        anchor_year = next((a.day.year for a in anchors if expr.month == a.day.month
                            and expr.day == a.day.day), None) or \
            _open_year(expr, found[:number], narrative, sent)
        at, length = sent.start_char + expr.start, expr.end - expr.start
        forward = future and past_clause(token_at(sent, at)) is None and \
            not entry_heading(sent.doc.text, at, length)  # an entry's day is when it was said
        value = resolve_absolute(expr, narrative.time, forward or ahead(sent, at, length),
                                 anchor_year, _behind(sent, expr, at))
        pinned = weekday_year(sent.text, expr, value, None if narrative.time.published else
                              term_span(kb, sent.doc.text)) if value is not None else None
        if pinned is not None and pinned != value:  # '22 April Monday': the weekday's year
            value, narrative.told_year = pinned, pinned.start.year
        if value is not None and WEEK_OF.search(sent.text[:expr.start]):
            value = week_month(value)  # 'Week of 12 August': the month, if the week is in one
        if value is not None:
            out.append(SentenceDate(value, expr.text, sent.start_char + expr.start, True))
            if expr.year is not None and not (future or future_sentence(sent.text)
                                              or names_a_thing(sent.text[:expr.start], expr)):
                narrative.told_year = expr.year
                narrative.year_told_at = (sent.doc, sent.end) if main_clause(
                    top_at(sent, at, length), date=True) else None  # not 'the deal that they signed in 2023'
    for expr in found:
        note_month_named(expr, narrative, sent)
    known = [(e.start, e.end) for e in found]
    here = _month_here(sent, out)
    for value, text, at in day_only(sent.text, known, here or narrative.last_told or
                                    narrative.last_date or narrative.section,
                                    narrative.time.published):
        out.append(SentenceDate(value, text, sent.start_char + at, True))
    return out


def _open_year(expr: DateExpression, before: list[DateExpression], narrative: Narrative,
               sent: Span) -> int | None:
    """The year of a date that leaves it open, from the sentence, the section, the story,
    the month just named with its year, or the history told."""
    prefix = sent.text[:expr.start]
    return sentence_year(sent.text, expr, before, narrative.time, narrative.year) or \
        _section_year(expr, narrative, sent) or _story_year(expr, narrative, sent) or \
        month_named_year(expr, narrative, sent, prefix) or \
        story_day_year(expr, narrative, sent, prefix) or history_year(expr, narrative, sent) or \
        told_story_year(expr, narrative, sent, prefix)


def _month_here(sent: Span, out: list[SentenceDate]) -> FuzzyDate | None:
    """The month a bare 'on the 13th' of this sentence takes from the sentence itself: a
    date of the same clause, told on the main line ('toured Kenya in June 2023 and opened
    a port on the 14th', conjoined verbs counting as one clause). A month of a relative
    clause ('which signed the accord in April 2021') or of what a main verb looks back at
    ('recalled the accord of May 2019 and said they would meet on the 13th') is another
    time; the day then takes the month told before or the publication month."""
    nth = DAY_ONLY.search(sent.text)
    if nth is None:
        return None
    verb = _clause_verb(token_at(sent, sent.start_char + nth.start()))
    for told in reversed(out):
        if told.value.precision not in ("day", "month"):
            continue
        top = top_at(sent, told.position, len(told.text))
        if main_clause(top, date=True) and _one_clause(_clause_verb(top), verb):
            return told.value
    return None


def _clause_verb(token: Token | None) -> Token | None:
    """The verb whose clause holds the word."""
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token if token is not None and token.pos_ in ("VERB", "AUX") else None


def _one_clause(first: Token | None, second: Token | None) -> bool:
    """The same verb, or verbs conjoined in one clause ('visited ... and held talks')."""
    if first is None or second is None:
        return False
    heads = {v if v.dep_ != "conj" else v.head for v in (first, second)}
    return first == second or len(heads) == 1


def _behind(sent: Span, expr: DateExpression, at: int) -> bool:
    """'last September', or a month the simple past is told at, lies behind the writer."""
    return bool(_LAST.search(sent.text[:expr.start])) or \
        told_as_past(sent, at, expr.end - expr.start)


def _section_year(expr: DateExpression, narrative: Narrative, sent: Span) -> int | None:
    """The year a yearless date takes from the chronology it is told in: its section's,
    or the year told last in a text with no 'now'. Entries under a '2021' heading that go
    from late in one year to early in another ('19 December: ... 8 January: ...') have
    turned the year; a pluperfect ('had met in January') looks back instead."""
    section = narrative.section
    year = section.year if section is not None else \
        (narrative.told_year if narrative.time.now is None else None)
    last = narrative.last_told
    if year is None or expr.month is None or last is None or last.month is None or \
            last.year != year or not last.month - expr.month >= TURN_MONTHS or \
            any(t.lower_ == "had" for t in sent):
        return year
    if section is None or section.precision != "year":
        return year  # outside a chronology's year, 'in January' may well look back
    narrative.section = FuzzyDate(year + 1)
    return year + 1


def _story_year(expr: DateExpression, narrative: Narrative, sent: Span) -> int | None:
    """'The photograph was taken on a June morning in 2019. The visit, on 11 and 12 June,
    took him to ...': a yearless day in a sentence told in the simple past, in the paragraph
    that just named an older year, goes on with that year's story, not the months before
    publication. Years close to 'now' are left to the usual reading, and so is a story that
    has since moved to another year."""
    told, now = narrative.year_told_at, narrative.time.published or narrative.time.now
    year, last = narrative.told_year, narrative.last_told
    if last is not None and last.start.year != year:
        return None  # '... on 16 September' read since in another year: the story has moved
    if told is None or now is None or year is None or expr.month is None or \
            expr.day is None or told[0] is not sent.doc or told[1] > sent.start or \
            now.year - year < STORY_YEARS_BACK:
        return None
    return year if sent.root.tag_ == "VBD" else None


def split_entry(sent: Span, narrative: Narrative) -> FuzzyDate | None:
    """'14 November: X met Y', which the parser cut into '14', 'November:' and 'X met Y',
    is still one chronology entry that its whole paragraph tells."""
    text = sent.doc.text
    found = find_dates(text[:40])
    if sent.start != 0 or not found or found[0].month is None:
        return None
    first = found[0]
    if text[:first.start].strip().lower() not in ("", "on") or sent.end_char > first.end + 2 \
            or not ENTRY_DASH.match(text[first.end:]):
        return None
    anchor = first.year or _section_year(first, narrative, sent)
    return resolve_absolute(first, narrative.time, False, anchor)


def week_month(day: FuzzyDate) -> FuzzyDate | None:
    """The month of the week starting on `day`, when all of its seven days lie in it."""
    if day.precision != "day":
        return day
    last = day.start + timedelta(days=6)
    return FuzzyDate(day.start.year, day.start.month) if last.month == day.start.month else None


# 'was scheduled for September', 'is due in May', 'are slated for June': arranged ahead
ARRANGED_FOR = re.compile(r"\b(?:scheduled|slated|pencil+ed\s+in|timetabled|due)\s+(?:for|in|to)\b",
                          re.IGNORECASE)


def future_tense(sent: Span) -> bool:
    """Future tense in the sentence, or a thing arranged for a time: a yearless date then
    looks forward, not back."""
    return any(t.lower_ in ("will", "shall", "'ll") and t.dep_ == "aux" for t in sent) or \
        ARRANGED_FOR.search(sent.text) is not None
