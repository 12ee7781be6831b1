"""Targets a clause leaves unsaid but English implies: the party whose deed sets off a
threat, the party a parallel clause's aid goes to, the party asked to act.

Split from pairing so that each module stays small.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

# lexicon clause_words "implied_aid_nouns"
RECIPIENT_PREPS = {"to", "for", "on", "against", "with"}


def conditioned(found: Found, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """'warned that if Israel made another mistake, the response would be severe': the
    party whose deed sets off the threat is the one warned."""
    for clause in found.token.children:
        if clause.dep_ not in ("ccomp", "advcl"):
            continue
        for verb in clause.subtree:
            if verb.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in verb.children):
                continue
            subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            hit = [a.actor for a in actors if a.head in subjects and a.actor.code not in own]
            if hit:
                return hit[:1]
    return []


def parallel_recipient(found: Found, actors: list[ActorPhrase]) -> list[Actor]:
    """'France suspended budget support to Niger, and the EU said it was halting budget
    support': a clause that repeats the object of a clause above it, or names another kind
    of aid ('suspended aid to X, and Y said it was halting its budget support'), leaves out
    the party the object goes to, which is the one named there."""
    mine = _object_words(found.token)
    verb = found.token
    for _ in range(4):
        if verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or verb.head == verb:
            return []
        verb = verb.head
        theirs = _object_words(verb)
        if verb.pos_ not in ("VERB", "AUX") or not (mine & theirs or (
                mine & clause_words("implied_aid_nouns") and theirs & clause_words("implied_aid_nouns"))):
            continue
        holders = [verb] + [o for o in verb.children if o.dep_ in ("dobj", "obj")]  # 'aid to X'
        aims = {g.i for h in holders for c in h.children if c.dep_ in ("prep", "dative")
                and c.lower_ in RECIPIENT_PREPS for g in c.children if g.dep_ == "pobj"}
        return [a.actor for a in actors if a.head in aims][:1]
    return []


def _object_words(verb: Token) -> set[str]:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return {o.lemma_.lower() for o in objects if o.pos_ == "NOUN"}


def asked(found: Found, actors: list[ActorPhrase]) -> list[Actor]:
    """'called for Iran to release ...', 'demanded that Moscow admit ...': the party asked
    is the subject of the clause that says what is asked."""
    for clause in found.token.children:
        if clause.dep_ not in ("ccomp", "advcl", "xcomp"):
            continue
        subjects = {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
        hit = [a.actor for a in actors if a.head in subjects]
        if hit:
            return hit[:1]
    return []


def errand_destination(found: Found, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """'sent its envoy to Hanoi to protest ...', 'flew to Abuja to press for ...': an act
    told as the purpose of a trip or a dispatch is done to the party the trip goes to."""
    verb = found.token
    trip = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or trip == verb or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
            trip.lemma_.lower() not in clause_words("errand_verbs"):
        return []
    holders = [trip] + [c for c in trip.children if c.dep_ in ("dobj", "obj")]
    ends = {g.i for h in holders for c in h.children if c.dep_ in ("prep", "dative")
            and c.lower_ in ("to", "in") for g in c.children if g.dep_ == "pobj"}
    return [a.actor for a in actors if a.actor.code not in own
            and any(a.start <= end < a.end for end in ends)][:1]


def speakers_own(found: Found, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """"Vietnam said Japan had expelled two of its diplomats": in a clause reported by one
    party about another, 'its' or 'their' in the object of a deed one does only to others'
    people or things (expel, detain, seize) is the reporting party's, and a deed done to
    what it owns is done to it."""
    verb = found.token
    if verb.lemma_.lower() not in clause_words("others_object_verbs"):
        return []  # 'said Japan had recalled its ambassador': a recall takes one's own envoy
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in reporting_verbs() or not any(
            t.lower_ in ("its", "their") and t.dep_ == "poss"
            for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree):
        return []
    speakers = {c.i for c in verb.head.children if c.dep_ == "nsubj"}
    return [a.actor for a in actors if a.head in speakers and a.actor.code not in own][:1]
