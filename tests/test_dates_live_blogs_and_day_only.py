"""Dates: live-blog present tense, a weekday beside its full date, and
day-only mentions ('on the 12th') taking their month from context. Invented wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.coding.dayonly import day_only
from dyadwatch.records import FuzzyDate

Coded = Callable[..., set[tuple[str, str, str, str | None]]]


def _dates(found: set[tuple[str, str, str, str | None]], a: str, b: str) -> set[str | None]:
    return {q[3] for q in found if {q[1], q[2]} == {a, b}}


@pytest.mark.parametrize("line", [
    "14:05 - Moscow expels two Estonian diplomats",
    "09:30 - Estonia summons the Russian ambassador over the expulsions",
    "11.15 - Russia expels Estonian envoy in tit-for-tat move",
    "16:20 — Kremlin expels Estonian consul",
])
def test_live_blog_present_takes_the_day(coded: Coded, line: str) -> None:
    found = coded(f"Live: Baltic row deepens\n{line}", "2024-03-20")
    assert _dates(found, "RUS", "EST") == {"2024-03-20"}


@pytest.mark.parametrize("text", [
    "Russia regularly expels Estonian diplomats, officials complain.",
    "Russia would expel Estonian diplomats if the row deepens.",
])
def test_prose_present_or_hypothetical_stays_undated(coded: Coded, text: str) -> None:
    assert "2024-03-20" not in _dates(coded(text, "2024-03-20"), "RUS", "EST")


@pytest.mark.parametrize("text", [
    "Turkey condemned Israel on Friday, 3/8/2024.",
    "Turkey condemned Israel on Friday, March 8, 2024.",
    "Turkey condemned Israel on Friday 8 March.",
    "Turkey condemned Israel on Friday (March 8).",
    "On 8 March (Friday) Turkey condemned Israel.",
])
def test_weekday_beside_a_full_date_takes_the_date(coded: Coded, text: str) -> None:
    assert _dates(coded(text, "2024-03-20"), "TUR", "ISR") == {"2024-03-08"}


@pytest.mark.parametrize("text", [
    "Turkey condemned Israel on Friday, a week after the March 1 talks.",
    "Turkey condemned Israel on Friday over the strike of 2 March.",
])
def test_weekday_apart_from_a_date_counts_back(coded: Coded, text: str) -> None:
    assert _dates(coded(text, "2024-03-20"), "TUR", "ISR") == {"2024-03-15"}


@pytest.mark.parametrize(("text", "published", "day"), [
    ("On March 4, 2024, Japan and South Korea held talks.\n"
     "On the 12th, Japan protested to China over the patrol boats.", "2024-04-20", "2024-03-12"),
    ("Japan protested to China on the 12th of this month.", "2024-04-20", "2024-04-12"),
    ("Japan protested to China on the 9th, officials said.", "2024-04-20", "2024-04-09"),
    ("In February 2023 ties were tense.\nJapan protested to China on the 3rd, "
     "when boats entered its waters.", None, "2023-02-03"),
])
def test_day_only_takes_its_month_from_context(coded: Coded, text: str, published: str | None,
                                               day: str) -> None:
    assert day in _dates(coded(text, published), "JPN", "CHN")


@pytest.mark.parametrize("text", [
    "Japan protested to China on the 3rd floor of the ministry.",
    "Japan protested to China on the 5th anniversary of the incident.",
    "Japan protested to China for the 12th time.",
])
def test_ordinals_that_are_no_day(text: str) -> None:
    assert day_only(text, [], FuzzyDate(2024, 3), None) == []


def test_day_only_without_any_month_stays_undated() -> None:
    assert day_only("Japan protested on the 12th.", [], None, None) == []
    assert day_only("Japan protested on the 25th.", [], None, FuzzyDate(2024, 4, 20).start) == []


@pytest.mark.parametrize(("heading", "month"), [
    ("Week of 12 August 2024", "2024-08"),
    ("Week beginning 5 February 2024:", "2024-02"),
    ("The week of 3 June 2024", "2024-06"),
    ("Week of 29 July 2024", None),  # the week runs into August: no one month
])
def test_week_heading_gives_its_month(coded: Coded, heading: str, month: str | None) -> None:
    found = coded(f"East Asia digest\n{heading}\nJapan protested to China over the boats.")
    assert _dates(found, "JPN", "CHN") == {month}


def test_week_of_inline_gives_the_month(coded: Coded) -> None:
    found = coded("Japan protested to China in the week of 12 August 2024.")
    assert _dates(found, "JPN", "CHN") == {"2024-08"}


@pytest.mark.parametrize("published", ["2024-03-20", None])
def test_live_blog_entries_take_their_day_heading(coded: Coded, published: str | None) -> None:
    found = coded("Live updates: Baltic diplomatic row\nTuesday 19 March 2024\n"
                  "09:10 - Russia expels two Estonian diplomats.\nWednesday, 20 March 2024\n"
                  "08:30 - Latvia condemns Russia over the expulsions.", published)
    assert _dates(found, "RUS", "EST") == {"2024-03-19"}
    assert _dates(found, "LVA", "RUS") == {"2024-03-20"}


def test_wire_copy_with_weekdays_and_a_day_only_mention(coded: Coded) -> None:
    found = coded("Ankara talks end without deal\nANKARA, May 16 (Wire) - Greece had accused "
                  "Turkey of violating its airspace on Monday.\nOn the 9th, Turkey warned "
                  "Greece against militarising the islands.", "2024-05-16")
    assert {(q[0], q[3]) for q in found if {q[1], q[2]} == {"TUR", "GRC"}} >= {
        ("ACCUSE", "2024-05-13"), ("THREATEN", "2024-05-09")}
