"""Parties of a measure that the parse buries inside phrases or leaves unsaid.

A measure is often told through what it touches rather than whom: 'cancelled the permit for
the mission of the Embassy of the Republic of Ghana', 'ordered a halt to ferries to and
from Albania'. The state acted against sits at the end of a chain of 'of',
'for', 'to' and 'from' phrases under the measure's object, deeper than the ordinary role
rules look (they stop at the first phrase on purpose: 'relations between Yerevan and
Washington' names no target of a visit). For a measure the chain is the thing acted on, so
the first other state named along it is the target. A journey on the chain ends it: a
cancelled trip to a summit's host acts on no one (lexicon 'journey_nouns').

An announced measure is also often passive with no agent: 'Hanoi said ferry routes to Cambodia
will be halted', 'the port authority declared that cargo traffic between Kenya and Somalia
would be stopped'. Nobody but the announcing government can suspend them, so
the one who says it is the doer, and the states named in the passive subject are the
targets. A passive with its own agent ('were suspended by the airline') says who did it,
and a speaker that is no party names no doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.reporting import reporting_verbs

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles
    from dyadwatch.coding.triggers import Found

# the types of measures whose object chain names who is acted against
MEASURE_TYPES = frozenset({"SANCTION", "REJECT"})
# prepositions that lead along what a measure touches to whom it touches: grammar, not data
CHAIN_PREPS = frozenset({"of", "for", "to", "from", "toward", "towards", "between", "with"})
CHAIN_DEPTH = 4


def hidden_sides(found: Found, actors: list[ActorPhrase], sent: Span, roles: Roles) -> None:
    """Fill the doer of an agentless announced passive, then a target buried in the
    measure's object chain; each leaves sides the earlier rules found alone."""
    if found.entry.type not in MEASURE_TYPES:
        return
    if not roles.sources and not roles.participants:
        _announced_passive(found.token, actors, sent, roles)
    if not roles.sources and not roles.participants:
        _answered_passive(found.token, actors, roles)
    if roles.sources and not roles.targets and not roles.participants:
        own = {a.actor.code for a in roles.sources}
        roles.targets = _chain_targets(found.token, actors, own)


def _announced_passive(trigger: Token, actors: list[ActorPhrase], sent: Span,
                       roles: Roles) -> None:
    """'X said flights to and from Y will be suspended': the speaker X acts on Y."""
    children = list(trigger.children)
    if trigger.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in children):
        return
    if any(c.dep_ == "agent" for c in children):
        return  # 'were suspended by the airline': the agent is named
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    saying = trigger.head
    if subject is None or trigger.dep_ != "ccomp" or saying.lemma_.lower() not in (
            reporting_verbs() | clause_words("posting_verbs")):  # 'Trump posted that ...'
        return
    if any(a.head not in {t.i for t in subject.subtree} for a in roles.targets):
        return  # the guard on targets: one found outside the passive subject stands
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return
    said_by = {t.i for t in speaker.subtree}
    doers = [a for a in actors if a.head in said_by and not a.is_place]
    if not doers or _standing(children):
        return
    _passive_sides(doers, subject, actors, roles)


def _standing(children: list[Token]) -> bool:
    """'had been frozen for years', 'since 2019': a standing state the speaker describes,
    not a measure announced (lexicon 'time_span_units')."""
    spans = clause_words("time_span_units")
    return any(c.dep_ == "prep" and (c.lower_ == "since" or (c.lower_ == "for" and any(
        o.dep_ == "pobj" and (o.lower_ in spans or f"{o.lower_}s" in spans) for o in c.children)))
        for c in children)


def _passive_sides(doers: list[ActorPhrase], subject: Token, actors: list[ActorPhrase],
                   roles: Roles) -> None:
    """The doer acts on the other states named in the passive subject; a target the earlier
    rules found there is kept ('negotiations with Canada are terminated')."""
    own = {a.actor.code for a in doers}
    if _owned_by(subject, actors, own):
        return  # 'Iran said Iranian assets ... had been frozen': the victim complains
    touched = {t.i for t in subject.subtree}
    targets = [a for a in actors if a.head in touched and a.actor.code not in own]
    if targets:
        roles.sources, roles.targets = doers[:1], targets


# pronouns by which a speaker owns what the measure touches ('our citizens', 'its envoys')
OWN_PRONOUNS = frozenset({"our", "its", "my"})


def _owned_by(subject: Token, actors: list[ActorPhrase], own: set[str]) -> bool:
    """The passive subject is the doer's own people or property: its state word ('Iranian
    assets', "Russia's diplomats") or an owning pronoun ('our citizens')."""
    owners = {c.i for c in subject.children if c.dep_ in ("amod", "poss", "compound")}
    if any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in subject.children):
        return True
    return any(a.head in owners and a.actor.code in own for a in actors)


def _answered_passive(trigger: Token, actors: list[ActorPhrase], roles: Roles) -> None:
    """'Riga's reply followed on Friday: four Belarusian envoys were declared unwelcome': a
    passive measure told after a party's answer or response is that party's (lexicon
    'answer_nouns'); the parse hangs the answer clause on the measure or the reverse."""
    children = list(trigger.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if trigger.pos_ != "VERB" or subject is None or any(c.dep_ == "agent" for c in children):
        return
    clauses = [c for c in children if c.dep_ in ("ccomp", "parataxis") and c.i < trigger.i]
    if trigger.dep_ in ("ccomp", "parataxis", "conj") and trigger.head.i < trigger.i:
        clauses.append(trigger.head)
    answers = [n for c in clauses for n in c.children if n.dep_ == "nsubj"
               and n.lemma_.lower() in clause_words("answer_nouns")]
    owners = {p.i for n in answers for p in n.children if p.dep_ == "poss"}
    doers = [a for a in actors if a.head in owners and not a.is_place]
    if doers:
        _passive_sides(doers, subject, actors, roles)


def _chain_targets(trigger: Token, actors: list[ActorPhrase],
                   own: set[str]) -> list[ActorPhrase]:
    """The other states named along the measure's chain of phrases: from a noun trigger
    its own 'of'/'for' phrases, from a verb its object's; each step is a preposition of the
    chain and its object, or a conjunct of either ('to and from Togo and Benin')."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        nodes = _chain_nodes([trigger])
    else:
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        nodes = _chain_nodes(objects)
        if objects:  # the parse hangs the object's own 'for' phrase on the verb:
            nodes |= _chain_nodes([trigger], {"for"})  # 'withdrew its consent for the ...'
    by_head = {a.head: a for a in actors if a.actor.code not in own and not a.is_place}
    return [by_head[i] for i in sorted(nodes) if i in by_head]


def _chain_nodes(starts: list[Token], first: set[str] | None = None) -> set[int]:
    """Indices of the prepositional objects reached from the starts through chain
    prepositions, at most CHAIN_DEPTH phrases deep; `first` narrows the first step."""
    found: set[int] = set()
    frontier = list(starts)
    for depth in range(CHAIN_DEPTH):
        allowed = first if first is not None and depth == 0 else CHAIN_PREPS
        following: list[Token] = []
        for node in frontier:
            if node.lemma_.lower() in clause_words("journey_nouns"):
                continue  # 'cancelled his trip to Manila for the summit': a plan, not a measure
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in allowed:
                    continue
                preps = [prep, *(c for c in prep.children if c.dep_ == "conj")]
                objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
                objects += [c for o in objects for c in o.conjuncts]
                found.update(o.i for o in objects)
                following.extend(objects)
        frontier = following
    return found
