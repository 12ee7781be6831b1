"""Dating events from their context: stamps, headings, digests, narrative years."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.clean.pubdate import publication
from dyadwatch.datetext import find_dates

Coded = Callable[..., set[tuple[str, str, str, str | None]]]


def _dates(coded: Coded, text: str, published: str | None, pair: set[str]) -> set[str | None]:
    return {q[3] for q in coded(text, published) if {q[1], q[2]} == pair}


@pytest.mark.parametrize(("text", "expected"), [
    ("Posted 2023/05/14 10:00", (2023, 5, 14)),
    ("2021.11.03 | Politics", (2021, 11, 3)),
    ("14-05-2023 | 18:40", (2023, 5, 14)),
    ("Updated: 09-25-2022", (2022, 9, 25)),
    ("in spring 2023", (2023, None, None)),
    ("during the summer of 2019", (2019, None, None)),
    ("Autumn 2020 edition", (2020, None, None)),
])
def test_numeric_and_season_dates(text: str, expected: tuple[int | None, ...]) -> None:
    found = find_dates(text)
    assert [(e.year, e.month, e.day) for e in found] == [expected]


@pytest.mark.parametrize("text", [
    "03-04-2023 | 10:00", "the 2022/23 budget", "version 2023.05.14.1", "prices fall 2023 short",
    "He warned that March elections could slip", "She said that May would resign",
])
def test_no_date_read(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize("stamp", ["14-05-2023 | 18:40", "2023/05/14", "Posted 2023/05/14 09:12"])
def test_numeric_stamp_is_publication_day(stamp: str) -> None:
    text = f"World | Europe\n\nLeaders gather in the capital\n\n{stamp}\n\nThe body of the story."
    found = publication(text)
    assert found is not None and found[0].iso == "2023-05-14"


@pytest.mark.parametrize("text", [
    "Review of talks of the two countries in 2021: results\n"
    "On 2 March the ministers of Greece and Turkey met in Athens.\n"
    "They recalled the treaty of 1923 and the accord of 1999.\n"
    "On 9 June the foreign minister of Greece met the foreign minister of Turkey in Ankara.",
    "Outcomes of the dialogue in the spring of 2021\n"
    "On 2 March Greece and Turkey held talks in Athens, citing the convention of 1936.\n"
    "On 9 June the Greek foreign minister visited Turkey.",
])
def test_year_of_a_thing_does_not_move_the_story(coded: Coded, text: str) -> None:
    assert "2021-06-09" in _dates(coded, text, None, {"GRC", "TUR"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Timeline of the crisis\nEvents are listed by month.\nFebruary 2021\n"
     "The foreign minister of France met the foreign minister of Germany in Paris.\n"
     "Outlook\nFrance met Germany again.", {"2021-02", None}),
    ("Chronology\nThe main steps.\nOctober 2019:\nFrance and Germany signed a defence accord.\n"
     "November 2019\nThe German chancellor visited France.", {"2019-10", "2019-11"}),
])
def test_month_line_heads_the_lines_below(coded: Coded, text: str, expected: set[str | None]) -> None:
    assert _dates(coded, text, None, {"FRA", "DEU"}) == expected


def test_page_date_line_is_not_a_section(coded: Coded) -> None:
    body = "France and Germany held talks in Berlin.\nFrance also protested to Germany."
    stamped = f"Readout of the meeting\nMarch 4, 2022\n{body}"
    plain = f"Readout of the meeting\n{body}"
    assert coded(stamped, "2022-03-04") == coded(plain, "2022-03-04")


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("PARIS, March 3 - France and Germany signed an energy accord on Friday.\n"
     "ATHENS, April 20 - Greece and Turkey held talks on Thursday.", "2023-03-03",
     ("2023-03-03", "2023-04-20")),
    ("BERLIN, Nov. 2 - The German chancellor met the French president on Wednesday.\n"
     "ANKARA, Dec. 2 - Turkey's foreign minister met his Greek counterpart on Friday.",
     "2022-11-02", ("2022-11-02", "2022-12-02")),
])
def test_each_digest_item_has_its_own_dateline(coded: Coded, text: str, published: str,
                                               expected: tuple[str, str]) -> None:
    assert expected[0] in _dates(coded, text, published, {"FRA", "DEU"})
    assert expected[1] in _dates(coded, text, published, {"GRC", "TUR"})


@pytest.mark.parametrize("text", [
    "Greece and Turkey fell out in May 2020. At a summit in Brussels that June, Greece and "
    "Turkey agreed to resume talks.",
    "The dispute began in May 2020. Greece and Turkey held talks in Berlin that June, after "
    "months of tension.",
])
def test_that_month_takes_the_year_told(coded: Coded, text: str) -> None:
    assert "2020-06" in _dates(coded, text, "2024-02-01", {"GRC", "TUR"})
