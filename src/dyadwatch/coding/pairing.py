"""Who acted on whom for one trigger: source, target and the pairs of a meeting.

The parse gives the arguments it can (see roles); these rules fill the gaps news
prose leaves: pronouns, 'it' for the reporting body, the party inside an object
('denounced attacks by X'), the party asked ('called for X to ...'), and which
parties of a multi-party event are paired with each other.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Span, Token

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.triggers import JUDGING_TYPES, Found
from dyadwatch.records import Actor

SYMMETRIC_MODES = {"phone", "meet"}
PRONOUNS = {"he", "she", "they"}
OBJECT_PRONOUNS = {"him", "her"}
OBJECT_SUBTREE_TYPES = {"ACCUSE", "REJECT", "PROTEST", "ASSAULT", "SANCTION", "CONCEDE",
                        "COERCE", "SUPPORT"}
AIMED_TYPES = {"ASSAULT", "SANCTION", "COERCE"}  # their aim names the target: 'fired at', 'sanctions on'
VICTIM_PREPS = {"on", "upon", "against", "at", "into", "toward", "towards"}
CONCERN_TYPES = {"PROTEST", "ACCUSE"}  # 'expressed concern over Seoul's move' names its target




def mode(found: Found, sent: Span) -> str | None:
    mode = found.entry.mode
    if found.entry.type == "CONSULT" and mode == "meet" and any(
            t.lower_ in ("phone", "telephone", "phoned") for t in sent):
        return "phone"
    if found.entry.type == "CONSULT" and mode is None:
        return "meet"
    return str(mode) if mode is not None else None


def pairs(found: Found, actors: list[ActorPhrase], sent: Span,
           persons: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    roles = role_rules.fallback(found, actors, role_rules.assign(found, actors, sent))
    if found.entry.type in JUDGING_TYPES:  # 'condemned the attacks on Armenian territory'
        roles.targets = [a for a in roles.targets if not _victim_of_deed(found, a)]
    sources = [a.actor for a in roles.sources] or _pronoun_subject(found, roles, actors, persons)
    targets = [a.actor for a in roles.targets + roles.places]
    if not targets and sources:
        targets = _pronoun_object(found, actors, persons, {s.code for s in sources})
    if not targets and sources and found.entry.type != "CONSULT":
        targets = [a.actor for a in roles.participants]  # 'lodged representations with Tokyo'
    if not targets and found.entry.type == "REQUEST":
        targets = _asked(found, actors)
    if not targets and found.entry.type in OBJECT_SUBTREE_TYPES:
        targets = _inside_object(found, actors)  # 'denounced attacks by Azerbaijan'
    how = mode(found, sent)
    kind = found.entry.type
    symmetric = kind == "AGREE" or (kind == "CONSULT" and how in SYMMETRIC_MODES)
    everyone = distinct(sources + targets + [a.actor for a in roles.participants])
    if symmetric:  # a meeting, call or agreement of several parties: one event per pair
        joined = [a.actor for a in roles.participants]  # 'agreements with A and B'
        return _symmetric_pairs(found, sources or joined, targets + (joined if sources else []),
                                everyone, sent)
    if not sources:
        if len(everyone) >= 2 and roles.participants:
            return [(a, b, not symmetric) for a, b in combinations(everyone, 2)]
        return []
    if len(distinct(sources)) > 1:  # 'A, B and C severed relations with D': each acts
        return [(s, t, True) for s in distinct(sources) for t in distinct(targets)
                if t.code != s.code]
    source = sources[0]
    others = [t for t in distinct(targets) if t.code != source.code]
    if targets and not others:
        # a party does not act on itself: 'Moscow signed ... with his Russian counterpart'
        # means the subject phrase was misparsed; take the nearest other party before the trigger
        source = _other_party_before(found, actors, targets[0].code) or source
        others = [t for t in distinct(targets) if t.code != source.code]
    return [(source, t, not symmetric) for t in others]


def _asked(found: Found, actors: list[ActorPhrase]) -> list[Actor]:
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


def _symmetric_pairs(found: Found, core: list[Actor], targets: list[Actor],
                     everyone: list[Actor], sent: Span) -> list[tuple[Actor, Actor, bool]]:
    """Every pair of a meeting's parties, except the objects among themselves when the
    subject dealt with each in turn: 'Israel signed agreements with the UAE and Bahrain',
    'received A, and then B'."""
    core = distinct(core)
    codes = {c.code for c in core}
    others = [t for t in distinct(targets) if t.code not in codes]
    separate = found.entry.type == "AGREE" or any(
        t.lower_ in ("then", "separately", "later") for t in sent)
    if not (core and len(others) > 1 and separate):
        return [(a, b, False) for a, b in combinations(everyone, 2)]
    return [(a, b, False) for a, b in combinations(core, 2)] + [
        (a, b, False) for a in core for b in others]


def _inside_object(found: Found, actors: list[ActorPhrase]) -> list[Actor]:
    """The first party named inside the trigger's object or aim: 'denounced attacks by
    Azerbaijan', 'hit air bases in Armenia', 'fired missiles at bases in Armenia',
    'expressed concern over Seoul's move'."""
    heads = [found.token] + [a for a in role_rules.trigger_anchors(found) if a != found.token]
    for child in (c for h in heads for c in h.children):
        clauses = ("ccomp",) if found.entry.type not in ("CONCEDE", "COERCE", "SUPPORT") else ()
        if (child.dep_ in ("dobj", "obj", *clauses) and child.head == found.token) or (
                found.entry.type in JUDGING_TYPES and child.dep_ == "oprd") or (
                found.entry.type in AIMED_TYPES and child.dep_ == "prep" and
                child.head == found.token and child.lower_ in ("at", "on", "against")) or (
                found.entry.type in CONCERN_TYPES and child.dep_ == "prep" and
                child.lower_ in ("over", "about", "regarding")):
            inside = {t.i for t in child.subtree}
            hit = [a.actor for a in actors if a.head in inside
                   and not (found.entry.type in JUDGING_TYPES and _victim_of_deed(found, a))][:1]
            if hit:
                return hit
    return []


