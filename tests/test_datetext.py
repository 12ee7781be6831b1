from dyadwatch.datetext import find_dates


def fields(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(e.year, e.month, e.day) for e in find_dates(text)]


def test_full_dates_in_both_orders() -> None:
    assert fields("Signed on March 15, 2022 and 16 Feb 2023.") == [(2022, 3, 15), (2023, 2, 16)]


def test_range_is_its_first_day() -> None:
    assert fields("On June 23-24, Lavrov will arrive in Baku.") == [(None, 6, 23)]


def test_month_precision_is_kept() -> None:
    assert fields("In July 2022, Baku signed a memorandum.") == [(2022, 7, None)]
    assert fields("The turning point came in May, when") == [(None, 5, None)]


def test_modal_may_and_glued_words_are_not_dates() -> None:
    assert fields("Armenia may buy drones.") == []
    assert fields("took place in Aprilgiving an additional boost") == []


def test_iso_and_all_caps_dateline() -> None:
    assert fields("BAKU, MAY 11 (Wire) - on 2022-05-11") == [(None, 5, 11), (2022, 5, 11)]


def test_dotted_numeric_date_is_day_month_year() -> None:
    assert fields("18.09.2022 | 19:05") == [(2022, 9, 18)]


def test_slashed_dates_only_when_unambiguous() -> None:
    assert fields("Published: 25/09/2023 20:05") == [(2023, 9, 25)]
    assert fields("posted 09/25/2023") == [(2023, 9, 25)]
    assert fields("on 03/04/2022") == []


def test_a_night_across_two_days_is_dated_by_its_second_day() -> None:
    assert fields("In the night from 4 to 5 March 2021 the sides signed") == [(2021, 3, 5)]
    assert fields("talks on 4 to 5 March 2021") == [(2021, 3, 4)]
