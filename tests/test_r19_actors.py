"""Round 19 actor readings: double surnames, a name after a chronology entry's dash, office
holders of 2024-2025, nationality adjectives after their noun, a briefing's unnamed
spokesperson, airports and an attack named again by a bare noun."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]

pytestmark = pytest.mark.slow


def _parties(found: set[Quad]) -> set[str]:
    return {q[1] for q in found} | {q[2] for q in found}


@pytest.mark.parametrize(("text", "a", "b", "stranger"), [
    ("Daniel Garcia-Pena, the ambassador of Colombia, met officials of Kenya on Tuesday.",
     "COL", "KEN", "MEX"),
    ("Martin Vidal-Macron, the ambassador of Chile, met officials of Japan on Tuesday.",
     "CHL", "JPN", "FRA"),
])
def test_double_surname_is_not_the_leader(coded: Coded, text: str, a: str, b: str,
                                          stranger: str) -> None:
    found = coded(text, "2025-04-10")
    assert types_between(found, a, b)
    assert stranger not in _parties(found)


def test_hyphened_pair_of_leaders_still_names_both(coded: Coded) -> None:
    assert "CONSULT" in types_between(
        coded("The Xi-Biden talks ended on Tuesday.", "2024-11-20"), "CHN", "USA")


def test_surname_after_a_chronology_dash(coded: Coded) -> None:
    found = coded("2025\n\nApril 8 - Aoun met Erdogan in Cairo.", "2025-12-01")
    assert ("CONSULT", "LBN", "TUR", "2025-04-08") in found or \
        ("CONSULT", "TUR", "LBN", "2025-04-08") in found


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Luis Gilberto Murillo met Kenyan officials in Nairobi on 8 January.", "COL", "KEN"),
    ("Harini Amarasuriya met Indian officials in Colombo on 8 April.", "LKA", "IND"),
    ("Lin Chia-lung accused China of intimidation on 8 April.", "TWN", "CHN"),
])
def test_office_holders_of_2024_2025(coded: Coded, text: str, a: str, b: str) -> None:
    assert types_between(coded(text, "2025-04-10"), a, b)


def test_private_namesake_is_no_minister(coded: Coded) -> None:
    found = coded("Carlos Murillo, a football coach, met Kenyan officials in Nairobi on 8 April.",
                  "2025-04-10")
    assert "COL" not in _parties(found)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("The spokesman of the government malian accused Côte d'Ivoire on 6 January.", "MLI", "CIV"),
    ("The minister of the foreign affairs senegalese visited Bamako on 6 January.", "SEN", "MLI"),
    ("The government malian accused the authorities ivorian on 6 January.", "MLI", "CIV"),
])
def test_nationality_after_its_noun(coded: Coded, text: str, a: str, b: str) -> None:
    assert types_between(coded(text, "2023-01-08"), a, b)


@pytest.mark.parametrize("text", [
    "The ministers polish their speeches before meeting the Kenyan envoy on 6 January.",
    "The government spanish-language channel criticised Peru on 6 January.",
])
def test_lower_case_word_after_a_noun_is_not_always_a_nationality(coded: Coded, text: str) -> None:
    assert not {"POL", "ESP"} & _parties(coded(text, "2023-01-08"))


def test_briefing_answerer_named_by_the_question(coded: Coded) -> None:
    text = ("Foreign Ministry Spokesperson's Regular Press Conference on April 8, 2025\n\n"
            "Reuters: Officials raised the matter this week. What is China's response?\n\n"
            "Spokesperson: We firmly reject the accusations of Japan.")
    assert "REJECT" in types_between(coded(text, "2025-04-08"), "CHN", "JPN")


def test_briefing_without_a_named_party_stays_silent(coded: Coded) -> None:
    text = ("Foreign Ministry Spokesperson's Regular Press Conference on April 8, 2025\n\n"
            "Reuters: Officials raised the matter this week. Do you have a comment?\n\n"
            "Spokesperson: We reject the accusations of Japan.")
    assert not coded(text, "2025-04-08")


def test_strikes_named_again_belong_to_who_fired(coded: Coded) -> None:
    text = ("Iran's Revolutionary Guards fired missiles at Erbil on Monday. Officials said the "
            "strikes killed four people. Local leaders called for calm. Rescue teams searched "
            "the rubble. On 8 April, Washington condemned the strikes as reckless.")
    assert ("ACCUSE", "USA", "IRN", "2025-04-08") in coded(text, "2025-04-10")


def test_airport_as_a_venue_of_others_is_no_party(coded: Coded) -> None:
    found = coded("The Chinese and Japanese envoys met at Heathrow on 8 April.", "2025-04-10")
    assert "CONSULT" in types_between(found, "CHN", "JPN")
    assert "GBR" not in _parties(found)
