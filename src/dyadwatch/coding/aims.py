"""The party a deed is aimed at when it is named inside the deed's object or aim.

'denounced attacks by Azerbaijan', 'fired missiles at bases in Armenia', 'retaliated with a
missile salvo against Al Udeid, the largest US base': the party sits deeper than an argument,
so it is looked for inside the phrase that says what was hit, judged or cut off.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.attachment import aimed_wherever, located_aim
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.requesters import requesters
from dyadwatch.coding.triggers import JUDGING_TYPES, Found
from dyadwatch.records import Actor

AIMED_TYPES = {"ASSAULT", "SANCTION", "COERCE"}  # their aim names the target: 'fired at', 'sanctions on'
VICTIM_PREPS = {"on", "upon", "against", "at", "into", "toward", "towards"}
# clause_words, read at use time: 'objective_deeds', deeds whose 'of' names who suffers them
# ('the invasion of Ukraine', 'the occupation of its territory'); 'force_roles', the roles
# of armed forces, whom an assault is aimed at before any other party named.
TRADE_PREPS = {"to", "from"}  # 'suspended exports to and imports from X': the partner cut off
CONCERN_TYPES = {"PROTEST", "ACCUSE"}  # 'expressed concern over Seoul's move' names its target
AIM_PREPS = ("at", "on", "against")
STRUCK_IN = ("in", "inside", "across")  # 'struck targets in Lebanon', 'inside Syria'


def inside_object(found: Found, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """The first party named inside the trigger's object or aim: 'denounced attacks by
    Azerbaijan', 'hit air bases in Armenia', 'fired missiles at bases in Armenia',
    'expressed concern over Seoul's move'."""
    heads = [found.token] + [a for a in role_rules.trigger_anchors(found) if a != found.token]
    for child in (c for h in heads for c in h.children):
        clauses = ("ccomp",) if found.entry.type not in ("CONCEDE", "COERCE", "SUPPORT") else ()
        if (child.dep_ in ("dobj", "obj", *clauses) and child.head == found.token) or (
                found.entry.type in JUDGING_TYPES and child.dep_ == "oprd") or (
                found.entry.type in AIMED_TYPES and child.dep_ == "prep" and
                child.head == found.token and child.lower_ in AIM_PREPS) or (
                found.entry.type == "SANCTION" and child.dep_ == "prep" and
                child.head == found.token and child.lower_ in TRADE_PREPS) or (
                found.entry.type in CONCERN_TYPES and child.dep_ == "prep" and
                child.lower_ in ("over", "about", "regarding")):
            inside = {t.i for t in child.subtree} - requesters(actors, found.token.doc)
            if found.entry.type == "REJECT":
                inside -= _told_content(child)
            phrases = [a for a in actors if a.head in inside and a.actor.code not in own
                       and not (found.entry.type in JUDGING_TYPES and victim_of_deed(found, a))
                       and not located_aim(a, found.token.doc)]
            if phrases:
                first = _forces_first([a.actor for a in phrases], found.entry.type)[:1]
                return first + _listed_with(first[0], phrases, found.token.doc)
    if found.entry.type != "ASSAULT":
        return []
    return _means_aim(found, actors, own) or _struck_where(found, actors, own)


def _told_content(thing: Token) -> set[int]:
    """'dismissed reports that Germany had expelled Russian diplomats': a denial rejects
    what was told, not the parties the tale is about; the claim's own clause holds no one
    the denial is aimed at (only its teller, when named, is)."""
    return {t.i for c in thing.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" for m in c.children) for t in c.subtree}


def _listed_with(first: Actor, phrases: list[ActorPhrase], doc: Doc) -> list[Actor]:
    """'welcomed the decision of Spain, Norway and Ireland', 'sanctions on Iran and Syria':
    every member of the list the first party heads is aimed at alike."""
    lead = next(a for a in phrases if a.actor is first)
    members = [a.actor for a in phrases if a is not lead and a.actor.code != first.code
               and _same_list(doc[a.head], doc[lead.head])]
    return list({m.code: m for m in members}.values())


def _same_list(token: Token, lead: Token) -> bool:
    """A conjunct of the lead party, however deep the parse chained the list."""
    for _ in range(8):
        if token.dep_ != "conj" or token.head == token:
            return False
        token = token.head
        if token == lead:
            return True
    return False


def _means_aim(found: Found, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """'retaliated with a missile salvo against Al Udeid, the largest US base': the weapon
    the deed is done with carries its aim, and the party named there (an apposition
    included) is the one hit."""
    means = [c for c in found.token.children if c.dep_ == "prep" and c.lower_ == "with"]
    aims = [p for m in means for p in m.subtree if p.dep_ == "prep" and p.lower_ in AIM_PREPS]
    inside = {t.i for p in aims for t in p.subtree}
    hit = [a.actor for a in actors if a.head in inside and a.actor.code not in own]
    return _forces_first(hit, found.entry.type)[:1]


def _struck_where(found: Found, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """'Israeli aircraft struck targets in southern Lebanon', 'bombed hideouts in
    Afghanistan's Khost province': the parser hangs the place of what was hit off the verb;
    an attacker that names no other aim hits the country it strikes in. A person or mission
    hit abroad ('shot a dissident in Berlin') is the aim, not the country, and a passive
    ('soldiers were attacked in Mali') leaves the attacker unsaid."""
    verb = found.token
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(aimed_wherever(o) for o in objects):
        return []
    inside = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in STRUCK_IN
              for t in c.subtree}
    hit = [a.actor for a in actors if a.head in inside and a.actor.code not in own]
    return hit[:1]


def _forces_first(hit: list[Actor], kind: str) -> list[Actor]:
    """'fired missiles at bases in Iraq that host U.S. troops': an attack on a party's armed
    forces targets that party, not the country where they are stationed."""
    if kind != "ASSAULT":
        return hit
    forces = clause_words("force_roles")
    return sorted(hit, key=lambda a: (a.role or "").lower() not in forces)


def victim_of_deed(found: Found, actor: ActorPhrase) -> bool:
    """'condemned the attacks on Armenian territory': a party that the judged deed was
    aimed at is its victim, not the one condemned ('attacks by Azerbaijan on ...' names both)."""
    token = found.token.doc[actor.head]
    while token.dep_ in ("amod", "compound", "poss") and token.head != token:
        token = token.head
    idiom = set(found.entry.lemma.lower().split())  # 'pointed the finger at X': no deed
    if token.dep_ == "pobj" and token.head.lower_ in VICTIM_PREPS and token.head.head == \
            found.token and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in idiom
                                for c in found.token.children):
        return True  # the parse hung the deed's 'on Armenian territory' off the judging verb
    for deed in found.token.children:
        if deed.dep_ not in ("dobj", "obj"):
            continue
        current, placed = found.token.doc[actor.head], False
        while current != deed and current.head != current and current.i in \
                {t.i for t in deed.subtree}:
            if current.dep_ == "pobj" and (current.head.lower_ in VICTIM_PREPS or (
                    current.head.lower_ == "of" and not placed
                    and current.head.head.lemma_.lower() in clause_words("objective_deeds"))):
                return True
            # 'the shelling of a hospital in Sudan': a place named inside the victim
            # is where it happened, and may be the side condemned
            placed = placed or current.dep_ == "prep"
            current = current.head
    return False
