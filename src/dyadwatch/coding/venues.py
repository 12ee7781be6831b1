"""Places that only say where a state fought a non-state group, and forums named as the
occasion of a meeting.

'Russian forces attacked rebels near Idlib', 'Chadian troops killed Boko Haram militants in
Nigeria', 'the army clashed with gunmen outside the town of Goma': the armed group is the
one acted on and the place is the scene, not a second state. A place named beside a state's
targets ('struck targets in Ukraine', 'shelled villages near Kharkiv') is left alone: there
the state the place belongs to is the one hit.

'Modi met Xi at the G20 summit', 'flew to Vilnius for the NATO summit', 'attended the G7
summit': an organisation named only to say at which gathering something happened is no
counterpart; annotators code the meeting between those who met, not a meeting with the
forum. An organisation's own officer ('met NATO Secretary General Stoltenberg') stays; the
same holds for a gathering named through the bloc's bodies ('the meeting of the Council of
Heads of State of the SCO') and for a summit named after no party ('attended the climate
summit in Geneva'). 'A European Union head of state' is some member's, not the bloc.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import active_kb, clause_words

# people who fight or break the law outside any state's command
# lexicon clause_words "armed_group_words"
# prepositions that name where something happened
LOCATIVE = frozenset({"in", "near", "around", "outside", "inside", "across", "at",
                      "throughout", "along", "off", "close", "within"})
# how a deed names whom it is done to: 'attacked X', 'X were killed', 'an attack on X'
DONE_TO = frozenset({"dobj", "nsubjpass", "attr", "conj"})
ON_WORDS = frozenset({"on", "against", "with"})
# gatherings an organisation convenes, besides the lexicon's meeting nouns
# lexicon clause_words "organisation_gatherings"
# how a gathering is named as the occasion: 'at', 'for', 'during', 'ahead of', 'on the
# sidelines of' the summit; 'attended', 'hosted', 'skipped', 'addressed' the summit
OCCASION_PREPS = frozenset({"at", "for", "during", "of", "before", "after", "to", "from",
                            "ahead", "on", "in", "throughout", "amid"})
# lexicon clause_words "occasion_verbs"


def drop_group_venues(sent: Span, phrases: list[ActorPhrase],
                      group_tokens: frozenset[int]) -> list[ActorPhrase]:
    """The phrases less the places that are only the scene of a fight with an armed group."""
    return [p for p in phrases
            if not _scene_of_group(sent, p, group_tokens) and not _forum_occasion(sent, p)
            and not _one_members_officer(sent, p)]


def _one_members_officer(sent: Span, phrase: ActorPhrase) -> bool:
    """'the first state visit to Britain by a European Union head of state', 'an ASEAN
    foreign minister': a bloc has no head of state or foreign minister of its own, so one
    of its offices with 'a' means the office of some member state the text leaves unnamed,
    not the bloc. 'The EU foreign policy chief', 'EU leaders' and 'an EU envoy' stay."""
    entry = active_kb().parties.get(phrase.actor.code)
    role = (phrase.actor.role or "").lower().split()
    if entry is None or entry.get("kind") == "state" or not role:
        return False
    head = sent.doc[phrase.head]
    offices = clause_words("member_offices")
    return head.tag_ == "NN" and any(w in offices for w in role) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _forum_occasion(sent: Span, phrase: ActorPhrase) -> bool:
    """'at the NATO summit', 'for the G20 summit', 'attended the G7 summit': the
    organisation only modifies a gathering named as where or why someone was there."""
    entry = active_kb().parties.get(phrase.actor.code)
    if entry is None or entry.get("kind") == "state" or phrase.is_person:
        return False
    token = sent.doc[phrase.head]
    gathering = token.head
    if phrase.actor.role:  # an officer ('NATO Secretary General') is met, and 'a meeting of
        # ASEAN leaders' names who met; a body of the bloc inside a gathering's name ('the
        # meeting of the Assembly of Heads of State of the AU') is only its occasion
        if not _body_of_bloc(token):
            return False
        gathering = _owner_gathering(token)
    elif token.dep_ == "pobj" and gathering.lower_ == "of":
        gathering = _owner_gathering(gathering.head)  # 'the summit of the SCO'
    elif token.dep_ not in ("compound", "nmod", "amod", "poss") or gathering == token:
        return False
    if not is_gathering(gathering):
        return False
    if gathering.dep_ == "pobj":
        return gathering.head.lower_ in OCCASION_PREPS
    return gathering.dep_ in ("dobj", "obj") and \
        gathering.head.lemma_.lower() in clause_words("occasion_verbs")


# how far up an 'of' chain a gathering may be: 'the meeting of the Council of Heads of State
# of the SCO' climbs State, Heads, Council to the meeting
OF_CHAIN = 4


def _body_of_bloc(token: Token) -> bool:
    """'Heads of State and Government (of the AU)' under 'the Assembly of': the role words
    name one of the bloc's bodies, not the people a guest meets at its gathering."""
    if token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and \
        not is_gathering(token.head.head)


