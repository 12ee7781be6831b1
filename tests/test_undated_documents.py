"""Dating events in documents that carry no publication date: year headings, day-only
chronology entries, coarse narrative steps, answers opened as such, and the day in the
title of a briefing's record. Near misses must stay undated."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


def _dated(found: set[Quad], kind: str, a: str, b: str) -> set[str | None]:
    """The dates coded for one event type between two parties, either way round."""
    return {q[3] for q in found if q[0] == kind and {q[1], q[2]} == {a, b}}


@pytest.mark.parametrize(("text", "kind", "pair", "expected"), [
    ("Notes on Spain and Morocco\n\n2022\n\nSpain summoned the Moroccan ambassador over the "
     "migrants.\n\n2019\n\nMorocco recalled its envoy from Spain.\n",
     "PROTEST", ("ESP", "MAR"), "2022"),
    ("Review of the year\n\n## 2021\n\nChile accused Bolivia of blocking the port.\n",
     "ACCUSE", ("CHL", "BOL"), "2021"),
    ("Relations at a glance\n\n2023:\n\nNorway and Sweden signed a defence accord in "
     "October.\n\n2018:\n\nThe prime ministers spoke about fishing.\n",
     "AGREE", ("NOR", "SWE"), "2023-10"),
    ("Timeline\n\n2020\n\nIn May, Kenya hosted the Somali president in Nairobi.\n\n2016\n\n"
     "Somalia criticised Kenya over the maritime case.\n", "CONSULT", ("KEN", "SOM"), "2020-05"),
])
def test_year_heading_dates_the_lines_below(coded: Coded, text: str, kind: str,
                                            pair: tuple[str, str], expected: str) -> None:
    assert expected in _dated(coded(text), kind, *pair)


@pytest.mark.parametrize(("text", "kind", "pair", "expected"), [
    ("Chronology\n\n## July 2023\n4th: Vietnam protested to China over the fishing boats.\n",
     "PROTEST", ("VNM", "CHN"), "2023-07-04"),
    ("Chronology\n\nMarch 2022\n\n17th - Lithuania expelled the Russian ambassador.\n",
     "SANCTION", ("LTU", "RUS"), "2022-03-17"),
    ("Chronology\n\nNovember 2021\n\n- 9 - Poland accused Belarus of pushing migrants to the "
     "border.\n", "ACCUSE", ("POL", "BLR"), "2021-11-09"),
    ("Key dates\n\n## October 2020\n22nd:\nArmenia and Russia held talks in Moscow.\n",
     "CONSULT", ("ARM", "RUS"), "2020-10"),
])
def test_day_only_entry_takes_its_month_heading(coded: Coded, text: str, kind: str,
                                                pair: tuple[str, str], expected: str) -> None:
    assert expected in _dated(coded(text), kind, *pair)


@pytest.mark.parametrize(("text", "kind", "pair", "expected"), [
    ("In 1994, Lithuania and Poland signed a friendship treaty. Three years later, Poland "
     "signed an agreement with NATO.", "AGREE", ("POL", "NATO"), "1997"),
    ("In March 2022, Finland criticised Russia. Two months later, Finland accused Russia of "
     "cutting the gas.", "ACCUSE", ("FIN", "RUS"), "2022-05"),
    ("On 3 June 2024 Canada expelled an Indian diplomat. The following week, India summoned "
     "the Canadian envoy.", "PROTEST", ("IND", "CAN"), "2024-06"),
    ("On 9 May 2019 Qatar met Oman in Doha. The next month, Qatar signed a trade deal with "
     "Oman.", "AGREE", ("QAT", "OMN"), "2019-06"),
    ("Greece protested to Turkey in 2015. A year later, Turkey accused Greece of violating "
     "the treaty.", "ACCUSE", ("TUR", "GRC"), "2016"),
])
def test_coarse_step_from_the_last_date_told(coded: Coded, text: str, kind: str,
                                             pair: tuple[str, str], expected: str) -> None:
    assert expected in _dated(coded(text), kind, *pair)


@pytest.mark.parametrize(("text", "kind", "pair", "expected"), [
    ("On 3 June 2024 Russia expelled two Estonian diplomats.\n\nIn response, Latvia summoned "
     "the Russian ambassador.", "PROTEST", ("LVA", "RUS"), "2024-06"),
    ("On 11 April 2023 Algeria closed its airspace to Spain.\n\nIn retaliation for the "
     "closure, Morocco summoned the Algerian ambassador.", "PROTEST", ("MAR", "DZA"),
     "2023-04"),
    ("On 5 October 2021 China sent warplanes near Taiwan.\n\nResponding to this, Japan "
     "criticised China.", "ACCUSE", ("JPN", "CHN"), "2021-10"),
])
def test_answer_opened_as_such_takes_the_deeds_month(coded: Coded, text: str, kind: str,
                                                     pair: tuple[str, str],
                                                     expected: str) -> None:
    assert expected in _dated(coded(text), kind, *pair)


@pytest.mark.parametrize(("text", "kind", "pair", "expected"), [
    ("Transcript of the press briefing by the ministry spokesperson, 14 May 2024\n\n"
     "Q: Any comment?\nA: Minister Fidan met the Greek foreign minister in Ankara today.\n",
     "CONSULT", ("TUR", "GRC"), "2024-05-14"),
    ("Remarks to the press after the meeting - 3 June 2023\n\nChile signed a lithium "
     "agreement with Argentina yesterday.\n", "AGREE", ("CHL", "ARG"), "2023-06-02"),
    ("Daily press conference transcript, 8 January 2025\n\nSpokesperson: China lodged a "
     "protest with the Philippines yesterday.\n", "PROTEST", ("CHN", "PHL"), "2025-01-07"),
])
def test_occasion_title_gives_today(coded: Coded, text: str, kind: str,
                                    pair: tuple[str, str], expected: str) -> None:
    assert expected in _dated(coded(text), kind, *pair)


@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("Background\n\n2020\n\nEgypt has accused Ethiopia of unilateral action for years.\n",
     "ACCUSE", ("EGY", "ETH")),
    ("Background\n\n2018\n\nAnalysts note that Sudan and Egypt signed a defence pact long "
     "ago.\n", "AGREE", ("SDN", "EGY")),
    ("Outlook\n\nEgypt may protest to Ethiopia. In response, Ethiopia could reject the "
     "demands of Egypt.\n", "REJECT", ("ETH", "EGY")),
    ("Talks since 24 February 2022: a review\n\nUkraine met Russia in Istanbul today.\n",
     "CONSULT", ("UKR", "RUS")),
])
def test_background_stays_undated(coded: Coded, text: str, kind: str,
                                  pair: tuple[str, str]) -> None:
    assert _dated(coded(text), kind, *pair) <= {None}
