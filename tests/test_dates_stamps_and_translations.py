"""Dates: bare clock stamps, the publication day's own blog heading,
translated relative days, 'during the visit', and release or briefing stamp lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.coding.dayonly import day_only
from dyadwatch.coding.pubrelative import resolve_publication_relative
from dyadwatch.coding.reftime import place_date, title_date
from dyadwatch.coding.tense import CLOCK
from dyadwatch.records import FuzzyDate

Coded = Callable[..., set[tuple[str, str, str, str | None]]]


@pytest.mark.parametrize(("line", "stamp"), [
    ("09:30 Estonia summons the Russian ambassador", True),
    ("10.15 Poland expels a Belarusian diplomat", True),
    ("7:05 \"We condemn this\", says Oslo", True),
    ("9.30am Moscow recalls its envoy", True),
    ("14:05 - Cairo and Khartoum sign a pact", True),
    ("3.50 million people fled the region", False),
    ("12.30 percent of the vote went to him", False),
    ("25.10 Something odd", False),
])
def test_clock_stamp_needs_no_separator(line: str, stamp: bool) -> None:
    assert (CLOCK.match(line) is not None) is stamp


@pytest.mark.parametrize(("entry", "expected"), [
    ("09:30 Estonia summons the Russian ambassador over the airspace breach",
     ("PROTEST", "EST", "RUS", "2024-03-20")),
    ("10.15 Norway expels two Russian diplomats",
     ("SANCTION", "NOR", "RUS", "2024-03-20")),
    ("11:50 Latvia condemns the Russian drone incursion",
     ("ACCUSE", "LVA", "RUS", "2024-03-20")),
    ("23:15 Iran launches drones and missiles at Israel, the Israeli military says",
     ("ASSAULT", "IRN", "ISR", "2024-03-20")),
])
def test_bare_clock_entry_is_dated(coded: Coded, entry: str,
                                   expected: tuple[str, str, str, str]) -> None:
    text = f"Live: Baltic and Gulf tensions\nUpdated 18:00\n{entry}"
    assert expected in coded(text, "2024-03-20")


@pytest.mark.parametrize("heading", ["Wednesday 20 March 2024", "20 March 2024",
                                     "Wednesday, March 20, 2024"])
def test_publication_day_heading_ends_earlier_section(coded: Coded, heading: str) -> None:
    text = ("Live: the Baltic row\nTuesday 19 March 2024\n"
            "18:20 Lithuania protests to Belarus over the border incident\n"
            f"{heading}\n09:30 Finland summons the Russian ambassador\n"
            "Sweden criticised Russia over the incident.")
    found = coded(text, "2024-03-20")
    assert ("PROTEST", "LTU", "BLR", "2024-03-19") in found
    assert ("PROTEST", "FIN", "RUS", "2024-03-20") in found
    assert ("ACCUSE", "SWE", "RUS", "2024-03-20") in found


@pytest.mark.parametrize(("phrase", "published", "month"), [
    ("last weekend", "2024-03-20", "2024-03"),
    ("over the weekend", "2024-03-18", "2024-03"),
    ("the weekend's summit", "2024-03-17", "2024-03"),
    ("this past weekend", "2024-04-02", "2024-03"),
    ("next weekend", "2024-03-27", "2024-03"),
])
def test_weekend_is_its_month(phrase: str, published: str, month: str) -> None:
    found = resolve_publication_relative(phrase, FuzzyDate.parse(published).start, False)
    assert found is not None and found[0].iso == month


def test_weekend_across_months_is_only_its_year() -> None:
    found = resolve_publication_relative("last weekend", FuzzyDate.parse("2024-07-01").start,
                                         False)  # 29-30 June
    assert found is not None and found[0].iso == "2024-06"
    found = resolve_publication_relative("last weekend", FuzzyDate.parse("2024-06-03").start,
                                         False)  # 1-2 June
    assert found is not None and found[0].iso == "2024-06"
    found = resolve_publication_relative("last weekend", FuzzyDate.parse("2024-09-02").start,
                                         False)  # 31 August - 1 September
    assert found is not None and found[0].iso == "2024"


@pytest.mark.parametrize(("text", "iso"), [
    ("The chancellor received on the past day 12 her Peruvian colleague", "2024-03-12"),
    ("on the 12 of the current month the ministry protested", "2024-03-12"),
    ("the last day 4, both sides signed", "2024-03-04"),
    ("On the 9th of this month, the envoy was summoned", "2024-03-09"),
])
def test_translated_day_of_month(text: str, iso: str) -> None:
    found = day_only(text, [], None, FuzzyDate.parse("2024-03-20").start)
    assert [d.iso for d, _, _ in found] == [iso]


@pytest.mark.parametrize("text", [
    "the 12 members of the council met",
    "on day 12 of the war, shelling resumed",
    "the 12 at the table agreed",
    "on the 25 of the current month the talks will resume",  # after publication
])
def test_not_a_day_of_month(text: str) -> None:
    assert day_only(text, [], None, FuzzyDate.parse("2024-03-20").start) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan imposed new sanctions on Russia the day before yesterday.",
     ("SANCTION", "JPN", "RUS", "2024-03-18")),
    ("The day before yesterday, Ghana signed a trade accord with Togo.",
     ("AGREE", "GHA", "TGO", "2024-03-18")),
    ("On the day of yesterday, Chile protested to Bolivia.",
     ("PROTEST", "CHL", "BOL", "2024-03-19")),
    ("The past Tuesday, China protested to Vietnam over the patrols.",
     ("PROTEST", "CHN", "VNM", "2024-03-19")),
    ("In the early hours of Sunday, Israel struck targets in Lebanon.",
     ("ASSAULT", "ISR", "LBN", "2024-03-17")),
])
def test_translated_relative_days(coded: Coded, sentence: str,
                                  expected: tuple[str, str, str, str]) -> None:
    found = coded(f"Ministry statement\n{sentence}", "2024-03-20")
    assert expected in found
    assert all(q[3] is None or q[3] <= "2024-03-20" for q in found)


@pytest.mark.parametrize("during", ["During the visit", "In the course of the visit",
                                    "During the two-day visit", "On the sidelines of the visit"])
def test_during_the_visit_takes_its_month(coded: Coded, during: str) -> None:
    text = ("Ties between Seoul and Tokyo\n"
            "A thaw began in March 2023, when President Yoon visited Tokyo. "
            f"{during}, Yoon and Prime Minister Kishida agreed to resume summits.")
    assert ("AGREE", "JPN", "KOR", "2023-03") in {
        (t, *sorted((s, g)), d) for t, s, g, d in coded(text)}


def test_during_another_named_occasion_stays_undated(coded: Coded) -> None:
    text = ("Ties between Seoul and Tokyo\n"
            "A thaw began in March 2023, when President Yoon visited Tokyo. "
            "During the talks in Geneva, Yoon and Prime Minister Kishida agreed to resume "
            "summits.")
    assert not any(q[0] == "AGREE" and q[3] == "2023-03" for q in coded(text))


@pytest.mark.parametrize(("blocks", "day"), [
    (["Minister receives Paraguayan colleague", "Buenos Aires, 15 of May of 2024."],
     "2024-05-15"),
    (["Statement on the border", "Moscow, 20 March 2024"], "2024-03-20"),
    (["Minister meets envoy", "Nairobi, March 4, 2024"], "2024-03-04"),
    (["The war at two years", "Kyiv, the talks began on 3 May 2024"], None),
    (["Looking back", "Berlin, Paris and Rome"], None),
    (["Minister holds talks", "2024-03-18 21:30"], "2024-03-18"),
    (["Minister holds talks", "Posted: 18.03.2024 | 21:30"], "2024-03-18"),
    (["Minister holds talks", "Monday, 18 March 2024, 09:12 GMT"], "2024-03-18"),
    (["Minister holds talks", "Updated 18 March 2024"], None),
    (["Minister holds talks", "18 March 2024: Talks open"], None),
])
def test_place_and_date_line_is_the_release_day(blocks: list[str], day: str | None) -> None:
    found = place_date(blocks)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(("blocks", "day"), [
    (["Spokesperson answers journalists' questions", "20 March 2024"], "2024-03-20"),
    (["Media briefing", "Date: 20.03.2024"], "2024-03-20"),
    (["Deputy Minister Q&A with reporters (4 June 2024)", "Text"], "2024-06-04"),
    (["Analysis of the war", "20 March 2024"], None),
    (["Press briefing on Ukraine", "The talks began on 20 March 2024 in Geneva"], None),
])
def test_briefing_date_line_under_title(blocks: list[str], day: str | None) -> None:
    found = title_date(blocks)
    assert (found.isoformat() if found else None) == day


def test_briefing_events_take_the_title_day(coded: Coded) -> None:
    text = ("Spokesperson answers media questions\nDate: 20.03.2024\n"
            "Question: Any comment on the talks?\n"
            "Answer: Yesterday, the Foreign Minister held talks with the Algerian Foreign "
            "Minister in Moscow.\n"
            "Answer: Japan imposed sanctions on Russia the day before yesterday.\n"
            "Back in 2016, Russia and Japan agreed to joint economic activity.")
    found = coded(text)
    assert ("SANCTION", "JPN", "RUS", "2024-03-18") in found
    assert ("AGREE", "RUS", "JPN", "2016") in found or ("AGREE", "JPN", "RUS", "2016") in found


def test_stamp_line_dates_a_translated_report(coded: Coded) -> None:
    text = ("Foreign Minister holds talks with Egyptian counterpart\n2024-03-18 21:30\n"
            "On the afternoon of March 18, Foreign Minister Wang Yi held talks with Egyptian "
            "Foreign Minister Sameh Shoukry in Beijing.\n"
            "Earlier in the day, Vice President Han Zheng met with Shoukry.\n"
            "Recently, China has repeatedly condemned Israel's operations in Gaza.")
    found = coded(text)
    assert ("CONSULT", "CHN", "EGY", "2024-03-18") in {
        (t, *sorted((s, g)), d) for t, s, g, d in found}
    assert not any(q[0] == "ACCUSE" and q[3] is not None for q in found)  # background


def test_newest_first_blog_keeps_each_day(coded: Coded) -> None:
    text = ("Live: latest developments\nWednesday 20 March 2024\n"
            "15:05 Ukraine accuses Russia of striking the port overnight\n"
            "Tuesday 19 March 2024\n20:10 Moldova expels a Russian diplomat\n"
            "Romania condemned Russia over the expulsion of its journalist.")
    found = coded(text, "2024-03-20")
    assert ("ACCUSE", "UKR", "RUS", "2024-03-20") in found
    assert ("SANCTION", "MDA", "RUS", "2024-03-19") in found
    assert ("ACCUSE", "ROU", "RUS", "2024-03-19") in found