def _owner_gathering(noun: Token) -> Token:
    """The gathering at the top of an 'of' chain of the organisation's own bodies: 'the meeting
    of the Council of Heads of State of the SCO' is a meeting of the SCO, named as an occasion
    the way 'the SCO summit' is. The climb stops at the first gathering noun or at a noun that
    is not itself the object of 'of', so 'the secretary general of the SCO' stays a person."""
    for _ in range(OF_CHAIN):
        if noun.dep_ == "conj" and noun.head.dep_ == "pobj":
            noun = noun.head  # 'of Heads of State and Government of the AU'
        if is_gathering(noun) or noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return noun
        noun = noun.head.head
    return noun


def _scene_of_group(sent: Span, phrase: ActorPhrase, groups: frozenset[int]) -> bool:
    token = sent.doc[phrase.head]
    if phrase.actor.role not in (None, "people") or (
            not (phrase.is_place or phrase.is_venue_word) and token.dep_ != "amod"):
        return False
    place = _place_token(token)
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
        return False
    if prep.lower_ == "close" or prep.dep_ == "pcomp":
        prep = prep.head  # 'close to Goma'
    host = prep.head
    return _group(host, groups) or any(_group(c, groups) for c in _done_to(host))


def _place_token(token: Token) -> Token:
    """'near the town of Goma', 'along the Venezuelan border': the noun the preposition takes."""
    if token.dep_ in ("amod", "compound") and token.head.dep_ == "pobj":
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" \
            and token.head.head.dep_ == "pobj":
        return token.head.head
    return token


def _done_to(host: Token) -> list[Token]:
    """Whom a verb or deed noun acts on: its object, or the object of 'on'/'against'."""
    found = [c for c in host.children if c.dep_ in DONE_TO]
    for prep in host.children:
        if prep.dep_ == "prep" and prep.lower_ in ON_WORDS:
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _group(token: Token, groups: frozenset[int]) -> bool:
    return token.i in groups or token.lemma_.lower() in clause_words("armed_group_words") or \
        token.lower_ in clause_words("armed_group_words")


# how a trip names what it is for: 'flew to Rio for the G20 summit', 'to attend the summit'
PURPOSE_PREPS = frozenset({"for"})
# lexicon clause_words "trip_purpose_verbs"


def bloc_gathering_trip(trigger: Token) -> bool:
    """'Ramaphosa flew to Rio for the G20 summit', 'arrived in Vilnius to attend the NATO
    summit': a trip whose stated purpose is an organisation's gathering is no bilateral
    visit to the host, so the place travelled to names no counterpart. A gathering named
    with a state or with a counterpart ('for talks with Lula', 'for the China-Central Asia
    summit') is left alone: there the host is met."""
    return any(bloc_gathering(g) for g in _purposes(trigger))


def _purposes(trigger: Token) -> list[Token]:
    """The gatherings a travel verb says it is for: 'for the summit', 'to attend the summit'."""
    found: list[Token] = []
    held = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]  # 'cancelled his trip'
    for child in [*trigger.children, *(g for c in held for g in c.children)]:
        if child.dep_ == "prep" and child.lower_ in PURPOSE_PREPS:
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in clause_words("trip_purpose_verbs"):
            found += [g for g in child.children if g.dep_ in ("dobj", "obj")]
    return [g for g in found if is_gathering(g)]


def is_gathering(token: Token) -> bool:
    """The one test of a gathering noun ('summit', 'forum', 'meeting') that both the
    forum-as-occasion rule and the trip-for-a-summit rule share, so the two cannot
    drift apart on which words name a gathering."""
    gatherings = clause_words("organisation_gatherings")
    return token.lower_ in gatherings or token.lemma_.lower() in gatherings or \
        token.lemma_.lower() in clause_words("meeting_nouns")


