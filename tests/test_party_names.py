"""How parties are named: seats of government, split East Asian names, and places that are
only the scene of a fight with an armed group."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]
PUB = "2024-05-20"  # a Monday


def _pairs(found: set[Quad]) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in found}


@pytest.mark.parametrize(("text", "pair"), [
    ("Pejambon summoned the Australian ambassador on Friday over the fishing dispute.",
     ("IDN", "AUS")),
    ("Kemlu summoned the Malaysian envoy on Friday to explain the border incident.",
     ("IDN", "MYS")),
    ("Dirco summoned the Israeli ambassador on Friday in protest.", ("ZAF", "ISR")),
    ("Villa Somalia accused Ethiopia on Friday of meddling in its internal affairs.",
     ("SOM", "ETH")),
    ("The Tatmadaw shelled Thai territory on Friday, the Thai army said.", ("MMR", "THA")),
    ("Kenya Defence Forces attacked Somali positions on Friday.", ("KEN", "SOM")),
    ("Jubilee House hosted the Nigerian president for talks on Friday.", ("GHA", "NGA")),
    ("Temple Trees hosted the Indian foreign minister for talks on Friday.", ("LKA", "IND")),
])
def test_seats_and_forces_name_their_state(coded: Coded, text: str,
                                            pair: tuple[str, str]) -> None:
    assert {pair, pair[::-1]} & _pairs(coded(text, PUB))


@pytest.mark.parametrize(("text", "agent", "place"), [
    ("Russian forces attacked Syrian rebels near Aleppo on Friday.", "RUS", "SYR"),
    ("Rwandan soldiers attacked M23 rebels near Goma on Friday.", "RWA", "COD"),
    ("Nigerian troops killed twenty jihadists in Niger on Friday.", "NGA", "NER"),
    ("Chadian soldiers killed dozens of Boko Haram militants in Nigeria on Friday.",
     "TCD", "NGA"),
    ("Kenyan troops attacked al-Shabaab in Somalia on Friday.", "KEN", "SOM"),
    ("Turkish jets bombed Kurdish militants in northern Iraq on Friday.", "TUR", "IRQ"),
    ("Colombian troops attacked guerrillas near the Venezuelan border on Friday.",
     "COL", "VEN"),
])
def test_scene_of_a_fight_with_a_group_is_no_party(coded: Coded, text: str, agent: str,
                                                   place: str) -> None:
    assert not {q for q in coded(text, PUB) if {q[1], q[2]} == {agent, place}}


@pytest.mark.parametrize(("text", "pair"), [
    ("Russian forces attacked targets in Ukraine on Friday.", ("RUS", "UKR")),
    ("Russian forces shelled villages near Kharkiv on Friday.", ("RUS", "UKR")),
    ("Thai soldiers attacked Cambodian troops near the border on Friday.", ("THA", "KHM")),
])
def test_places_beside_state_targets_stay_parties(coded: Coded, text: str,
                                                  pair: tuple[str, str]) -> None:
    assert pair in _pairs(coded(text, PUB))


@pytest.mark.parametrize(("text", "pair"), [
    ("Vietnamese Deputy Foreign Minister Do Hung Viet met the Chinese ambassador on Friday.\n"
     "On Saturday, Viet criticised China over the survey ship.", ("VNM", "CHN")),
    ("Vietnamese Deputy Prime Minister Le Minh Khai met the Thai ambassador on Friday.\n"
     "On Saturday, Khai criticised Thailand over the dam.", ("VNM", "THA")),
    ("Chinese Vice Foreign Minister Sun Weidong met the Vietnamese ambassador on Friday.\n"
     "On Saturday, Sun accused Vietnam of provocations at sea.", ("CHN", "VNM")),
    ("Cambodian Defence Minister Tea Seiha met the Thai envoy on Friday.\n"
     "On Saturday, Tea criticised Thailand over the border wall.", ("KHM", "THA")),
])
def test_east_asian_names_are_one_person(coded: Coded, text: str,
                                         pair: tuple[str, str]) -> None:
    found = coded(text, PUB)
    assert ("ACCUSE", pair[0], pair[1], "2024-05-18") in found
