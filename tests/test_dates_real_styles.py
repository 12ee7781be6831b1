"""Dates as real reports and translations write them: 'before dawn on Thursday', a
fronted day after a lede on a later day, a weekday that pins a yearless date's year,
'of the current year 2025', weekdays in a history with no publication day, and bare
days of the month ('the twenty-ninth of the month', 'the 31st afternoon')."""

from collections.abc import Callable

import pytest

from dyadwatch.coding.dayonly import day_only
from dyadwatch.datetext import find_dates
from dyadwatch.records import FuzzyDate
from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


def dates_of(found: set[Quad], kind: str, a: str, b: str) -> set[str | None]:
    return {q[3] for q in found if q[0] == kind and {q[1], q[2]} == {a, b}}


@pytest.mark.parametrize("text", [
    "Before dawn on Thursday, Pakistani jets struck militant camps inside Iran.",
    "Before daybreak on Thursday, Pakistani jets bombed militant camps inside Iran.",
    "Pakistani jets struck militant camps inside Iran before dawn on Thursday.",
    "Shortly after midnight on Thursday, Pakistani jets struck militant camps inside Iran.",
])
def test_time_of_day_before_a_weekday_keeps_that_day(coded: Coded, text: str) -> None:
    assert dates_of(coded(text, "2024-01-19"), "ASSAULT", "PAK", "IRN") == {"2024-01-18"}


def test_before_an_event_still_gives_no_day(coded: Coded) -> None:
    found = coded("Before talks on Monday, Serbia closed its border with Kosovo.", "2024-01-19")
    assert dates_of(found, "SANCTION", "SRB", "XKX") == {None}


@pytest.mark.parametrize("story", [
    "On Tuesday, Chad ordered French troops to leave. Paris summoned Chad's envoy the same day.",
    "On Tuesday Chad ordered French troops out. France summoned Chad's ambassador that same day.",
    "Early on Tuesday, Chad expelled French troops. The same day, France summoned Chad's envoy.",
])
def test_a_fronted_day_moves_a_story_back_from_its_lede(coded: Coded, story: str) -> None:
    lede = "France and Chad tried to calm their quarrel on Friday, officials said. "
    found = coded(lede + story, "2024-11-29")
    assert dates_of(found, "PROTEST", "FRA", "TCD") == {"2024-11-26"}


@pytest.mark.parametrize("text", [
    "Relations soured in 2023. Ankara recalled its ambassador from Baghdad on 22 April Monday.",
    "Relations soured in 2023. On Monday, 22 April, Ankara recalled its ambassador from Baghdad.",
    "Relations soured in 2023. Ankara recalled its ambassador from Baghdad on 22 April (Monday).",
])
def test_a_weekday_beside_a_yearless_date_pins_its_year(coded: Coded, text: str) -> None:
    assert dates_of(coded(text), "SANCTION", "TUR", "IRQ") == {"2024-04-22"}


def test_a_weekday_that_fits_the_year_changes_nothing(coded: Coded) -> None:
    text = "Relations soured in 2023. Ankara recalled its ambassador from Baghdad on 21 April Friday."
    assert dates_of(coded(text), "SANCTION", "TUR", "IRQ") == {"2023-04-21"}


@pytest.mark.parametrize(("text", "expected"), [
    ("in September of the current year 2025", FuzzyDate(2025, 9)),
    ("in March of this year 2024", FuzzyDate(2024, 3)),
    ("on 9 September of the year 2025", FuzzyDate(2025, 9, 9)),
    ("on the ninth of September of the present year 2024", FuzzyDate(2024, 9, 9)),
    ("on July 4 of the current year 2023", FuzzyDate(2023, 7, 4)),
])
def test_a_year_after_of_the_current_year(text: str, expected: FuzzyDate) -> None:
    (found,) = find_dates(text)
    assert FuzzyDate(found.year or 0, found.month, found.day) == expected


@pytest.mark.parametrize(("second", "expected"), [
    ("On Wednesday the Emir of Qatar received the President of Turkey in Doha.", "2025-09-10"),
    ("In the Wednesday the Emir of Qatar received the President of Turkey in Doha.", "2025-09-10"),
    ("The Emir of Qatar received the President of Turkey in Doha on Saturday.", "2025-09-13"),
    ("On Tuesday the Emir of Qatar received the President of Turkey in Doha.", "2025-09-09"),
])
def test_a_history_goes_forward_to_its_weekdays(coded: Coded, second: str, expected: str) -> None:
    text = "On 9 September 2025 Israeli jets bombed a building in Doha. " + second
    assert dates_of(coded(text), "CONSULT", "QAT", "TUR") == {expected}


def test_last_weekday_in_a_history_stays_unresolved(coded: Coded) -> None:
    text = ("On 9 September 2025 Israeli jets bombed a building in Doha. "
            "Last Monday the Emir of Qatar received the President of Turkey in Doha.")
    assert dates_of(coded(text), "CONSULT", "QAT", "TUR") != {"2025-09-08"}


@pytest.mark.parametrize(("text", "day"), [
    ("And in the twenty-ninth of the month, the minister called", 29),
    ("The 31st afternoon, the two presidents met", 31),
    ("on the twelfth of the month the envoy left", 12),
    ("In the morning of the 14th, the envoys met", 14),
    ("the 3rd of the same month, talks resumed", 3),
])
def test_a_bare_day_of_the_month(text: str, day: int) -> None:
    found = day_only(text, [], FuzzyDate(2025, 8, 30), None)
    assert [f[0] for f in found] == [FuzzyDate(2025, 8, day)]


@pytest.mark.parametrize("text", [
    "on the fifth round of talks", "the 12th round", "the 21st century",
    "the second afternoon session", "On the first morning, they met", "the 5th night of protests",
])
def test_counts_and_ranks_are_no_days(text: str) -> None:
    assert day_only(text, [], FuzzyDate(2025, 8, 30), None) == []
