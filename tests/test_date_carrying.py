"""Dates a chronology, a readout or a history carries from one line to the next: the year
a yearless chronology turns into, an entry's date cut off by the parser, a press
release's own day, and 'the following year'."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Timeline of relations\n\n2019\n\n3 November: Poland protested to Belarus over the border fence.\n\n"
     "18 December: Belarus accused Poland of provoking migrants.\n\n"
     "9 January: Poland expelled a Belarusian diplomat.",
     ("SANCTION", "POL", "BLR", "2020-01-09")),
    ("Timeline of relations\n\n2017\n\n20 October: Kenya accused Somalia of auctioning oil blocks.\n\n"
     "30 November: Somalia rejected the claim.\n\n"
     "February: Kenya recalled its ambassador from Somalia.",
     ("SANCTION", "KEN", "SOM", "2018-02")),
    ("Timeline of relations\n\n2016\n\n2 December: Japan protested to China over the carrier transit.\n\n"
     "27 December: China accused Japan of provocation.\n\n"
     "14 January: Japan summoned the Chinese ambassador.",
     ("PROTEST", "JPN", "CHN", "2017-01-14")),
])
def test_chronology_turns_the_year(coded: Coded, text: str, expected: Quad) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Timeline of relations\n\n2019\n\n18 December: Belarus accused Poland of provoking "
     "migrants.\n\nPoland said Belarus had expelled a Polish diplomat on 9 January.",
     ("SANCTION", "BLR", "POL", "2020-01-09")),
    ("Notes\n\nIn December 2021 Serbia accused Kosovo of harassing voters.\n\nBackground\n\n"
     "In March, Serbia protested to Kosovo over the arrest of a policeman.",
     ("PROTEST", "SRB", "XKX", "2022-03")),
])
def test_no_year_turn_outside_an_ordered_chronology(coded: Coded, text: str,
                                                    wrong: Quad) -> None:
    assert wrong not in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Timeline of relations\n\n2021\n\n14 November: Foreign Minister Zbigniew Rau met "
     "Lithuanian Foreign Minister Gabrielius Landsbergis in Vilnius.",
     ("CONSULT", "POL", "LTU", "2021-11-14")),
    ("Chronology\n\n2018\n\n11 October: Prime Minister Shinzo Abe visited Beijing.",
     ("CONSULT", "JPN", "CHN", "2018-10-11")),
    ("Timeline of relations\n\n2015\n\n3 March: Egypt protested to Ethiopia over the dam.\n\n"
     "June: President Abdel Fattah al-Sisi visited Addis Ababa.",
     ("CONSULT", "EGY", "ETH", "2015-06")),
])
def test_entry_heading_dates_its_line(coded: Coded, text: str, expected: Quad) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Readout\n\nPrague, 9 May 2023 - The Czech Prime Minister met the Slovak Prime "
     "Minister today.\n\nYesterday Slovakia expelled a Russian diplomat.",
     ("SANCTION", "SVK", "RUS", "2023-05-08")),
    ("Statement of the ministry\n\nWarsaw, Tuesday, 14 March 2023 - Minister spoke to "
     "the press.\n\nLast year, Poland and Ukraine signed a defence agreement.",
     ("AGREE", "POL", "UKR", "2022")),
])
def test_press_release_line_is_today(coded: Coded, text: str, expected: Quad) -> None:
    found = coded(text)
    assert expected in found or (expected[0], expected[2], expected[1], expected[3]) in found


@pytest.mark.parametrize(("text", "expected"), [
    ("In March 2018, Ethiopia and Eritrea began talks. The two countries signed a peace "
     "agreement in July of the following year.", ("AGREE", "ETH", "ERI", "2019-07")),
    ("Greece and North Macedonia began negotiations in 2017. Greece and North Macedonia "
     "signed an accord in June of the next year.", ("AGREE", "GRC", "MKD", "2018-06")),
    ("In 2020 Morocco and Israel agreed to restore ties. Israel and Morocco signed a defence "
     "pact in November the subsequent year.", ("AGREE", "ISR", "MAR", "2021-11")),
])
def test_following_year_counts_from_the_told_year(coded: Coded, text: str,
                                                  expected: Quad) -> None:
    found = coded(text)
    assert expected in found or (expected[0], expected[2], expected[1], expected[3]) in found
