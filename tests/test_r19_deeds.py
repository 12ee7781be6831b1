"""Deeds told without the usual trigger verb (round 19): an embassy sealed off, tariffs
raised by an order, a deployment approved, aid told as a ship or convoy arriving with relief,
a refusal said as 'would not authorise', and the near misses that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"  # a Friday: 'on Tuesday' is 2024-03-05
TUESDAY = "2024-03-05"


def _types(found: set[Quad], source: str, target: str) -> set[str]:
    return {q[0] for q in found if (q[1], q[2]) == (source, target) and q[3] == TUESDAY}


def _between_states(found: set[Quad]) -> set[Quad]:
    return {q for q in found if q[1] != q[2] and q[3] is not None}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target", "kind"), [
    ("Algeria sealed off the French embassy in Algiers on Tuesday.", "DZA", "FRA", "SANCTION"),
    ("On Tuesday Azerbaijan sealed the Iranian consulate in Nakhchivan.", "AZE", "IRN",
     "SANCTION"),
    ("Turkey withdrew landing rights for the plane of the Dutch foreign minister on Tuesday.",
     "TUR", "NLD", "SANCTION"),
    ("Colombia ordered a 25 percent increase in tariffs on imports from the United States on "
     "Tuesday.", "COL", "USA", "SANCTION"),
    ("India increased duties on imports from Pakistan on Tuesday.", "IND", "PAK", "SANCTION"),
    ("Kenya deployed 400 police officers to Haiti on Tuesday.", "KEN", "HTI", "MOBILIZE"),
    ("On Tuesday the Turkish parliament authorised the deployment of troops to Azerbaijan.",
     "TUR", "AZE", "MOBILIZE"),
    ("New Zealand announced NZ$1 million in humanitarian funding for Vanuatu on Tuesday.",
     "NZL", "VUT", "AID"),
])
def test_deeds_without_their_usual_verb(coded: Coded, text: str, source: str, target: str,
                                        kind: str) -> None:
    assert kind in _types(coded(text, PUB), source, target)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target", "kind"), [
    ("Two New Zealand navy ships reached Suva on Tuesday carrying water, food and relief "
     "supplies for Fiji.", "NZL", "FJI", "AID"),
    ("An Indian navy ship arrived in Male on Tuesday with relief supplies for the Maldives.",
     "IND", "MDV", "AID"),
    ("The first Turkish aid convoy crossed into Syria on Tuesday.", "TUR", "SYR", "AID"),
    ("The first planes with Russian paratroopers landed in Kazakhstan on Tuesday.", "RUS",
     "KAZ", "MOBILIZE"),
])
def test_a_vehicle_arriving_with_relief_or_troops(coded: Coded, text: str, source: str,
                                                  target: str, kind: str) -> None:
    types = _types(coded(text, PUB), source, target)
    assert kind in types
    assert "CONSULT" not in types  # a ship's voyage is no visit


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Colombian President Gustavo Petro said on Tuesday that he would not authorise the "
     "landing of two U.S. military aircraft.", "COL", "USA"),
    ("Brazil said on Tuesday it would not allow the Venezuelan plane to land in Sao Paulo.",
     "BRA", "VEN"),
    ("Nauru said on Tuesday it no longer recognises Taiwan as a separate country.", "NRU", "TWN"),
])
def test_a_refusal_said_as_a_negated_permission(coded: Coded, text: str, source: str,
                                                target: str) -> None:
    assert "REJECT" in _types(coded(text, PUB), source, target)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police sealed off a street near the stadium in Lyon on Tuesday after a fire.",
    "Air India ordered 40 new aircraft from Boeing on Tuesday.",
    "A French frigate docked in Sydney on Tuesday for a naval festival.",
    "A cargo ship carrying cars arrived in Durban on Tuesday.",
    "A plane carrying Brazil's football team landed in Buenos Aires on Tuesday.",
    "The Kenyan parliament approved 20 million dollars for a road project in Nakuru on Tuesday.",
    "Poland said on Tuesday that Russia would not allow Ukrainian grain to transit its "
    "territory.",
    "Mexico said on Tuesday it had not received any request from Ecuador.",
    "Peru said on Tuesday it would not allow the Bolivian plane to land if the crew lacked "
    "papers.",
    "Sheinbaum, who took office in October, has said she would not accept U.S. troops on "
    "Mexican soil.",
])
def test_near_misses_hold_no_event(coded: Coded, text: str) -> None:
    assert not _between_states(coded(text, PUB))
