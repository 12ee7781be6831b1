"""Parties the parse hangs too far from a trigger or on the wrong side of it.

Headlines drop 'and' ('Egypt, Sudan sign water pact'); a gift's recipient hangs off the
gift, not the verb ('promised 30 million euros to Tunisia'); a receiver is the subject of
'receive' though the giver is named only as an adjective ('receives Japanese aid'); a
state that closes its own mission abroad acts against the host ('shut its embassy in
Tehran'). These repairs run after the ordinary role assignment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding import frame_parties, nominal_roles
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.triggers import Found

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles

# what a state gives another: the giver may be named only by the gift's adjective
GIFT_TYPES = {"AID", "REQUEST", "SUPPORT", "COOPERATE", "CONCEDE"}
GIVER_DEPS = {"amod", "poss", "compound", "nmod"}
# a state's own missions abroad: closing or emptying one acts against the host state
# lexicon clause_words "mission_nouns"
OWN_POSSESSIVES = {"its", "their", "his", "her", "our"}
# types where 'to X' on the thing handed over names the one who gets it
HANDED_TYPES = {"AID", "PROTEST", "ACCUSE", "REQUEST", "SUPPORT", "COOPERATE", "CONCEDE",
                "THREATEN", "REJECT"}
# things a state receives that are not visitors: 'received Chinese loans', 'Turkish troops'
# lexicon clause_words "goods_nouns"
# a mission closed or emptied for its staff's safety is no measure against the host
# lexicon clause_words "safety_words"
# a journey's 'to' names where someone went, not who got something: 'protested the visit
# of the Philippine minister to Taiwan' aims at the visitor
# lexicon clause_words "recipient_journey_nouns"
INSTANCE_WORDS = {"including", "like", "as"}  # 'to neighbours including Laos', 'such as'


def repair(found: Found, actors: list[ActorPhrase], sent: Span, roles: Roles) -> None:
    """Apply each repair in turn; each leaves the roles alone unless its pattern holds."""
    _comma_listed_sources(found, actors, sent, roles)
    _handed_to(found, actors, sent.doc, roles)
    _giver_of_received(found, actors, sent.doc, roles)
    _host_of_own_mission(found, actors, sent.doc, roles)
    _no_guest_in_goods(found, sent.doc, roles)
    nominal_roles.repair(found, actors, sent.doc, roles)
    frame_parties.repair(found, actors, sent.doc, roles)


def _comma_listed_sources(found: Found, actors: list[ActorPhrase], sent: Span,
                          roles: Roles) -> None:
    """'Egypt, Sudan sign water pact', 'Chad, Niger agree to ...': a headline lists its
    subjects with a bare comma; each one listed before the verb acts."""
    if not roles.sources or found.token.tag_ == "VBZ":
        return
    doc = sent.doc
    first = min(roles.sources, key=lambda a: a.start)
    after = doc[first.end] if first.end < len(doc) else None
    if after is None or after.tag_ in ("VBZ", "POS") or after.pos_ == "PUNCT":
        return  # 'Egypt, Sudan's neighbour, signs': an apposition, not a list
    earlier = sorted((a for a in actors if a.end <= first.start), key=lambda a: a.start)
    start = first.start
    added: list[ActorPhrase] = []
    for phrase in reversed(earlier):
        between = {t.text for t in doc[phrase.end:start]}
        if between != {","}:
            break
        added.insert(0, phrase)
        start = phrase.start
    if added and start == sent.start and not any(a.is_place and a.is_venue_word for a in added):
        roles.sources = added + roles.sources
        roles.parsed = True


def _handed_to(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'promised 30 million euros to Tunisia', 'pledged $50 million in relief to Jordan',
    'sent aid to neighbours including Laos and Cambodia': 'to' on what the verb hands over
    names who gets it, each member of a list alike."""
    if roles.targets or found.entry.type not in HANDED_TYPES or found.entry.frame == "travel":
        return
    verb = found.token if found.token.pos_ == "VERB" else found.token.head
    if verb.pos_ != "VERB":
        return
    given = {c.i for c in verb.children if c.dep_ in ("dobj", "obj")}
    taken = {id(a) for a in roles.sources}
    for phrase in actors:
        hit = _recipient_prep(doc[phrase.head])
        if id(phrase) in taken or hit is None:
            continue
        holder = hit[0].head  # the gift ('euros to'), or the verb when reached by example
        if holder.lemma_.lower() in clause_words("recipient_journey_nouns"):
            continue
        if holder.i in given or (holder.dep_ == "pobj" and holder.head.head.i in given) or (
                hit[1] and holder == verb):
            roles.targets.append(phrase)


def _recipient_prep(token: Token) -> tuple[Token, bool] | None:
    """The 'to' a party hangs from, through a list ('to Laos and Cambodia') or an example
    ('to neighbours including Laos'), and whether an example led there."""
    example = False
    for _ in range(6):
        if token.dep_ == "conj":
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "to":
            return token.head, example
        elif token.dep_ == "pobj" and token.head.lower_ in INSTANCE_WORDS:
            token = token.head.head
            example = True
        else:
            return None
    return None


