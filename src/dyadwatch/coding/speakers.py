"""The news day's speakers: 'Azerbaijan said on Thursday that ... . (A look back to
Wednesday's remarks.) Azerbaijan's foreign ministry said the remarks were one-sided
and it accused Washington of bias.'

A report gives its lede's day once; when it has looked back to the cause of the news,
an undated simple-past saying by the party it quoted on that day goes on with that
day's statement, not with the look back. Kept apart from narrative.py, which follows
the report's dates, because this follows who spoke on the news day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.records import FuzzyDate

if TYPE_CHECKING:
    from dyadwatch.coding.narrative import Narrative
    from dyadwatch.coding.when import SentenceDate

SUBJECTS = ("nsubj", "nsubjpass")
# 'In response, ...', 'In retaliation for the expulsions, ...', 'Responding to this, ...'
RESPONSE = re.compile(r"^\W*(?:in\s+(?:response|retaliation|reply|return)|responding|reacting)"
                      r"(?:\s+(?:to|for)\s+(?:the|this|that|these|those|it|them)\b[^,]{0,60})?\s*,",
                      re.IGNORECASE)
RESPONSE_SENTENCES = 2  # how far back the deed answered may have been told
LATE_IN_MONTH = 24  # an answer to a deed after the 24th may come in the next month


def response_date(narrative: Narrative, token: Token, index: int) -> FuzzyDate | None:
    """'Germany expelled two French diplomats on 3 June. In response, France summoned ...':
    an answer opened as such follows the deed just told, soon but not always on its day,
    so it gets that deed's month (its year when only the year was told)."""
    if not RESPONSE.match(token.sent.text) or not narrative.told:
        return None
    told = narrative.told[-1]
    if index - told.sentence > RESPONSE_SENTENCES:
        return None
    day = told.day
    if day.precision == "year" or (day.precision == "day" and day.start.day > LATE_IN_MONTH):
        return FuzzyDate(day.start.year) if day.precision == "year" else None
    return FuzzyDate(day.start.year, day.start.month)


def note_speakers(narrative: Narrative, dates: list[SentenceDate], actors: list[ActorPhrase],
                  sent: Span) -> None:
    """Remember who says something on the news day the sentence names ('X said on
    Thursday')."""
    told = [d.value for d in dates] + ([narrative.said] if narrative.said else [])
    if not narrative.on_news or narrative.news is None or narrative.news not in told:
        return
    verb = _saying(sent)
    if verb is not None:
        narrative.news_speakers |= _speakers(verb, actors)


def speaker_date(narrative: Narrative, token: Token, actors: list[ActorPhrase],
                 dates: list[SentenceDate]) -> tuple[FuzzyDate | None, str | None]:
    """An undated 'X said ...' (and what X did in the same breath, 'and it accused Y')
    by a party quoted on the news day is news of that day."""
    verb = _saying(token.sent)
    if dates or narrative.said is not None or narrative.news is None or verb is None or \
            verb.tag_ != "VBD" or token not in verb.subtree or \
            not _speakers(verb, actors) & narrative.news_speakers:
        return None, None
    return narrative.news, "news day"


def _saying(sent: Span) -> Token | None:
    """The sentence's main verb when it is a verb of saying."""
    root = sent.root
    return root if root.lemma_.lower() in reporting_verbs() else None


def _speakers(verb: Token, actors: list[ActorPhrase]) -> set[str]:
    subjects = {c.i for c in verb.children if c.dep_ in SUBJECTS}
    return {a.actor.code for a in actors if a.head in subjects}
