"""Trigger wordings found missing when whole invented documents in real genres were coded."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coder = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Washington announced 450 million dollars in military aid to Kyiv.", "USA", "UKR"),
    ("Norway unveiled a fresh aid package for Sudan worth 80 million crowns.", "NOR", "SDN"),
    ("Spain announced an additional weapons package to Ukraine on Monday.", "ESP", "UKR"),
    ("Berlin approved new humanitarian assistance for Jordan.", "DEU", "JOR"),
    ("Tokyo unveiled new military assistance for the Philippines.", "JPN", "PHL"),
])
def test_announced_aid_is_aid(coded: Coder, text: str, giver: str, receiver: str) -> None:
    assert ("AID", giver, receiver) in {q[:3] for q in coded(text, "2024-05-01")}


@pytest.mark.parametrize("text", [
    "Washington announced a new budget for its navy.",
    "Norway declined to unveil any aid package for Sudan.",
])
def test_announcement_without_aid_is_no_aid(coded: Coder, text: str) -> None:
    assert not any(q[0] == "AID" for q in coded(text, "2024-05-01"))


@pytest.mark.parametrize(("text", "downer", "owner"), [
    ("Poland's air force intercepted two Russian drones over its territory.", "POL", "RUS"),
    ("Romanian jets intercepted a Russian drone near the border.", "ROU", "RUS"),
    ("Latvia shot down a Belarusian drone on Sunday.", "LVA", "BLR"),
])
def test_downing_a_partys_drone_is_assault(coded: Coder, text: str, downer: str,
                                          owner: str) -> None:
    assert ("ASSAULT", downer, owner) in {q[:3] for q in coded(text, "2024-05-01")}


@pytest.mark.parametrize("text", [
    "Qatar said its air defences intercepted the missiles fired by Iran.",
    "The coastguard intercepted a smuggling boat.",
    "Latvia did not shoot down the drone.",
])
def test_intercepting_incoming_fire_is_no_assault_by_the_defender(coded: Coder,
                                                                   text: str) -> None:
    assert not any(q[0] == "ASSAULT" and q[1] in ("QAT", "LVA") for q in coded(text, "2024-05-01"))


@pytest.mark.parametrize(("text", "backer", "backed"), [
    ("Estonia stood with Kyiv from the first day.", "EST", "UKR"),
    ("The United Kingdom stands with Israel.", "GBR", "ISR"),
    ("Ireland will always stand with Palestine, the taoiseach said.", "IRL", "PSE"),
])
def test_standing_with_a_party_is_support(coded: Coder, text: str, backer: str,
                                         backed: str) -> None:
    assert "SUPPORT" in types_between(coded(text, "2024-05-01"), backer, backed)


@pytest.mark.parametrize("text", [
    "Macron stood with Scholz at the lectern during the anthem.",
    "Estonia's president stood with his wife outside the cathedral.",
])
def test_standing_beside_someone_is_no_support(coded: Coder, text: str) -> None:
    assert not any(q[0] == "SUPPORT" for q in coded(text, "2024-05-01"))


@pytest.mark.parametrize(("text", "banner", "banned"), [
    ("The United States banned dozens of Chinese apps.", "USA", "CHN"),
    ("India has banned TikTok and other Chinese apps.", "IND", "CHN"),
    ("Russia banned several American websites last week.", "RUS", "USA"),
])
def test_banning_a_partys_apps_is_sanction(coded: Coder, text: str, banner: str,
                                          banned: str) -> None:
    assert ("SANCTION", banner, banned) in {q[:3] for q in coded(text, "2024-05-01")}


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Russia returned the disputed islands to Japan.", "RUS", "JPN"),
    ("Kyrgyzstan handed over two border villages to Tajikistan.", "KGZ", "TJK"),
    ("Sudan ceded the territory to South Sudan in 2011.", "SDN", "SSD"),
])
def test_returning_land_is_concession(coded: Coder, text: str, giver: str,
                                      receiver: str) -> None:
    found = coded(text, "2024-05-01")
    assert ("CONCEDE", giver, receiver) in {q[:3] for q in found}
    assert "CONSULT" not in types_between(found, giver, receiver)


@pytest.mark.parametrize("text", [
    "Armenia agrees to return four border villages to Azerbaijan.",
    "Ecuador returned the seized tanker to Venezuela.",
    "Greece will return the stolen statues to Italy.",
])
def test_returning_something_is_no_visit(coded: Coder, text: str) -> None:
    assert not any(q[0] == "CONSULT" for q in coded(text, "2024-05-01"))


def test_returning_to_a_capital_is_still_travel(coded: Coder) -> None:
    found = coded("The Iranian foreign minister returned to Riyadh on Friday.", "2024-05-01")
    assert "CONSULT" in types_between(found, "IRN", "SAU")


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Morocco and Israel resumed diplomatic ties in December.", "MAR", "ISR"),
    ("Egypt and Qatar reestablished diplomatic relations.", "EGY", "QAT"),
])
def test_resuming_ties_is_agreement(coded: Coder, text: str, a: str, b: str) -> None:
    assert "AGREE" in types_between(coded(text, "2024-05-01"), a, b)