def _giver_of_received(found: Found, actors: list[ActorPhrase], doc: Doc,
                       roles: Roles) -> None:
    """'Sri Lanka receives Japanese aid', 'Kyiv got Germany's air defences': the subject of
    'receive' is where the gift goes; the party named on the gift gave it."""
    if found.entry.type not in GIFT_TYPES or found.token.pos_ != "NOUN":
        return
    noun = found.token
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in clause_words("receiving_verbs"):
        return
    givers = [a for a in actors if doc[a.head].head == noun and doc[a.head].dep_ in GIVER_DEPS
              and doc[a.head].lower_ not in OWN_POSSESSIVES]
    receivers = [a for a in roles.sources if doc[a.head].dep_ == "nsubj"
                 and doc[a.head].head == verb]
    if not givers or not receivers:
        return
    roles.sources = givers
    roles.targets = receivers + [t for t in roles.targets if t not in receivers + givers]
    roles.participants = [p for p in roles.participants if p not in givers]


def _host_of_own_mission(found: Found, actors: list[ActorPhrase], doc: Doc,
                         roles: Roles) -> None:
    """'Canada shut its embassy in Tehran', 'Venezuela closed its embassy in Quito': a
    state that closes or empties its own mission acts against the state that hosts it."""
    if found.entry.type not in ("SANCTION", "RETREAT") or roles.targets:
        return
    if any(t.lemma_.lower() in clause_words("safety_words") or t.lower_ in clause_words("safety_words")
           for t in found.token.sent):
        return  # 'shut its embassy in Kyiv temporarily amid the fighting': no act against Kyiv
    own = {a.actor.code for a in roles.sources}
    if not own:
        closers = _listed_right_before(found.token, actors)
        hosts = _mission_host_in_words(found.token, actors, {a.actor.code for a in closers})
        if closers and hosts:
            roles.sources, roles.targets, roles.parsed = closers, hosts, True
        return
    for child in found.token.children:
        if child.dep_ not in ("dobj", "obj") or child.lemma_.lower() not in clause_words("mission_nouns"):
            continue
        if any(c.dep_ in GIVER_DEPS and c.lower_ not in OWN_POSSESSIVES for c in child.children):
            continue  # 'closed the Iranian embassy in Kabul': someone else's mission
        places = {g.i for p in child.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for g in p.children if g.dep_ == "pobj"}
        hosts = [a for a in actors if a.head in places and a.actor.code not in own]
        if hosts:
            roles.targets = hosts[:1]
            roles.places = [p for p in roles.places if p not in hosts]
            return
    hosts = _mission_host_in_words(found.token, actors, own)
    if hosts:
        roles.targets = hosts
        roles.places = [p for p in roles.places if p not in hosts]


def _listed_right_before(trigger: Token, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """The parties listed ('A, B and C') right before a verb the parse did not see as one."""
    doc = trigger.doc
    run: list[ActorPhrase] = []
    edge = trigger.i
    for phrase in sorted(actors, key=lambda a: -a.start):
        if phrase.end > edge:
            continue
        if {t.lower_ for t in doc[phrase.end:edge]} - ({",", "and"} if run else set()):
            break
        run.insert(0, phrase)
        edge = phrase.start
    return run


def _mission_host_in_words(trigger: Token, actors: list[ActorPhrase],
                           own: set[str]) -> list[ActorPhrase]:
    """'Saudi Arabia, UAE close embassies in Doha': a headline the parse garbles still
    reads trigger, mission, 'in', host in a row."""
    doc = trigger.doc
    for token in doc[trigger.i + 1 : min(trigger.i + 4, len(doc) - 2)]:
        missions = clause_words("mission_nouns")
        if token.lemma_.lower() not in missions and token.lower_ not in missions:
            continue
        if doc[token.i + 1].lower_ not in ("in", "at"):
            return []
        return [a for a in actors if a.start == token.i + 2 and a.actor.code not in own][:1]
    return []


def _no_guest_in_goods(found: Found, doc: Doc, roles: Roles) -> None:
    """'Qatar received Turkish troops', 'Vietnam received Australian patrol boats': what
    arrives is goods or forces, not a guest, so its maker is no visitor."""
    if found.entry.type != "CONSULT" or found.token.lemma_.lower() not in clause_words("receiving_verbs"):
        return
    objects = [c for c in found.token.children if c.dep_ in ("dobj", "obj")]
    measured = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # '20 tonnes of food aid'
    goods = {c.i for c in objects + measured if c.lemma_.lower() in clause_words("goods_nouns")}
    if goods:
        givers = {t.i for c in found.token.children if c.dep_ == "prep" and c.lower_ == "from"
                  for t in c.subtree}  # 'received a shipment from India': a giver, no guest
        roles.sources = [s for s in roles.sources if s.head not in givers]
        roles.targets = [t for t in roles.targets if not _in_goods(t, goods, doc)]
        roles.participants = [p for p in roles.participants if not _in_goods(p, goods, doc)]


def _in_goods(phrase: ActorPhrase, goods: set[int], doc: Doc) -> bool:
    return phrase.head in goods or doc[phrase.head].head.i in goods
