"""The date of an act its own sentence does not date, from what the article told before.

Split from coder so that each module stays small. The sources are tried from the
surest to the loosest (the paragraph's own entry, a meeting just told, the story's
last date, a heading's year), and each is allowed only where the act is told in the
past and is the news itself rather than a clause that explains it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.during import occasion_date
from dyadwatch.coding.entry_news import entry_news
from dyadwatch.coding.implicit import implicit_date
from dyadwatch.coding.implicit import past_tense as _past_tense
from dyadwatch.coding.implicit import told_past as _told_past
from dyadwatch.coding.narrative import Narrative, context_date, reaction_date, story_date
from dyadwatch.coding.occasions import meeting_day
from dyadwatch.coding.reported_time import decided_now, reporting_head
from dyadwatch.coding.speakers import response_date, speaker_date
from dyadwatch.coding.tense import cause_year, clause_verb, recent_perfect, reported_threat
from dyadwatch.coding.triggers import Found
from dyadwatch.coding.when import SentenceDate
from dyadwatch.records import Actor, FuzzyDate

SPAN_OF_TIME = re.compile(r"\b(?:for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades|months|"
                          r"centuries|a\s+long\s+time)|long\s+ago|since)\b", re.IGNORECASE)
# subordinators that make a clause an explanation: a closed set of function words, kept
# beside the rule it is part of rather than in the lexicon
BACKGROUND_MARKS = {"after", "because", "since", "as", "although", "though"}


def undated_date(found: Found, status: str, narrative: Narrative, where: tuple[int, int],
             found_pairs: list[tuple[Actor, Actor, bool]], actors: list[ActorPhrase],
             dates: list[SentenceDate], deeds: dict[int, str]) -> tuple[FuzzyDate | None, str | None]:
    """The date of a trigger its sentence does not date: from what was told before it."""
    index, offset = where
    event_date, date_text = implicit_date(offset, narrative)
    if event_date is None and status == "occurred":  # 'At the meeting, the two agreed ...'
        event_date, date_text = meeting_day(narrative, found.token, index, {
            c.code for p in found_pairs for c in p[:2]})
    if event_date is None and narrative.entry is not None and narrative.entry[0] == offset \
            and status == "occurred" and (_told_past(found.token) or entry_news(found.token)):
        # its paragraph's date, not a story's. A later sentence in the historic present
        # ('5 March - X expels ... It also accuses ...') is not dated by the entry: tried
        # twice, it added ten false events a time on a blind set
        event_date, date_text = narrative.entry[1], "entry"
    if event_date is None and status == "occurred" and _told_past(found.token):
        event_date, date_text = reaction_date(narrative, found.token, found.entry.type, deeds)
    if event_date is None and status == "occurred" and _told_past(found.token) and \
            not _background_clause(found.token):
        event_date, date_text = story_date(narrative, found.token, found_pairs,
                                           (index, offset), found.entry.type)
        if event_date is None:
            event_date, date_text = occasion_date(narrative, found.token, found_pairs, index)
        if event_date is None:
            event_date, date_text = context_date(offset, narrative, found.token.sent)
        if event_date is None:
            event_date, date_text = speaker_date(narrative, found.token, actors, dates)
    if event_date is None and status == "occurred" and not _background_clause(found.token):
        event_date, date_text = recent_perfect(found.token, narrative.time.published)
        if event_date is not None and narrative.entry is not None and narrative.entry[0] == offset:
            event_date, date_text = narrative.entry[1], "entry"  # '14:30' / 'X has joined ...'
    if event_date is None and status == "occurred" and _told_past(found.token):
        event_date, date_text = cause_year(found.token, dates, narrative.time.published,
                                           context_date(offset, narrative)[0])
    if event_date is None and status == "occurred" and \
            reported_threat(found.token, found.entry.type):
        event_date, date_text = context_date(offset, narrative)
    if event_date is None and status == "occurred" and _told_past(found.token):
        answer = response_date(narrative, found.token, index)
        event_date, date_text = (answer, "response") if answer is not None else (None, None)
    if event_date is None and status == "occurred" and narrative.section is not None and \
            _in_section_time(found.token):
        event_date, date_text = narrative.section, "section"
    if event_date is None and status == "occurred":
        event_date, date_text = _governed_date(found, narrative, where,
                                               (found_pairs, actors, dates, deeds))
    return event_date, date_text


def _governed_date(found: Found, narrative: Narrative, where: tuple[int, int],
                   rest: tuple[list[tuple[Actor, Actor, bool]], list[ActorPhrase],
                               list[SentenceDate], dict[int, str]]
                   ) -> tuple[FuzzyDate | None, str | None]:
    """'announced that it was suspending the talks', 'has decided to recall its envoy':
    the saying or the deciding makes the act known, so the act takes the day that verb
    would take; tried last, so it only dates what nothing else did."""
    if decided_now(found.token) is not None:
        return context_date(where[1], narrative, found.token.sent)
    head = reporting_head(found.token)
    if head is None:
        return None, None
    return undated_date(replace(found, token=head), "occurred", narrative, where, *rest)


def _background_clause(token: Token) -> bool:
    """'Relations soured after X detained Y', 'because X had closed': a clause that explains
    the news tells of something earlier, so the report's day does not date it."""
    current = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in current.children):
            return True
        if current.head == current:
            return False
        current = current.head
    return False


def _in_section_time(token: Token) -> bool:
    """Under a '2020' heading, 'Egypt protested' happened then, but 'has accused ... for
    years' and 'signed a pact long ago' tell of a span or an older time."""
    verb = clause_verb(token)
    if verb is not None and not _past_tense(token):
        return False
    return not SPAN_OF_TIME.search(token.sent.text)
