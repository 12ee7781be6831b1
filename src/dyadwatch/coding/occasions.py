"""A call, talks or a meeting that is only the occasion of an act told inside it.

Readouts put the act first and the encounter in a leading phrase: 'In a phone call on
Tuesday, Fidan pressed his counterpart to release the sailors', 'During talks, Tajani
reaffirmed Italy's support for Argentina's territorial integrity'. The call names nobody
of its own, so it codes no pair, yet the act's two parties are the two who spoke: the
encounter is an undirected CONSULT between them, as annotators code it. Only 'in' and
'during' lend the act's parties to the encounter; 'at a meeting' is as often a bloc
meeting, a forum or a press conference where the act's target was not present ('At a
NATO meeting, Germany urged Russia ...'), and an encounter that names a party of its own
('a NATO meeting', 'a meeting of EU ministers') was some other body's.

'After' and 'following' lend the encounter only to an act the two did together ('after six
hours of talks, Erdogan and Putin agreed on a ceasefire'): the pair that settles something
at the end of talks is the pair that held them, whereas one side's step after talks ('after
talks with Macron, Scholz pledged aid to Kyiv') is often aimed at someone not in the room.
A capital or a seat of government named as where the talks were held ('talks in the
Kremlin', 'a meeting in Rome') is their venue, not a party that owned them; when it is one
party's own, the other came to it, and the encounter is that party's visit.

A definite encounter ('At the meeting, the two ministers agreed ...') points back to the
meeting or call just told, and the act made at it took place on its day.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.narrative import STORY_SENTENCES, Narrative
from dyadwatch.coding.signing_meetings import signing_meetings
from dyadwatch.coding.when import NOT_ANAPHORIC
from dyadwatch.records import FuzzyDate, Mention

# acts made to the one spoken with; criticism and threats are often aimed at a third party
HANDED_OVER = frozenset({"AID", "SUPPORT", "CONCEDE", "REQUEST", "PROTEST", "AGREE",
                         "COOPERATE"})
LENDING = frozenset({"in", "during"})  # the preposition that makes the encounter the act's own
# what the encounter lends to an act done together, which the two settled at its end
CLOSING = frozenset({"after", "following"})
JOINT = frozenset({"AGREE", "COOPERATE"})
POINTING = frozenset({"at", "in", "during"})
VENUE_PREPS = frozenset({"in", "at", "inside"})  # 'talks in the Kremlin': where, not whose
BACK = frozenset({"the", "that", "this", "their"})


def occasion_noun(act: Token, preps: frozenset[str] = POINTING) -> Token | None:
    """The encounter noun an act was done in: the object of 'in / during / at' (or of
    `preps`) hanging on the act's verb or the first verb it is joined to."""
    verb = act if act.pos_ in ("VERB", "AUX") else act.head
    verbs = [verb]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        verbs.append(verb)
    for word in verbs:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                if _encounter(noun):
                    return noun
                inner = _measured(noun)
                if inner is not None:
                    return inner
    return None


def _measured(noun: Token) -> Token | None:
    """'after six hours of talks', 'after a second round of talks': the encounter told
    by its length or its round, under the word that measures it."""
    for of in noun.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            inner = next((c for c in of.children if c.dep_ == "pobj"), None)
            if inner is not None and _encounter(inner):
                return inner
    return None


def _opening_prep(noun: Token) -> str:
    """The preposition that makes the encounter an occasion: its own head, or the one
    above the word that measures it ('after six hours of talks')."""
    head = noun.head
    if head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.head.i != head.head.i:
        return head.head.head.lower_
    return head.lower_


def _encounter(noun: Token) -> bool:
    words = clause_words("occasion_meetings")
    compound = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound")
    return noun.pos_ == "NOUN" and (noun.lower_ in words or noun.lemma_.lower() in words
                                    or f"{compound} {noun.lower_}".strip() in words)


