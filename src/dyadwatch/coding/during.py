"""'During the visit, the two leaders agreed ...': a sentence placed inside an occasion the
text has just told takes that occasion's date, at whatever precision it was told.

A story goes on only from an event told to the day (narrative.story_date); a history
that gives 'In March 2023, Yoon visited Tokyo' knows only the month, yet what was agreed
'during the visit' plainly happened then. Kept apart from narrative.py, which is full.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.records import Actor, FuzzyDate

if TYPE_CHECKING:
    from dyadwatch.coding.narrative import Narrative

# 'during the visit', 'in the course of the talks', 'on the sidelines of that summit'
OCCASION = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of|at)\s+"
    r"(?:the|this|that|these|those)\s+(?:(?:two-day|three-day|official|state|working|"
    r"bilateral|latest|same)\s+)?(?P<noun>visit|trip|tour|talks|meeting|summit|"
    r"conversation|negotiations|session|call|phone\s+call|encounter)\b(?!\s+(?:of|in|on|with|to)\s+"
    r"(?:[A-Z0-9]|the\s+[A-Z]))", re.IGNORECASE)
LOOKBACK = 3  # sentences: an occasion told further back is no longer 'the' visit
# 'Afterwards, ...', 'After the talks, ...', 'At the end of the discussions, ...' opening a
# sentence: what follows the meeting just told, on its day
SEQUEL = re.compile(
    r"^\W*(?:afterwards?|after\s+(?:the|their|these|those)\s+(?:talks|meeting|discussions|"
    r"negotiations|ceremony|call)|following\s+(?:the|their)\s+(?:talks|meeting|discussions)|"
    r"at\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|their)\s+(?:talks|meeting|"
    r"discussions|negotiations|visit))\b", re.IGNORECASE)


def occasion_date(narrative: Narrative, token: Token, parties: list[tuple[Actor, Actor, bool]],
                  index: int) -> tuple[FuzzyDate | None, str | None]:
    """The date of the meeting or visit just told of the same parties, when the sentence
    places itself in it ('during the visit') or goes on from it ('Afterwards, ...', 'At the
    end of the talks, ...': its own day, told to the day); a named other occasion ('during the talks
    in Geneva') or one told long before is not the one just told."""
    sequel = SEQUEL.search(token.sent.text) is not None
    if not sequel and not OCCASION.search(token.sent.text):
        return None, None
    for told in reversed(narrative.told):
        if index - told.sentence > LOOKBACK:
            break
        if told.kind == "CONSULT" and (not sequel or (told.story and told.sentence < index)) \
                and any({s.code, t.code} <= told.parties for s, t, _ in parties):
            return told.day, "occasion"
    return None, None
