"""Parties that particular verb frames place where the ordinary rules miss them.

An offer to mediate or host 'between A and B' is made to A and to B, though they hang off
the offered act, not the offer. A passive summons names the summoned envoy as subject and
the summoning state only as the ministry the envoy was called to ('was summoned to the
Foreign Ministry in Warsaw'), or as the country the envoy serves in ('Japan's ambassador
to Seoul was summoned'). A gift received 'from' someone ('gets $2bn in aid from Japan')
was given by that someone to the subject. These repairs run after ordinary assignment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import clause_tokens
from dyadwatch.coding.triggers import Found

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles

# lexicon clause_words "frame_offer_verbs"
BETWEEN_PREPS = {"between", "among"}
# lexicon clause_words "summon_verbs"
# lexicon clause_words "receiving_verbs"
GIFT_TYPES = {"AID", "SUPPORT", "COOPERATE"}
CLAUSE_STOPS = {"relcl", "advcl", "ccomp", "parataxis", "conj"}


def repair(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """Apply each repair in turn; each leaves the roles alone unless its pattern holds."""
    _offered_between(found, actors, doc, roles)
    _passive_summons(found, actors, doc, roles)
    _given_from(found, actors, doc, roles)
    _guests_from(found, actors, doc, roles)


def _within(phrase: ActorPhrase, tokens: set[int]) -> bool:
    return phrase.head in tokens


def _offered_between(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'Qatar offered to mediate between Ethiopia and Eritrea', 'offered its good offices
    between Sudan and South Sudan': the offer goes to each party it is between; the
    offering state is no party to their quarrel."""
    verb = found.token
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in clause_words("frame_offer_verbs"):
        return
    preps = [t for t in clause_tokens(verb, CLAUSE_STOPS) if t.dep_ == "prep" and t.lower_ in BETWEEN_PREPS]
    inside = {t.i for p in preps for t in p.subtree}
    named = [a for a in actors if _within(a, inside)]
    subjects = [a for a in actors if doc[a.head].dep_ == "nsubj" and doc[a.head].head == verb]
    doers = subjects or [a for a in roles.sources if a not in named]
    if len({a.actor.code for a in named}) < 2 or not doers:
        return
    roles.sources = doers
    roles.targets = named
    roles.participants = []
    roles.between = []
    roles.parsed = True


def _passive_summons(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'The Iranian ambassador was summoned to the ministry in Paris', 'Japan's envoy to
    Seoul was called in': whoever summoned is the state of the ministry or the host."""
    verb = found.token
    if found.entry.type != "PROTEST" or roles.sources or \
            verb.lemma_.lower() not in clause_words("summon_verbs"):
        return
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return
    called_to = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at")
                 for t in c.subtree}
    hosts = [a for a in actors if _within(a, called_to)]
    if not hosts:
        envoys = [c for c in verb.children if c.dep_ == "nsubjpass"
                  and c.lemma_.lower() in clause_words("envoy_nouns")]
        posted = {g.i for e in envoys for p in e.children
                  if p.dep_ == "prep" and p.lower_ in ("to", "in")
                  for g in p.subtree}
        hosts = [a for a in actors if _within(a, posted)]
    guests = {a.actor.code for a in roles.targets if a not in hosts}
    hosts = [a for a in hosts if a.actor.code not in guests][:1]
    if hosts and guests:
        roles.sources = hosts
        roles.targets = [a for a in roles.targets if a not in hosts]
        roles.places = [p for p in roles.places if p not in hosts]


def _given_from(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'Ukraine gets $2bn in aid from Japan', 'Kenya received 20 tonnes of food aid from
    China': the subject of 'receive' gets the gift; 'from' names who gave it."""
    noun = found.token
    if found.entry.type not in GIFT_TYPES or noun.pos_ != "NOUN":
        return
    verb = _receiving_verb(noun)
    if verb is None:
        return
    holders = {verb.i, noun.i} | {c.i for c in verb.children if c.dep_ in ("dobj", "obj")}
    froms = {t.i for i in holders for c in doc[i].children
             if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}
    givers = [a for a in actors if _within(a, froms)]
    receivers = [a for a in actors if doc[a.head].dep_ == "nsubj" and doc[a.head].head == verb]
    if not givers or not receivers:
        return
    roles.sources = givers
    roles.targets = receivers
    roles.participants = [p for p in roles.participants if p not in givers + receivers]
    roles.parsed = True


def _receiving_verb(noun: Token) -> Token | None:
    """The 'receive' whose object is the gift, directly or as its measure ('$2bn in aid',
    '20 tonnes of aid')."""
    token = noun
    for _ in range(3):
        head = token.head
        if token.dep_ in ("dobj", "obj") and head.lemma_.lower() in clause_words("receiving_verbs"):
            return head
        if token.dep_ == "pobj" and head.lower_ in ("in", "of"):
            token = head.head
            if token.pos_ == "VERB":
                return token if token.lemma_.lower() in clause_words("receiving_verbs") else None
            continue
        return None
    return None


def _guests_from(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'Kenya hosted delegations from Sudan and South Sudan', 'China received envoys from
    Iran': 'from' on the guests names whose guests they are, not who hosted."""
    verb = found.token
    if found.entry.type != "CONSULT" or verb.pos_ != "VERB":
        return
    guests = {t.i for o in verb.children if o.dep_ in ("dobj", "obj")
              and o.lemma_.lower() not in clause_words("message_nouns")  # 'a reply from X'
              for p in o.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree}
    visiting = [a for a in actors if _within(a, guests) or any(a.start <= g < a.end
                                                               for g in guests)]
    if not visiting:
        return
    hosts = [a for a in actors if a.end <= verb.i and doc[a.head].head == verb
             and doc[a.head].dep_ in ("nsubj", "npadvmod") and a not in visiting]
    if not hosts:
        return
    roles.sources = hosts
    roles.targets = visiting
    roles.participants = [p for p in roles.participants if p not in hosts + visiting]
    roles.parsed = True
