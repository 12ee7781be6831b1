"""Acts two parties do to each other: 'A and B expelled each other's diplomats'.

A directed act with two coordinated doers and no party on the receiving end is, when the
sentence says the act went both ways, one act each way: each doer is the other's target.
English marks this with a reciprocal pronoun ('each other', 'one another'), an adverb or
adjective of reciprocity ('mutually', 'tit-for-tat expulsions'; a word list in
lexicon.json), or a distributive subject acting on what it owns ('both capitals recalled
their ambassadors'). Without such a mark 'A and B expelled diplomats' says nothing of whose.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import VERBAL, governing_verb
from dyadwatch.records import Actor

RECIPROCALS = (("each", "other"), ("one", "another"))
# how a noun trigger hangs on the verb that tells it: 'carried out tit-for-tat expulsions',
# 'took part in mutual expulsions'
ARGUMENT_LINKS = frozenset({"dobj", "pobj", "prep", "compound", "amod"})


def mutual_pairs(trigger: Token, sources: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    """Both ordered pairs of exactly two doers when the act is told as mutual, else none.
    Only two: 'the three states expelled each other's envoys' does not say who whose."""
    if len(sources) != 2 or sources[0].code == sources[1].code or not _mutual(trigger):
        return []
    a, b = sources
    return [(a, b, True), (b, a, True)]


def _clause_head(trigger: Token) -> Token:
    """The verb the act is told by: the trigger itself, or the verb a noun trigger is the
    object of ('carried out tit-for-tat expulsions')."""
    if trigger.pos_ in VERBAL:
        return trigger
    return governing_verb(trigger, ARGUMENT_LINKS, verbal={"VERB"}) or trigger


def _mutual(trigger: Token) -> bool:
    verb = _clause_head(trigger)
    marks = clause_words("reciprocal_marks")
    tokens = [t for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "advcl",
                                                         "conj", "ccomp", "relcl")
              for t in c.subtree] + [c for c in trigger.children]
    lowers = [t.lower_ for t in sorted(set(tokens), key=lambda t: t.i)]
    if any(t.lower_ in marks or t.lemma_.lower() in marks for t in tokens):
        return True
    joined = "".join(lowers)  # the tokenizer splits 'tit-for-tat' into five pieces
    if any("-" in mark and mark in joined for mark in marks):
        return True
    if any(lowers[i:i + 2] == list(pair) for i in range(len(lowers) - 1) for pair in RECIPROCALS):
        return True
    return _both_on_their_own(verb)


def _both_on_their_own(verb: Token) -> bool:
    """'both capitals recalled their ambassadors': 'both' doers, each acting on its own."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.lower_ == "both" for c in subject.children):
        return False
    return any(c.dep_ == "dobj" and any(p.lower_ == "their" and p.dep_ == "poss"
                                        for p in c.children) for c in verb.children)
