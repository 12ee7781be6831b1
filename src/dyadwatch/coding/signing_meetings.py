"""A meeting told in the same sentence as what two parties signed there was their meeting.

News and readouts tell a met-and-agreed occasion in one breath and name the parties only
once, on the signing: 'talks followed at Admiralty House, where the two governments signed
an arrangement', 'the high-level meeting held in Rabat, at which the two governments signed
twenty agreements', 'At the Leaders' Retreat in Putrajaya, Anwar and Wong witnessed the
signing'. The meeting word names no one of its own, so it codes no pair, and the coder keeps
only the agreement; annotators code both the meeting and the agreement of such an occasion
(every set's README says so), and the pair that signed is the pair that met.

The rule lends the meeting to the signing pair only when that is the sentence's one story:
the meeting occurred and coded no pair, the sentence's acts are all between the same two
parties and at least one is an agreement made together, the meeting is not what was agreed
('agreed to hold annual talks', 'an accord on a new dialogue'), it is not another occasion
('the next summit', 'years of failed talks'), and it is not a third party's gathering ('the
NATO summit') where the two may only have crossed paths.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import active_kb, clause_words
from dyadwatch.records import Mention

JOINT = frozenset({"AGREE", "COOPERATE"})
# the act's arguments that say what was agreed: a meeting among them is the deal's topic
CONTENT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "attr", "oprd", "nsubjpass"})
CONTENT_PREPS = frozenset({"on", "to", "for", "about", "over"})
BACK = frozenset({"the", "this", "that"})
# the words that name a gathering ('the AU summit', 'Russia's Security Council session'),
# not the clauses that tell what was done at it ('at which the two governments signed')
NAMING = frozenset({"compound", "amod", "nmod", "poss"})


def signing_meetings(bare: list[tuple[Token, str | None]], acts: list[Mention],
                     tokens: dict[int, Token],
                     actors: list[ActorPhrase]) -> list[tuple[Token, str | None, Mention]]:
    """The meeting (noun and mode) and the joint act it lends its parties to, at most one:
    `bare` are the sentence's occurred meetings that coded no pair, `acts` its mentions,
    `tokens` the trigger of each occurred mention by its place in `acts`."""
    joint = [(i, act) for i, act in enumerate(acts)
             if i in tokens and act.type in JOINT and not act.directed]
    if not joint or len(_pairs(acts)) != 1:
        return []
    pair = _pairs(acts).pop()
    if any(a.type == "CONSULT" and frozenset((a.source.code, a.target.code)) == pair
           for a in acts):
        return []  # the meeting is told already
    for noun, mode in bare:
        if not _meeting_word(noun) or _told_before(noun) or _other_occasion(noun) or \
                _own_event(noun, actors) or _named_gathering(noun, actors) or \
                _bloc_own(noun, pair):
            continue
        if any(_agreed_about(tokens[i], noun) for i, _ in joint):
            continue
        return [(noun, mode, joint[0][1])]
    return []


def _pairs(acts: list[Mention]) -> set[frozenset[str]]:
    return {frozenset((a.source.code, a.target.code)) for a in acts}


def _other_occasion(noun: Token) -> bool:
    """'the next summit', 'years of failed talks', 'a planned meeting': not this occasion."""
    words = clause_words("other_occasion_words")
    near = [c for c in noun.children if c.dep_ in ("amod", "det", "compound", "nummod")]
    if noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        near += [noun.head.head, *noun.head.head.children]  # 'years of talks'
    return any(w.lower_ in words or w.lemma_.lower() in words for w in near)


def _meeting_word(noun: Token) -> bool:
    """Talks, a meeting, a summit: an encounter of equals. A visit is left to the visit
    rules, which know who travelled."""
    words = clause_words("meeting_nouns") | clause_words("occasion_meetings")
    return noun.pos_ == "NOUN" and (noun.lower_ in words or noun.lemma_.lower() in words)


def _own_event(noun: Token, actors: list[ActorPhrase]) -> bool:
    """'after talks broke down': a meeting that is the subject of a clause of its own is a
    separate event; 'Kenya held a cabinet meeting, signed a pact with Somalia': a meeting
    held by a named party alone is that party's own."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ in ("advcl", "ccomp"):
        return True
    if noun.dep_ not in ("dobj", "obj"):
        return False
    holders = [w.i for c in noun.head.children if c.dep_ == "nsubj" for w in c.subtree]
    return any(a.head in holders for a in actors)


def _told_before(noun: Token) -> bool:
    """'During the visit', 'The visit comes months after the signing': a bare definite
    meeting points back to one already told (and coded there), or is another sentence's."""
    children = list(noun.children)
    return bool(children) and all(c.dep_ == "det" and c.lower_ in BACK for c in children)


def _named_gathering(noun: Token, actors: list[ActorPhrase]) -> bool:
    """'at the NATO summit', 'at the AU summit', 'a meeting of EU ministers': a gathering
    named after a party is that body's, where a signing pair may only have crossed paths
    and a state joining the body met no one."""
    inside = {t.i for c in noun.children if c.dep_ in NAMING or (
        c.dep_ == "prep" and c.lower_ in ("of", "among")) for t in c.subtree}
    if any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in noun.children):
        return True  # 'the NATO meeting': a bloc is not always kept as an actor
    aliases = active_kb().aliases
    if any(t.text in aliases for t in noun.subtree if t.i in inside):
        return True  # 'a meeting of EU foreign ministers', the EU named only as a modifier
    return any((a.head in inside or a.start in inside) and not (a.is_venue_word or a.is_place)
               for a in actors)


def _bloc_own(noun: Token, pair: frozenset[str]) -> bool:
    """'became the 11th member of ASEAN at the summit': a bloc's summit or conference is
    its own gathering, and what a member or a newcomer agrees with the bloc there is no
    meeting between the two."""
    if noun.lemma_.lower() not in clause_words("open_gatherings"):
        return False  # 'talks', 'a meeting': held between the two
    parties = active_kb().parties
    return any(parties.get(code, {}).get("kind") not in (None, "state") for code in pair)


def _agreed_about(act: Token, noun: Token) -> bool:
    """'signed an accord to hold annual talks', 'agreed on a new dialogue', 'the agreement
    on a meeting mechanism': the meeting is what the act is about, not where it was done."""
    if act.pos_ in ("NOUN", "PROPN"):
        return noun in act.subtree
    for child in act.children:
        content = child.dep_ in CONTENT_DEPS or (
            child.dep_ == "prep" and child.lower_ in CONTENT_PREPS)
        if content and noun in child.subtree:
            return True
    return False