def _victim_of_deed(found: Found, actor: ActorPhrase) -> bool:
    """'condemned the attacks on Armenian territory': a party that the judged deed was
    aimed at is its victim, not the one condemned ('attacks by Azerbaijan on ...' names both)."""
    token = found.token.doc[actor.head]
    while token.dep_ in ("amod", "compound", "poss") and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in VICTIM_PREPS and token.head.head == \
            found.token and any(c.dep_ in ("dobj", "obj") for c in found.token.children):
        return True  # the parse hung the deed's 'on Armenian territory' off the judging verb
    for deed in found.token.children:
        if deed.dep_ not in ("dobj", "obj"):
            continue
        current = found.token.doc[actor.head]
        while current != deed and current.head != current and current.i in \
                {t.i for t in deed.subtree}:
            if current.dep_ == "pobj" and current.head.lower_ in VICTIM_PREPS:
                return True
            current = current.head
    return False


def _other_party_before(found: Found, actors: list[ActorPhrase], code: str) -> Actor | None:
    before = [a.actor for a in actors if a.end <= found.token.i and a.actor.code != code]
    return before[-1] if before else None


def _pronoun_subject(found: Found, roles: role_rules.Roles, actors: list[ActorPhrase],
                     persons: list[Actor]) -> list[Actor]:
    """'He called Aliyev': the last person named, if not of the object's own party.

    A noun trigger takes the subject of the verb it hangs from: 'In a letter to
    Aliyev, he called ...'."""
    subject = _subject_token(found.token, judged=found.judged)
    if subject is None and role_rules.nominal(found.token):
        subject = next((s for a in role_rules.trigger_anchors(found) if a != found.token
                        and (s := _subject_token(a)) is not None), None)
    if subject is not None and subject.lower_ == "it":
        return _reporter(subject, actors)
    if subject is None or subject.lower_ not in PRONOUNS:
        return []
    target_codes = {a.actor.code for a in roles.targets + roles.places}
    earlier = [a.actor for a in actors if a.is_person and a.end <= subject.i]
    for person in reversed(persons + earlier):
        if person.code not in target_codes:
            return [person]
    return []


def _pronoun_object(found: Found, actors: list[ActorPhrase], persons: list[Actor],
                    source_codes: set[str]) -> list[Actor]:
    """'Putin apologised to him': the last person named who is not of the subject's party."""
    heads = role_rules.trigger_anchors(found)  # 'apologised to him in a telephone call'
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "dative")]
    objects += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for g in c.children if g.dep_ == "pobj"]
    pronoun = next((o for o in objects if o.lower_ in OBJECT_PRONOUNS), None)
    if pronoun is None:
        return []
    earlier = [a.actor for a in actors if a.is_person and a.end <= pronoun.i]
    for person in reversed(persons + earlier):
        if person.code not in source_codes:
            return [person]
    return []


def _reporter(pronoun: Token, actors: list[ActorPhrase]) -> list[Actor]:
    """'The ministry said it rejected ...', '... said X, and it held Y responsible': 'it'
    is the subject of the reporting clause above or beside it."""
    verb = pronoun.head
    for _ in range(3):
        if verb.head == verb:
            break
        verb = verb.head
        subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
        found = [a.actor for a in actors if a.head in subjects]
        if found:
            return found[:1]
    return []


def _subject_token(token: Token, judged: bool = False) -> Token | None:
    """The subject of the trigger or of the word it hangs from, unless that word judges
    the deed ('She condemned the attacks': she did not attack)."""
    for candidate in (token,) if judged else (token, token.head):
        for child in candidate.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


def distinct(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.code, actor)
    return list(seen.values())
