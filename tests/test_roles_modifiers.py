"""Parties named in modifiers and embedded clauses are not the deed's sides."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., set[tuple[str, str, str, str | None]]]


def _pairs(quads: set[tuple[str, str, str, str | None]], kind: str) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in quads if q[0] == kind}


@pytest.mark.parametrize(("text", "kind"), [
    ("The list covers officials in Belarus accused of aiding Russia.", "ACCUSE"),
    ("Britain blacklisted shipping firms in the UAE and Hong Kong accused of carrying "
     "Iranian oil to China.", "ACCUSE"),
    ("The bloc listed firms in Iran and Belarus accused of shipping drones to Russia.", "ACCUSE"),
    ("Canada sanctioned Iranian officials accused of torturing protesters.", "ACCUSE"),
])
def test_participle_on_a_noun_names_no_doer(coded: Coded, text: str, kind: str) -> None:
    assert not _pairs(coded(text, "2024-03-01"), kind)


def test_participle_keeps_the_main_clause(coded: Coded) -> None:
    text = "Canada sanctioned Iranian officials accused of torturing protesters."
    assert ("CAN", "IRN") in _pairs(coded(text, "2024-03-01"), "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    ("Armenia refused to join the drills at the request of Moscow.", ("ARM", "RUS")),
    ("Serbia declined to impose sanctions on Russia at the urging of Brussels.", ("SRB", "EU")),
    ("Last year Tajikistan refused to deploy soldiers to Syria on the request of Moscow.",
     ("TJK", "RUS")),
])
def test_refusal_aims_at_the_requester(coded: Coded, text: str, pair: tuple[str, str]) -> None:
    assert _pairs(coded(text, "2024-03-01"), "REJECT") == {pair}


@pytest.mark.parametrize("text", [
    "The rebels began attacking tankers in the Gulf in solidarity with the Palestinians.",
    "India held naval drills with Japan in the Indian Ocean.",
    "Washington staged air exercises with Guyana on Monday.",
])
def test_beneficiaries_and_partners_of_force_are_not_targets(coded: Coded, text: str) -> None:
    quads = coded(text, "2024-03-01")
    assert not _pairs(quads, "ASSAULT") and not _pairs(quads, "MOBILIZE")


@pytest.mark.parametrize(("text", "wrong"), [
    ("South Korea summoned the Russian ambassador to protest the treaty.", ("RUS", "KOR")),
    ("Japan called in the Chinese ambassador to protest the incursion.", ("CHN", "JPN")),
])
def test_purpose_infinitive_takes_the_subject(coded: Coded, text: str,
                                              wrong: tuple[str, str]) -> None:
    assert wrong not in _pairs(coded(text, "2024-03-01"), "PROTEST")


@pytest.mark.parametrize(("text", "accused"), [
    ("Seoul and Tokyo accused Pyongyang of supplying artillery shells to Moscow.", "PRK"),
    ("Moscow accused Kyiv of shelling the Zaporizhzhia plant.", "UKR"),
    ("Algeria accused Morocco on Wednesday of killing three Algerian truck drivers.", "MAR"),
])
def test_charged_deed_is_not_the_accusers(coded: Coded, text: str, accused: str) -> None:
    quads = coded(text, "2024-03-01")
    assert accused in {q[2] for q in quads if q[0] == "ACCUSE"}
    assert {q[0] for q in quads} == {"ACCUSE"}
