"""Which role an actor takes from the way it hangs off a trigger: subject, object, or
the object of a preposition ('withdrew troops from Mali', 'drills around Taiwan', 'sided with
Kyiv', 'talks in Moscow').

Split out of roles.py, which finds how each actor attaches; this module holds the table of
relations and prepositions that turns one attachment into a side, so that the words of
that table and their exceptions can be read in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.anchors import nominal, verb_above_phrase
from dyadwatch.coding.attachment import frame_moves_forces, hosting_state
from dyadwatch.coding.subjects import passive_deed_party
from dyadwatch.coding.triggers import Found

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles

# relations that make a party the doer: a clause's subject (see clause_links.SUBJECTS, less
# the passive one, who suffers), a passive's agent, a noun trigger's possessor
SOURCE_DEPS = {"nsubj", "csubj", "agent", "poss", "expl"}
OBJECT_DEPS = {"dobj", "obj", "oprd", "dative", "attr", "nsubjpass", "appos"}
PARTICIPANT_DEPS = {"compound", "amod", "nmod", "npadvmod"}
SOURCE_PREPS = {"by", "from"}
TARGET_PREPS = {"with", "to", "against", "on", "toward", "towards", "into", "of", "for", "upon"}
PARTICIPANT_PREPS = {"between", "among", "with"}
PLACE_PREPS = {"in", "to", "for", "at", "into"}
# 'strikes inside Iran', 'drills around Taiwan', 'troops near Guyana': where a use or show
# of force is aimed is the party it is aimed at
AIM_PREPS = {"inside", "around", "near", "off", "along", "across", "toward", "towards",
             "over", "into"}
AIMED_TYPES = {"ASSAULT", "MOBILIZE", "COERCE", "THREATEN"}  # a fight's place names no side
# 'lashed out at', 'hit back at', 'took aim at', 'pointed the finger at': with a verb of
# judging or threat, 'at' names the one judged; read only when no object names another
# ('accused Russia at the Security Council' keeps Russia)
JUDGED_AT = {"ACCUSE", "PROTEST", "REJECT", "THREATEN"}


def place_role(roles: Roles, actor: ActorPhrase, attachment: tuple[Token, str, str | None],
               found: Found) -> None:
    """Which side a party takes from how it hangs on the trigger. A place word is a venue
    for a meeting but the far side of a withdrawal, a ban or a deposit, so the preposition
    alone cannot decide: the trigger's frame and type are read with it."""
    anchor, dep, prep = attachment
    frame = found.entry.frame
    is_noun = nominal(found.token)
    subject = dep in SOURCE_DEPS and not (dep == "poss" and not is_noun)
    place = dep == "prep" and ((frame == "travel" and prep in PLACE_PREPS) or (prep in ("in", "at")
                               and found.entry.mode == "visit" and actor.is_venue_word))
    if _marked_role(roles, actor, attachment, found, subject):
        return
    if subject or (dep == "prep" and prep in SOURCE_PREPS):
        roles.sources.append(actor)
    elif frame_moves_forces(found) and dep in ("dobj", "obj", "nsubjpass"):
        roles.sources.append(actor)  # 'ordered U.S. submarines to be positioned': its own forces
    elif frame == "travel" and dep in ("dobj", "obj") and anchor == found.token:
        roles.origins.append(actor)  # 'left Washington for Baku': where they set out from
    elif place:
        roles.places.append(actor)
    elif dep == "prep" and _hosts(actor, found, prep):
        roles.participants.append(actor)  # 'signed a declaration at the White House': the host
        roles.hosts.append(actor)
    elif dep == "prep" and prep in ("between", "among") and is_noun:
        roles.participants.append(actor)  # 'an agreement was reached between A and B'
        roles.between.append(actor)
    elif dep == "prep" and prep in PARTICIPANT_PREPS and is_noun and anchor == found.token:
        roles.participants.append(actor)
    elif dep == "prep" and prep in TARGET_PREPS:
        roles.targets.append(actor)
        if prep == "of" and is_noun:
            roles.of_targets.append(actor)
    elif dep in OBJECT_DEPS and is_noun and anchor != found.token and \
            found.token.head.dep_ == "prep":
        return  # 'In a letter to A, he called B a partner': the verb's object is not the letter's
    elif dep in OBJECT_DEPS:
        roles.targets.append(actor)
    elif dep in PARTICIPANT_DEPS and is_noun and anchor == found.token:
        roles.participants.append(actor)