def occasion_consults(bare: list[tuple[Token, str | None]], acts: list[Mention],
                      tokens: dict[int, Token], actors: list[ActorPhrase]) -> list[Mention]:
    """CONSULTs for encounters that coded no pair (`bare`: noun and mode) between the
    parties of the acts done in them (`tokens`: the trigger token of each occurred act,
    keyed by its mention's place in `acts`)."""
    out: list[Mention] = []
    seen: set[tuple[int, frozenset[str]]] = set()
    for noun, mode in bare:
        opening = _opening_prep(noun)
        if opening not in LENDING | CLOSING or _names_party(noun, actors):
            continue
        for i, act in enumerate(acts):
            seat = _seat(act, tokens[i], opening) if i in tokens else None
            pair = (noun.i, frozenset((act.source.code, act.target.code)))
            if seat is None or seat.i != noun.i or pair in seen:
                continue  # one call is one meeting, however many acts were made in it
            seen.add(pair)
            out.append(_encounter_of(act, noun, mode, actors))
    if not out:  # 'talks followed in Rabat, where the two governments signed ...'
        out = [_encounter_of(act, noun, mode, actors)
               for noun, mode, act in signing_meetings(bare, acts, tokens, actors)]
    return out


def _encounter_of(act: Mention, noun: Token, mode: str | None,
                  actors: list[ActorPhrase]) -> Mention:
    """The encounter between the act's parties; held at one party's seat ('talks in the
    Kremlin', 'a meeting in Ankara'), it was the other's visit, visitor first, as
    annotators code a trip to the host."""
    venue = _venue_place(noun)
    hosts = {a.actor.code for a in actors if a.head in venue or a.start in venue}
    parties = (act.source, act.target)
    home = [p for p in parties if p.code in hosts]
    if len(home) == 1 and mode != "phone":
        guest = parties[1] if home[0] is parties[0] else parties[0]
        return replace(act, type="CONSULT", mode="visit", directed=True, source=guest,
                       target=home[0], trigger=noun.text)
    return replace(act, type="CONSULT", mode=mode, directed=False, trigger=noun.text)


def _seat(act: Mention, token: Token, prep: str) -> Token | None:
    """The encounter the act was made in; after or following one, only for an act the
    two did together, told undirected."""
    if prep in CLOSING:
        joint = act.type in JOINT and not act.directed
        return occasion_noun(token, CLOSING) if joint else None
    return occasion_noun(token) if act.type in HANDED_OVER else None


def _venue_words(noun: Token) -> set[int]:
    """The words of the phrases that say where the encounter was held (with whatever the
    parser hung on them: a fronted 'in the Kremlin, Erdogan and Putin agreed' is often
    read as one list)."""
    return {w.i for c in noun.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS
            for w in c.subtree}


def _venue_place(noun: Token) -> set[int]:
    """The place itself, without names the parser listed after it."""
    out: set[int] = set()
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            listed = {w.i for c in place.children if c.dep_ == "conj" for w in c.subtree}
            out |= {w.i for w in place.subtree} - listed
    return out


def _names_party(noun: Token, actors: list[ActorPhrase]) -> bool:
    """'a NATO meeting', 'a G7 call', 'a meeting of EU ministers': the encounter was that
    body's (a bloc is not always kept as an actor, so its name in the noun is enough).
    'a call with reporters', 'a meeting with students' name a partner who is no party,
    and 'a conference call' is a briefing, not the two parties speaking."""
    words = clause_words("occasion_meetings")
    if any((c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN") or
           (c.dep_ == "compound" and f"{c.lower_} {noun.lower_}" not in words) or
           (c.dep_ == "prep" and c.lower_ in ("of", "with", "between", "among"))
           for c in noun.children):
        return True
    inside = {t.i for t in noun.subtree} - _venue_words(noun)
    return any((a.head in inside or a.start in inside) and not (a.is_venue_word or a.is_place)
               for a in actors)


def meeting_day(narrative: Narrative, token: Token, index: int,
                codes: set[str]) -> tuple[FuzzyDate | None, str | None]:
    """The day of the last meeting or call told, for an act made at 'the meeting' (or for
    'the meeting' itself) in an undated sentence; the act's parties must have met there."""
    noun = token if _encounter(token) and token.dep_ == "pobj" else occasion_noun(token)
    if noun is None or noun.head.lower_ not in POINTING or not any(
            c.dep_ in ("det", "poss") and c.lower_ in BACK for c in noun.children) or any(
            c.lower_ in NOT_ANAPHORIC or c.like_num for c in noun.children):
        return None, None  # 'at the next meeting' is another one
    for told in reversed(narrative.told):
        if index - told.sentence > STORY_SENTENCES or told.sentence < narrative.stories_from:
            break
        if told.kind == "CONSULT" and told.day.precision == "day" and told.sentence < index:
            return (told.day, "meeting") if codes and codes <= told.parties else (None, None)
    return None, None
