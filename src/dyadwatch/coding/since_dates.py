"""A date inside a 'since' phrase names the last time, never this event's day.

'Kishida was in Canberra on Wednesday, his first trip there since 2019' and 'their first
meeting since the president's visit to Pyongyang in June last year' measure how long it
has been; the day of the trip or the meeting is told elsewhere (or nowhere). Such a date
still dates the events told inside the 'since' phrase itself ('since the 2019 summit in
Osaka') and those of a 'when' clause hung on it ('since 2019, when he also visited
Wellington').
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dyadwatch.coding.scope import token_at

# 'since 2019', 'since early March', 'since the end of 2022' just before the date
SINCE = re.compile(r"\bsince(?:\s+(?:early|mid-?|late|the\s+(?:end|middle|start|beginning)\s+of))?\s*$",
                   re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


def since_word(sent: Span, at: int) -> Token | None:
    """The 'since' above the date that starts at character `at` of the sentence: the
    preposition it hangs on ('since 2019') or the verb whose clause 'since' opens ('since
    Russia invaded Ukraine in February 2022')."""
    token = next((t for t in sent if t.idx - sent.start_char >= at), None)
    while token is not None:
        if token.lower_ == "since":
            return token
        mark = next((c for c in token.children if c.lower_ == "since" and c.dep_ == "mark"), None)
        if mark is not None:
            return mark
        if token.head == token:
            return None
        token = token.head
    return None


def in_since_clause(sent: Span, at: int) -> bool:
    """'his first trip since Russia invaded Ukraine in February 2022': a date inside a
    'since' clause marks where a span of time began, not when this event happened."""
    return since_word(sent, at) is not None


def since_time(trigger: Token, position: int, length: int, sent: Span) -> bool:
    """The date at doc character `position` stands in a 'since' phrase that the trigger
    is not part of, and the trigger is not in a 'when' clause told of that date: it
    cannot be the trigger's day."""
    at = position - sent.start_char
    since = since_word(sent, at)
    if since is None and SINCE.search(sent.text[:at]) is None:
        return False
    if since is not None and since.dep_ == "prep" and since.head.pos_ in ("VERB", "AUX"):
        return False  # 'Since Monday, X has expelled ...': the span its deeds fall in
    if since is not None and trigger in _since_phrase(since):
        return False  # 'the first talks since the 2019 summit': the summit's own date
    return not _in_when_clause(trigger, sent, at + length)


def _since_phrase(since: Token) -> list[Token]:
    """The words 'since' introduces: its object ('since the visit in June') or, for a
    'since' that opens a clause, that clause."""
    if since.dep_ == "mark":
        return [t for t in since.head.subtree if t != since]
    return [t for c in since.children for t in c.subtree]


def _in_when_clause(trigger: Token, sent: Span, end: int) -> bool:
    """'since 2019, when he also visited Wellington': the 'when' clause after the date
    tells what happened then."""
    if _WHEN_AFTER.match(sent.text[end:]) is None:
        return False
    comma = token_at(sent, sent.start_char + end + sent.text[end:].index(","))
    when = next((t for t in sent if comma is not None and t.i > comma.i and t.lower_ == "when"),
                None)
    return when is not None and trigger.i > when.i and trigger in when.head.subtree
