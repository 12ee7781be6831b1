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
forum. An organisation's own officer ('met NATO Secretary General Stoltenberg') stays.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import active_kb, clause_words

# people who fight or break the law outside any state's command
GROUP_WORDS = frozenset({
    "rebel", "insurgent", "militant", "jihadist", "jihadi", "fighter", "terrorist",
    "separatist", "gunman", "gunmen", "militia", "militiaman", "militiamen", "bandit",
    "pirate", "extremist", "guerrilla", "guerilla", "smuggler", "trafficker", "poacher",
    "cartel", "gang", "gangster", "mercenary", "islamist", "insurgency", "jihadists",
})
# prepositions that name where something happened
LOCATIVE = frozenset({"in", "near", "around", "outside", "inside", "across", "at",
                      "throughout", "along", "off", "close", "within"})
# how a deed names whom it is done to: 'attacked X', 'X were killed', 'an attack on X'
DONE_TO = frozenset({"dobj", "nsubjpass", "attr", "conj"})
ON_WORDS = frozenset({"on", "against", "with"})
# gatherings an organisation convenes, besides the lexicon's meeting nouns
GATHERINGS = frozenset({"summit", "conference", "forum", "session", "gathering", "ministerial",
                        "meeting", "meetings", "summits"})
# how a gathering is named as the occasion: 'at', 'for', 'during', 'ahead of', 'on the
# sidelines of' the summit; 'attended', 'hosted', 'skipped' the summit
OCCASION_PREPS = frozenset({"at", "for", "during", "of", "before", "after", "to", "from",
                            "ahead", "on", "in", "throughout", "amid"})
OCCASION_VERBS = frozenset({"attend", "host", "skip", "miss", "boycott", "join", "chair"})


def drop_group_venues(sent: Span, phrases: list[ActorPhrase],
                      group_tokens: frozenset[int]) -> list[ActorPhrase]:
    """The phrases less the places that are only the scene of a fight with an armed group."""
    return [p for p in phrases
            if not _scene_of_group(sent, p, group_tokens) and not _forum_occasion(sent, p)]


def _forum_occasion(sent: Span, phrase: ActorPhrase) -> bool:
    """'at the NATO summit', 'for the G20 summit', 'attended the G7 summit': the
    organisation only modifies a gathering named as where or why someone was there."""
    entry = active_kb().parties.get(phrase.actor.code)
    if entry is None or entry.get("kind") == "state" or phrase.is_person or phrase.actor.role:
        return False
    token = sent.doc[phrase.head]
    gathering = token.head
    if token.dep_ == "pobj" and gathering.lower_ == "of":
        gathering = gathering.head  # 'the summit of the Shanghai Cooperation Organisation'
    elif token.dep_ not in ("compound", "nmod", "amod", "poss") or gathering == token:
        return False
    if not is_gathering(gathering):
        return False
    if gathering.dep_ == "pobj":
        return gathering.head.lower_ in OCCASION_PREPS
    return gathering.dep_ in ("dobj", "obj") and gathering.head.lemma_.lower() in OCCASION_VERBS


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
    return token.i in groups or token.lemma_.lower() in GROUP_WORDS or \
        token.lower_ in GROUP_WORDS


# how a trip names what it is for: 'flew to Rio for the G20 summit', 'to attend the summit'
PURPOSE_PREPS = frozenset({"for"})
PURPOSE_VERBS = frozenset({"attend", "join", "address", "chair", "take"})


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
        elif child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in PURPOSE_VERBS:
            found += [g for g in child.children if g.dep_ in ("dobj", "obj")]
    return [g for g in found if is_gathering(g)]


def is_gathering(token: Token) -> bool:
    """The one test of a gathering noun ('summit', 'forum', 'meeting') that both the
    forum-as-occasion rule and the trip-for-a-summit rule share, so the two cannot
    drift apart on which words name a gathering."""
    return token.lower_ in GATHERINGS or token.lemma_.lower() in GATHERINGS or \
        token.lemma_.lower() in clause_words("meeting_nouns")


def bloc_gathering(gathering: Token) -> bool:
    """Whether the gathering is named after an organisation and after no state."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in gathering.children):
        return False  # 'a summit with Xi': the two meet
    words = _name_words(gathering)
    kb = active_kb()
    kinds: set[str] = set()
    for start in range(len(words)):
        for end in range(start + 1, min(start + 7, len(words) + 1)):
            surface = gathering.doc[words[start].i:words[end - 1].i + 1].text
            alias = kb.aliases.get(surface)
            if alias is not None:
                kinds.add(str(kb.parties.get(alias.code, {}).get("kind", "")))
    if kinds:
        return "state" not in kinds
    return _named_forum(words)


def _name_words(gathering: Token) -> list[Token]:
    """The words that name a gathering: 'the BRICS summit', 'the summit of the Shanghai
    Cooperation Organisation'. Where and when it sat ('in Vienna', 'on Tuesday') name no
    one who convened it, so a host capital does not make a bloc's summit a state's."""
    kept = [c for c in gathering.children
            if c.dep_ != "prep" or c.lower_ == "of"]
    return sorted((t for c in kept for t in c.subtree), key=lambda t: t.i)


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
        return phrases
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
    if gathering.dep_ in ("nsubjpass", "dobj", "obj") and verb.lemma_.lower() in OCCASION_VERBS:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in OCCASION_VERBS and any(
        g.dep_ == "agent" for g in c.children) for c in gathering.children)

