"""Write bench/constructions/r21_triggers.jsonl: ranked relations, 'hit', joint witnesses.

Diplomatic prose often reports an agreement between two states only by what it did to
their relationship: 'raised ties to a strategic partnership', 'upgraded relations to the
level of ambassadors'. That is an AGREE between the two. The verbs are everyday words, so
the near misses keep the verb and drop one half of the construction: no relationship as
object ('raised concerns about the partnership', 'raised its exports to record levels'),
or no rank reached ('lifted sanctions on its partner', 'brought relations to the lowest
level').

'hit' is a strike when a weapon or force hits ('drones hit a village in X') or when the
thing hit is a thing one attacks ('hit a cargo ship', 'hit a residential building in X'),
not when a measure or a storm does the hitting ('tariffs hit its ports', 'was hit by
sanctions'), when a party 'hits back' at critics, or when a party hits something with a
measure ('hit Russian tankers with sanctions', 'hit its ports with duties').

Leaders who witness a signing together ('A and B witnessed the signing of X', 'both leaders
witnessed the exchange of memoranda') met there: a meeting beside the deal. One leader
witnessing a signing by others met no signatory.

Deterministic and stdlib only: run `python bench/constructions/make_r21_triggers.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

RANKED: list[tuple[str, str, str, str]] = [
    ("Kenya and Japan on Tuesday upgraded their relations to a strategic partnership.",
     "KEN", "JPN", "upgrade ... to a partnership"),
    ("Vietnam and Australia elevated ties to a comprehensive strategic partnership on Tuesday.",
     "VNM", "AUS", "elevate ... to a partnership"),
    ("On Tuesday Chile and Turkey raised their diplomatic relations to the level of ambassadors.",
     "CHL", "TUR", "raise ... to the level of"),
    ("Egyptian President Abdel Fattah al-Sisi received Indonesian President Prabowo Subianto in "
     "Cairo on Tuesday, and the two sides raised ties to an enhanced partnership.",
     "EGY", "IDN", "visit, then 'the two sides raised ties'"),
    ("Brazil on Tuesday upgraded its relationship with Mexico to a comprehensive partnership.",
     "BRA", "MEX", "one subject, partner in 'with'"),
]

NEAR_MISSES: list[tuple[str, str]] = [
    ("In a speech on Tuesday the Polish president raised the question of a wider partnership.",
     "raise a question about a partnership: no relationship object"),
    ("Vietnam raised its rice exports to Indonesia to record levels on Tuesday.",
     "raise exports to a level: no relationship"),
    ("Colombia and Venezuela on Tuesday brought their relations to the lowest level in years.",
     "bring relations to the lowest level: a fall, not a rank reached"),
    ("On Tuesday Armenia and Azerbaijan took their ties to a dangerous stage.",
     "take ties to a dangerous stage: a low modifier"),
    ("Analysts said on Tuesday that ties between Peru and Chile had been strained for months.",
     "ties, no raising verb"),
]

HITS: list[tuple[str, str, str, str]] = [
    ("On Tuesday Turkish drones and rockets hit a village in Syria's Aleppo province.",
     "TUR", "SYR", "weapons hit a village in X's province"),
    ("A Russian missile hit a residential building in Kharkiv on Tuesday, officials said.",
     "RUS", "UKR", "a missile hit a building in a city"),
    ("Iranian gunboats hit a British tanker in the Strait of Hormuz on Tuesday.",
     "IRN", "GBR", "boats hit a tanker"),
    ("Ethiopia hit an Eritrean army convoy near the border on Tuesday.",
     "ETH", "ERI", "a party hit a convoy"),
    ("On Tuesday Israel hit the Syrian port of Latakia with missiles.",
     "ISR", "SYR", "hit X with missiles"),
]

HIT_MISSES: list[tuple[str, str]] = [
    ("Chinese tariffs hit Australian ports and farms on Tuesday.", "a measure hits"),
    ("Venezuela was hit by new American sanctions on Tuesday.", "hit by sanctions"),
    ("The earthquake hit a Turkish town near the Syrian border on Tuesday.", "a storm or quake hits"),
    ("Canada on Tuesday hit Russian oil tankers with new sanctions.", "hit X with sanctions"),
    ("Australia hit Iranian shipping firms and their tankers with sanctions on Tuesday.",
     "hit firms and tankers with sanctions"),
    ("The European Union on Tuesday hit Turkish ports with anti-dumping duties.",
     "hit ports with duties"),
]

WITNESSED: list[tuple[str, str, str, str]] = [
    ("Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim on "
     "Tuesday witnessed the signing of a border agreement in Jakarta.",
     "IDN", "MYS", "two named leaders witness a signing"),
    ("Egypt's and Greece's leaders held talks on Tuesday. Afterwards both leaders witnessed "
     "the signing of six memoranda.", "EGY", "GRC", "'both leaders' witness a signing"),
]

WITNESS_MISSES: list[tuple[str, str, str, str]] = [
    ("On Tuesday Kenyan President William Ruto witnessed the signing of a trade deal between "
     "Uganda and Tanzania.", "UGA", "TZA", "one witness, two other signatories"),
]


def cases() -> list[dict[str, Any]]:
    """Ranked relations as AGREE, and near misses with no event of that kind."""
    rows: list[dict[str, Any]] = []
    for text, a, b, how in RANKED:
        expect = [expected_event(a, b, "AGREE", directed=False, date=DAY)]
        if "visit" in how:  # the guest's visit is an event of its own
            expect.append(expected_event(b, a, "CONSULT", date=DAY))
        rows.append(case(f"rank_up: {how}", text, expect, published=PUBLISHED))
    for text, how in NEAR_MISSES:
        rows.append(case(f"rank_up near miss: {how}", text, [], published=PUBLISHED))
    for text, a, b, how in HITS:
        rows.append(case(f"hit: {how}", text, [expected_event(a, b, "ASSAULT", date=DAY)],
                         published=PUBLISHED))
    for text, how in HIT_MISSES:
        rows.append(case(f"hit near miss: {how}", text, [], published=PUBLISHED))
    for text, a, b, how in WITNESSED:
        rows.append(case(f"witness: {how}", text,
                         [expected_event(a, b, "AGREE", directed=False, date=DAY),
                          expected_event(a, b, "CONSULT", directed=False, date=DAY)],
                         published=PUBLISHED))
    for text, a, b, how in WITNESS_MISSES:  # the deal only: no meeting of the witness
        rows.append(case(f"witness near miss: {how}", text,
                         [expected_event(a, b, "AGREE", directed=False, date=DAY)],
                         published=PUBLISHED))
    return rows


if __name__ == "__main__":
    write_cases(__file__, "r21_triggers", cases())
