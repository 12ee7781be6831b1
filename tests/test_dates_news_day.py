"""Dating rules: the filing day of wire reports, the news day, clause boundaries and
translated date phrasing. Invented texts, coded with the real spaCy model."""

from collections.abc import Callable
from datetime import date

from dyadwatch.coding.dates import (
    DocumentTime,
    deadline_before,
    document_time,
    resolve_narrative,
    sentence_year,
    when_follows,
)
from dyadwatch.coding.reftime import (
    checked_publication,
    dateline_weekday,
    filing_day,
    past_years,
    stamp_date,
)
from dyadwatch.datetext import find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate, Mention

Code = Callable[..., list[Mention]]
Coded = Callable[..., set[tuple[str, str, str, str | None]]]




def test_filing_year_from_the_weekday_and_the_years_mentioned() -> None:
    text = ("OSLO, Aug 4 (Staff) - The ministry said on Friday it would lift the duties.\n"
            "The duties were imposed in 2020.")
    line = text.split("\n")[0]
    assert dateline_weekday(line) == 4
    assert filing_day(text, line, 8, 4) == date(2023, 8, 4)  # 4 August 2020 was a Tuesday


def test_filing_day_bounded_by_a_stamp_line() -> None:
    text = "Updated 09/02/2019 07:55 GMT\n\nROME, Feb 9 (Staff) - Talks ended on Saturday."
    assert stamp_date(text, 2, 9) == date(2019, 2, 9)  # day first: the order the dateline gives
    assert filing_day(text, "ROME, Feb 9 (Staff) - Talks ended on Saturday.", 2, 9) == \
        date(2019, 2, 9)
    late = "Posted 02/01/2021\n\nROME, Dec 30 (Staff) - They met."
    assert filing_day(late, "ROME, Dec 30 (Staff) - They met.", 12, 30) == date(2020, 12, 30)


def test_deadlines_and_future_years_are_not_the_report_year() -> None:
    text = ("The plan runs until 2031. Elections will be held in 2029. "
            "The 2016 accord still holds.")
    assert past_years(text) == [2016]


def test_metadata_publication_day_is_checked_against_the_text() -> None:
    time = DocumentTime(date(2024, 4, 22), date(2024, 4, 22))
    text = "Headline\n\nIstanbul | 3 May 2024\n\nThe ministry said on Thursday ..."
    fixed = checked_publication(time, text, FuzzyDate(2024, 4, 22), "metadata")
    assert fixed.published == date(2024, 5, 3)
    assert checked_publication(time, text, FuzzyDate(2024, 4, 22), "record") is time
    new_year = DocumentTime(date(2023, 1, 1), date(2023, 1, 1))
    guess = checked_publication(new_year, "They met on March 16 and again on May 7.",
                                FuzzyDate(2023, 1, 1), "metadata")
    assert guess.published is None and guess.now == date(2023, 5, 7)


def test_wire_report_without_publication_date_is_dated_by_its_dateline(coded: Coded) -> None:
    found = coded("ANKARA, Aug 2 (Staff) - Turkish President Recep Tayyip Erdogan met Egyptian "
                  "President Abdel Fattah al-Sisi in Ankara on Wednesday, the first talks since "
                  "2019.")
    assert ("CONSULT", "EGY", "TUR", "2023-08-02") in found


def test_news_day_carries_to_undated_past_sentences(coded: Coded) -> None:
    text = ("Talks in Paris\n"
            "French President Emmanuel Macron met Kenyan President William Ruto in Paris on "
            "Tuesday.\n"
            "Ruto also held talks with Rwandan President Paul Kagame at the hotel.")
    found = coded(text, published="2023-06-23")
    assert ("CONSULT", "KEN", "RWA", "2023-06-20") in found


def test_news_day_stops_when_the_report_turns_to_another_time(code: Code) -> None:
    text = ("Talks in Paris\n"
            "French President Emmanuel Macron met Kenyan President William Ruto in Paris on "
            "Tuesday.\n"
            "In March 2019 the two sides quarrelled over aid.\n"
            "Ruto also held talks with Rwandan President Paul Kagame at the hotel.")
    found = [m for m in code(text, published="2023-06-23") if m.target.code == "RWA"
             or m.source.code == "RWA"]
    assert found and all(m.date is None for m in found)


