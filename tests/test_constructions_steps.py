"""Narrative steps ('Hours later,', 'Within days,') carry the story's last day, also in an
old story retold in a later article; a step with no dated scene before it dates nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dyadwatch.coding.steps import resolve_narrative
from dyadwatch.datetext import nowruz, solar_dates, solar_to_gregorian, solar_year_before
from dyadwatch.records import FuzzyDate

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
EXPEL = "Poland expelled two Belarusian diplomats."
OLD_SCENE = "Parliament opened an emergency session on 12 September 2023."
STORY_DAY = FuzzyDate(2023, 9, 12)


@pytest.mark.parametrize("step", ["Hours later,", "Within hours,", "By nightfall,",
                                  "Later in the day,", "In the same day,",
                                  "Shortly afterwards,", "Later that day,"])
def test_same_day_steps_keep_the_story_day(step: str) -> None:
    assert resolve_narrative(f"{step} {EXPEL}", STORY_DAY) == STORY_DAY


def test_within_days_says_only_the_month() -> None:
    assert resolve_narrative(f"Within days, {EXPEL}", STORY_DAY) == FuzzyDate(2023, 9)
    late = FuzzyDate(2023, 9, 29)  # days on from the 29th may be next month
    assert resolve_narrative(f"Within days, {EXPEL}", late) is None


def test_no_step_word_no_narrative_date() -> None:
    assert resolve_narrative(f"Hourly updates followed. {EXPEL}", STORY_DAY) is None
    assert resolve_narrative(f"Within the decade, {EXPEL}", STORY_DAY) is None


@pytest.mark.slow
@pytest.mark.parametrize("step", ["Hours later,", "By evening,", "Later in the day,"])
def test_old_story_step_takes_the_story_day(coded: Coded, step: str) -> None:
    assert coded(f"{OLD_SCENE} {step} {EXPEL}", "2024-03-08") == {
        ("SANCTION", "POL", "BLR", "2023-09-12")}


@pytest.mark.slow
def test_step_after_undated_scene_stays_undated(coded: Coded) -> None:
    text = f"Heavy rain flooded several districts of the capital. Hours later, {EXPEL}"
    assert coded(text, "2024-03-08") == {("SANCTION", "POL", "BLR", None)}


@pytest.mark.parametrize(("year", "day"), [(1402, date(2023, 3, 21)), (1403, date(2024, 3, 20)),
                                           (1404, date(2025, 3, 21)), (1399, date(2020, 3, 20))])
def test_nowruz_is_the_equinox_day_in_tehran(year: int, day: date) -> None:
    assert nowruz(year) == day


def test_solar_hijri_months_and_esfand() -> None:
    assert solar_to_gregorian(1402, 12, 15) == date(2024, 3, 5)
    assert solar_to_gregorian(1402, 6, 18) == date(2023, 9, 9)
    assert solar_to_gregorian(1402, 12, 30) is None  # 1402 is a common year
    assert solar_to_gregorian(1403, 12, 30) == date(2025, 3, 20)


def test_yearless_solar_date_takes_the_year_before_now() -> None:
    assert solar_year_before(12, 15, date(2024, 3, 8)) == 1402
    assert solar_year_before(1, 2, date(2024, 3, 8)) == 1402  # 2 Farvardin 1403 is ahead
    assert solar_year_before(1, 2, date(2024, 4, 2)) == 1403


@pytest.mark.parametrize("text", ["Tir Hossein, an analyst, said so.",
                                  "The 5 Mehr News Agency reporters left.",
                                  "He bought 15 Bahmani rugs."])
def test_persian_looking_words_are_no_dates(text: str) -> None:
    assert solar_dates(text) == []


@pytest.mark.slow
def test_solar_hijri_date_dates_the_event(coded: Coded) -> None:
    assert coded(f"{EXPEL[:-1]} on Tuesday 15 Esfand, state media reported.",
                 "2024-03-08") == {("SANCTION", "POL", "BLR", "2024-03-05")}
    assert coded(f"{EXPEL[:-1]} on 15 Esfand 1402, state media reported.",
                 "2024-03-20") == {("SANCTION", "POL", "BLR", "2024-03-05")}


@pytest.mark.slow
def test_overnight_after_an_old_story_day_is_that_night(coded: Coded) -> None:
    assert coded(f"{OLD_SCENE} Overnight, {EXPEL}", "2024-03-08") == {
        ("SANCTION", "POL", "BLR", "2023-09-13")}


@pytest.mark.slow
def test_overnight_after_a_background_date_is_the_reports_night(coded: Coded) -> None:
    text = (f"The dispute dates back to a treaty signed on 12 September 2019. Officials met "
            f"again this week. Overnight, {EXPEL}")
    assert coded(text, "2024-03-08") == {("SANCTION", "POL", "BLR", "2024-03-08")}
    recent = f"Parliament opened an emergency session on 6 March. Overnight, {EXPEL}"
    assert ("SANCTION", "POL", "BLR", "2023-09-13") not in coded(recent, "2024-03-08")


def test_a_yearless_30_esfand_is_kept_for_a_leap_year_to_resolve() -> None:
    found = solar_dates("on 30 Esfand the ministers met")
    assert [e.solar for e in found] == [(12, 30)]
    assert solar_year_before(12, 30, date(2025, 3, 25)) == 1403  # 30 Esfand 1403 = 20 Mar 2025
    assert solar_to_gregorian(1403, 12, 30) == date(2025, 3, 20)
