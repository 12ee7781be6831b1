"""Pairs that particular frames form: offers between two parties, passive summons, gifts
received from a giver, missions closed abroad, guests from a country, and 'the two sides'
after a meeting reported since the last list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]
DAY = "2024-05-20"


def pairs(found: set[Quad], kind: str) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in found if q[0] == kind}


@pytest.mark.parametrize(("text", "doer", "sides"), [
    ("Qatar offered to mediate between Ethiopia and Eritrea.", "QAT", {"ETH", "ERI"}),
    ("Oman offered to broker a deal between Iran and Saudi Arabia.", "OMN", {"IRN", "SAU"}),
    ("Kenya offered its good offices between Sudan and South Sudan.", "KEN", {"SDN", "SSD"}),
    ("Turkey has offered to host talks between Russia and Ukraine.", "TUR", {"RUS", "UKR"}),
])
def test_offer_between_goes_to_each_side(coded: Coded, text: str, doer: str,
                                         sides: set[str]) -> None:
    agreed = pairs(coded(text, DAY), "AGREE")
    assert {(doer, side) for side in sides} <= agreed
    assert not any(a in sides and b in sides for a, b in agreed)  # no deal between the two


def test_offer_without_parties_forms_no_pair(coded: Coded) -> None:
    assert not coded("Qatar offered to mediate the dispute.", DAY)


@pytest.mark.parametrize(("text", "host", "envoy"), [
    ("The Iranian ambassador was summoned to the ministry in Paris.", "FRA", "IRN"),
    ("Russia's envoy was summoned to the Foreign Ministry in Warsaw on Monday.", "POL", "RUS"),
    ("The Turkish charge d'affaires was summoned to the Greek foreign ministry.", "GRC", "TUR"),
    ("The Japanese ambassador in Seoul was summoned on Monday.", "KOR", "JPN"),
    ("The Chinese ambassador was summoned by the Dutch foreign ministry.", "NLD", "CHN"),
])
def test_passive_summons_is_by_the_host(coded: Coded, text: str, host: str, envoy: str) -> None:
    assert pairs(coded(text, DAY), "PROTEST") == {(host, envoy)}


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Ukraine gets $2bn in aid from Japan.", "JPN", "UKR"),
    ("Kenya received 20 tonnes of food aid from China.", "CHN", "KEN"),
    ("Moldova will receive aid from Romania.", "ROU", "MDA"),
])
def test_received_gift_is_given_by_from(coded: Coded, text: str, giver: str,
                                        receiver: str) -> None:
    found = coded(text, DAY)
    assert pairs(found, "AID") == {(giver, receiver)}
    assert not pairs(found, "CONSULT")  # goods are no visitors


@pytest.mark.parametrize(("text", "closers", "host"), [
    ("Saudi Arabia, UAE close embassies in Doha.", {"SAU", "ARE"}, "QAT"),
    ("Bahrain, Kuwait close their embassies in Tehran", {"BHR", "KWT"}, "IRN"),
    ("Poland closes consulate in St Petersburg.", {"POL"}, "RUS"),
])
def test_closed_mission_acts_against_host(coded: Coded, text: str, closers: set[str],
                                          host: str) -> None:
    assert pairs(coded(text, DAY), "SANCTION") == {(c, host) for c in closers}


@pytest.mark.parametrize("text", [
    "Egypt and Jordan close embassies in Khartoum amid fighting.",
    "France closed its embassy in Niger temporarily for security reasons.",
])
def test_mission_closed_for_safety_is_no_sanction(coded: Coded, text: str) -> None:
    assert not pairs(coded(text, DAY), "SANCTION")


@pytest.mark.parametrize(("text", "host", "guests"), [
    ("Kenya hosted delegations from Sudan and South Sudan in Nairobi on Friday.", "KEN",
     {"SDN", "SSD"}),
    ("China received envoys from Iran and Saudi Arabia in Beijing.", "CHN", {"IRN", "SAU"}),
])
def test_guests_from_a_country_meet_the_host(coded: Coded, text: str, host: str,
                                             guests: set[str]) -> None:
    met = {frozenset(p) for p in pairs(coded(text, DAY), "CONSULT")}
    assert {frozenset((host, g)) for g in guests} <= met


@pytest.mark.parametrize("text", [
    "Tensions between Serbia and Kosovo have risen since the clashes in the north.\n"
    "Egypt's foreign minister met his Jordanian counterpart in Amman on Tuesday.\n"
    "The two sides agreed to coordinate their positions.",
    "Talks between Chile and Peru have stalled for months.\n"
    "Vietnam's president hosted the Thai prime minister in Hanoi on Monday.\n"
    "Both sides agreed to expand rice trade.",
])
def test_two_sides_after_a_meeting_are_those_who_met(coded: Coded, text: str) -> None:
    agreed = {frozenset(p) for p in pairs(coded(text, DAY), "AGREE")}
    assert agreed and all(not pair & {"SRB", "XKX", "CHL", "PER"} for pair in agreed)


@pytest.mark.parametrize(("text", "pair"), [
    ("Serbia and Kosovo swapped detainees on 3 March.", {"SRB", "XKX"}),
    ("Thailand and Cambodia held joint patrols along the border on 3 March.", {"THA", "KHM"}),
    ("Russia and Ukraine exchanged the bodies of fallen soldiers on 3 March.", {"RUS", "UKR"}),
])
def test_two_doers_cooperating_with_each_other_form_the_pair(coded: Coded, text: str,
                                                              pair: set[str]) -> None:
    found = coded(text, "2025-03-05")
    assert any(q[0] == "COOPERATE" and {q[1], q[2]} == pair and q[3] == "2025-03-03"
               for q in found), found


def test_cooperation_with_a_named_partner_keeps_its_direction(coded: Coded) -> None:
    found = coded("Kenya extradited a suspect to Rwanda on 3 March.", "2025-03-05")
    assert ("COOPERATE", "KEN", "RWA", "2025-03-03") in found
