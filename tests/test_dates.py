from datetime import date

from dyadwatch.coding.dates import (
    DocumentTime,
    clause_offset,
    document_time,
    resolve_absolute,
    resolve_narrative,
    resolve_publication_relative,
    shift,
)
from dyadwatch.datetext import find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate


def test_yearless_date_is_never_after_publication() -> None:
    time = DocumentTime(date(2021, 4, 23), date(2021, 4, 23))
    (march,) = find_dates("on March 6")
    (june,) = find_dates("on June 30")
    assert resolve_absolute(march, time, future=False) == FuzzyDate(2021, 3, 6)
    assert resolve_absolute(june, time, future=False) == FuzzyDate(2020, 6, 30)


def test_relative_to_publication() -> None:
    friday = date(2021, 4, 23)
    assert resolve_publication_relative("said last week", friday, False)[0] == FuzzyDate(2021, 4)
    tuesday = resolve_publication_relative("met on Tuesday", friday, False)[0]
    assert tuesday == FuzzyDate(2021, 4, 20)
    assert resolve_publication_relative("late last year", friday, False)[0] == FuzzyDate(2020)


def test_relative_to_narrative() -> None:
    before = FuzzyDate(2022, 4, 27)
    assert resolve_narrative("A day later, they spoke", before) == FuzzyDate(2022, 4, 28)
    assert resolve_narrative("Two weeks later, they spoke", before) == FuzzyDate(2022, 5, 11)
    assert resolve_narrative("2 days before the start of the war", FuzzyDate(2022, 2, 24)) == \
        FuzzyDate(2022, 2, 22)
    assert resolve_narrative("a day later", FuzzyDate(2022, 4)) is None


def test_reference_year_without_publication_date(kb: KnowledgeBase) -> None:
    text = ("After Russia's February 24 invasion of Ukraine things changed. The meetings began on "
            "December 15. On March 15 they spoke. On June 24 they met.")
    time = document_time(kb, text, None)
    assert time.published is None and time.now == date(2022, 6, 24)
    (december,) = find_dates("on December 15")
    assert resolve_absolute(december, time, future=False) == FuzzyDate(2021, 12, 15)


def test_undeterminable_year_stays_unknown(kb: KnowledgeBase) -> None:
    time = document_time(kb, "They met on March 15.", None)
    (march,) = find_dates("on March 15")
    assert resolve_absolute(march, time, future=False) is None


def test_offset_that_introduces_a_clause() -> None:
    offset = clause_offset("The visit came two days after the ministers met in Geneva.")
    assert offset is not None and (offset.count, offset.unit, offset.sign) == (2, "day", 1)
    assert clause_offset("Two days after, they met again.") is None
    assert shift(FuzzyDate(2021, 3, 1), -2, "day") == FuzzyDate(2021, 2, 27)
