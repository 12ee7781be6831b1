"""Date forms that regional outlets, agencies and ministries print.

Found with bench/constructions/make_dateforms.py: a title-case dateline with the day first
and the agency after a comma ('Astana, 5 March, KAZINFORM -') was not read as a dateline,
so its city became an actor; a page whose record is dated a day after its dateline told
'today' as the record's day; a fronted numeric day with no comma ('On 5.03.2024 South
Africa rejected ...') lost the subject to the date phrase; and a date worn by the occasion
a clause is placed in ('During the March 5-7 forum, X expelled ...') was read as another
noun's date. Near misses keep a date that belongs to another noun ('ahead of the March 15
forum') and a dateline far from the record's day out of the event's date.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.coding.reftime import DATELINE

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
EXPEL = "Poland expelled two Belarusian diplomats"


@pytest.mark.parametrize("line", [
    "Astana, 5 March, KAZINFORM - ",
    "Baku, Azerbaijan, March 5. Trend: ",
    "New Delhi, 12 Dec (PTI): ",
    "Abuja, 25 February 2024 - ",
    "BAKU, March 5 (Reuters) - ",
])
def test_title_case_datelines_are_datelines(line: str) -> None:
    match = DATELINE.match(line + "Poland expelled ...")
    assert match is not None and match.end() <= len(line)


@pytest.mark.parametrize("line", [
    "Moscow, March 5 was a quiet day.",
    "Kazakhstan, 5 March said nothing.",
    "In Astana, 5 March - a holiday - passed quietly.",
    "Tuesday, 5 March: Poland expels a Belarusian diplomat.",
])
def test_prose_is_no_title_case_dateline(line: str) -> None:
    assert DATELINE.match(line) is None


def test_title_case_dateline_city_is_no_actor(coded: Coded) -> None:
    text = f"Astana, 5 March, KAZINFORM - {EXPEL}, officials said."
    assert coded(text, "2024-03-06") == {("SANCTION", "POL", "BLR", "2024-03-05")}


def test_city_opening_prose_stays_an_actor(coded: Coded) -> None:
    text = "Moscow, which hosted talks on Monday, accused Kyiv of shelling the border on Tuesday."
    assert ("ACCUSE", "RUS", "UKR", "2024-03-05") in coded(text, "2024-03-08")


def test_dateline_day_before_the_record_is_the_report_day(coded: Coded) -> None:
    assert coded(f"BAKU, March 5 (Reuters) - {EXPEL}, officials said.", "2024-03-06") == {
        ("SANCTION", "POL", "BLR", "2024-03-05")}
    assert coded(f"YEREVAN, MARCH 5, ARMENPRESS. {EXPEL} today.", "2024-03-06") == {
        ("SANCTION", "POL", "BLR", "2024-03-05")}


def test_dateline_on_the_record_day_changes_nothing(coded: Coded) -> None:
    assert coded(f"BAKU, March 6 (Reuters) - {EXPEL} on Tuesday.", "2024-03-06") == {
        ("SANCTION", "POL", "BLR", "2024-03-05")}


def test_dateline_long_before_the_record_is_no_report_day(coded: Coded) -> None:
    # a record weeks after its dateline is a later posting of an old story, or a wrong
    # dateline: the record's day still resolves the weekday
    assert coded(f"BAKU, February 20 (Reuters) - {EXPEL} on Tuesday.", "2024-03-08") == {
        ("SANCTION", "POL", "BLR", "2024-03-05")}


@pytest.mark.parametrize("text", [
    "On 5.03.2024 South Africa rejected Israeli criticism of its case at the World Court.",
    "On 2024-03-05 South Africa rejected Israeli criticism of its case at the World Court.",
])
def test_fronted_numeric_day_keeps_its_subject(coded: Coded, text: str) -> None:
    assert coded(text, "2024-03-08") == {("REJECT", "ZAF", "ISR", "2024-03-05")}


def test_fronted_ordinal_of_month_keeps_its_subject(coded: Coded) -> None:
    text = "On 5th of March Colombian President Gustavo Petro held talks with Venezuelan " \
        "President Nicolas Maduro in Caracas."
    assert {q[3] for q in coded(text, "2024-03-08") if {q[1], q[2]} == {"COL", "VEN"}} == {
        "2024-03-05"}


@pytest.mark.parametrize("opening", [
    "During the March 5-7 security forum, ",
    "On the sidelines of the 5-7 March summit, ",
    "At the March 5 cabinet session, ",
])
def test_occasion_date_dates_the_clause_inside_it(coded: Coded, opening: str) -> None:
    found = coded(opening + EXPEL + ".", "2024-03-12")
    assert {q[3] for q in found if q[:3] == ("SANCTION", "POL", "BLR")} == {"2024-03-05"}


@pytest.mark.parametrize("text", [
    f"{EXPEL} ahead of the March 15 security forum.",
    f"{EXPEL} after the March 4 elections in the region.",
])
def test_another_nouns_date_does_not_date_the_event(coded: Coded, text: str) -> None:
    dates = {q[3] for q in coded(text, "2024-03-08") if q[:3] == ("SANCTION", "POL", "BLR")}
    assert "2024-03-15" not in dates and "2024-03-04" not in dates
