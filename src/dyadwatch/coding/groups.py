"""Group references: 'the two sides', 'both leaders', 'the four boycotting states', 'the leaders'.

Reporters name the parties once and then refer to them as a group. A reader
resolves such a phrase against what came just before it:

- a number fixes the size: 'the two X' / 'both X' are a pair, 'the three countries'
  a list of three;
- parties named earlier in the same sentence belong to the group ('X met Y; the
  two sides agreed', 'he held talks with Y, and the sides signed');
- otherwise the last list that coordinated the parties ('A and B', 'A, B and C'),
  then the pair the article keeps naming together, then the parties of the last
  sentences, but only while no third party makes the choice ambiguous;
- a bare plural subject ('The leaders agreed', 'The sides commit') stands for the
  last list named, whatever its size.

A place ('arrives in Addis Ababa', 'From Pyongyang') is where something happened,
not a side in it, so it is neither a member of a group nor a rival to one.
Memory is the article's `dict[str, Actor]`, so the history lives under keys:
'group:N:i' (last list of N), 'group:last:i', 'noun:NOUN:i' ('the Saudi and Iranian
sides'), 'named:AGE:i' (parties of the last WINDOW sentences that named any) and
'conamed:A|B:k' (sentences naming A and B).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import Protocol

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.group_pairs import (
    dominant_pair,
    pair_of_two,
    recent_parties,
    stored_list,
)
from dyadwatch.coding.office_groups import office_pair, remember_persons
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.nlp import first_conjunct
from dyadwatch.records import Actor

NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# lexicon clause_words "group_people"
# lexicon clause_words "group_collectives"
# lexicon clause_words "bare_group_nouns": a group without a number
# lexicon clause_words "side_nouns": the sides of an exchange, whoever was named last
COORDINATION = {"and", ",", "of", "the"}
PLACE_PREPS = {"in", "to", "from", "at", "into", "near", "via", "toward", "towards", "inside",
               "across", "through"}
# lexicon clause_words "group_occasions"
NAMED_MODIFIERS = {"amod", "compound", "poss", "prep", "nummod", "nmod", "acl", "relcl"}
# lexicon clause_words "third_party_verbs"
# lexicon clause_words "third_party_nouns"
# lexicon clause_words "armed_plurals"
# lexicon clause_words "fire_nouns"
WINDOW = 2  # sentences naming a party that a reference may reach back over
MAX_CONAMED = 4  # a sentence listing more parties says little about who pairs with whom
Reference = tuple[int, int, int, Actor, bool]  # start, end, head, actor, names people


class Phrase(Protocol):
    """The parts of an actor phrase read here (structural, to avoid an import cycle)."""

    start: int
    end: int
    head: int
    actor: Actor
    is_venue_word: bool


def group_references(sent: Span, phrases: Sequence[Phrase],
                     memory: dict[str, Actor]) -> list[Reference]:
    """One reference per member for each group phrase that resolves to its parties."""
    out: list[Reference] = []
    bare: list[tuple[int, set[str]]] = []
    for token in sent:
        if any(p.start <= token.i < p.end for p in phrases):
            continue
        _learn_named_group(token, sent, phrases, memory)
        found = _reference(token) or _reciprocal(token)
        if found is None:
            continue
        start, size, anchor = found
        if any(start <= p.start < token.i + 1 for p in phrases) or _apposed(token, phrases):
            continue  # 'the Saudi and Iranian sides', 'the two sides, A and B' name their own
        if any(a.lower_ == "according" for a in token.ancestors):
            continue  # 'according to the two sides' accounts' cites, it does not act
        members = _people_pair(token, size, sent, phrases, memory) or \
            _named_group(token, size, sent, phrases, memory) or \
            _resolve(sent, phrases, memory, anchor, size, token.lower_)
        if size is None and members:
            bare.append((token.i, {a.code for a in members}))
        people = token.lower_ in clause_words("group_people")
        out += [(start, token.i + 1, token.i, actor, people) for actor in members]
    dropped = {head for head, codes in bare if _acted_on(head, codes, sent, phrases, out)}
    return [r for r in out if r[2] not in dropped]


def _apposed(token: Token, phrases: Sequence[Phrase]) -> bool:
    """'The two sides, Kenya and Tanzania, signed': an apposition spells out the group, so
    its parties are the group's and no earlier ones are looked for."""
    inside = {t.i for c in token.children if c.dep_ == "appos" for t in c.subtree}
    return any(p.head in inside for p in phrases)


