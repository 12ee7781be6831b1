"""Which words of a sentence a date phrase governs.

A date phrase dates the clause it stands in, not every word near it: 'In February
2023 they accepted a plan, and in March they agreed on an annex' gives each
coordinated clause its own month; 'fought a trade war until the deal was signed in
January 2020' dates the end of the war, not the war; and 'the contract, signed in
June of last year, will deliver howitzers' tells of a past signing whatever the main
clause plans. Kept apart from when.py, which chooses among the dates left.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.reporting import reporting_verbs

UNTIL = {"until", "till"}
RELATIVE = {"relcl", "acl"}
PAST_PASSIVE = {"was", "were"}
NOT_FACT = {"will", "would", "shall", "could", "may", "might", "should", "must", "to",
            "not", "never", "n't", "if", "unless"}


def token_at(sent: Span, position: int) -> Token | None:
    return next((t for t in sent if t.idx <= position < t.idx + len(t)), None)


def phrase(word: Token) -> set[int]:
    """The words an 'after'/'before'/'until' introduces: its object phrase ('after talks
    in Moscow'), its gerund ('before travelling to Moscow') or its clause ('after X left')."""
    if word.dep_ == "prep":
        return {t.i for c in word.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree}
    if word.dep_ == "mark" and word.head.pos_ in ("VERB", "AUX"):
        return {t.i for t in word.head.subtree} - {word.i}
    return set()


def beyond_until(trigger: Token, word: Token | None) -> bool:
    """The date word stands in an 'until' clause or phrase that the trigger is outside of."""
    if word is None:
        return False
    for mark in (t for t in trigger.sent if t.lower_ in UNTIL):
        inside = phrase(mark)
        if word.i in inside and trigger.i not in inside:
            return True
    return False


def coordinate_clause(token: Token) -> set[int]:
    """The words of the coordinated clause that holds the token: the subtree of its
    nearest conjoined verb (or of the sentence root), less the clauses conjoined in it."""
    top = token
    while top.head != top and not _conjoined(top):
        top = top.head
    return {t.i for t in top.subtree} - {
        t.i for w in top.subtree if w != top and _conjoined(w) for t in w.subtree}


def _conjoined(word: Token) -> bool:
    """A verb coordinated with another; a saying ('..., the ministry said on Tuesday')
    that the parser joins to the clause it reports is no clause of its own."""
    return word.dep_ == "conj" and word.pos_ in ("VERB", "AUX") and \
        word.head.pos_ in ("VERB", "AUX") and word.lemma_.lower() not in reporting_verbs()


def past_clause(word: Token | None) -> Token | None:
    """The relative or participial clause in the simple past that holds the word ('which
    Egypt signed in May', 'signed in June', 'on which the contract was signed'): a fact
    of its own, told apart from a future or a wish above it."""
    verb = word
    for _ in range(6):
        if verb is None or verb.head == verb:
            return None
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ in RELATIVE:
            return verb if _simple_past(verb) else None
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("prep", "pobj"):
            return None  # a clause of its own that is no relative clause
        verb = verb.head
    return None


def _simple_past(verb: Token) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "mark")}
    if words & NOT_FACT:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (
        bool(words & PAST_PASSIVE) or (verb.dep_ == "acl" and not words)))


def dated_past_clause(trigger: Token, positions: list[int]) -> bool:
    """The trigger is told in a simple-past relative clause that gives its own date
    ('the deal, which X and Y signed in May 2023, will supply gas'), or is the noun such a
    clause describes ('the contract, signed in June of last year, will deliver ...')."""
    for position in positions:
        clause = past_clause(token_at(trigger.sent, position))
        if clause is not None and (trigger in clause.subtree or trigger == clause.head):
            return True
    return False


# verbs whose past tense sets a time still to come: 'postponed the talks to September'
# lexicon clause_words "scheduling_verbs"
FORWARD_PREPOSITIONS = {"for", "to", "until", "till", "by", "before", "into", "from"}


def told_as_past(sent: Span, position: int, length: int) -> bool:
    """A yearless date the simple past is told at ('suspended its mission in September',
    'were expelled last October') lies behind the writer, even a month after the
    publication day; 'postponed the talks to September' or 'said it would go in
    September' still look forward."""
    inside = [t for t in sent if position <= t.idx < position + max(length, 1)]
    top = next((t for t in inside if t.head not in inside or t.head == t), None)
    if top is None or top.dep_ not in ("pobj", "npadvmod"):
        return False
    verb = top.head
    if verb.pos_ == "ADP":
        if verb.lower_ in FORWARD_PREPOSITIONS:
            return False
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in clause_words("scheduling_verbs") and \
        _simple_past(verb) and not any(c.dep_ == "xcomp" for c in verb.children)


# a time the sentence names that no calendar day can stand for: 'in the autumn', 'last
# summer', 'years ago', 'in recent months'; the story's day must not stand in for it
VAGUE_TIME = re.compile(
    r"\b(?:(?:in|during|over|through|last|this|earlier\s+this|late\s+last|early\s+last)\s+"
    r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)(?!\s+of\b|\s+\d)|"
    r"(?:a\s+few|several|some|two|three|four|five|six|many|\d+)\s+(?:months|years|decades)\s+ago|"
    r"(?:months|years|decades)\s+ago|in\s+(?:recent|past|previous)\s+(?:months|years|decades))\b",
    re.IGNORECASE)


def names_vague_time(text: str) -> bool:
    return VAGUE_TIME.search(text) is not None
