"""Dates a sentence takes from the narrative alone, with no date phrase of its own, and
the tenses that let it take them: kept apart from narrative.py, which keeps the
narrative's bookkeeping, and from coder.py, which only asks."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from dyadwatch.coding.narrative import Narrative
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.coding.tense import CLOCK, backshifted, clause_verb, headline_present
from dyadwatch.records import FuzzyDate


def narrative_day(narrative: Narrative) -> date | None:
    """An undated sentence still happens in the article's time: who held an office then
    decides which 'Stoltenberg' is meant."""
    day: date | None = narrative.last_date.start if narrative.last_date is not None else None
    return day or narrative.time.published


def implicit_date(offset: int, narrative: Narrative) -> tuple[FuzzyDate | None, str | None]:
    """A date the sentence gets without a date phrase of its own: a chronology heading.

    Headlines are left undated on purpose: a wire headline's present tense ('agrees')
    usually reports the day before publication, so the publication date would be wrong.
    """
    if narrative.heading is not None and narrative.heading[0] == offset:
        return narrative.heading[1], "heading"
    return None, None


def told_past(token: Token) -> bool:
    """A simple past, or a live-blog entry's present ('14:05 - Moscow expels two
    diplomats'), which tells what just happened. A headline without its clock time stays
    out: a wire headline's present usually tells the day before publication."""
    return past_tense(token) or (CLOCK.match(token.sent.text) is not None
                                  and (headline_present(token) or _attributed(token)))


def _attributed(token: Token) -> bool:
    """'23:15 Iran launches drones at Israel, the Israeli military says': a blog entry's
    present is the news even when the entry credits its source."""
    verb = clause_verb(token)
    head = verb.head if verb is not None else None
    return verb is not None and head is not None and verb.tag_ in ("VBZ", "VBP") and \
        verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.tag_ in ("VBZ", "VBP") and \
        head.lemma_.lower() in reporting_verbs()


def past_tense(token: Token) -> bool:
    """The clause carrying a trigger is in the simple past ('met', 'held talks', 'was
    received'), not the perfect ('had met', 'have negotiated'), which reaches back."""
    verb = clause_verb(token)
    if verb is None:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        auxes |= {c.lower_ for c in verb.head.children if c.dep_ == "aux"}  # 'have met or talked'
    if backshifted(verb):
        return True  # 'said it had lodged representations': the saying's day
    if auxes & {"had", "'d", "will", "would", "shall", "to", "have", "has", "'ve"}:
        return False
    if any(t.lower_ == "since" for t in verb.subtree):
        return False  # 'have negotiated since the war': a span of time, not a day's news
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"was", "were"}))