def _acted_on(head: int, codes: set[str], sent: Span, phrases: Sequence[Phrase],
              references: list[Reference]) -> bool:
    """'Leaders are expected to invite both countries': a bare plural is not the parties that
    its own sentence names as others ('both countries') or that its verb acts on."""
    if any(r[2] != head and r[3].code in codes for r in references):
        return True
    verb = sent.doc[head].head
    objects = [p for p in phrases if sent.doc[p.head].head == verb
               and sent.doc[p.head].dep_ in ("dobj", "dative")]
    return any(p.actor.code in codes for p in objects)


def _people_pair(token: Token, size: int | None, sent: Span, phrases: Sequence[Phrase],
                 memory: dict[str, Actor]) -> list[Actor]:
    """'Both prime ministers' with no two parties named before it in its own sentence:
    the last two office holders (see office_groups)."""
    before = {p.actor.code for p in phrases if sent.start <= p.start and p.end <= token.i}
    return office_pair(token, phrases, memory) if size == 2 and len(before) < 2 else []


def _learn_named_group(token: Token, sent: Span, phrases: Sequence[Phrase],
                       memory: dict[str, Actor]) -> None:
    """'The Saudi and Iranian sides' tells which parties 'the two sides' will stand for."""
    if token.lower_ not in (clause_words("group_people") | clause_words("group_collectives")):
        return
    modifiers = [p for p in phrases if p.end <= token.i and token in sent.doc[p.head].ancestors
                 and sent.doc[p.head].dep_ in ("amod", "compound", "conj", "nmod", "poss")]
    members = _distinct([p.actor for p in modifiers])
    if len(members) >= 2:
        _store(memory, f"noun:{token.lower_}:", members)


def _named_group(token: Token, size: int | None, sent: Span, phrases: Sequence[Phrase],
                 memory: dict[str, Actor]) -> list[Actor]:
    members = stored_list(memory, f"noun:{token.lower_}:")
    if not members or (size is not None and len(members) != size):
        return []
    named = {p.actor.code for p in phrases} | {a.code for s in _window(memory) for a in s}
    return members if all(a.code in named for a in members) else []


def _reference(token: Token) -> tuple[int, int | None, int] | None:
    """(start, size or None for a bare plural, index before which the group was named)."""
    if token.lower_ not in (clause_words("group_people") | clause_words("group_collectives")):
        return None
    det = next((c for c in token.children if c.dep_ in ("det", "predet")
                and c.lower_ in ("the", "all")), None)
    marker = next((c for c in token.children if c.lower_ in NUMBERS
                   and c.dep_ in ("nummod", "det", "predet", "quantmod")), None)
    if marker is not None:
        size = NUMBERS[marker.lower_]
        if size > 2 and det is None:
            return None  # 'three countries have recognised it' introduces new parties
        return min(marker.i, det.i if det else marker.i), size, marker.i
    if token.lower_ not in clause_words("bare_group_nouns") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ in NAMED_MODIFIERS for c in token.children):
        return None  # 'EU leaders', 'the parties to the conflict', 'one of the sides'
    if any(c.dep_ == "det" and c.lower_ != "the" for c in token.children):
        return None
    return (det.i if det else token.i), None, token.i


def _reciprocal(token: Token) -> tuple[int, int | None, int] | None:
    """'Border forces exchanged fire', 'troops clashed overnight': armed men named by no owner,
    doing to each other what only two sides can, are the pair in view."""
    verb = token.head
    if token.lower_ not in clause_words("armed_plurals") or token.dep_ != "nsubj" or verb.lemma_ not in (
            "exchange", "clash", "skirmish") or any(c.lower_ == "with" for c in verb.children):
        return None
    if verb.lemma_ == "exchange" and not any(
            c.dep_ == "dobj" and c.lower_ in clause_words("fire_nouns") for c in verb.children):
        return None
    children = [c for c in token.children if c.dep_ != "punct" and not (  # a chronology's date
        c.dep_ in ("nummod", "npadvmod") and any(t.ent_type_ == "DATE" for t in c.subtree))]
    if any(c.lower_ not in ("the", "border", "frontier") for c in children):
        return None  # 'Indian troops', 'troops of both', 'rebel forces', 'two soldiers'
    return min([token.i, *(c.i for c in children)]), 2, token.i