def _marked_role(roles: Roles, actor: ActorPhrase, attachment: tuple[Token, str, str | None],
                 found: Found, subject: bool) -> bool:
    """The sides a preposition or the trigger's type marks before the plain subject/object
    reading: a venue, a deed's hidden doer, what is left or cut off, where money goes, who is
    asked, at whom an act is aimed. False when none of them applies."""
    anchor, dep, prep = attachment
    frame = found.entry.frame
    if actor.is_place and dep == "prep" and found.entry.type == "CONSULT" and not (
            frame == "travel" and prep in PLACE_PREPS):
        roles.venues.append(actor)  # 'held on the Vostochny cosmodrome': where, in whose land
    elif passive_deed_party(anchor, actor, dep, prep):
        roles.sources.append(actor)  # 'who was killed in a U.S. strike': the U.S. struck
    elif dep == "prep" and prep in ("from", "out of") and _left_or_cut_off(found, anchor):
        roles.targets.append(actor)  # 'withdrew troops from Mali', 'banned imports from Japan'
    elif dep == "prep" and prep in ("in", "into") and found.entry.type == "AID" and \
            not subject and frame != "travel":
        roles.targets.append(actor)  # 'deposited $3 billion in Pakistan's central bank',
        # 'injected funds into Egypt's economy': where the money goes is who gets it
    elif dep == "prep" and prep == "from" and found.entry.type == "REQUEST" and \
            _said_by_subject(anchor):
        roles.targets.append(actor)  # 'Mali requested help from Turkey': the one asked
    elif dep == "prep" and prep in AIM_PREPS and found.entry.type in AIMED_TYPES and \
            not subject:
        roles.targets.append(actor)
    elif dep == "prep" and _particle_prep(found, anchor, prep):
        roles.targets.append(actor)  # 'stood by Lithuania', 'sided with Kyiv': the verb's own
    elif dep == "prep" and prep == "at" and found.entry.type in JUDGED_AT and \
            not actor.is_place:
        roles.aimed_at.append(actor)  # 'lashed out at Seoul', 'took aim at Manila'
    else:
        return False
    return True


def _hosts(actor: ActorPhrase, found: Found, prep: str | None) -> bool:
    """'signed a declaration at the White House', 'held talks in the Kremlin': the seat's
    state hosts a meeting or an agreement; a visit has its own host and a call has none."""
    return (prep == "at" or (prep == "in" and _seat_room(actor))) and hosting_state(actor) \
        and found.entry.type in ("AGREE", "CONSULT") and found.entry.mode not in ("visit", "phone")


def _seat_room(actor: ActorPhrase) -> bool:
    """'signed the accord in the Oval Office', 'held talks in the Kremlin': a room or house of
    government is entered, so 'in' names it as 'at' does and its state hosts; 'in' before a
    ministry, an army or a parliament more often says where a person works than where a
    meeting was, and 'in the Georgian capital' is a city, so only a named seat of government
    itself (an institution of the government sector) counts."""
    return actor.actor.sector == "government" and actor.actor.role == "institution" \
        and not actor.is_person


def _particle_prep(found: Found, anchor: Token, prep: str | None) -> bool:
    """'stood by Lithuania', 'sided with Kyiv': when the entry's own last word is the
    preposition, what follows it is the one the act is for or against, never its doer
    (which 'by' would otherwise make it)."""
    words = found.entry.lemma.lower().split()
    return len(words) > 1 and prep == words[-1] and (anchor == found.token or
                                                     anchor.lower_ == prep)


def _left_or_cut_off(found: Found, anchor: Token) -> bool:
    """'the withdrawal of forces from Mali', 'banned imports from Japan': 'from' names the
    party left or cut off; 'sanctions from the EU' (a noun with no doer) names who imposed."""
    kind = found.entry.type
    return kind == "RETREAT" or (kind == "SANCTION" and _has_doer(anchor))


def _has_doer(anchor: Token) -> bool:
    """Whether the deed's doer is told apart from its 'from' phrase: an active verb always
    has one, named or shared ('voiced concern and recalled its ambassador from Tehran',
    'recalling ...', 'decided to recall ...'), and a noun has one when it has a possessor
    ('Pakistan's recall of its ambassador from Tehran'); only a bare noun ('sanctions from
    the EU') or a passive ('was suspended from ECOWAS') names its doer with 'from'."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "poss" for c in anchor.children)
    return anchor.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "agent")
                                             for c in anchor.children)


def _said_by_subject(anchor: Token) -> bool:
    """A request with its own asker ('Niger sought assistance from Russia') asks whoever
    'from' names; a bare 'request from Mali' names who asked."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else verb_above_phrase(anchor)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
