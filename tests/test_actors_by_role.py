"""Parties named only by a role: council members, the Secretary-General, the Allies, a
commission's chair, and officials of the state a report is filed from (role_refs.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

Code = Callable[..., list[Mention]]


def _pairs(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.type, m.source.code, m.target.code) for m in mentions}


def _sources(mentions: list[Mention]) -> set[str]:
    return {m.source.code for m in mentions}


@pytest.mark.parametrize("text, expected", [
    ("The Security Council held an emergency session on Haiti.\n"
     "Council members urged Haiti's politicians to agree on a transition.", "HTI"),
    ("The UN Security Council debated the crisis in Myanmar.\n"
     "The Council members called on Myanmar to free political prisoners.", "MMR"),
    ("The Security Council discussed Libya behind closed doors.\n"
     "The members of the Council demanded that Libya hold elections.", "LBY"),
    ("Ambassadors at the Security Council were briefed on Yemen.\n"
     "Several Council members criticised Iran for arming fighters.", "IRN"),
])
def test_council_members_act_for_the_council(code: Code, text: str, expected: str) -> None:
    assert ("UN", expected) in {(m.source.code, m.target.code) for m in code(text, "2024-05-20")}


@pytest.mark.parametrize("text", [
    "The Security Council met on Monday.\nTown Council members urged Japan to clean the river.",
    "Parish Council members criticised Spain over the new road.",
])
def test_other_councils_stay_unresolved(code: Code, text: str) -> None:
    assert "UN" not in _sources(code(text, "2024-05-20"))


@pytest.mark.parametrize("text, org, target", [
    ("The Secretary-General condemned the shelling of a hospital in Sudan.", "UN", "SDN"),
    ("NATO ministers gathered in Brussels.\n"
     "The Secretary-General met the Ukrainian foreign minister.", "NATO", "UKR"),
    ("The Organization of American States held its assembly.\n"
     "The Secretary-General criticised Nicaragua for jailing opponents.", "OAS", "NIC"),
    ("ASEAN diplomats gathered in Jakarta.\n"
     "The Secretary-General urged Myanmar to end the violence.", "ASEAN", "MMR"),
])
def test_secretary_general_is_the_organisation_in_view(code: Code, text: str, org: str,
                                                       target: str) -> None:
    assert (org, target) in {(m.source.code, m.target.code) for m in code(text, "2024-05-20")}


@pytest.mark.parametrize("text", [
    "The secretary-general of the ruling party accused India of interference.",
    "The Secretary-General of the opposition party criticised Kenya.",
])
def test_other_secretaries_general_are_not_the_un(code: Code, text: str) -> None:
    assert "UN" not in _sources(code(text, "2024-05-20"))


@pytest.mark.parametrize("text, org, target", [
    ("The African Union Commission issued a statement.\n"
     "The Commission Chairperson urged Niger's military to free the president.", "AU", "NER"),
    ("The African Union Commission met in Addis Ababa.\n"
     "The Chairperson called on Chad to open its border.", "AU", "TCD"),
    ("The European Commission published its report.\n"
     "The Commission President criticised China over its trade practices.", "EU", "CHN"),
])
def test_commission_chair_acts_for_its_organisation(code: Code, text: str, org: str,
                                                    target: str) -> None:
    assert (org, target) in {(m.source.code, m.target.code) for m in code(text, "2024-05-20")}


@pytest.mark.parametrize("text", [
    "The Chairperson condemned Russia.",
    "The European Union met on Monday.\nThe Chairperson condemned Russia.",
])
def test_bare_chair_needs_an_organisation_that_has_one(code: Code, text: str) -> None:
    assert not {"AU", "EU"} & _sources(code(text, "2024-05-20"))


@pytest.mark.parametrize("text", [
    "NATO defence ministers met in Brussels.\nAllies condemned Russia's strikes on power plants.",
    "NATO leaders gathered in Vilnius.\nThe Allies condemned Russia for its nuclear threats.",
    "The NATO summit opened on Tuesday.\nThe allies accused Russia of sabotage.",
])
def test_allies_in_a_nato_text_are_nato(code: Code, text: str) -> None:
    assert ("NATO", "RUS") in {(m.source.code, m.target.code) for m in code(text, "2024-05-20")}


@pytest.mark.parametrize("text", [
    "NATO leaders met in Vilnius.\nUkraine's allies accused Russia of sabotage.",
    "NATO leaders met in Vilnius.\nAllies of the prime minister accused Russia of sabotage.",
    "Its allies accused Russia of sabotage.",
])
def test_other_allies_are_not_nato(code: Code, text: str) -> None:
    assert "NATO" not in _sources(code(text, "2024-05-20"))


@pytest.mark.parametrize("text, home, target", [
    ("HANOI - Deputy Foreign Minister Le Thanh Son met the Ambassador of Japan.\n"
     "The Foreign Minister criticised China on Tuesday.", "VNM", "CHN"),
    ("NAIROBI, May 3 - The Foreign Ministry summoned the charge d'affaires of Sudan on Friday.",
     "KEN", "SDN"),
    ("JAKARTA - The Defence Minister accused Australia of spying.", "IDN", "AUS"),
])
def test_officials_without_party_belong_to_the_dateline_state(code: Code, text: str, home: str,
                                                              target: str) -> None:
    assert (home, target) in {(m.source.code, m.target.code) for m in code(text, "2024-05-20")}


@pytest.mark.parametrize("text", [
    "BEIJING - Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Yoko Kamikawa.\n"
    "The Deputy Foreign Minister accused the Philippines of provocations.",
    "The Defence Minister accused Australia of spying.",
])
def test_no_home_state_when_the_view_is_split_or_empty(code: Code, text: str) -> None:
    assert not any(m.target.code == "PHL" or m.target.code == "AUS" for m in code(
        text, "2024-05-20") if m.source.code in ("CHN", "JPN", "IDN"))


@pytest.mark.parametrize("text, host, guest", [
    ("ACCRA - The Foreign Minister received the Ambassador of Norway on Monday.\n"
     "During the meeting, the Minister and the Ambassador discussed fishing rights.", "GHA", "NOR"),
    ("The Ghanaian foreign minister hosted the Ambassador of Norway.\n"
     "Afterwards, the Ghanaian foreign minister met the Ambassador again over dinner.",
     "GHA", "NOR"),
])
def test_the_ambassador_is_the_one_received(code: Code, text: str, host: str,
                                            guest: str) -> None:
    found = code(text, "2024-05-20")
    assert sum(1 for m in found if {m.source.code, m.target.code} == {host, guest}) >= 2
