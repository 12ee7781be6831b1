"""The document's own time (round 19): a credit line that names its holder before the year,
a government footer's 'Date modified' as the last resort, a day-first numeric stamp read in
the order the story's months confirm, and a year-month-day date translated word by word;
with the near misses that must give no day."""

from __future__ import annotations

import pytest

from dyadwatch import pipeline
from dyadwatch.clean.pubdate import credit_year, modified_day, numeric_stamp, publication
from dyadwatch.datetext import find_dates
from dyadwatch.records import Document, FuzzyDate, Rejection
from tests.conftest import Quad, quads

LEDE = "Chile on Saturday recalled its ambassador from Bolivia after a border incident."


@pytest.mark.parametrize(("line", "year"), [
    ("(c) North Sea Wire 2017. All rights reserved.", 2017),
    ("© Andes Press Agency 2021", 2021),
    ("Copyright Harbour Wire 2019, all rights reserved", 2019),
    ("Copyright 2023 Nile Wire", 2023),
])
def test_credit_names_its_holder_before_the_year(line: str, year: int) -> None:
    assert credit_year(f"{LEDE}\n\n{line}") == year


@pytest.mark.parametrize("line", [
    "Copyright Amendment Act 2019 was debated in parliament.",
    "© Lagune Infos",
])
def test_a_copyright_topic_or_a_yearless_credit_gives_no_year(line: str) -> None:
    assert credit_year(f"{LEDE}\n\n{line}") is None


def test_yearless_dateline_takes_a_named_credit_year() -> None:
    text = f"SANTIAGO, March 12 (Andes Wire) - {LEDE}\n\n(c) Andes Wire 2017. All rights reserved."
    assert publication(text) == (FuzzyDate(2017, 3, 12), "dateline+copyright")


def _page(footer: str, top: str = "") -> str:
    links = "\n".join(f"- Related item {n}" for n in range(14))
    return f"Readout\n\n{top}Today, the Prime Minister met the President.\n\n{links}\n\n{footer}"


def test_date_modified_footer_is_the_last_resort() -> None:
    assert publication(_page("Date modified: 2025-10-31")) == (FuzzyDate(2025, 10, 31), "modified")
    assert modified_day("Page last updated: 2024-02-09") == FuzzyDate(2024, 2, 9)


def test_a_publication_line_wins_over_the_modified_footer() -> None:
    found = publication(_page("Date modified: 2025-11-03", "Published: 2025-10-31\n\n"))
    assert found is not None and found[0] == FuzzyDate(2025, 10, 31)


def test_day_first_stamp_read_in_the_order_of_the_months_named() -> None:
    text = ("Soldiers return home\n\nPublished the 08/01/2023 at 10h15 | Updated the 08/01/2023 "
            "at 12h40\n\nThe day before, friday the 6 of January, Mali pardoned the soldiers.")
    assert numeric_stamp(text) == FuzzyDate(2023, 1, 8)
    assert publication(text) == (FuzzyDate(2023, 1, 8), "stamp")


def test_a_stamp_that_reads_two_ways_with_no_month_named_gives_no_day() -> None:
    text = "Soldiers return home\n\nPublished the 08/01/2023 at 10h15\n\nMali pardoned them."
    assert numeric_stamp(text) is None
    both = "Row\n\nPublished the 04/03/2023\n\nIn March and in April the talks went on."
    assert numeric_stamp(both) is None


def test_year_month_day_order_translated_word_by_word() -> None:
    found = find_dates("The 2024 year January 24 day, Wang Yi held talks.")
    assert [(e.year, e.month, e.day) for e in found] == [(2024, 1, 24)]
    month = find_dates("in 2019 year September they broke with Taipei")
    assert [(e.year, e.month, e.day) for e in month] == [(2019, 9, None)]


def _pipeline_quads(text: str) -> set[Quad]:
    """Through cleaning too: the page's own time is read there."""
    result = pipeline.process(Document(doc_id="t", source="t", media_type="text", content=text))
    assert not isinstance(result, Rejection)
    return quads(list(result.mentions))


@pytest.mark.slow
def test_events_dated_from_the_named_credit_and_the_word_order() -> None:
    wire = ("ISLAMABAD, March 12 (Harbour Wire) - Pakistan recalled its ambassador from Tehran "
            "on Saturday.\n\n(c) Harbour Wire 2017. All rights reserved.")
    assert ("SANCTION", "PAK", "IRN", "2017-03-11") in _pipeline_quads(wire)
    ymd = "The 2023 year May 9 day, Turkey and Iraq signed a water agreement."
    assert any(q[3] == "2023-05-09" for q in _pipeline_quads(ymd))