def bloc_gathering(gathering: Token) -> bool:
    """Whether the gathering is named after an organisation and after no state."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in gathering.children):
        return False  # 'a summit with Xi': the two meet
    words = _name_words(gathering)
    kinds = _name_kinds(gathering, words)
    if kinds:
        return "state" not in kinds
    return _named_forum(words)


def _name_kinds(gathering: Token, words: list[Token]) -> set[str]:
    """The kinds of party the gathering's name holds, longest name first: in 'the
    Organization of American States summit' the body is named, and 'American' inside its
    name names no state, as 'Arab' inside 'Arab League' names none."""
    kb = active_kb()
    kinds: set[str] = set()
    start = 0
    while start < len(words):
        step = 1
        for end in range(min(start + 7, len(words)), start, -1):
            surface = gathering.doc[words[start].i:words[end - 1].i + 1].text
            alias = kb.aliases.get(surface)
            if alias is not None:
                kinds.add(str(kb.parties.get(alias.code, {}).get("kind", "")))
                step = end - start
                break
        start += step
    return kinds


def _name_words(gathering: Token) -> list[Token]:
    """The words that name a gathering: 'the BRICS summit', 'the summit of the Shanghai
    Cooperation Organisation'. Where and when it sat ('in Vienna', 'on Tuesday') name no
    one who convened it, so a host capital does not make a bloc's summit a state's."""
    kept = [c for c in gathering.children
            if c.dep_ != "prep" or c.lower_ == "of"]
    words = sorted((t for c in kept for t in c.subtree), key=lambda t: t.i)
    return _split_name(gathering, words) + words


def _split_name(gathering: Token, words: list[Token]) -> list[Token]:
    """'the Organization of American States summit', parsed as 'the Organization of (the
    American States summit)': the proper noun and 'of' right before the gathering's own
    name words are the start of that name."""
    first = words[0] if words else gathering
    prep = gathering.head
    if gathering.dep_ != "pobj" or prep.lower_ != "of" or prep.i != first.i - 1 or \
            prep.head.pos_ != "PROPN" or prep.head.i != prep.i - 1:
        return []
    return [prep.head, prep]


def _named_forum(words: list[Token]) -> bool:
    """'the Western Balkans summit', 'the European Political Community summit': a gathering
    named by proper nouns that stand for no party nor any known official is a forum."""
    names = [t for t in words if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "amod")]
    kb = active_kb()
    return bool(names) and not any(kb.officials_named(t.text) or t.ent_type_ == "PERSON"
                                   for t in names)


def bloc_trip_destinations(trigger: Token, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """'flew to Manila for the ASEAN summit': for the summit noun, the place travelled to
    is where the organisation met, not a second party to the meeting; the phrases less
    those named only as where the trip went ('to', 'in', 'into' off the verb of travel).
    'Leaders of X, Y and Z gathered for the BRICS summit': states named outside the
    summit's own words only attended it, and attending one gathering is no meeting
    between them, so a list of two or more such states is dropped."""
    if not bloc_gathering(trigger):
        return [] if _attended_open_gathering(trigger) else phrases
    if attended_gathering(trigger):
        return []  # 'the BRICS summit was attended by A and B': attendance, no meeting
    doc = trigger.doc
    inside = {t.i for t in trigger.subtree}
    kept = []
    for phrase in phrases:
        token = doc[phrase.head]
        prep = token.head
        if phrase.is_person or token.dep_ != "pobj" or prep.lower_ not in ("to", "in", "into") \
                or prep.head == trigger or prep.head.i in inside:
            kept.append(phrase)
    attendees = [p for p in kept if p.head not in inside and _is_state(p)]
    if len({p.actor.code for p in attendees}) < 2:
        return kept
    return [p for p in kept if p not in attendees]


# gatherings of many parties by their very name; 'meeting' and 'talks' may be between two
# lexicon clause_words "open_gatherings"


def _attended_open_gathering(gathering: Token) -> bool:
    """'Kenya and Ghana attended the climate summit in Geneva': a summit named after no party
    is as much an occasion as a bloc's summit; its attendees did not meet each other, nor the
    city it sat in, by being there. A summit with a named party ('the Kenya-Ghana summit', 'a
    summit with Ruto', 'hosted by Ghana') or a 'meeting' that may be between two is left."""
    if gathering.lemma_.lower() not in clause_words("open_gatherings") or not attended_gathering(gathering):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in gathering.children):
        return False
    return not _name_kinds(gathering, _name_words(gathering))


def _is_state(phrase: ActorPhrase) -> bool:
    entry = active_kb().parties.get(phrase.actor.code)
    return entry is not None and entry.get("kind") == "state"


def attended_gathering(gathering: Token) -> bool:
    """'The BRICS summit in Vienna was attended by the Kazakh president and the Uzbek prime
    minister', 'Japan and Australia attended the APEC summit': the summit itself is what the
    clause tells of, done to by its attendees. Being at one organisation's gathering is
    neither a meeting between the attendees nor one with the organisation, as with the
    'Leaders of X, Y and Z gathered for the summit' shape."""
    verb = gathering.head
    if gathering.dep_ in ("nsubjpass", "dobj", "obj") and \
            verb.lemma_.lower() in clause_words("occasion_verbs"):
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in clause_words("occasion_verbs") and any(
        g.dep_ == "agent" for g in c.children) for c in gathering.children)

