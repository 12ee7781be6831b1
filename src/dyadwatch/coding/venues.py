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
    if gathering.lower_ not in GATHERINGS and \
            gathering.lemma_.lower() not in clause_words("meeting_nouns"):
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
