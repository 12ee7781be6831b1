"""Who acted on whom for one trigger: source, target and the pairs of a meeting.

The parse gives the arguments it can (see roles); these rules fill the gaps news
prose leaves: pronouns, 'it' for the reporting body, the party inside an object
('denounced attacks by X'), the party asked ('called for X to ...'), and which
parties of a multi-party event are paired with each other.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Span, Token

from dyadwatch.coding import implied_targets as implied
from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.aims import inside_object, victim_of_deed
from dyadwatch.coding.attachment import is_location
from dyadwatch.coding.ceremonies import (
    bloc_gathering_hosted,
    ceremony_honorees,
    misheaded_subject,
    topic_partners,
    unresolved_host,
)
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.corecipients import (
    co_receivers,
    other_occasions_parties,
    own_gathering,
    partners_of_unnamed,
)
from dyadwatch.coding.court_cases import case_targets
from dyadwatch.coding.courtesies import courtesy_thanks
from dyadwatch.coding.fallback_roles import fallback
from dyadwatch.coding.guests import hosted_guests
from dyadwatch.coding.hosting import active_host_side, guest_message_host
from dyadwatch.coding.meeting_pairs import host_side, hosted, symmetric_pairs, visitor_first
from dyadwatch.coding.messages import received_message
from dyadwatch.coding.mutual import mutual_pairs
from dyadwatch.coding.pronoun_parties import pronoun_object, pronoun_subject, received
from dyadwatch.coding.reference_points import reference_point
from dyadwatch.coding.relative_clauses import relative_roles
from dyadwatch.coding.triggers import JUDGING_TYPES, Found
from dyadwatch.coding.venues import bloc_gathering_trip
from dyadwatch.records import Actor

SYMMETRIC_MODES = {"phone", "meet"}
OBJECT_SUBTREE_TYPES = {"ACCUSE", "REJECT", "PROTEST", "ASSAULT", "SANCTION", "CONCEDE",
                        "COERCE", "SUPPORT", "THREATEN"}


def mode(found: Found, sent: Span) -> str | None:
    """How parties met decides whether a meeting is a visit, a call or a message, and the
    lexicon's mode for a word like 'talks' cannot see the 'phone' or the note around it."""
    mode = found.entry.mode
    if found.entry.type == "CONSULT" and mode == "meet" and any(
            t.lower_ in ("phone", "telephone", "phoned") for t in sent):
        return "phone"
    if found.entry.type == "CONSULT" and received_message(found.token) is not None:
        return "message"  # 'received a note from Minsk': a message, not a visit
    if found.entry.type == "CONSULT" and mode is None:
        return "meet"
    return str(mode) if mode is not None else None


