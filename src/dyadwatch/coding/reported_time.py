"""The verb whose time dates an act told inside another verb's clause.

'The ministry announced that it was suspending the talks', 'The Government has decided
to recall its Ambassador': the act is made known by the saying or the deciding, so it is
news of that verb's day. Its own clause ('was suspending', 'to recall') has no tense of
the past, and the tests that let an undated sentence borrow a day (undated.py) look at
that clause only; so they ask here for the governing verb and judge its tense instead. Kept apart from
tense.py, whose tests stay about one clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.coding.tense import clause_verb

PERFECT_AUXES = {"has", "have", "'s", "'ve"}
MODAL_AUXES = {"will", "would", "shall", "may", "might", "could", "should", "must", "to"}


def reporting_head(token: Token) -> Token | None:
    """'announced that it was suspending ...', 'said it was withdrawing ...': the past
    saying above a trigger whose clause is a reported progressive, an act under way as it
    was told. A reported plain past ('said it suspended') is already judged on its own
    tense, and a present saying tells no past day. A reported future ('said they would
    support ...') is left alone: as often an intention as an act, it added false events."""
    verb = clause_verb(token)
    if verb is None or verb.dep_ != "ccomp":
        return None
    head = verb.head
    if head.tag_ != "VBD" or head.lemma_.lower() not in reporting_verbs() or \
            any(c.dep_ == "aux" for c in head.children):
        return None  # 'had said', 'would say': not the report's own past
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    progressive = verb.tag_ == "VBG" and bool(auxes & {"was", "were"})
    return head if progressive else None


def decided_now(token: Token) -> Token | None:
    """'The Government has decided to recall its Ambassador': a decision in the present
    perfect is made known by the statement that tells it, so the act decided is news of
    that statement's day. 'Had decided' looks back, and 'has decided since 2019' or 'has
    long decided' tell of a standing choice."""
    verb = clause_verb(token)
    if verb is None or verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return None
    head = verb.head
    if head.lemma_.lower() not in clause_words("deciding") or head.tag_ != "VBN":
        return None
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    standing = clause_words("standing_adverbs")
    if not auxes & PERFECT_AUXES or auxes & MODAL_AUXES or any(
            t.lower_ in standing or t.lower_ == "since" for t in head.subtree):
        return None
    return head