def _resolve(sent: Span, phrases: Sequence[Phrase], memory: dict[str, Actor], anchor: int,
             size: int | None, noun: str) -> list[Actor]:
    cut = _clause_start(sent, anchor)
    speakers = _speakers(sent.doc[anchor])
    verb = _clause_verb(sent.doc[anchor])
    sides = [p for p in phrases if p.head not in speakers and not third_party(sent.doc[p.head])
             and (verb is None or _clause_verb(sent.doc[p.head]) != verb)]
    before = [p for p in sides if cut <= p.start and p.end <= anchor]
    listed = coordinated_list(before, sent)
    local = _distinct([p.actor for p in before if not _is_setting(p, sent, phrases)
                       or _host_reached(p, sent, phrases, memory)])
    earlier = _distinct([p.actor for p in sides if p.end <= cut
                         and not _is_setting(p, sent, phrases)])
    history = [local, *([earlier] if earlier else []), *_window(memory)]
    if size is None:
        if listed is not None:
            return listed
        last = stored_list(memory, "group:last:")
        if len(last) >= 2 and not local and _all_named(last, history):
            return last
        # 'the leaders' may be any leaders: only a list or a bloc tells
        if noun not in clause_words("side_nouns"):
            return _bloc(memory, noun, history)
        return pair_of_two(listed, local, history, memory)
    if size == 2:
        return _pair_just_met(listed, local, history, memory) or \
            pair_of_two(listed, local, history, memory)
    if listed is not None and len(listed) == size:
        return listed
    stored = stored_list(memory, f"group:{size}:")
    if stored:  # 'Qatar and the four boycotting states': a list of that size, however far back
        return stored
    return recent_parties(history, size)


def _pair_just_met(listed: list[Actor] | None, local: list[Actor], history: list[list[Actor]],
                   memory: dict[str, Actor]) -> list[Actor]:
    """'The Secretary was received by President Bukele ... The two governments also signed':
    when the pair that just acted is all the nearest sentences name and the article pairs
    them most, 'the two' are they, not a pair listed earlier that shares one of them."""
    met = [memory[k] for k in ("event:0", "event:1") if k in memory]
    if listed is not None or local or len(met) != 2:
        return []
    nearest = next((sentence for sentence in history if sentence), [])
    candidates = {a.code: a for sentence in reversed(history) for a in sentence}
    codes = {a.code for a in met}
    if {a.code for a in nearest} != codes or set(candidates) != codes:
        return []
    dominant = dominant_pair(memory, candidates)
    return met if {a.code for a in dominant} == codes else []


def _speakers(token: Token) -> set[int]:
    """'Borrell said the two sides had agreed', 'according to Michel's office, the two sides
    agreed': who reports on a group is not one of it."""
    out: set[int] = set()
    for verb in token.ancestors:
        sources = [c for c in verb.children if c.lower_ == "according"]
        if verb.lemma_ in reporting_verbs():
            sources += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for source in sources:
            out |= {t.i for t in source.subtree}
    return out