def pairs(found: Found, actors: list[ActorPhrase], sent: Span,
          persons: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    """The (source, target, directed) pairs of one trigger; members of one side of a
    multi-party event are never paired with each other, whatever rule paired them."""
    sides = [*_group_sides(actors, sent), co_receivers(found, actors),
             partners_of_unnamed(found, actors)]
    elsewhere = other_occasions_parties(found, actors)  # 'lunch with A, dinner with B'
    return [p for p in _pairs(found, actors, sent, persons)
            if not any(p[0].code in side and p[1].code in side for side in sides)
            and not {p[0].code, p[1].code} & elsewhere]


def _group_sides(actors: list[ActorPhrase], sent: Span) -> list[set[str]]:
    """'Qatar and the four boycotting states signed': a group set beside another party is
    one side of the event, and its members do not deal with each other in it."""
    spans: dict[tuple[int, int], set[str]] = {}
    for actor in actors:
        spans.setdefault((actor.start, actor.end), set()).add(actor.actor.code)
    sides = []
    for (start, end), codes in spans.items():
        if len(codes) < 2:
            continue
        head = sent.doc[next(a.head for a in actors if (a.start, a.end) == (start, end))]
        beside = {head.head.i} if head.dep_ == "conj" else set()
        beside |= {c.i for c in head.children if c.dep_ == "conj"}
        partner = any(a.actor.code not in codes and (a.head in beside or _with_object(
            sent.doc[a.head])) for a in actors)
        if partner:  # 'the four countries restored relations with Doha': Doha is the other side
            sides.append(codes)
    return sides


def _with_object(token: Token) -> bool:
    """'relations with Doha': the object of 'with' is the other side of the event."""
    return token.dep_ == "pobj" and token.head.lower_ == "with"


def _pairs(found: Found, actors: list[ActorPhrase], sent: Span,
           persons: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    if _asked_for(found) or reference_point(found.token) or courtesy_thanks(found.token):
        return []  # 'called for talks'; 'the first visit since the 2019 summit'; 'thanked
        # the hosts for their hospitality'
    roles = relative_roles(found.token, actors,
                           fallback(found, actors, role_rules.assign(found, actors, sent)))
    found_pairs = _role_pairs(found, actors, sent, persons, roles)
    return found_pairs + _parallel(found_pairs, roles)


def _parallel(found_pairs: list[tuple[Actor, Actor, bool]],
              roles: role_rules.Roles) -> list[tuple[Actor, Actor, bool]]:
    """'a few days after Hungary did': the party that did the same act takes the source's
    place in each of its pairs."""
    own = {a.actor.code for a in roles.sources}
    out = []
    for doer in distinct([a.actor for a in roles.parallel]):
        for source, target, directed in found_pairs:
            if source.code in own and target.code != doer.code:
                out.append((doer, target, directed))
            elif target.code in own and source.code != doer.code:
                out.append((source, doer, directed))
    return out


def _role_pairs(found: Found, actors: list[ActorPhrase], sent: Span, persons: list[Actor],
                roles: role_rules.Roles) -> list[tuple[Actor, Actor, bool]]:
    """Roles say who stands where; an event needs pairs. A meeting, call or agreement pairs
    its parties with each other, a directed act pairs its doer with each party acted on, and
    each kind has its own way to go wrong, so the two are paired by separate rules."""
    _drop_misread_targets(found, actors, roles)
    sources = [a.actor for a in roles.sources] or pronoun_subject(found, roles, actors, persons)
    targets = case_targets(found, actors, _targets(found, actors, sent, persons, roles, sources),
                           sources)  # 'withdrew its complaint to the EU Court': not the EU
    how = mode(found, sent)
    kind = found.entry.type
    symmetric = kind in ("AGREE", "FIGHT") or (kind == "CONSULT" and how in SYMMETRIC_MODES) \
        or (kind == "COOPERATE" and not targets and len(distinct(sources)) > 1)  # 'A and B swapped'
    everyone = distinct(sources + targets + [a.actor for a in roles.participants])
    if symmetric:
        return _symmetric_event(found, actors, sent, roles, (sources, targets), everyone)
    if not sources:
        return _unsaid_doer(targets, [a.actor for a in roles.participants], everyone)
    return _directed_pairs(found, actors, persons, sources, targets)


def _drop_misread_targets(found: Found, actors: list[ActorPhrase],
                          roles: role_rules.Roles) -> None:
    """Targets the parse hands over that cannot be acted on here: the victim of a deed
    being judged, a group holding the doer, a misparsed name, a partner in a topic."""
    if found.entry.type in JUDGING_TYPES:  # 'condemned the attacks on Armenian territory'
        roles.targets = [a for a in roles.targets if not victim_of_deed(found, a)]
    roles.targets = _without_own_group(roles.sources, roles.targets)
    doer = misheaded_subject(found, actors)  # 'Than Swe meets': 'Than' read as 'than'
    if doer is not None and doer not in roles.sources:
        roles.sources = [doer]
        roles.targets = [a for a in roles.targets if a.actor.code != doer.actor.code]
    aside = topic_partners(found)  # 'discussed their joint mediation with the US'
    roles.targets = [a for a in roles.targets if a.head not in aside]


def _targets(found: Found, actors: list[ActorPhrase], sent: Span, persons: list[Actor],
             roles: role_rules.Roles, sources: list[Actor]) -> list[Actor]:
    """The parties acted on: those the roles name, else, in order of trust, a pronoun, a
    receiver, a guest, a participant, or a party the deed's kind implies."""
    targets = [a.actor for a in roles.targets + roles.places]
    if not targets and sources:
        targets = pronoun_object(found, actors, persons, {s.code for s in sources}) or \
            received(found, actors, {s.code for s in sources}, persons) or \
            hosted_guests(found, actors, sent, {s.code for s in sources})
    if not targets and sources and found.entry.type != "CONSULT":
        targets = [a.actor for a in roles.participants]  # 'lodged representations with Tokyo'
    if not targets and found.entry.type == "REQUEST":
        targets = implied.asked(found, actors)
    if not targets and sources and found.entry.type == "THREATEN":
        targets = implied.conditioned(found, actors, {s.code for s in sources})
    if not targets and sources and found.entry.type not in ("CONSULT", "AGREE"):
        own = {s.code for s in sources}
        targets = implied.parallel_recipient(found, actors) or \
            implied.errand_destination(found, actors, own) or \
            implied.speakers_own(found, actors, own)
    if not targets and found.entry.type in OBJECT_SUBTREE_TYPES and \
            not bloc_gathering_trip(found.token):  # 'cancelled his trip to Rio for the G20'
        own = {s.code for s in sources}  # 'Indian jets struck what New Delhi called a camp
        # in Pakistan': the actor's own party inside the aim is not the one acted on; with
        # several subjects (one perhaps misparsed) no party is ruled out
        targets = inside_object(found, actors, own if len(own) == 1 else set())
    return targets


def _symmetric_event(found: Found, actors: list[ActorPhrase], sent: Span,
                     roles: role_rules.Roles, sides: tuple[list[Actor], list[Actor]],
                     everyone: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    """A meeting, call or agreement of several parties is one event per pair of them; the
    host of a visit is listed second, and a gathering whose host is unknown pairs no one."""
    sources, targets = sides
    if sources and (honorees := ceremony_honorees(
            found, actors, {s.code for s in sources})):  # 'attended the inauguration of X'
        return [(s, h, False) for s in distinct(sources) for h in distinct(honorees)]
    if unresolved_host(found, actors) or bloc_gathering_hosted(found) or \
            own_gathering(found, actors):
        return []  # 'Than Swe met ministers from A, B and C': A and B did not meet
    hosts = distinct([a.actor for a in roles.hosts])
    joined = [a.actor for a in roles.participants if a not in roles.hosts]  # 'with A and B'
    met = symmetric_pairs(found, sources or joined, targets + (joined if sources else []),
                          [p for p in everyone if p not in hosts], sent)
    venue = {a.actor.code for a in roles.venues} | host_side(found, sources) | {
        h.code for h in hosts} | active_host_side(found, sources)  # 'talks at the White
    # House', 'Erdogan received the Somali president': the guests visit the host's state
    return [visitor_first(pair, venue) for pair in met + hosted(hosts, everyone)]


def _directed_pairs(found: Found, actors: list[ActorPhrase], persons: list[Actor],
                    sources: list[Actor], targets: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    """A directed act pairs each doer with each party acted on; a party does not act on
    itself, so a pair of one party means the parse took the wrong doer."""
    if not targets:  # 'A and B expelled each other's diplomats'
        both_ways = mutual_pairs(found.token, distinct(sources))
        if both_ways:
            return both_ways
    if len(distinct(sources)) > 1:  # 'A, B and C severed relations with D': each acts
        return [(s, t, True) for s in distinct(sources) for t in distinct(targets)
                if t.code != s.code]
    source = sources[0]
    others = [t for t in distinct(targets) if t.code != source.code]
    if targets and not others:  # a party does not act on itself: 'Moscow signed ... with
        # his Russian counterpart' misparsed the subject; take the nearest other party before
        if found.entry.frame == "travel":
            return []  # 'the Syrian president returned to Damascus': a trip home is no visit
        invited = pronoun_object(found, actors, persons, {source.code})
        if invited:  # 'spoke with Orban and invited him to visit Astana': the visit is to
            return [(source, t, True) for t in invited]  # the inviter's own land; 'him' is asked
        host = guest_message_host(found, actors, source.code)
        if host is not None:  # 'received X, who conveyed the greetings of Y': to the host
            return [(source, host, True)]
        source = _other_party_before(found, actors, targets[0].code) or source
        others = [t for t in distinct(targets) if t.code != source.code]
    return [(source, t, True) for t in others]


def told_apart(found: Found, pair: tuple[Actor, Actor, bool], actors: list[ActorPhrase],
                triggers: list[Found]) -> bool:
    """'The meeting followed up on Trump's February 12 call with Putin': parties named
    only inside the phrase of another event of the same kind (its possessor and its
    complements) took part in that event, which codes them on its own date."""
    codes = {pair[0].code, pair[1].code}
    named = [a for a in actors if a.actor.code in codes]
    if {a.actor.code for a in named} != codes:
        return False
    for other in triggers:
        if other.token == found.token or other.judged or other.token.pos_ != "NOUN" or \
                other.entry.type != found.entry.type:
            continue
        phrase = {t.i for t in other.token.subtree}
        if found.token.i not in phrase and all(a.head in phrase for a in named):
            return True
    return False


def resumed_meeting(found: Found, actors: list[ActorPhrase],
                    memory: dict[str, Actor]) -> list[tuple[Actor, Actor, bool]]:
    """'Follow-up talks were held in Istanbul', 'A further call followed two days later': a
    meeting told as the next of one before it, with no party of its own, is between the
    parties of the last meeting or call the article told (see note_meeting)."""
    token = found.token
    if found.entry.type != "CONSULT" or \
            token.lower_ not in clause_words("resumable_meeting_nouns") or \
            token.dep_ not in ("nsubj", "nsubjpass") or not any(
                c.lower_ in clause_words("next_occasion_words") for c in token.children):
        return []
    if any(not is_location(a, token.doc) for a in actors):
        return []  # parties named: theirs, or a third party's; not a guess from memory
    last = [memory[k] for k in ("meeting:0", "meeting:1") if k in memory]
    return [(last[0], last[1], False)] if len(last) == 2 else []


def note_meeting(memory: dict[str, Actor], met: list[tuple[Actor, Actor, bool]]) -> None:
    """Keep the pair of a sentence's one meeting or call, for 'follow-up talks' later."""
    if len({frozenset((a.code, b.code)) for a, b, _ in met}) == 1:
        memory["meeting:0"], memory["meeting:1"] = met[0][0], met[0][1]


def _unsaid_doer(targets: list[Actor], participants: list[Actor],
                 everyone: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    """'Israeli strikes on Lebanon', 'killed in a U.S. strike': a party that only qualifies a
    directed deed aimed at another is its doer; with no aim named ('the Russia-Ukraine war')
    every pair of the parties named is in it."""
    doers = [p for p in distinct(participants) if p.code not in {t.code for t in targets}]
    if targets and doers:
        return [(d, t, True) for d in doers for t in distinct(targets)]
    if len(everyone) >= 2 and participants:
        return [(a, b, True) for a, b in combinations(everyone, 2)]
    return []


def _asked_for(found: Found) -> bool:
    """'Britain asked for an urgent meeting of the Security Council': a meeting that is
    only sought has not been held, and the one who seeks it need not take part."""
    if found.entry.type != "CONSULT" or not role_rules.nominal(found.token) or \
            found.token.dep_ not in ("pobj", "dobj", "obj"):
        return False
    verb = role_rules.verb_above_phrase(found.token)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()  # 'called a meeting' convenes it; 'called for a meeting' asks
    return lemma in clause_words("seeking_verbs") or (lemma == "call" and found.token.head.lower_ == "for")


def _without_own_group(sources: list[ActorPhrase],
                       targets: list[ActorPhrase]) -> list[ActorPhrase]:
    """'EU leaders congratulated both prime ministers': a group the doer acts on cannot hold
    the doer itself; one that does was resolved to the wrong parties, so none of it is
    kept."""
    own = {a.actor.code for a in sources}
    spans: dict[tuple[int, int], set[str]] = {}
    for target in targets:
        spans.setdefault((target.start, target.end), set()).add(target.actor.code)
    wrong = {span for span, codes in spans.items() if len(codes) > 1 and codes & own}
    return [t for t in targets if (t.start, t.end) not in wrong]


def _other_party_before(found: Found, actors: list[ActorPhrase], code: str) -> Actor | None:
    """The nearest party before the trigger that is neither the target nor a place: the
    likely doer when the parse gave the target's own party as the subject."""
    doc = found.token.doc  # 'met in Jakarta with X': the place of the meeting did not act
    before = [a.actor for a in actors if a.end <= found.token.i and a.actor.code != code
              and not is_location(a, doc)]
    return before[-1] if before else None


def distinct(actors: list[Actor]) -> list[Actor]:
    """One actor per code, first mention kept: a party named twice ('Putin ... the Russian
    president') is one party, and pairs must not repeat it."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.code, actor)
    return list(seen.values())
