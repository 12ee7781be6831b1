"""Putting off another party's visit: 'postponed a visit by the Turkish prime minister'.

A host who postpones, delays or calls off a visit that another state's leader was to pay
turns that leader away for now, which annotators code as a rejection or a sanction of the
visitor's state. The verb alone is not enough: 'postponed his visit to Ankara' puts off
the subject's own trip, and 'delayed the meeting' names no visitor. So the object must be
a visit or trip whose visitor is named in it, by 'by' or 'of' ('a visit by X', 'the visit
of X') or as its possessor ('the minister's visit').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

if TYPE_CHECKING:
    from dyadwatch.coding.actors import ActorPhrase
    from dyadwatch.coding.roles import Roles
    from dyadwatch.coding.triggers import Found

# clause_words, read at use time: 'visit_nouns', nouns of a journey paid to a host;
# 'putting_off_verbs', verbs that put a visit off, as a proposal names them (lexicon frame
# 'visitor_off'); 'proposing_verbs', verbs that propose it.
VISITOR_PREPS = frozenset({"by", "of"})


def puts_off_a_visitor(verb: Token) -> bool:
    """The verb's object (or its passive subject) is a visit whose visitor is named by
    'by'/'of' or a possessor. Proposing to put it off is the act, made the day it is
    proposed ('proposed postponing a visit by X'): the proposing verb carries it, and the
    proposed verb, which reads as a plan, does not."""
    proposing = clause_words("proposing_verbs")
    if verb.lemma_.lower() in proposing:
        putting_off = clause_words("putting_off_verbs")
        return any(c.dep_ in ("xcomp", "dobj", "obj", "ccomp") and c.pos_ == "VERB"
                   and c.lemma_.lower() in putting_off and _visitor_object(c)
                   for c in verb.children)
    if verb.head.lemma_.lower() in proposing and verb.dep_ in ("xcomp", "dobj", "obj", "ccomp"):
        return False
    return _visitor_object(verb)


def _visitor_object(verb: Token) -> bool:
    visit_nouns = clause_words("visit_nouns")
    visits = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
              and c.lemma_.lower() in visit_nouns]
    return any(_names_visitor(v) for v in visits)


def _names_visitor(visit: Token) -> bool:
    if any(c.dep_ == "poss" and c.lower_ not in ("his", "her", "its", "their", "our", "my")
           for c in visit.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in VISITOR_PREPS and any(
        g.dep_ == "pobj" for g in c.children) for c in visit.children)


def visitor_parties(found: Found, actors: list[ActorPhrase], roles: Roles) -> None:
    """A proposal to put off a visit targets the visitor, named two levels down ('proposed
    postponing a visit by X'), where the proposing verb's own roles do not look."""
    verb = found.token
    if found.entry.frame != "visitor_off" or \
            verb.lemma_.lower() not in clause_words("proposing_verbs") \
            or roles.targets or not roles.sources:
        return
    putting_off, visit_nouns = clause_words("putting_off_verbs"), clause_words("visit_nouns")
    words = {t.i for c in verb.children if c.lemma_.lower() in putting_off
             for v in c.children if v.lemma_.lower() in visit_nouns for t in v.subtree}
    codes = {a.actor.code for a in roles.sources}
    roles.targets = [a for a in actors if a.head in words and a.actor.code not in codes]