def test_translated_date_phrasing() -> None:
    (october,) = find_dates("At dawn on 21 October of 2023 year the minister landed")
    assert (october.year, october.month, october.day) == (2023, 10, 21)
    (year,) = find_dates("ties knew during the year 2021 a sharp cooling")
    assert (year.year, year.month) == (2021, None)
    (day,) = find_dates("The 8 of June the presidency announced")
    assert (day.month, day.day) == (6, 8)
    assert resolve_narrative("The day next, Algeria recalled her ambassador",
                             FuzzyDate(2022, 3, 18)) == FuzzyDate(2022, 3, 19)


def test_year_of_the_telling_from_a_year_phrase(kb: KnowledgeBase) -> None:
    text = ("Ties knew during the year 2021 a sharp cooling. In April of 2020 the dispute "
            "started. The 11 of February the note was sent. The 5 of July the accord lapsed.")
    assert document_time(kb, text, None).now == date(2021, 7, 5)


def test_yearless_date_takes_its_own_sentence_year() -> None:
    time = DocumentTime(None, date(2024, 9, 1))
    text = "the last round took place on 4 October of last year"
    (expr,) = find_dates(text)
    assert sentence_year(text, expr, [], time) == 2023
    text = "In 2017 on November 14 the two cabinets published a communique"
    year, day = find_dates(text)
    assert sentence_year(text, day, [year], time) == 2017


def test_date_in_a_relative_clause_yields_to_the_sentence_date(code: Code) -> None:
    found = code("Ecuador suspended the border cooperation pact with Colombia which the two "
                 "governments concluded in 2011, the foreign ministry said on 15 January 2024.")
    dates = {m.date.iso for m in found if m.date is not None}
    assert dates == {"2024-01-15"}


def test_finite_after_clause_is_not_dated_by_the_main_clause(code: Code) -> None:
    found = code("Beijing lodged a protest on Sunday after a U.S. jet shot down a Chinese "
                 "surveillance airship near the coast.", published="2023-02-06")
    assert all(m.date is None for m in found if m.type == "ASSAULT")


def test_look_back_leaves_the_next_day_to_the_story(coded: Coded) -> None:
    text = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang "
            "on 19 June 2024.\n"
            "Their previous meeting was held on 13 September 2023 at the Vostochny cosmodrome.\n"
            "The next day Putin held talks with Vietnamese President To Lam in Hanoi.")
    found = coded(text)
    assert any(t == "CONSULT" and {s, g} == {"RUS", "VNM"} and d == "2024-06-20"
               for t, s, g, d in found)


def test_a_year_named_as_such_dates_a_chronology(kb: KnowledgeBase) -> None:
    text = ("The year 2021 will stay that of the rupture. On 12 January the embargo started. "
            "On 3 March the withdrawal was declared. On 20 May the pact was renounced. "
            "On 19 August the final troops departed.")
    assert document_time(kb, text, None).now == date(2021, 8, 19)
    assert document_time(kb, "Elections will be held in 2027. On 9 January they met.",
                         None).now is None


def test_deadlines_do_not_date_events(code: Code) -> None:
    found = code("Talks\nUS President Joe Biden gave Russian President Vladimir Putin until Friday "
                 "to withdraw the troops.", published="2022-02-16")
    assert found and all(m.date is None or m.date.iso != "2022-02-18" for m in found)
    (year,) = find_dates("a truce by the close of the year 2018")
    assert year.year == 2018 and deadline_before("a truce by the close of the year ")


def test_since_date_with_a_when_clause_dates_that_clause() -> None:
    text = "Relations have been frozen since September 2023, when Ottawa accused New Delhi."
    (expr,) = find_dates(text)
    assert when_follows(text, expr)
    assert not when_follows("his first visit since December 2017, and talks", find_dates(
        "his first visit since December 2017, and talks")[0])
