"""Phrases that name a party without making it a side of the deed.

A party a deed is done for ('in solidarity with the Palestinians', 'on behalf of Kyiv') is
its beneficiary, never its target; the partners of an exercise ('drills with Japan') take
part in it beside the doer; the party whose request was turned down ('refused to send
troops on the request of Moscow') is the one refused; and a noun described by a passive
participle ('firms in India accused of helping Russia') suffered the deed, so a party
named inside that noun phrase did not do it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words, has_word
from dyadwatch.nlp import first_conjunct

# two words before a party that say the deed is done for it: 'in solidarity with X'
BENEFIT_MARKS = {("solidarity", "with"), ("behalf", "of"), ("support", "of"),
                 ("defence", "of"), ("defense", "of"), ("sake", "of")}
# a use or show of force is never aimed at the party it is done 'for' or 'with'
FORCE_TYPES = {"ASSAULT", "MOBILIZE"}
FORCE_FREE_PREPS = {"with", "for", "alongside"}
REQUEST_PREPS = {"on", "at", "upon", "following", "after"}


def for_beneficiary(actor: ActorPhrase, doc: Doc, kind: str) -> bool:
    """'attacked ships in solidarity with the Palestinians', 'fought on behalf of Kyiv', and
    for a use of force 'struck ... for Gaza': the party the deed serves, not its target."""
    words = tuple(t.lower_ for t in doc[max(actor.start - 2, 0) : actor.start])
    if len(words) == 2 and words in BENEFIT_MARKS:
        return kind not in ("SUPPORT", "AID")
    return kind in FORCE_TYPES and actor.start > 0 and doc[actor.start - 1].lower_ == "for"


def force_partner(kind: str, prep: str | None, party: Token) -> bool:
    """'held exercises with Guyana', 'patrolled alongside Japan': the partners of a use or
    show of force act beside the doer and are not its target; 'the border with China' is
    the other side of a line, not a partner."""
    word = party.head if party.dep_ == "pobj" else party
    before = {word.head.lemma_.lower(), word.doc[max(word.i - 1, 0)].lemma_.lower()}
    return kind in FORCE_TYPES and prep in FORCE_FREE_PREPS and not before & clause_words("line_nouns")


# lexicon clause_words "line_nouns"


def requesting_party(anchors: list[Token], actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'refused to send troops on the request of Moscow', 'at Moscow's request': the party
    whose request a refusal answers is the one refused."""
    scope = {t.i for a in anchors for c in a.children
             if c.dep_ in ("prep", "xcomp", "advcl") for t in c.subtree}
    if not anchors:
        return []
    doc = anchors[0].doc
    for token in (doc[i] for i in sorted(scope)):
        if not has_word(token, "request_nouns") or token.head.lower_ not in REQUEST_PREPS:
            continue
        owners = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
        owners |= {t.i for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for t in c.subtree}
        hit = [a for a in actors if a.head in owners]
        if hit:
            return hit[:1]
    return []


def passive_participle(verb: Token) -> bool:
    """'companies in Turkey accused of helping Russia': a past participle describing a noun
    says what was done to that noun; with no 'by' phrase its doer is not named."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
        c.dep_ == "agent" for c in verb.children)


def of_private_people(actor: ActorPhrase, doc: Doc) -> bool:
    """'firms in the UAE', 'Chinese companies': a party that only says where private people
    are from does not act through them, so it is no stand-in for a missing subject."""
    token = first_conjunct(doc[actor.head])  # 'firms in the UAE and Hong Kong'
    holder = token.head
    if token.dep_ == "pobj" and holder.lower_ in ("in", "from") and holder.dep_ == "prep":
        holder = holder.head
    elif token.dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    return holder != token and has_word(holder, "private_people")


def unnamed_subject(verb: Token, actors: list[ActorPhrase]) -> bool:
    """'Britain blacklisted firms in the UAE accused of ...' parsed with 'firms' as the
    subject of 'accused': a verb whose own subject is private people ('firms', 'companies')
    naming no party was done by them, not by the party named nearest before it; a subject
    like 'troops' or 'jets' still belongs to some party, so it does not count here."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        inside = {t.i for t in subject.subtree}
        return has_word(subject, "private_people") and not any(
            a.head in inside and not of_private_people(a, verb.doc) for a in actors)
    return False
