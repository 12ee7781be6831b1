"""Date rules: coordinated clauses, 'of past year', past relative clauses under a
future, 'until' spans, and live-blog clock lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]
PUB = "2024-03-14"


@pytest.mark.parametrize(("text", "expected"), [
    ("In May 2021 Greece and Turkey held talks in Athens, and in June they signed a "
     "memorandum.", ("CONSULT", "TUR", "GRC", "2021-05")),
    ("On 3 April 2022 Japan protested to China, and on 5 April Tokyo summoned the Chinese "
     "ambassador.", ("PROTEST", "JPN", "CHN", "2022-04-05")),
    ("Poland expelled a Russian diplomat in January 2023 and in March Warsaw closed the "
     "Russian consulate.", ("SANCTION", "POL", "RUS", "2023-03")),
    ("Last March Serbia met Kosovo in Brussels, while in May the two sides signed a deal in "
     "Ohrid.", ("CONSULT", "SRB", "XKX", "2023-03")),
])
def test_date_governs_its_own_coordinated_clause(coded: Coded, text: str,
                                                 expected: Quad) -> None:
    assert expected in coded(text, PUB)


def test_other_clause_date_does_not_leak(coded: Coded) -> None:
    found = coded("In May 2021 Greece and Turkey held talks in Athens, and in June they "
                  "signed a memorandum.", PUB)
    assert ("CONSULT", "TUR", "GRC", "2021-06") not in found


def test_reported_saying_is_no_clause_of_its_own(coded: Coded) -> None:
    found = coded("Japan summoned the Chinese ambassador, and the foreign ministry said "
                  "on Friday that Tokyo would protest.", PUB)
    assert ("PROTEST", "JPN", "CHN", "2024-03-08") in found


@pytest.mark.parametrize("wording", [
    "in March of past year", "in March of the past year", "in March of the previous year",
    "in March of last year", "in March of the preceding year",
])
def test_machine_translated_last_year(coded: Coded, wording: str) -> None:
    found = coded(f"Iran and Iraq signed a security agreement {wording}.", PUB)
    assert ("AGREE", "IRN", "IRQ", "2023-03") in found


def test_past_relative_clause_is_not_planned_by_the_main_future(coded: Coded) -> None:
    found = coded("The French side will deliver howitzers to Armenia, on which the contract "
                  "was signed by Armenia and France in June of past year.", PUB)
    assert ("AGREE", "ARM", "FRA", "2023-06") in found


def test_future_event_stays_planned(coded: Coded) -> None:
    found = coded("Russia and Iran will sign a pact in June.", PUB)
    assert ("AGREE", "IRN", "RUS", "2023-06") not in found
    assert ("AGREE", "RUS", "IRN", "2023-06") not in found


@pytest.mark.parametrize("text", [
    "India and China clashed repeatedly until the troops withdrew in February 2021.",
    "India and China clashed along the border until the talks ended in February 2021.",
])
def test_until_clause_dates_the_end_not_the_span(coded: Coded, text: str) -> None:
    assert not any(q[3] == "2021-02" and q[0] == "FIGHT" for q in coded(text, PUB))


LIVE = ("Live: leaders gather in Kyiv\n"
        "09:12 Russian drones struck Odesa overnight, the Ukrainian air force said.\n"
        "09:30 Background: On 3 May 2022 Ukraine expelled Russian diplomats.\n"
        "11:02 - Canada and Ukraine signed a security agreement. Trudeau praised Zelensky.\n"
        "14:45 GMT: Poland summoned the Russian ambassador.")


@pytest.mark.parametrize("expected", [
    ("AGREE", "CAN", "UKR", "2024-02-24"),
    ("PROTEST", "POL", "RUS", "2024-02-24"),
    ("SUPPORT", "CAN", "UKR", "2024-02-24"),
])
def test_live_blog_entry_is_publication_day(coded: Coded, expected: Quad) -> None:
    assert expected in coded(LIVE, "2024-02-24")


def test_live_blog_entry_with_own_date_keeps_it(coded: Coded) -> None:
    found = coded(LIVE, "2024-02-24")
    assert ("SANCTION", "UKR", "RUS", "2024-02-24") not in found


def test_this_morning_is_publication_day(coded: Coded) -> None:
    found = coded("Zelensky welcomed Trudeau in Kyiv this morning.", "2024-02-24")
    assert ("CONSULT", "CAN", "UKR", "2024-02-24") in found
