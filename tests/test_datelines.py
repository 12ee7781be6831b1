"""Datelines as regional and translated outlets write them, and past posts in appositions."""

from collections.abc import Callable

import pytest

from dyadwatch.clean.pubdate import publication
from dyadwatch.records import FuzzyDate

from .conftest import Quad

BODY = (" The two delegations spent most of the day on transit fees, grain corridors and the"
        " timetable of the border commission, and they promised to meet again before winter.")


@pytest.mark.parametrize(("top", "expected"), [
    ("Tashkent, 4 June 2024. On Tuesday the ministers met.", FuzzyDate(2024, 6, 4)),
    ("Bishkek, 12 March 2023 (Kabar, machine translation). Within the visit...",
     FuzzyDate(2023, 3, 12)),
    ("DUSHANBE, May 9 (Asia-Plus): Tajikistan said...", FuzzyDate(2022, 5, 9)),
    ("ALMATY, 2 October 2021 - Kazakhstan said...", FuzzyDate(2021, 10, 2)),
])
def test_a_dateline_opening_the_first_paragraph_dates_the_report(top: str,
                                                                 expected: FuzzyDate) -> None:
    text = "Ministers discuss transit\n\n" + top + BODY + "\n\n(c) 2022 Asia-Plus"
    found = publication(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("top", [
    "In Tashkent, 4 June 2024. The ministers met.",
    "On 4 June 2024. The ministers met.",
])
def test_prose_opening_with_a_preposition_is_no_dateline(top: str) -> None:
    found = publication("Ministers discuss transit\n\n" + top + BODY)
    assert found is None or found[1] != "dateline"


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan Foreign Minister Musalia Mudavadi, a former ambassador to Ethiopia, visited Kampala "
     "on Friday.", {("CONSULT", "KEN", "UGA", "2024-10-04")}),
    ("Peru's envoy, once a minister in Bolivia, met Chilean President Gabriel Boric on Friday.",
     {("CONSULT", "PER", "CHL", "2024-10-04")}),
    ("The UN envoy Ian Martin, a former British diplomat, met Nepal's prime minister on Friday.",
     {("CONSULT", "UN", "NPL", "2024-10-04")}),
])
def test_a_past_post_in_an_apposition_names_no_party(coded: Callable[..., set[Quad]], text: str,
                                                    expected: set[Quad]) -> None:
    assert {q for q in coded(text, "2024-10-05") if q[0] == "CONSULT"} == expected


def test_a_present_post_in_an_apposition_still_names_the_party(
        coded: Callable[..., set[Quad]]) -> None:
    found = coded("Rashid Meredov, Turkmenistan's foreign minister, visited Baku on Friday.",
                  "2024-10-05")
    assert ("CONSULT", "TKM", "AZE", "2024-10-04") in found


def test_the_minister_is_the_last_minister_named(coded: Callable[..., set[Quad]]) -> None:
    found = coded("Foreign Minister Bakhtiyor Saidov will visit Ankara next month.\n"
                  "The minister received the Kazakh ambassador on Tuesday.", "2024-10-05")
    assert ("CONSULT", "KAZ", "UZB", "2024-10-01") in found  # the received guest first


def test_the_minister_after_two_parties_ministers_is_no_one(
        coded: Callable[..., set[Quad]]) -> None:
    found = coded("Uzbek Foreign Minister Bakhtiyor Saidov met Kazakh Foreign Minister Murat Nurtleu "
                  "on Monday.\nThe minister later accused Kyrgyzstan of delays.", "2024-10-05")
    assert not {q for q in found if q[0] == "ACCUSE"}
