"""Dates and modality in opinion pieces, live blogs, digests and chronologies (invented text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.clean.pubdate import publication
from dyadwatch.datetext import find_dates
from dyadwatch.records import Mention

Coder = Callable[..., set[tuple[str, str, str, str | None]]]
Code = Callable[..., list[Mention]]


@pytest.mark.parametrize("line", [
    "27.09.2020 - Azerbaijan launches an offensive against Armenian positions.",
    "2023-09-19 - Baku begins a military operation in the region.",
    "21 June 2023: Ethiopia and Sudan held talks on the border dispute.",
    "May 3, 2022 - Poland closed the crossing with Belarus at night.",
    "14.02.2019 - Greece and Turkey resume exploratory talks in Athens.",
])
def test_timeline_entry_is_no_publication_date(line: str) -> None:
    assert publication(line + "\n\nMore text follows here.") is None


@pytest.mark.parametrize("line", ["Published: 2024-03-18", "Tuesday, 12 March 2024",
                                  "Posted: 12.03.2024 - 14:05"])
def test_date_line_is_still_publication_date(line: str) -> None:
    found = publication(line)
    assert found is not None and found[0].precision == "day"


@pytest.mark.parametrize(("text", "year", "month"), [
    ("mid-June - Armenia announces plans", None, 6),
    ("Early May: the ministers met", None, 5),
    ("Late March - talks resumed", None, 3),
    ("by mid-July the talks had stalled", None, 7),
    ("Q3 2022 - renewed fighting", 2022, None),
    ("a visit expected in Q1 2025", 2025, None),
    ("results for 2023 H2", 2023, None),
    ("the deal, set for Q4/2021, collapsed", 2021, None),
    ("the visit was scheduled for September", None, 9),
])
def test_parts_of_months_and_quarters(text: str, year: int | None, month: int | None) -> None:
    found = find_dates(text)
    assert found and (found[0].year, found[0].month) == (year, month)


@pytest.mark.parametrize("text", ["Britain voted for May in the leadership race.",
                                  "The Q3 results were weak."])
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2020\nApril - Canberra asks for an inquiry. China accused Australia of manipulation.",
     ("ACCUSE", "CHN", "AUS", "2020-04")),
    ("May 2021 - Beijing imposes duties on wine. Canberra protested to Beijing.",
     ("PROTEST", "AUS", "CHN", "2021-05")),
    ("2024\nmid-June - Yerevan freezes ties. Russia summoned the Armenian ambassador.",
     ("PROTEST", "RUS", "ARM", "2024-06")),
    ("2019\nlate March - Tokyo restricts exports. South Korea accused Japan of retaliation.",
     ("ACCUSE", "KOR", "JPN", "2019-03")),
    ("2023\nmid-October - Armenia accuses Azerbaijan of ethnic cleansing.",
     ("ACCUSE", "ARM", "AZE", "2023-10")),
])
def test_month_entry_dates_its_paragraph(coded: Coder, text: str,
                                         expected: tuple[str, str, str, str]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing denied sending troops, even though Indian officials said Chinese soldiers "
     "clashed with Indian troops in December 2022.", ("FIGHT", "CHN", "IND", "2022-12")),
    ("Russia did not respond, although Ukraine had shelled Belgorod in March 2023.",
     ("ASSAULT", "UKR", "RUS", "2023-03")),
    ("Tokyo never lodged a complaint, because Seoul apologised to Japan in May 2021.",
     ("CONCEDE", "KOR", "JPN", "2021-05")),
    ("Though Egypt condemned Israel in October 2023, it has not cut ties.",
     ("ACCUSE", "EGY", "ISR", "2023-10")),
    ("Moscow refused to comment, even though Kyiv accused Russia of war crimes in April 2022.",
     ("ACCUSE", "UKR", "RUS", "2022-04")),
])
def test_concession_is_asserted(coded: Coder, text: str,
                                expected: tuple[str, str, str, str]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "Paris did not respond although Algeria might recall its envoy from France.",
    "India has not retaliated, although China could block Indian exports.",
    "Hungary will not veto the package even though Poland may criticise Hungary.",
])
def test_concession_keeps_its_own_modal(coded: Coder, text: str) -> None:
    assert not coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("09:10 GMT - Qatar has urged Saudi Arabia to reopen the border.",
     ("REQUEST", "QAT", "SAU", "2017-06-12")),
    ("11:20 GMT - Oman has called on Iran to resume talks.", ("REQUEST", "OMN", "IRN", "2017-06-12")),
    ("14:00 - Turkey has sent troops to Qatar, the defence ministry says.",
     ("MOBILIZE", "TUR", "QAT", "2017-06-12")),
    ("15.30 Egypt has accused Qatar of funding militants.", ("ACCUSE", "EGY", "QAT", "2017-06-12")),
    ("08:05 - Kuwait has offered to mediate between Qatar and Bahrain.",
     ("AGREE", "KWT", "QAT", "2017-06-12")),
])
def test_blog_entry_perfect_is_that_day(coded: Coder, text: str,
                                        expected: tuple[str, str, str, str]) -> None:
    assert expected in coded(text, "2017-06-12")


@pytest.mark.parametrize(("text", "pair", "month"), [
    ("A visit by the Kenyan president to Uganda was scheduled for September.",
     ("KEN", "UGA"), "2024-09"),
    ("Talks between Egypt and Ethiopia are slated for October.", ("EGY", "ETH"), "2024-10"),
    ("Meetings between Serbia and Kosovo were set for 12 June.", ("SRB", "XKX"), "2024-06-12"),
    ("The summit of Turkey and Greece has been pencilled in for December.",
     ("TUR", "GRC"), "2024-12"),
    ("A trip by the Japanese premier to India is scheduled for November.",
     ("JPN", "IND"), "2024-11"),
])
def test_arranged_event_is_planned(code: Code, text: str, pair: tuple[str, str],
                                   month: str) -> None:
    found = [m for m in code(text, "2024-06-01") if {m.source.code, m.target.code} == set(pair)]
    assert found and all(m.status == "planned" for m in found)
    assert {m.date.iso for m in found if m.date} == {month}


@pytest.mark.parametrize("text", [
    "A meeting between the Greek and Turkish ministers was scheduled for September but has "
    "not taken place.",
    "Talks between Egypt and Ethiopia were slated for October but never happened.",
    "A visit by the Kenyan president to Uganda was set for May but did not go ahead.",
])
def test_arranged_event_that_did_not_happen(code: Code, text: str) -> None:
    assert not [m for m in code(text, "2024-06-01") if m.type == "CONSULT"]


def test_arranged_then_held_is_occurred(code: Code) -> None:
    found = code("The talks between Egypt and Ethiopia, which were scheduled for May, took "
                  "place in Cairo on 14 May 2024.", "2024-06-01")
    assert any(m.status == "occurred" and m.type == "CONSULT" for m in found)
