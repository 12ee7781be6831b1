"""'During the visit, the two leaders agreed ...': a sentence placed inside an occasion the
text has just told takes that occasion's date, at whatever precision it was told.

A story goes on only from an event told to the day (narrative.story_date); a history
that gives 'In March 2023, Yoon visited Tokyo' knows only the month, yet what was agreed
'during the visit' plainly happened then. Kept apart from narrative.py, which is full.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.records import Actor, FuzzyDate

if TYPE_CHECKING:
    from dyadwatch.coding.narrative import Narrative

LOOKBACK = 3  # sentences: an occasion told further back is no longer 'the' visit


@cache
def _patterns(nouns: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The OCCASION and SEQUEL patterns over one list of meeting nouns (lexicon
    'told_occasion_nouns'), so that 'during the encounter' and 'after the encounter'
    know the same occasions. OCCASION: 'during the visit', 'on the sidelines of that
    summit', not 'during the talks in Geneva' (a named other one). SEQUEL: 'Afterwards,
    ...', 'After the talks, ...', 'At the end of the discussions, ...' opening a sentence:
    what follows the meeting just told, on its day."""
    noun = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len, reverse=True))
    occasion = re.compile(
        r"\b(?:during|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of|at)\s+"
        r"(?:the|this|that|these|those)\s+(?:(?:two-day|three-day|official|state|working|"
        rf"bilateral|latest|same)\s+)?(?P<noun>{noun})\b(?!\s+(?:of|in|on|with|to)\s+"
        r"(?:[A-Z0-9]|the\s+[A-Z]))", re.IGNORECASE)
    sequel = re.compile(
        rf"^\W*(?:afterwards?|(?:after|following)\s+(?:the|their|these|those)\s+(?:{noun})|"
        rf"at\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|their)\s+(?:{noun}))\b",
        re.IGNORECASE)
    return occasion, sequel


def occasion_date(narrative: Narrative, token: Token, parties: list[tuple[Actor, Actor, bool]],
                  index: int) -> tuple[FuzzyDate | None, str | None]:
    """The date of the meeting or visit just told of the same parties, when the sentence
    places itself in it ('during the visit') or goes on from it ('Afterwards, ...', 'At the
    end of the talks, ...': the day of the LAST meeting told, told to the day; if that one
    was of other parties, none; the same meeting told again, or one told with no parties,
    is no other); a named other
    occasion ('during the talks in Geneva') or one told long before is not the one just told."""
    occasion, sequel_at = _patterns(clause_words("told_occasion_nouns"))
    sequel = sequel_at.search(token.sent.text) is not None
    if not sequel and not occasion.search(token.sent.text):
        return None, None
    for told in reversed(narrative.told):
        if index - told.sentence > LOOKBACK:
            break
        if told.kind != "CONSULT" or (sequel and told.sentence >= index):
            continue
        same = any({s.code, t.code} <= told.parties for s, t, _ in parties)
        if same and (not sequel or told.story):
            return told.day, "occasion"
        if sequel and told.parties and not same:
            break  # 'Afterwards' goes on from the last meeting told, not one of others before it
    return None, None
