"""Roles the parse leaves unassigned or backwards: comma-listed headline subjects, gifts
handed 'to' a recipient, gifts received, a state's own mission closed abroad, and every
member of a list named inside a deed's object."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


def _pairs(found: set[Quad], kind: str) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in found if q[0] == kind}


def _between(found: set[Quad], kind: str) -> set[frozenset[str]]:
    return {frozenset(q[1:3]) for q in found if q[0] == kind}


@pytest.mark.parametrize(("text", "kind", "parties"), [
    ("Egypt, Sudan sign water pact", "AGREE", {"EGY", "SDN"}),
    ("Chad, Niger sign defence pact", "AGREE", {"TCD", "NER"}),
    ("Kenya, Ethiopia sign power deal", "AGREE", {"KEN", "ETH"}),
    ("Spain, Portugal hold talks on water", "CONSULT", {"ESP", "PRT"}),
    ("Russia, China agree to boost trade", "AGREE", {"RUS", "CHN"}),
    ("Tanzania, Uganda sign pipeline accord", "AGREE", {"TZA", "UGA"}),
])
def test_comma_listed_headline_subjects_each_take_part(coded: Coded, text: str, kind: str,
                                                        parties: set[str]) -> None:
    assert frozenset(parties) in _between(coded(text), kind)


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Italy promised 30 million euros to Tunisia.", "ITA", {"TUN"}),
    ("Italy promised 30 million euros to Tunisia and Libya.", "ITA", {"TUN", "LBY"}),
    ("Qatar pledged $50 million in relief to Jordan.", "QAT", {"JOR"}),
    ("Norway donated tents to Turkey and Syria.", "NOR", {"TUR", "SYR"}),
    ("Japan will send aid to neighbours including Laos and Cambodia.", "JPN", {"LAO", "KHM"}),
    ("Australia will provide 20 million dollars in development assistance to Vietnam.",
     "AUS", {"VNM"}),
])
def test_gift_handed_to_recipient(coded: Coded, text: str, source: str,
                                  targets: set[str]) -> None:
    found = _pairs(coded(text), "AID")
    assert {(source, t) for t in targets} <= found


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Sri Lanka receives Japanese aid", "JPN", "LKA"),
    ("Uganda receives Chinese loan for railway", "CHN", "UGA"),
    ("Nepal received Indian aid after the floods.", "IND", "NPL"),
    ("Haiti received Canadian aid on Friday.", "CAN", "HTI"),
])
def test_receiver_of_gift_is_target(coded: Coded, text: str, giver: str, receiver: str) -> None:
    found = coded(text)
    assert (giver, receiver) in _pairs(found, "AID")
    assert (receiver, giver) not in _pairs(found, "AID")


@pytest.mark.parametrize("text", [
    "Qatar received Turkish troops at a base.",
    "Vietnam received Australian patrol boats in March.",
    "Uganda receives Chinese loan for railway",
])
def test_received_goods_are_no_visit(coded: Coded, text: str) -> None:
    assert not _between(coded(text), "CONSULT")


def test_received_delegation_is_still_a_visit(coded: Coded) -> None:
    assert frozenset({"KEN", "CHN"}) in _between(coded("Kenya received a Chinese delegation."),
                                                 "CONSULT")


@pytest.mark.parametrize(("text", "source", "host"), [
    ("Canada shut its embassy in Tehran.", "CAN", "IRN"),
    ("Venezuela closed its embassy in Lima after the elections.", "VEN", "PER"),
    ("Saudi Arabia closed its embassy in Doha on Monday.", "SAU", "QAT"),
    ("Algeria recalled its ambassador from Madrid on Friday.", "DZA", "ESP"),
])
def test_own_mission_closed_acts_against_host(coded: Coded, text: str, source: str,
                                               host: str) -> None:
    assert (source, host) in _pairs(coded(text), "SANCTION")


@pytest.mark.parametrize("text", [
    "Japan closed its embassy in Kyiv temporarily.",
    "Italy shut its embassy in Khartoum amid the fighting.",
    "The ministers met at the Turkish embassy in Berlin.",
])
def test_mission_closed_for_safety_or_only_a_venue(coded: Coded, text: str) -> None:
    assert not _pairs(coded(text), "SANCTION")


@pytest.mark.parametrize(("text", "kind", "source", "targets"), [
    ("Germany welcomed the decision of Spain, Norway and Ireland.", "SUPPORT", "DEU",
     {"ESP", "NOR", "IRL"}),
    ("Australia praised the courage of Finland and Sweden.", "SUPPORT", "AUS", {"FIN", "SWE"}),
    ("Washington condemned attacks by Russia and Belarus.", "ACCUSE", "USA", {"RUS", "BLR"}),
    ("The EU imposed sanctions on several countries, including Iran and Syria.", "SANCTION",
     "EU", {"IRN", "SYR"}),
    ("Britain condemned several states, including Iran and North Korea, for supplying drones.",
     "ACCUSE", "GBR", {"IRN", "PRK"}),
])
def test_every_listed_party_is_a_target(coded: Coded, text: str, kind: str, source: str,
                                        targets: set[str]) -> None:
    assert {(source, t) for t in targets} <= _pairs(coded(text), kind)


@pytest.mark.parametrize("text", [
    "Kyiv denounced strikes by Russia on its power grid, as its minister ended a trip to Poland.",
    "Chile criticised Peru over the border dispute during a tour by its envoy to Bolivia.",
])
def test_to_far_from_the_deed_names_no_target(coded: Coded, text: str) -> None:
    found = coded(text)
    assert not {q for q in found if q[0] in ("ACCUSE", "AID") and q[2] in ("POL", "BOL")}
