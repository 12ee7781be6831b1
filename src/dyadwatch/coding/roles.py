"""Assign actor phrases to a trigger's source and target.

An actor is an argument only when it hangs directly off the trigger (subject,
object, a preposition's object, a possessive or compound of a noun trigger) or
off the light verb that carries a noun trigger ('had a telephone conversation
with'). Actors deeper inside other phrases ('relations between Yerevan and
Washington') are not arguments. When the parse yields no side at all, as in
machine-translated text, the nearest actor on that side of the trigger stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.anchors import nominal as nominal
from dyadwatch.coding.anchors import trigger_anchors as trigger_anchors
from dyadwatch.coding.anchors import verb_above_phrase as verb_above_phrase
from dyadwatch.coding.attachment import attachment as hang
from dyadwatch.coding.attachment import (
    date_fused_subject,
    is_location,
    phrase_root,
)
from dyadwatch.coding.clause_links import (
    answered_party,
    complement_targets,
    conjunct_targets,
    coordinated_cause,
    judged_in_next_clause,
    met_partners,
    parallel_doers,
    raised_object_targets,
    responded_party,
    speaker_country,
    topic_tokens,
)
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.companions import companions
from dyadwatch.coding.custody import custody_state
from dyadwatch.coding.hidden_parties import hidden_sides
from dyadwatch.coding.members import (
    coordinated_members,
    deal_parties,
    join_stray_members,
    listed_before_members,
)
from dyadwatch.coding.messages import accused_receiver, message_author, receivers_apart
from dyadwatch.coding.party_limits import (
    for_beneficiary,
    force_partner,
    requesting_party,
)
from dyadwatch.coding.recipients import repair
from dyadwatch.coding.requesters import on_request
from dyadwatch.coding.role_places import OBJECT_DEPS, PARTICIPANT_DEPS, TARGET_PREPS, place_role
from dyadwatch.coding.rootless import date_apposed_verb, rootless_subject
from dyadwatch.coding.subjects import (
    controller_partners,
    passive_antecedent,
    shared_subject,
    voiced_by,
)
from dyadwatch.coding.triggers import Found
from dyadwatch.coding.venues import bloc_gathering_trip, bloc_trip_destinations


@dataclass
class Roles:
    """Every slot a party can take in one event, kept apart until pairing: later rules
    (fallbacks, meeting pairs, visits) need to know why a party is there, not just that
    it is."""

    sources: list[ActorPhrase] = field(default_factory=list)
    targets: list[ActorPhrase] = field(default_factory=list)
    participants: list[ActorPhrase] = field(default_factory=list)
    places: list[ActorPhrase] = field(default_factory=list)
    origins: list[ActorPhrase] = field(default_factory=list)
    of_targets: list[ActorPhrase] = field(default_factory=list)
    hosts: list[ActorPhrase] = field(default_factory=list)
    venues: list[ActorPhrase] = field(default_factory=list)  # 'talks in Moscow': where it met
    between: list[ActorPhrase] = field(default_factory=list)  # 'a truce between A and B'
    parallel: list[ActorPhrase] = field(default_factory=list)  # 'after Hungary did': same act
    aimed_at: list[ActorPhrase] = field(default_factory=list)  # 'lashed out at X': if no other
    parsed: bool = False


def assign(found: Found, actors: list[ActorPhrase], sent: Span) -> Roles:
    """The parse names a trigger's parties only where they hang off it; the steps after the
    first fill what news prose leaves unsaid (a subject shared with another verb, a target
    in the next clause, a trip's destination) and undo what the parse got wrong, in an
    order where each step sees the sides the steps before it settled."""
    trigger = found.token
    anchors = trigger_anchors(found)
    anchors += date_apposed_verb(trigger) if nominal(trigger) else []
    actors = [a for a in actors if not _office_of_other(a, actors, sent.doc)]
    if _tally(trigger):
        return Roles()
    roles = _attached_roles(found, actors, anchors, sent)
    _settle_parties(found, actors, sent, roles)
    _fill_sides(found, actors, anchors, sent, roles)
    _trim_places(found, actors, roles)
    _last_readings(found, actors, anchors, sent, roles)
    roles.parsed = bool(roles.sources or roles.targets or roles.participants or roles.places)
    return roles


def _attached_roles(found: Found, actors: list[ActorPhrase], anchors: list[Token],
                    sent: Span) -> Roles:
    """The parties the parse itself hangs off the trigger or its anchors: the only reading
    that rests on grammar alone, so every later guess starts from it."""
    trigger = found.token
    roles = Roles()
    stray: list[ActorPhrase] = []
    for actor in actors:
        if actor.start <= trigger.i < actor.end or any(actor.start <= a.i < actor.end
                                                         for a in anchors):
            continue
        attachment = _argument_link(actor, anchors, sent.doc)
        if attachment is None or _not_a_party(found, actor, attachment, sent.doc):
            continue
        if attachment[1] == "conj" and sent.doc[actor.head].pos_ in ("PROPN", "NOUN"):
            stray.append(actor)
            continue
        if attachment[1:] in (("prep", "in"), ("prep", "at")) and actor.is_venue_word:
            roles.venues.append(actor)
        place_role(roles, actor, attachment, found)
    join_stray_members(roles.targets, roles.participants, stray)
    return roles


def _argument_link(actor: ActorPhrase, anchors: list[Token],
                   doc: Doc) -> tuple[Token, str, str | None] | None:
    """How an actor hangs off the anchors, if it is an argument at all: a person's title
    phrase may be what hangs ('President of X, Y'), a place in a participant's slot is
    where the act was, and a fronted date can make the subject look like a preposition's
    object."""
    attachment = hang(doc[actor.head], anchors)
    if attachment is None and actor.is_person:
        outer = phrase_root(actor, doc)
        if outer is not None and outer.i != actor.head:
            attachment = hang(outer, anchors)
    if attachment is None or (attachment[1] in PARTICIPANT_DEPS and is_location(actor, doc)):
        return None  # 'decided in Accra sanctions against Mali': Accra is where, not who
    if attachment[1] == "prep" and (date_fused_subject(doc[actor.head], attachment[0])
                                    or _day_ordinal_fused(doc[actor.head], attachment[0])):
        attachment = (attachment[0], "nsubj", None)  # 'On Tuesday Turkey criticised'
    return attachment


_DAY_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)$", re.IGNORECASE)


def _day_ordinal_fused(token: Token, verb: Token) -> bool:
    """'On the 30th Trump threatened ...': a month's chronicle names a day by its ordinal
    alone, which the parser tags as a number, not a date, and reads 'the 30th Trump' as one
    phrase under 'on'. A verb with no subject of its own has that party as its doer."""
    if token.i >= verb.i or token.dep_ != "pobj" or token.head.lower_ != "on":
        return False
    if token.head.head != verb or any(c.dep_ in ("nsubj", "nsubjpass", "csubj")
                                      for c in verb.children):
        return False
    return any(c.i < token.i and _DAY_ORDINAL.match(c.text) for c in token.children)


def _not_a_party(found: Found, actor: ActorPhrase, attachment: tuple[Token, str, str | None],
                 doc: Doc) -> bool:
    """A party the act is done for, or a force fighting beside the doer, hangs off the
    trigger like a target but is not the one acted on."""
    return for_beneficiary(actor, doc, found.entry.type) or (
        attachment[1] == "prep" and force_partner(found.entry.type, attachment[2],
                                                 doc[actor.head]))


def _settle_parties(found: Found, actors: list[ActorPhrase], sent: Span, roles: Roles) -> None:
    """Lists of parties and messages sent through others change who the sides are before
    any gap is filled: filling first would guess a side the list already gives."""
    trigger = found.token
    arguments = [roles.sources, roles.targets, roles.participants]
    coordinated_members(arguments, actors, sent)
    listed_before_members(arguments, [*arguments, roles.places], actors, sent)
    _agreement_parties(found, roles)
    _signed_deal_between(found, actors, roles)
    roles.sources, roles.targets = receivers_apart(trigger, roles.sources, roles.targets, sent.doc)
    author = message_author(trigger, actors, sent.doc)
    if author:  # 'received a letter from Lima accusing Chile': Lima accuses
        roles.sources = author
        roles.targets = roles.targets or accused_receiver(trigger, actors, sent.doc)


def _fill_sides(found: Found, actors: list[ActorPhrase], anchors: list[Token], sent: Span,
                roles: Roles) -> None:
    """A side the parse left empty is often named elsewhere in the sentence (a shared
    subject, a speaker, a neighbouring clause, the state holding a captive); the cheaper
    and surer sources are tried first."""
    if not roles.targets:
        roles.targets = roles.aimed_at or passive_antecedent(anchors, actors)
    if not roles.sources:
        roles.sources = shared_subject(anchors, actors, sent) or speaker_country(
            anchors, actors) or voiced_by(anchors, actors) or rootless_subject(
            anchors, actors, sent)
        if roles.sources and not (roles.targets or roles.participants):
            roles.participants = controller_partners(anchors, actors)
    if not roles.targets and not roles.participants:
        roles.targets = _linked_clause_targets(found, actors, sent, roles)
    if not roles.targets and not roles.participants:  # 'the release of X held in Y'
        roles.targets = custody_state(found, actors, sent, {a.actor.code for a in roles.sources})
    if found.entry.type == "REJECT":  # 'refused ... on the request of Moscow'
        roles.targets = requesting_party(anchors, actors) or roles.targets
    _with_companions(anchors, actors, roles)
    if not roles.sources:
        roles.sources = roles.origins  # 'a delegation left Washington for Baku': the
        # capital left behind names the travellers' side when they are not named


def _trim_places(found: Found, actors: list[ActorPhrase], roles: Roles) -> None:
    """A trip is a visit only to another party's land, and not when it is to a bloc's
    summit held there; once the doer is known, the places that are no visit go."""
    trigger = found.token
    if found.entry.frame == "travel" and not (roles.places or roles.targets):
        roles.places = _destination(trigger, actors)
    own = {a.actor.code for a in roles.sources}  # 'Putin flew to Khabarovsk': no visit
    roles.places = [p for p in roles.places if not (p.is_place and p.actor.code in own)]
    if found.entry.frame == "travel" and roles.places and bloc_gathering_trip(trigger):
        roles.places = []  # 'flew to Rio for the G20 summit': no visit to Brazil
    if nominal(trigger) and found.entry.type == "CONSULT":  # '... for the ASEAN summit'
        roles.targets, roles.participants = (bloc_trip_destinations(trigger, r) for r in (
            roles.targets, roles.participants))
        roles.sources = bloc_trip_destinations(trigger, roles.sources)  # 'Leaders of X, Y and Z'


def _last_readings(found: Found, actors: list[ActorPhrase], anchors: list[Token], sent: Span,
                   roles: Roles) -> None:
    """Readings that need both sides settled: a parallel doer, an envoy's host state, a
    noun's 'of' target, topics of talks, known parse repairs and requests made by others."""
    if roles.sources:
        roles.parallel = parallel_doers(anchors, actors, {a.actor.code for a in roles.sources})
    roles.targets = _posted_instead(roles, actors)
    if roles.of_targets:  # 'Russia's invasion of Ukraine': 'of' names the target of a noun
        roles.targets = roles.of_targets
    _drop_topics(found, anchors, roles)
    hidden_sides(found, actors, sent, roles)  # 'said flights to Y will be suspended'
    repair(found, actors, sent, roles)
    roles.sources, roles.targets, roles.participants = on_request(  # 'at the request of X'
        found, actors, (roles.sources, roles.targets, roles.participants))


def _posted_instead(roles: Roles, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'Tokyo recalled Japan's ambassador to South Korea': a deed done to the doer's own
    envoy is aimed at the state the envoy is posted to, named inside the envoy's phrase."""
    own = {a.actor.code for a in roles.sources}
    if not own or not roles.targets or any(t.actor.code not in own for t in roles.targets):
        return roles.targets
    posted = [a for a in actors if a.actor.code not in own and any(
        t.start <= a.start and a.end <= t.end and a is not t for t in roles.targets)]
    return posted or roles.targets


def _tally(trigger: Token) -> bool:
    """'The draft received 11 votes in favour, with abstentions by China and India': a count
    of votes received names voters, not guests received."""
    nouns = clause_words("tally_nouns")  # 'votes', 'abstentions', 'backing'
    return trigger.lemma_.lower() in clause_words("tally_verbs") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns for c in trigger.children)


def _office_of_other(actor: ActorPhrase, actors: list[ActorPhrase], doc: Doc) -> bool:
    """'The delegate of the Russian Federation accused ...': the office is the named party's,
    whatever earlier party a bare 'the delegate' would stand for."""
    head = doc[actor.head]
    if head.pos_ != "NOUN" or actor.is_person:
        return False
    owners = {c.i for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              for c in p.children if c.dep_ == "pobj"}
    return any(o.head in owners and o.actor.code != actor.actor.code for o in actors)


def _with_companions(anchors: list[Token], actors: list[ActorPhrase], roles: Roles) -> None:
    """'X, together with Y, visited Z': the companion is a doer, not one acted on."""
    joined = companions(anchors, actors, roles.sources) if roles.sources else []
    roles.sources += joined
    roles.targets = [a for a in roles.targets if a not in joined]
    roles.participants = [a for a in roles.participants if a not in joined]


def _agreement_parties(found: Found, roles: Roles) -> None:
    """'Trump announced a ceasefire between Israel and Iran': an agreement named with the
    parties it is between binds those parties; whoever announces, brokers or hosts it is
    not a party to it."""
    if found.entry.type != "AGREE" or len({a.actor.code for a in roles.between}) < 2:
        return
    roles.sources, roles.targets = [], []
    roles.participants = list(roles.between)


def _drop_topics(found: Found, anchors: list[Token], roles: Roles) -> None:
    """A party that is what a conversation was about ('Macron and Biden discussed Ukraine',
    'talks on Taiwan') took no part in it: only those who talked are its parties."""
    if found.entry.type != "CONSULT":
        return
    topic = topic_tokens(anchors)
    if not topic:
        return
    roles.targets = [a for a in roles.targets if a.head not in topic]
    roles.participants = [a for a in roles.participants if a.head not in topic]
    roles.places = [a for a in roles.places if a.head not in topic]


def _signed_deal_between(found: Found, actors: list[ActorPhrase], roles: Roles) -> None:
    """'the agreement between A and B was also signed by C': see members.deal_parties."""
    if found.entry.type != "AGREE" or found.token.pos_ != "VERB" or not roles.sources:
        return
    parties = deal_parties(found.token, roles.sources, actors)
    if parties is not None:
        roles.sources, roles.targets, roles.participants = [], [], parties


def _linked_clause_targets(found: Found, actors: list[ActorPhrase], sent: Span,
                           roles: Roles) -> list[ActorPhrase]:
    """A target named in a neighbouring clause, when the trigger's own clause has none."""
    trigger = found.token
    taken = {id(a) for a in roles.sources + roles.places}
    own = {a.actor.code for a in roles.sources}
    hit = [] if found.judged else complement_targets(trigger, actors, sent, taken, _target_link)
    if not hit and roles.sources and found.entry.type not in ("AGREE", "SUPPORT", "CONSULT"):
        carrier = _carrier(found)  # 'expressed protest after a U.S. jet shot down ...'
        hit = answered_party(carrier, actors, own) or responded_party(carrier, actors, own)
    if not hit and roles.sources and found.entry.type in ("ACCUSE", "PROTEST"):
        hit = judged_in_next_clause(trigger, actors, own)
    if not hit and roles.sources and found.entry.type == "THREATEN":
        hit = coordinated_cause(_carrier(found), actors, own)
    return hit or conjunct_targets(trigger, actors, sent, own, _target_link) or \
        raised_object_targets(trigger, actors, sent, own, _target_link) or \
        met_partners(trigger, found.entry.type, actors, own)


def _carrier(found: Found) -> Token:
    """The verb that says a noun trigger ('expressed strong protest', 'lodged a complaint'):
    the clauses hung on it ('after ...', 'in response to ...') belong to the noun's deed."""
    if found.token.pos_ == "VERB":
        return found.token
    return next((a for a in trigger_anchors(found) if a.pos_ == "VERB" and a != found.token),
                found.token)


def _target_link(token: Token, anchors: list[Token]) -> tuple[Token, str | None] | None:
    """The anchor and preposition by which a party is the object of one of the anchors."""
    link = hang(token, anchors)
    if link is None:
        return None
    if link[1] in OBJECT_DEPS:
        return link[0], None
    return (link[0], link[2]) if link[1] == "prep" and link[2] in TARGET_PREPS else None


def _destination(trigger: Token, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'left Washington for the Baku talks': a place named deeper inside the phrase of
    destination, when no party hangs off the preposition itself."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "for", "into"):
            inside = {t.i for t in child.subtree}
            if not any(g.dep_ == "pobj" for g in child.children):
                inside |= {child.i + 1, child.i + 2}  # garbled: 'for Baku trip hit'
            hit = [a for a in actors if a.head in inside or a.start in inside][:1]
            if hit:
                return hit
    return []


def fallback(found: Found, actors: list[ActorPhrase], roles: Roles) -> Roles:
    """Nearest actors on each side when the parse gave no side (see fallback_roles)."""
    from dyadwatch.coding.fallback_roles import fallback as nearest  # it builds on Roles
    return nearest(found, actors, roles)
