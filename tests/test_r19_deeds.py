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


# round 19b: listing as a sponsor of terror, measures restored, recognition switched, a
# visit put off, a verdict on another's words, and a passive verb's shared agent


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The United States designated Cuba a state sponsor of terrorism on Tuesday.", "USA", "CUB"),
    ("On Tuesday Washington restored the designation of Syria as a state sponsor of terrorism.",
     "USA", "SYR"),
    ("On Tuesday the European Union reimposed sanctions on Iran.", "EU", "IRN"),
    ("Japan restored export restrictions on South Korea on Tuesday.", "JPN", "KOR"),
])
def test_listing_and_restored_measures_sanction(coded: Coded, text: str, source: str,
                                                target: str) -> None:
    assert "SANCTION" in _types(coded(text, PUB), source, target)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "UNESCO designated the old town of Kotor a World Heritage site on Tuesday.",
    "Iraq restored electricity to Basra on Tuesday.",
    "The ministry designated a new spokesman for relations with China on Tuesday.",
])
def test_designating_or_restoring_at_home_is_no_event(coded: Coded, text: str) -> None:
    assert not _between_states(coded(text, PUB))


@pytest.mark.slow
def test_switched_recognition_drops_one_and_backs_the_other(coded: Coded) -> None:
    found = coded("Kiribati switched diplomatic recognition from China to Taiwan on Tuesday.", PUB)
    assert _types(found, "KIR", "CHN") == {"SANCTION"}
    assert _types(found, "KIR", "TWN") == {"SUPPORT"}
    assert not _types(found, "CHN", "TWN") and not _types(found, "TWN", "CHN")


@pytest.mark.slow
def test_switching_a_camp_is_no_switch_of_sides(coded: Coded) -> None:
    assert not _between_states(coded(
        "The Brazilian team switched its training camp from Spain to Portugal on Tuesday.", PUB))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Denmark postponed a visit by the Turkish prime minister on Tuesday.", "DNK", "TUR"),
    ("Norway proposed postponing a visit by the Iranian foreign minister on Tuesday.",
     "NOR", "IRN"),
    ("Japan on Tuesday put off the South Korean foreign minister's trip to Tokyo.", "JPN", "KOR"),
])
def test_putting_off_anothers_visit(coded: Coded, text: str, source: str, target: str) -> None:
    found = coded(text, PUB)
    assert "SANCTION" in _types(found, source, target)
    assert len(_between_states(found)) == 1  # the proposal only, not a planned postponement


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Turkish prime minister postponed his visit to Denmark on Tuesday.",
    "The Chilean minister proposed postponing his trip to Peru on Tuesday.",
    "Storms delayed the visit of the Indian president to Fiji on Tuesday.",
])
def test_putting_off_ones_own_trip_is_no_event(coded: Coded, text: str) -> None:
    assert not _between_states(coded(text, PUB))


@pytest.mark.slow
def test_verdict_on_anothers_remarks_rejects(coded: Coded) -> None:
    found = coded("Dutch Prime Minister Mark Rutte called Erdogan's remarks crazy on Tuesday.", PUB)
    assert "REJECT" in _types(found, "NLD", "TUR")


@pytest.mark.slow
def test_verdict_inside_another_clause_is_not_the_first_speakers(coded: Coded) -> None:
    found = coded('Erdogan called the Netherlands fascist on Tuesday, in remarks Dutch Prime '
                  'Minister Mark Rutte called "crazy".', PUB)
    assert "REJECT" not in _types(found, "TUR", "NLD")


@pytest.mark.slow
def test_passive_agent_is_the_doer_of_the_shared_participle(coded: Coded) -> None:
    found = coded("The Iranian minister, who had flown in from Germany, was stopped by Belgian "
                  "police on Tuesday, declared an undesirable foreigner and escorted to the "
                  "French border.", PUB)
    assert "SANCTION" in _types(found, "BEL", "IRN")
    assert not any("FRA" in (q[1], q[2]) or "DEU" in (q[1], q[2]) for q in found
                   if q[0] == "SANCTION")
