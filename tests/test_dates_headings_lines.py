"""Reference days from heading lines, and dates that belong to a subordinate clause's
event rather than to the main clause's. (A rule dating historic-present chronology
sentences by their entry was tried and withdrawn: on an unseen set it added ten false
events and no true one.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.coding.reftime import heading_date

Coded = Callable[..., set[tuple[str, str, str, str | None]]]


def _dates(coded: Coded, text: str, pair: set[str], published: str | None = None
           ) -> set[str | None]:
    return {q[3] for q in coded(text, published) if {q[1], q[2]} == pair}


@pytest.mark.parametrize(("line", "expected"), [
    ("Itamaraty Palace, Brasília, 14 March 2023", "2023-03-14"),
    ("Geneva, 2 February 2024", "2024-02-02"),
    ("Parliamentary question, answered on 6 June 2023", "2023-06-06"),
    ("Joint statement - 19 October 2022 - Astana", "2022-10-19"),
    ("Transcript | 8 May 2024", "2024-05-08"),
    ("Speech delivered on 21 November 2023", "2023-11-21"),
    ("Office of the President, Nairobi | Thursday, 11 January 2024 | 10:30", "2024-01-11"),
    ("Press release, 04.07.2023", "2023-07-04"),
])
def test_heading_line_dates_the_page(line: str, expected: str) -> None:
    found = heading_date(line)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize("line", [
    "14 March 2023 - Brazil recognises the new government",
    "02.02.2024: Kenya and Somalia sign a border deal",
    "Moscow annexed Crimea on 18 March 2014",
    "The summit opened on 3 May 2024 and closed on 5 May 2024",
    "Relations have been frozen since 12 May 2023. Then came 3 March 2024",
    "Ties soured after 9 September 2022",
])
def test_chronology_and_prose_lines_are_no_heading(line: str) -> None:
    assert heading_date(line) is None


@pytest.mark.parametrize(("heading", "today", "tuesday"), [
    ("Itamaraty Palace, Brasília, 14 March 2023", "2023-03-14", "2023-03-14"),
    ("Parliamentary question, answered on 6 June 2023", "2023-06-06", "2023-06-06"),
    ("Nairobi, State House, 11 January 2024", "2024-01-11", "2024-01-09"),
    ("Transcript, 8 May 2024", "2024-05-08", "2024-05-07"),
    ("Statement issued on 21 November 2023", "2023-11-21", "2023-11-21"),
])
def test_heading_line_resolves_relative_days(coded: Coded, heading: str, today: str,
                                             tuesday: str) -> None:
    text = (f"Foreign affairs update\n{heading}\n"
            "Today Japan's prime minister met the Indian prime minister in the capital.\n"
            "On Tuesday, Russia signed a grain agreement with Egypt.")
    assert _dates(coded, text, {"JPN", "IND"}) == {today}
    assert _dates(coded, text, {"RUS", "EGY"}) == {tuesday}


def test_timeline_line_is_no_reference_day(coded: Coded) -> None:
    text = ("Foreign affairs update\n"
            "14 March 2023 - Brazil recognises the new government of Peru.\n"
            "Today Japan's prime minister met the Indian prime minister in the capital.")
    assert _dates(coded, text, {"JPN", "IND"}) != {"2023-03-14"}


@pytest.mark.parametrize(("text", "pair", "expected"), [
    ("Last week, the US imposed sanctions on Iran after Tehran launched a satellite on "
     "2 May 2023.", {"USA", "IRN"}, "2023-07"),
    ("On Monday, Japan protested to China when Chinese ships entered its waters on "
     "2 May 2023.", {"JPN", "CHN"}, "2023-07-17"),
    ("Earlier this month, Poland summoned the Belarusian envoy after Minsk shut the border "
     "on 12 June 2023.", {"POL", "BLR"}, "2023-07"),
    ("France recalled its ambassador from Niger on Friday, after the junta ordered him out "
     "on 26 June 2023.", {"FRA", "NER"}, "2023-07-14"),
    ("Yesterday Canada criticised India, since New Delhi had expelled a diplomat on "
     "1 May 2023.", {"CAN", "IND"}, "2023-07-19"),
])
def test_clause_date_is_not_the_main_clause_date(coded: Coded, text: str, pair: set[str],
                                                 expected: str) -> None:
    assert _dates(coded, text, pair, "2023-07-20") == {expected}


@pytest.mark.parametrize(("text", "pair", "expected"), [
    ("Putin met Erdogan on 4 September 2023 after arriving in Sochi.", {"RUS", "TUR"},
     "2023-09-04"),
    ("The EU condemned Iran when Tehran seized a tanker on 3 March 2024.", {"EU", "IRN"},
     "2024-03-03"),
    ("Germany expelled two Russian diplomats after Moscow closed a German consulate on "
     "5 June 2023.", {"DEU", "RUS"}, "2023-06-05"),
])
def test_main_clause_without_its_own_time_keeps_the_date(coded: Coded, text: str,
                                                         pair: set[str], expected: str) -> None:
    assert expected in _dates(coded, text, pair)
