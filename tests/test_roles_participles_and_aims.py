"""Role rules: participles, aimed prepositions, people-noun pairs, resumed meetings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dyadwatch.coding.pairing import note_meeting, resumed_meeting
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

Coded = Callable[..., set[tuple[str, str, str, str | None]]]


def _pairs(quads: set[tuple[str, str, str, str | None]], kind: str) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in quads if q[0] == kind}


@pytest.mark.parametrize("text,source,target", [
    ("Moldova ordered Russia to cut its embassy staff, accusing Moscow of meddling in its "
     "elections.", "MDA", "RUS"),
    ("Lithuania told China to withdraw its ambassador, accusing Beijing of economic coercion.",
     "LTU", "CHN"),
    ("Estonia summoned the Russian charge d'affaires, accusing Moscow of jamming GPS signals.",
     "EST", "RUS"),
    ("Mali expelled the French ambassador, denouncing remarks by Paris.", "MLI", "FRA"),
])
def test_participle_takes_main_subject(coded: Coded, text: str, source: str, target: str) -> None:
    assert (source, target) in _pairs(coded(text), "ACCUSE")


@pytest.mark.parametrize("text,kind,source,target", [
    ("Niger sought assistance from Russia to fight the insurgents.", "REQUEST", "NER", "RUS"),
    ("Mali has requested military help from Turkey.", "REQUEST", "MLI", "TUR"),
    ("France pulled its troops out of Niger last year.", "RETREAT", "FRA", "NER"),
    ("The United States withdrew its forces out of Afghanistan in 2021.", "RETREAT", "USA", "AFG"),
    ("Venezuela massed troops near the border with Guyana.", "MOBILIZE", "VEN", "GUY"),
    ("China held drills around Taiwan on Thursday.", "MOBILIZE", "CHN", "TWN"),
    ("Israel carried out strikes inside Iran overnight.", "ASSAULT", "ISR", "IRN"),
])
def test_aimed_prepositions(coded: Coded, text: str, kind: str, source: str, target: str) -> None:
    assert (source, target) in _pairs(coded(text), kind)


@pytest.mark.parametrize("text,absent", [
    ("Venezuela said it would never mass troops near the border with Guyana.", ("VEN", "GUY")),
    ("A request from Mali for more troops was sent to the African Union.", ("AU", "MLI")),
    ("India refused to request help from the IMF.", ("IND", "IMF")),
])
def test_aimed_prepositions_near_misses(coded: Coded, text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(q[1], q[2]) for q in coded(text)}


@pytest.mark.parametrize("text,pair", [
    ("Prime Minister Shehbaz Sharif of Pakistan received a call from Narendra Modi. Earlier, "
     "India and China had agreed to resume flights. Both prime ministers agreed to reopen the "
     "border crossing.", {"PAK", "IND"}),
    ("French President Emmanuel Macron welcomed Kenyan President William Ruto in Paris. Talks "
     "between France and Germany on defence were also scheduled. Both presidents signed a deal "
     "on green hydrogen.", {"FRA", "KEN"}),
    ("The foreign minister of Egypt, Badr Abdelatty, flew to Ankara to see Hakan Fidan, "
     "Turkey's foreign minister. Sudan and Libya were on the agenda. The two foreign ministers "
     "agreed to set up a joint commission.", {"EGY", "TUR"}),
    ("Brazilian President Lula met Argentine President Javier Milei. Chile and Peru also sent "
     "observers. The two leaders agreed to expand trade.", {"BRA", "ARG"}),
])
def test_people_noun_pair(coded: Coded, text: str, pair: set[str]) -> None:
    agreed = [{s, t} for s, t in _pairs(coded(text), "AGREE")]
    assert pair in agreed
    assert all(p == pair for p in agreed if p & {"CHN", "DEU", "SDN", "LBY", "CHL", "PER"}
               and len(p & pair) == 2)


@pytest.mark.parametrize("text,expected", [
    ("Follow-up talks were held in Istanbul on Friday.", True),
    ("A further call followed two days later.", True),
    ("Another meeting was held in London in June.", True),
    ("The talks lasted twelve hours.", False),
    ("Further talks between France and Germany were held on Friday.", False),
])
def test_resumed_meeting(kb: KnowledgeBase, model: Language, text: str, expected: bool) -> None:
    from dyadwatch.coding.actors import find_actors

    memory: dict[str, Actor] = {}
    note_meeting(memory, [(Actor("RUS", "Russia"), Actor("UKR", "Ukraine"), False)])
    sent = next(iter(model(text).sents))
    actors = find_actors(kb, sent, None, {})
    found = [f for f in find_triggers(kb, sent) if f.entry.type == "CONSULT"]
    got = [p for f in found for p in resumed_meeting(f, actors, memory)]
    assert bool(got) == expected
    if expected:
        assert {got[0][0].code, got[0][1].code} == {"RUS", "UKR"}
