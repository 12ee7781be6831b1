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


def dated(mentions: list[Mention]) -> set[tuple[str, str, str, str | None]]:
    return {(m.type, m.source.code, m.target.code, m.date.iso if m.date else None)
            for m in mentions}


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


def test_wire_report_without_publication_date_is_dated_by_its_dateline(code: Code) -> None:
    found = code("BAKU, Aug 2 (Staff) - Azerbaijani President Ilham Aliyev met Russian "
                 "President Vladimir Putin in Moscow on Wednesday, the first talks since 2019.")
    assert ("CONSULT", "AZE", "RUS", "2023-08-02") in dated(found)


def test_news_day_carries_to_undated_past_sentences(code: Code) -> None:
    text = ("Talks in Washington\n"
            "US Secretary of State Antony Blinken met Azerbaijani President Ilham Aliyev in "
            "Washington on Tuesday.\n"
            "Aliyev also held talks with Armenian Prime Minister Nikol Pashinyan at the hotel.")
    found = dated(code(text, published="2022-05-13"))
    assert ("CONSULT", "AZE", "ARM", "2022-05-10") in found


def test_news_day_stops_when_the_report_turns_to_another_time(code: Code) -> None:
    text = ("Talks in Washington\n"
            "US Secretary of State Antony Blinken met Azerbaijani President Ilham Aliyev in "
            "Washington on Tuesday.\n"
            "In March 2019 the two sides quarrelled over aid.\n"
            "Aliyev also held talks with Armenian Prime Minister Nikol Pashinyan at the hotel.")
    found = [m for m in code(text, published="2022-05-13") if m.target.code == "ARM"
             or m.source.code == "ARM"]
    assert found and all(m.date is None for m in found)


def test_translated_date_phrasing() -> None:
    (june,) = find_dates("In the night on 19 June of 2024 year the president arrived")
    assert (june.year, june.month, june.day) == (2024, 6, 19)
    (year,) = find_dates("relations lived during the year 2022 a big turn")
    assert (year.year, year.month) == (2022, None)
    (day,) = find_dates("The 8 of June the presidency announced")
    assert (day.month, day.day) == (6, 8)
    assert resolve_narrative("The day next, Algeria recalled her ambassador",
                             FuzzyDate(2022, 3, 18)) == FuzzyDate(2022, 3, 19)


def test_year_of_the_telling_from_a_year_phrase(kb: KnowledgeBase) -> None:
    text = ("The relations lived during the year 2022 a big turn. In May of 2021 the crisis "
            "began. The 18 of March the letter was published. The 8 of June the treaty ended.")
    assert document_time(kb, text, None).now == date(2022, 6, 8)


def test_yearless_date_takes_its_own_sentence_year() -> None:
    time = DocumentTime(None, date(2024, 9, 1))
    text = "the previous meeting was held on 13 September of last year"
    (expr,) = find_dates(text)
    assert sentence_year(text, expr, [], time) == 2023
    text = "In 2015 on December 28 the two governments announced an accord"
    year, day = find_dates(text)
    assert sentence_year(text, day, [year], time) == 2015


def test_date_in_a_relative_clause_yields_to_the_sentence_date(code: Code) -> None:
    found = code("Algeria suspended the friendship treaty with Spain which the two countries "
                 "signed in 2002, the presidency said on 8 June 2022.")
    dates = {m.date.iso for m in found if m.date is not None}
    assert dates == {"2022-06-08"}


def test_finite_after_clause_is_not_dated_by_the_main_clause(code: Code) -> None:
    found = code("China on Sunday protested after a U.S. fighter jet shot down a Chinese balloon "
                 "over the Atlantic.", published="2023-02-06")
    assert all(m.date is None for m in found if m.type == "ASSAULT")


def test_look_back_leaves_the_next_day_to_the_story(code: Code) -> None:
    text = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang "
            "on 19 June 2024.\n"
            "Their previous meeting was held on 13 September 2023 at the Vostochny cosmodrome.\n"
            "The next day Putin held talks with Vietnamese President To Lam in Hanoi.")
    found = dated(code(text))
    assert any(t == "CONSULT" and {s, g} == {"RUS", "VNM"} and d == "2024-06-20"
               for t, s, g, d in found)


def test_a_year_named_as_such_dates_a_chronology(kb: KnowledgeBase) -> None:
    text = ("The year 2022 will remain that of the break. On 9 January the sanctions came. "
            "On 17 February the pull-out was announced. On 2 May the treaty was denounced. "
            "On 15 August the last soldiers left.")
    assert document_time(kb, text, None).now == date(2022, 8, 15)
    assert document_time(kb, "Elections will be held in 2027. On 9 January they met.",
                         None).now is None


def test_deadlines_do_not_date_events(code: Code) -> None:
    found = code("Talks\nUS President Joe Biden gave Russian President Vladimir Putin until Friday "
                 "to withdraw the troops.", published="2022-02-16")
    assert found and all(m.date is None or m.date.iso != "2022-02-18" for m in found)
    (year,) = find_dates("a ceasefire before the end of the year 2019")
    assert year.year == 2019 and deadline_before("a ceasefire before the end of the year ")


def test_since_date_with_a_when_clause_dates_that_clause() -> None:
    text = "Relations have been frozen since September 2023, when Ottawa accused New Delhi."
    (expr,) = find_dates(text)
    assert when_follows(text, expr)
    assert not when_follows("his first visit since December 2017, and talks", find_dates(
        "his first visit since December 2017, and talks")[0])
