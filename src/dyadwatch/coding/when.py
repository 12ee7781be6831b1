"""Choose the date of one trigger among the date phrases of its sentence.

The nearest phrase usually dates a trigger. Offset phrases change that: 'came a
day after Putin apologised' dates the apology a day before the main clause, and
'two days before the invasion of Ukraine' dates the main clause from a widely
known happening. Dating by tense, where no phrase dates a trigger, lives in tense.py
(re-exported here for callers that imported it from this module); which clause's event
a date phrase belongs to, and so whether it may date a trigger at all, in clause_times.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.clause_times import (
    attributive,
    charged_deed_time,
    describes_own,
    foreign_time,
    in_relative_clause,
    look_back,
    other_nouns_time,
)
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.dates import (
    ClauseOffset,
    clause_offset,
    deadline_before,
    narrative_position,
    publication_relatives,
    resolve_narrative,
    shift,
)
from dyadwatch.coding.pubrelative import narrative_weekdays
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.coding.scope import beyond_until, coordinate_clause
from dyadwatch.coding.scope import phrase as _phrase
from dyadwatch.coding.scope import token_at as _token_at
from dyadwatch.coding.since_dates import since_time
from dyadwatch.coding.steps import story_nights
from dyadwatch.coding.tense import backshifted as backshifted
from dyadwatch.coding.tense import cause_year as cause_year
from dyadwatch.coding.tense import clause_verb as clause_verb
from dyadwatch.coding.tense import recent_perfect as recent_perfect
from dyadwatch.coding.triggers import Found
from dyadwatch.datetext import DateExpression, find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate

SAME_DAY_AS = re.compile(r"\bthe\s+same\s+day\s+as\b", re.IGNORECASE)
# 'the next meeting', 'the first summit since 2018': another event than the one just dated
NOT_ANAPHORIC = {"next", "previous", "last", "first", "second", "third", "upcoming", "planned",
                 "following", "earlier", "later", "proposed", "future", "past", "new"}
OCCASION_PREPS = {"at", "during", "in"}
ANAPHORIC_DETS = {"the", "that", "this"}
MODIFIERS = {"det", "compound", "amod", "nummod", "poss", "case", "punct"}
BESIDE = re.compile(r"[\s,(]*(?:the\s+)?|\s*\(\s*(?:on\s+)?", re.IGNORECASE)  # 'Friday, the 8th'


@dataclass(frozen=True)
class SentenceDate:
    """A date phrase of the sentence and where it stands: the trigger nearest to it is
    the one it dates, and a phrase read from the calendar (`absolute`) outranks one
    counted from another day."""

    value: FuzzyDate
    text: str
    position: int
    absolute: bool


@dataclass(frozen=True)
class Reference:
    """What relative phrases resolve against: the publication date and the last narrative date."""

    published: date | None
    last_date: FuzzyDate | None
    told: tuple[tuple[str, FuzzyDate], ...] = ()  # (trigger lemma, date) of events told before
    last_told: FuzzyDate | None = None  # the last date told at any precision: 'In 1994 ...'


# a trigger's date, the phrase or rule that gave it, and where in the doc that phrase
# stands (None for a date no phrase of the sentence gives: a shifted or anchored day)
PlacedDate = tuple[FuzzyDate | None, str | None, int | None]
_NO_DATE: PlacedDate = (None, None, None)


def date_for(kb: KnowledgeBase, found: Found, dates: list[SentenceDate], time: Reference,
             future: bool, sent: Span) -> tuple[FuzzyDate | None, str | None]:
    """The date of one trigger: the nearest date phrase, unless an offset clause decides."""
    value, text, _ = placed_date_for(kb, found, dates, time, future, sent)
    return value, text


def placed_date_for(kb: KnowledgeBase, found: Found, dates: list[SentenceDate],
                    time: Reference, future: bool, sent: Span) -> PlacedDate:
    """date_for, with the position of the phrase chosen: a sentence may spell the same
    date twice ('on Monday ... again on Monday'), and only the chosen phrase's own offset
    tells which clause it stands in."""
    candidates = list(dates)
    relatives = publication_relatives(sent.text, time.published, future) if time.published \
        else narrative_weekdays(sent.text, time.last_date)  # 'On 9 May X. On Friday Y'
    relatives = story_nights(relatives, sent, time.last_date, time.published)
    for value, text, where in relatives:
        if not deadline_before(sent.text[:where]) and \
                not _weekday_of_date(sent, where, len(text), dates):
            candidates.append(SentenceDate(value, text, sent.start_char + where, False))
    if future:  # 'agreed on Tuesday to resume talks': Tuesday is the agreement's day
        candidates = _governed(found.token, candidates, sent, time)
    offset = clause_offset(sent.text)
    marker = next((t for t in sent if offset is not None and t.idx == sent.start_char + offset.at),
                  None)
    if offset is not None and marker is not None and marker.dep_ == "mark":
        return _clause_date(found, candidates, time, marker, offset)
    if offset is not None and marker is not None and marker.dep_ == "prep":
        anchored = _anchored(kb, found, marker, offset)  # 'two days before the invasion of Ukraine'
        if anchored is not None:
            return anchored, "anchor", None
        phrase = _phrase(marker)  # 'met Putin on Friday, two days after holding talks in Kyiv'
        if found.token.i in phrase:
            return _clause_date(found, candidates, time, marker, offset, phrase)
    same = same_day_as(sent, time.told)
    told_at = narrative_position(sent.text)
    relative = same[0] if same is not None else resolve_narrative(
        sent.text, _day_before(dates, sent, told_at) or time.last_date, time.last_told)
    if relative is not None and not future and time.published is not None and \
            relative.start > time.published:
        relative = None  # 'Two days after the protest, X expelled ...' counted from a wrong day
    if relative is not None and told_at is not None:
        candidates.append(SentenceDate(relative, "narrative", sent.start_char + told_at, False))
    kept = [d for d in candidates if not _old_deed_day(found, d, sent, time.published)]
    removed, candidates = bool(candidates) and not kept, kept
    if not candidates:
        earlier = _antecedent_day(found, sent, time.last_date)
        if earlier is not None:
            return earlier, "antecedent", None
        if removed:
            return _charge_told_back(time)
    return _nearest(found, candidates, dates, sent)


# a deed charged more than a month before the report is told as background: a report
# reaches back weeks to a charge ('accused X of ... on 15 March', read on the 30th), seldom
# months
DEED_BACK_DAYS = 31


# the writer's own past time: 'Back then, X accused Y of ...' dates the charge by the deed
_PAST_THEN = re.compile(r"\b(?:back then|at the time|that year|in those days)\b", re.IGNORECASE)


def _charge_told_back(time: Reference) -> PlacedDate:
    """A charge whose only date was the old deed's: the running story's day when the story
    itself is told that far back (a chronology's last day), else no date."""
    last = time.last_date
    if last is not None and time.published is not None and \
            (time.published - last.start).days > DEED_BACK_DAYS:
        return last, "narrative", None
    return _NO_DATE


def _old_deed_day(found: Found, when: SentenceDate, sent: Span, published: date | None) -> bool:
    """'Peru accused Bolivia of seizing the trucks on 14 February', read in
    October: the deed charged lies months back, so its day is not the charge's, which is
    the report's own. A deed of the last weeks ('of ramming the ship on Saturday') is
    often charged the same day, a history with no publication day has no 'now' to measure
    from, and the writer's own 'last month' or 'earlier this week' at the end of the
    sentence, or a 'back then' that puts the whole sentence in the past, tells when the
    charge was made: all keep the date."""
    return published is not None and when.absolute and \
        (published - when.value.start).days > DEED_BACK_DAYS and \
        not _PAST_THEN.search(sent.text) and charged_deed_time(found, when, sent)


def _day_before(dates: list[SentenceDate], sent: Span, told_at: int | None) -> FuzzyDate | None:
    """'On 16 September the cabinet voted ..., and Taipei closed its embassy the same day':
    a step told after a day the same sentence spells counts from that day, not from the
    last day of the sentences before it."""
    if told_at is None:
        return None
    before = [d for d in dates if d.absolute and d.value.precision == "day"
              and d.position + len(d.text) <= sent.start_char + told_at]
    return before[-1].value if before else None


def governor_day(trigger: Token, when: SentenceDate, sent: Span) -> Token | None:
    """The past-tense verb governing a planned act that a date hangs on: 'agreed on Tuesday
    to resume talks', 'decided on Monday to send'. That day is the verb's, not the plan's."""
    token = _token_at(sent, when.position)
    verb = token
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if token is None or verb is None or verb.pos_ not in ("VERB", "AUX") or verb == trigger \
            or verb.tag_ != "VBD" or trigger not in verb.subtree:
        return None
    own = clause_verb(trigger)  # the planned verb itself, or the verb its noun hangs on
    own = own if own is not None else trigger
    return verb if own != verb and token not in own.subtree else None


def _governed(trigger: Token, candidates: list[SentenceDate], sent: Span, time: Reference
              ) -> list[SentenceDate]:
    """Drop the relative days of past verbs that govern a plan: resolving them forward for
    the plan would invent a day nobody named. A saying verb's day is kept, read as the past
    day it is ('plans to expel, officials said on Tuesday'): a plan is dated when made known.
    A full date ('met on 7 October 2024 and pledged support') needs no resolving and stays."""
    past = publication_relatives(sent.text, time.published, False) if time.published else []
    kept = []
    for when in candidates:
        verb = None if when.absolute else governor_day(trigger, when, sent)
        if verb is None:
            kept.append(when)
        elif verb.lemma_.lower() in reporting_verbs():
            told = next((SentenceDate(value, text, when.position, when.absolute)
                         for value, text, where in past
                         if sent.start_char + where == when.position), when)
            kept.append(told)
    return kept


def _weekday_of_date(sent: Span, where: int, length: int, dates: list[SentenceDate]) -> bool:
    """'on Friday, 3/8/2024', 'Friday (March 8)', '8 March (Friday)': a weekday set beside
    a full date names that date's day; it is no second date counted back from publication."""
    start, end = sent.start_char + where, sent.start_char + where + length
    for named in dates:
        if not named.absolute or named.value.precision != "day":
            continue
        after = sent.text[end - sent.start_char:named.position - sent.start_char]
        before = sent.text[named.position + len(named.text) - sent.start_char:
                           start - sent.start_char]
        if (named.position >= end and BESIDE.fullmatch(after)) or \
                (named.position < start and BESIDE.fullmatch(before)):
            return True
    return False


def same_day_as(sent: Span, told: tuple[tuple[str, FuzzyDate], ...]) -> tuple[FuzzyDate, str] | None:
    """'on the same day as the Moscow talks': the day of the talks the report told of,
    not the narrative's last day, which may be another event's."""
    match = SAME_DAY_AS.search(sent.text)
    if match is None:
        return None
    at = sent.start_char + match.end()
    # the head of the phrase after 'as': past its article and modifiers ('the Moscow talks')
    named = next((t for t in sent if t.idx >= at and t.dep_ not in MODIFIERS), None)
    if named is None:
        return None
    words = {named.lower_, named.lemma_.lower()}
    day = next((when for lemma, when in reversed(told) if lemma in words), None)
    return (day, match.group(0)) if day is not None else None


def _antecedent_day(found: Found, sent: Span, last: FuzzyDate | None) -> FuzzyDate | None:
    """'Erdogan visited St Petersburg on 9 August 2016. In the meeting with Putin, ...': a
    definite event noun with no date of its own is the event the sentence before dated,
    on the date given next to that event ('the visit ... on 9 August 2016, after the coup
    attempt of 15 July' is the visit's date, not the coup's)."""
    token = _event_noun(found.token)
    if token is None:
        return None
    previous = next((s for s in sent.doc.sents if s.end == sent.start), None)
    if previous is None:
        return None
    told = next((e for e in find_dates(previous.text)
                 if e.day is not None and _dates_event(previous, e)), None)
    if told is None:
        return None
    if told.year is not None:
        return FuzzyDate(told.year, told.month, told.day)
    if last is not None and last.precision == "day" and \
            (told.month, told.day) == (last.start.month, last.start.day):
        return last
    return None


def _event_noun(token: Token) -> Token | None:
    """The definite event noun that names the event told before: the trigger itself ('In
    the meeting with Putin, ...') or the occasion of a verb ('The two leaders agreed at
    that meeting', 'signed during the visit')."""
    nouns = [token] if token.pos_ == "NOUN" else [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS
        for g in c.children if g.dep_ == "pobj"] if token.pos_ == "VERB" else []
    return next((n for n in nouns if n.lemma_.lower() in clause_words("dated_event_nouns") and any(
        c.lower_ in ANAPHORIC_DETS and c.dep_ == "det" for c in n.children) and not any(
        c.lower_ in NOT_ANAPHORIC for c in n.children)), None)


def _dates_event(sent: Span, expr: DateExpression) -> bool:
    """The date phrase modifies a meeting or a visit ('the visit ... on 9 August'), not
    some other noun ('the coup attempt of 15 July') or a saying."""
    inside = [t for t in sent if expr.start <= t.idx - sent.start_char < expr.end]
    top = next((t for t in inside if t.head not in inside), None)
    word = top.head if top is not None else None
    while word is not None and word.pos_ == "ADP" and word.head.i != word.i:
        word = word.head
    if word is None:
        return False
    lemma = word.lemma_.lower()
    return lemma in clause_words("dated_event_nouns") if word.pos_ == "NOUN" else \
        word.pos_ == "VERB" and lemma in clause_words("dated_event_verbs")


def _nearest(found: Found, candidates: list[SentenceDate], dates: list[SentenceDate],
             sent: Span) -> PlacedDate:
    """Nearness alone misdates a sentence that tells two events, so dates that belong to
    another clause, another noun or a look back are ruled out before the nearest is taken."""
    candidates = [d for d in candidates if not foreign_time(found, d, sent)
                  and not look_back(found, d, sent) and not attributive(found, d, sent)
                  and not other_nouns_time(found, d, sent)
                  and not beyond_until(found.token, _token_at(sent, d.position))
                  and not since_time(found.token, d.position, len(d.text), sent)]
    free = [d for d in candidates if not in_relative_clause(found, d, sent)]
    # a relative clause's date only when it is all there is and it describes a word of the
    # trigger's own clause ('X, who arrived on Monday, met Y'; 'a ceasefire between A and
    # B, which took effect on 24 June'), not of a clause below it ('until the sanctions,
    # which began in 2014, are lifted')
    candidates = free or [d for d in candidates if describes_own(found, d, sent)]
    clause = coordinate_clause(found.token)  # 'accepted in February, and in March agreed'
    candidates = [d for d in candidates if (t := _token_at(sent, d.position)) is not None
                  and t.i in clause] or candidates
    if found.token.pos_ == "NOUN":  # 'Macron's call with Scholz on Sunday', 'the May 2 call'
        phrase = {t.i for t in found.token.subtree}
        candidates = [d for d in candidates if (t := _token_at(sent, d.position)) is not None
                      and t.i in phrase] or candidates
    if not candidates:
        return _NO_DATE
    # the nearest expression dates the trigger; an explicit date wins a tie
    best = min(candidates, key=lambda d: (abs(d.position - found.token.idx), not d.absolute))
    for first, second in pairwise(dates):
        gap = sent.doc.text[first.position - sent.start_char + len(first.text):
                            second.position - sent.start_char]
        if best is second and gap.strip().lower() in ("to", "until", "-", "–", "through"):
            best = first  # 'from May 1 to May 4' starts on May 1
    return best.value, best.text, best.position


def _clause_date(found: Found, candidates: list[SentenceDate], time: Reference,
                 marker: Token, offset: ClauseOffset, phrase: set[int] | None = None
                 ) -> PlacedDate:
    """'X came a day after Y apologised': Y is dated from X's date, X by its own dates.

    X's date is the nearest date expression outside the named clause, else the
    narrative's last date; a trigger in the named clause is offset from it, unless the
    clause gives its own date.
    """
    clause = phrase if phrase is not None else {t.i for t in marker.head.subtree}
    if phrase is None and marker.head.dep_ == "ROOT":  # a misparse: the clause runs to the comma
        end = next((t.i for t in marker.doc[marker.i:] if t.text in (",", ";")), len(marker.doc))
        clause = set(range(marker.i, end))
    outside = [d for d in candidates if not _char_in(d.position, marker.doc, clause)]
    if found.token.i not in clause:
        return _nearest(found, outside, [d for d in outside if d.absolute], marker.sent)
    inside = [d for d in candidates if d not in outside]
    if inside:  # 'a month after it tightened controls on July 4': the clause says when
        return _nearest(found, inside, [d for d in inside if d.absolute], marker.sent)
    base = min(outside, key=lambda d: abs(d.position - marker.idx)).value if outside \
        else time.last_date
    moved = shift(base, -offset.sign * offset.count, offset.unit)
    return (moved, "narrative", None) if moved is not None else _NO_DATE


def _anchored(kb: KnowledgeBase, found: Found, marker: Token, offset: ClauseOffset
              ) -> FuzzyDate | None:
    """A main clause dated by its offset from a widely known happening it names."""
    phrase = " ".join(t.text for t in marker.subtree).lower()
    day = next((a.day for a in kb.anchors if any(p.lower() in phrase for p in a.phrases)), None)
    if day is None or found.token in marker.subtree:
        return None
    return shift(FuzzyDate.from_date(day), offset.sign * offset.count, offset.unit)


def _char_in(position: int, doc: Doc, tokens: set[int]) -> bool:
    return any(doc[i].idx <= position < doc[i].idx + len(doc[i]) for i in tokens)
