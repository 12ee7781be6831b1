"""Round 21 trigger rules: a deal told as the new rank of two states' relations.

'raised ties to a strategic partnership', 'upgraded relations to the level of ambassadors'
report an agreement between the two states. The verbs are common, so the rule wants a
relationship as the verb's object and a 'to' phrase naming the rank; near misses keep the
verb and lose one of the two.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


def _agreements(found: set[Quad]) -> set[tuple[frozenset[str], str | None]]:
    return {(frozenset(q[1:3]), q[3]) for q in found if q[0] == "AGREE"}


@pytest.mark.parametrize("text,pair", [
    ("Ghana and South Korea on Tuesday upgraded their relations to a strategic partnership.",
     {"GHA", "KOR"}),
    ("On Tuesday Norway and Indonesia elevated their ties to a comprehensive partnership.",
     {"NOR", "IDN"}),
    ("Uruguay and Turkey raised diplomatic relations to the level of ambassadors on Tuesday.",
     {"URY", "TUR"}),
    ("Peru on Tuesday upgraded its relationship with Thailand to a strategic partnership.",
     {"PER", "THA"}),
])
def test_raising_relations_to_a_rank_is_an_agreement(coded: Coded, text: str,
                                                     pair: set[str]) -> None:
    assert _agreements(coded(text, PUB)) == {(frozenset(pair), DAY)}


@pytest.mark.parametrize("text", [
    "Norway raised its fish exports to Indonesia to record levels on Tuesday.",
    "In a speech on Tuesday the Peruvian president raised the question of a new partnership.",
    "On Tuesday Ghana raised its concerns about the partnership with South Korea.",
    "Japan and China on Tuesday brought their relations to the lowest level in decades.",
    "On Tuesday Serbia and Kosovo took their ties to a dangerous stage.",
])
def test_raising_something_else_is_no_agreement(coded: Coded, text: str) -> None:
    assert not _agreements(coded(text, PUB))


def _attacks(found: set[Quad]) -> set[tuple[str, str, str | None]]:
    return {(q[1], q[2], q[3]) for q in found if q[0] == "ASSAULT"}


@pytest.mark.parametrize("text,pair", [
    ("On Tuesday Israeli drones hit a village in Lebanon's Nabatieh district.", ("ISR", "LBN")),
    ("A Russian rocket hit an apartment building in Odesa on Tuesday.", ("RUS", "UKR")),
    ("Sudan hit a Chadian army convoy near the border on Tuesday.", ("SDN", "TCD")),
    ("On Tuesday Israel hit the Lebanese port of Tyre with missiles.", ("ISR", "LBN")),
    ("Russia hit Kyiv with a barrage of missiles on Tuesday.", ("RUS", "UKR")),
])
def test_hit_by_a_weapon_or_on_a_target_is_an_attack(coded: Coded, text: str,
                                                      pair: tuple[str, str]) -> None:
    assert _attacks(coded(text, PUB)) == {(*pair, DAY)}


@pytest.mark.parametrize("text", [
    "Indian tariffs hit Bangladeshi ports and mills on Tuesday.",
    "Iran was hit by new European sanctions on Tuesday.",
    "A cyclone hit a Bangladeshi port town near the Indian border on Tuesday.",
    "The United States on Tuesday hit Russian oil tankers with new sanctions.",
    "Britain hit Iranian shipping firms and their tankers with sanctions on Tuesday.",
    "The European Union on Tuesday hit Chinese ports with anti-dumping duties.",
    "China on Tuesday hit the American embassy with a barrage of questions.",
])
def test_hit_by_a_measure_or_a_storm_is_no_attack(coded: Coded, text: str) -> None:
    assert not _attacks(coded(text, PUB))


def _meetings(found: set[Quad]) -> set[tuple[frozenset[str], str | None]]:
    return {(frozenset(q[1:3]), q[3]) for q in found if q[0] == "CONSULT"}


def test_leaders_witnessing_a_signing_together_met(coded: Coded) -> None:
    found = coded("Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet on "
                  "Tuesday witnessed the signing of a railway agreement in Bangkok.", PUB)
    assert _meetings(found) == {(frozenset({"THA", "KHM"}), DAY)}
    assert _agreements(found) == {(frozenset({"THA", "KHM"}), DAY)}


def test_one_witness_meets_no_signatory(coded: Coded) -> None:
    found = coded("On Tuesday Nigerian President Bola Tinubu witnessed the signing of a gas deal "
                  "between Ghana and Togo.", PUB)
    assert not _meetings(found)