def _clause_verb(token: Token) -> Token | None:
    """'Blinken received the two ministers': a party of the group's own clause is its
    counterpart, not one of it."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _clause_start(sent: Span, anchor: int) -> int:
    """Where the reference's own sentence begins: a capitalised 'The' inside a parsed sentence
    starts a new one that the parser ran on ('... including with Armenia Azerbaijan The sides
    exchanged views')."""
    starts = [t.i for t in sent.doc[sent.start + 1 : anchor] if t.text == "The"
              and sent.doc[t.i - 1].pos_ == "PROPN" and t.i + 1 < len(sent.doc)
              and sent.doc[t.i + 1].is_lower]  # not 'in The Hague', 'told The Times'
    return starts[-1] if starts else sent.start


def _bloc(memory: dict[str, Actor], noun: str, history: list[list[Actor]]) -> list[Actor]:
    """'The high point of ASEAN diplomacy came early. The leaders met ...': an organisation's
    members acting together, when it is the one party of the nearest sentence naming any."""
    bloc = memory.get(f"bloc:{noun}")
    nearest = next((sentence for sentence in history if sentence), [])
    return [bloc] if bloc is not None and [a.code for a in nearest] == [bloc.code] else []


def pair_in_view(memory: dict[str, Actor]) -> list[Actor]:
    """The two parties the article has named together most often, among all it named."""
    named = {k.split(":")[1]: a for k, a in memory.items() if k.startswith("named:")
             and k.count(":") == 1}
    return dominant_pair(memory, named)


def _window(memory: dict[str, Actor]) -> list[list[Actor]]:
    """The parties of the last WINDOW sentences that named any, nearest first."""
    return [stored_list(memory, f"named:{age}:") for age in range(WINDOW)]


def _all_named(actors: list[Actor], history: list[list[Actor]]) -> bool:
    named = {a.code for sentence in history for a in sentence}
    return all(a.code in named for a in actors)


def remember_groups(sent: Span, phrases: Sequence[Phrase], references: Sequence[Phrase],
                    memory: dict[str, Actor]) -> None:
    """Record the sentence's coordinated list and the parties it names, for later references."""
    phrases = [p for p in phrases if not third_party(sent.doc[p.head])]
    listed = coordinated_list(list(phrases), sent)
    if listed is not None:
        _store(memory, f"group:{len(listed)}:", listed)
        _store(memory, "group:last:", listed)
    own = [p for p in phrases if not any(p is r for r in references)]
    remember_persons(own, memory)
    named = _distinct([p.actor for p in own if not _is_setting(p, sent, own)])
    in_view = _distinct([p.actor for p in phrases if not _is_setting(p, sent, own)])
    if not in_view:
        return
    for age in range(WINDOW - 1, 0, -1):
        _store(memory, f"named:{age}:", stored_list(memory, f"named:{age - 1}:"))
    _store(memory, "named:0:", in_view)
    if len(named) <= MAX_CONAMED:
        for first, second in combinations(sorted(named, key=lambda a: a.code), 2):
            key = f"conamed:{first.code}|{second.code}:"
            memory[key + str(sum(1 for k in memory if k.startswith(key)))] = first


def coordinated_list(phrases: Sequence[Phrase], sent: Span) -> list[Actor] | None:
    """The parties of the last run of phrases named together ('A and B', 'A, B and C', 'the
    offices of A and of B'), or None when the last run is no list joined by 'and'."""
    runs: list[list[Phrase]] = []
    for phrase in sorted(phrases, key=lambda p: p.start):
        last = runs[-1][-1] if runs else None
        words = {t.lower_ for t in sent.doc[last.end : phrase.start]} if last else set()
        if last is not None and last.start != phrase.start and words and words <= COORDINATION:
            runs[-1].append(phrase)
        else:
            runs.append([phrase])
    run = next((r for r in reversed(runs) if len(r) >= 2), None)
    if run is None:
        return None
    members = _distinct([p.actor for p in run])
    joined = any(t.lower_ == "and" for t in sent.doc[run[0].end : run[-1].start])
    return members if len(members) >= 2 and joined else None


def third_party(head: Token) -> bool:
    """'talks mediated by Qatar and Turkey', 'under the auspices of the AU', 'Qatari mediation':
    who brokers or hosts an exchange is no side of it."""
    head = first_conjunct(head)
    owner = head.head
    if head.dep_ == "pobj" and owner.lower_ == "by":
        return owner.head.lemma_.lower() in clause_words("third_party_verbs")
    if head.dep_ == "pobj" and owner.lower_ == "of":
        return owner.head.lemma_.lower() in clause_words("third_party_nouns")
    return head.dep_ in ("amod", "compound", "poss") and \
        owner.lemma_.lower() in clause_words("third_party_nouns")


def _is_setting(phrase: Phrase, sent: Span, phrases: Sequence[Phrase]) -> bool:
    """Where, not who: 'in Beijing', 'From Pyongyang', a 'BRUSSELS, April 6 -' dateline, and
    the one party that names the occasion ('the 16th BRICS Summit', unlike 'an EU-UK summit')."""
    head = sent.doc[phrase.head]
    if head.dep_ in ("compound", "amod", "nmod") and head.head.lower_ in clause_words("group_occasions"):
        return sum(1 for p in phrases if sent.doc[p.head].head == head.head) == 1
    if not phrase.is_venue_word:
        return False
    if phrase.start == sent.start and head.text.isupper():
        return True
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS


def _host_reached(phrase: Phrase, sent: Span, phrases: Sequence[Phrase],
                  memory: dict[str, Actor]) -> bool:
    """'Biden travelled to Hanoi and the two former enemies raised their ties': a party's
    journey to a state the story has already paired with others makes that state its host,
    a side of what the two then do. A neutral venue ('flew to Geneva, where the two sides
    met') names no state of the story, so it stays a setting."""
    head = sent.doc[phrase.head]
    verb = head.head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("to", "in", "into") or \
            verb.lemma_.lower() not in clause_words("journey_verbs"):
        return False
    subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    movers = {p.actor.code for p in phrases if p.head in subjects}
    code = phrase.actor.code
    return bool(movers) and code not in movers and any(
        key.startswith("conamed:") and code in key[8:].split(":")[0].split("|") for key in memory)


def _distinct(actors: list[Actor]) -> list[Actor]:
    """One actor per party, the latest mention of each, in order of first mention."""
    latest = {a.code: a for a in actors}
    return [latest[code] for code in dict.fromkeys(a.code for a in actors)]


def _store(memory: dict[str, Actor], prefix: str, actors: list[Actor]) -> None:
    for index in range(len(stored_list(memory, prefix))):
        del memory[f"{prefix}{index}"]
    for index, actor in enumerate(actors):
        memory[f"{prefix}{index}"] = actor
