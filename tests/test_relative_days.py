"""Dates wire copy gives relative to its own day or to the story: yearless months told in
the past, night-time phrases, chronology years and narrative steps past the page's day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coder = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "quad"), [
    ("Canada suspended its trade mission to India in September.",
     ("SANCTION", "CAN", "IND", "2023-09")),
    ("Germany recalled its ambassador from Turkey in late September.",
     ("SANCTION", "DEU", "TUR", "2023-09")),
    ("France expelled two Russian diplomats last September.",
     ("SANCTION", "FRA", "RUS", "2023-09")),
    ("Two Indian diplomats were expelled by Canada in September.",
     ("SANCTION", "CAN", "IND", "2023-09")),
    ("Kenya hosted the Somali president on 12 September.",  # the guest's visit: guest first
     ("CONSULT", "SOM", "KEN", "2023-09-12")),
    ("Brazil and Argentina signed a trade pact in early October.",
     ("AGREE", "BRA", "ARG", "2023-10")),
])
def test_past_tense_month_after_publication_is_last_year(coded: Coder, text: str,
                                                         quad: Quad) -> None:
    assert quad in coded(text, "2024-08-20")


@pytest.mark.parametrize(("text", "quad"), [
    ("Japan said it would host the South Korean president in September.",
     ("CONSULT", "KOR", "JPN", "2024-09")),
    ("Turkey and Greece agreed to meet in September.", ("CONSULT", "TUR", "GRC", "2024-09")),
    ("India will hold talks with Bangladesh in September.", ("CONSULT", "IND", "BGD", "2024-09")),
    ("Kenya announced it will host the Somali president in September.",
     ("CONSULT", "SOM", "KEN", "2024-09")),
    ("Germany plans to send troops to Lithuania in September.",
     ("MOBILIZE", "DEU", "LTU", "2024-09")),
])
def test_coming_month_still_looks_forward(coded: Coder, text: str, quad: Quad) -> None:
    assert quad in coded(text, "2024-08-20")


@pytest.mark.parametrize("text", [
    "Ukraine shot down Russian drones over Kyiv overnight.",
    "Overnight, Russia attacked Ukrainian ports with missiles.",
    "Syrian forces shelled Turkish positions in the early hours.",
    "In the small hours Israeli jets struck targets in Lebanon.",
    "Pakistan closed its border with Afghanistan earlier today.",
    "India hosted the Chinese foreign minister this morning.",
])
def test_night_and_morning_of_the_report_day(coded: Coder, text: str) -> None:
    dates = {q[3] for q in coded(text, "2024-08-20")}
    assert dates == {"2024-08-20"}


@pytest.mark.parametrize("text", [
    "Russian missiles struck Kharkiv last night.",
    "Israeli jets struck Lebanon late last night.",
])
def test_last_night_is_the_day_before(coded: Coder, text: str) -> None:
    assert {q[3] for q in coded(text, "2024-08-20")} == {"2024-08-19"}


def test_overnight_into_a_named_day_keeps_the_day(coded: Coder) -> None:
    found = coded("Russia attacked Ukrainian cities overnight into Sunday.", "2024-08-20")
    assert {q[3] for q in found} == {"2024-08-18"}


@pytest.mark.parametrize("heading", ["2019", "2019:", "  2019  "])
def test_first_line_year_heads_a_chronology(coded: Coder, heading: str) -> None:
    text = (f"{heading}\n\n14 March: Pakistan expelled an Indian diplomat.\n\n"
            "2 April: India and Pakistan held talks in Geneva.\n")
    found = coded(text)
    assert ("SANCTION", "PAK", "IND", "2019-03-14") in found
    assert ("CONSULT", "IND", "PAK", "2019-04-02") in found or \
        ("CONSULT", "PAK", "IND", "2019-04-02") in found


@pytest.mark.parametrize("text", [
    "Poland closed its border with Belarus on Thursday. Protesters stormed the Pakistani "
    "embassy in Kabul on Monday. Two days after the protest, Pakistan expelled the Afghan envoy.",
    "Poland closed its border with Belarus on Thursday. Three days later, Pakistan expelled "
    "the Afghan envoy.",
])
def test_step_past_the_page_day_is_not_planned(coded: Coder, text: str) -> None:
    found = [q for q in coded(text, "2024-02-09") if q[1] == "PAK"]
    assert all(q[3] is None or q[3] <= "2024-02-09" for q in found)


@pytest.mark.parametrize("vague", [
    "Norway and Russia signed a fisheries deal in the summer.",
    "Ukraine and Moldova signed a transit accord last autumn.",
    "Chile and Peru signed a border protocol during the winter.",
    "Ghana and Togo signed a security pact several years ago.",
    "Kenya and Uganda signed a rail accord in recent months.",
])
def test_vague_time_is_not_the_story_day(coded: Coder, vague: str) -> None:
    text = f"Canada expelled an Indian diplomat on Monday. {vague}"
    found = coded(text, "2024-08-21")
    assert ("SANCTION", "CAN", "IND", "2024-08-19") in found
    assert all(q[3] is None for q in found if q[1] != "CAN")
