"""Round 21b dates: day headings and the story's year.

A live blog's clocked entry tells the news of its day heading even when the act is reported
in the present under a past saying; a travel itinerary's 'Tuesday, March 5 - Place' heading
dates the meetings below it; an undated long read gives a yearless month the year its story
stands in rather than the latest year it names. Near misses keep the old behaviour.
"""

from __future__ import annotations

import pytest

from dyadwatch import pipeline
from dyadwatch.coding.coder import _only_a_date
from dyadwatch.records import Document, FuzzyDate, Mention

PUBLISHED = FuzzyDate(2024, 3, 8)


def _coded(text: str, published: FuzzyDate | None = PUBLISHED) -> list[Mention]:
    result = pipeline.process(Document("t", "t", "text", text, published=published))
    assert hasattr(result, "mentions")
    return list(result.mentions)


def _dated(text: str, kind: str, published: FuzzyDate | None = PUBLISHED
           ) -> set[tuple[str, str, str | None]]:
    return {(m.source.code, m.target.code, m.date.iso if m.date else None)
            for m in _coded(text, published) if m.type == kind}


BLOG = ("Live: the row\n\nLast updated: Friday 8 March 2024, 19:00\n\nFriday 8 March\n\n18:40"
        "\n\nMarkets were calm this evening.\n\nMonday 4 March\n\n16:20\n\n")


def test_a_day_and_place_heading_is_a_heading() -> None:
    assert _only_a_date("Tuesday, March 5 - Hanoi, Vietnam", "March 5")
    assert _only_a_date("Tuesday 5 March | Quito", "5 March")
    assert _only_a_date("San Salvador, February 3", "February 3")


def test_a_dated_entry_with_a_clause_is_no_heading() -> None:
    assert not _only_a_date("5 March - Hanoi recalls its envoy.", "5 March")
    assert not _only_a_date("5 March - Warsaw expels two envoys", "5 March")


@pytest.mark.slow
def test_a_reported_present_in_a_blog_entry_takes_the_day_heading() -> None:
    text = (f"{BLOG}Envoy pulled. Foreign Minister Ahmed Attaf announced that Algeria is "
            "withdrawing its ambassador from Spain with immediate effect.")
    assert _dated(text, "SANCTION") == {("DZA", "ESP", "2024-03-04")}


@pytest.mark.slow
def test_a_reported_plan_in_a_blog_entry_stays_undated() -> None:
    text = (f"{BLOG}A warning. Foreign Minister Ahmed Attaf said Algeria will consider "
            "recalling its ambassador from Spain if the detentions go on.")
    assert all(d is None for _, _, d in _dated(text, "SANCTION"))


@pytest.mark.slow
def test_an_itinerary_heading_dates_the_stop() -> None:
    text = ("The Secretary's Week\n\nMarch 8, 2024\n\nSecretary of State Antony Blinken "
            "returned on Thursday from a tour of the region.\n\nTuesday, March 5 - Nairobi, "
            "Kenya\n\nBlinken met the President of Kenya at the presidential palace.")
    assert _dated(text, "CONSULT") == {("USA", "KEN", "2024-03-05")}


@pytest.mark.slow
def test_an_undated_history_keeps_its_story_year() -> None:
    text = ("A long read\n\nFew quarrels have lasted as long as the one between Peru and "
            "Venezuela. Diplomats still argue about who started it. The quarrel turned open on "
            "14 March 2019, when Peru expelled two Venezuelan diplomats.\n\nIn October, Peru "
            "and Venezuela signed a fisheries agreement in Lima.\n\nBy June 2023 the two were "
            "trading again, and in 2024 they reopened flights.")
    assert {d for _, _, d in _dated(text, "AGREE", None)} == {"2019-10"}


@pytest.mark.slow
def test_a_month_well_before_the_story_day_is_not_pulled_into_its_year() -> None:
    text = ("A long read\n\nFew disputes in the Caucasus were as bitter. Diplomats still argue "
            "about who started it. Fighting broke out again in November 2020, when Armenia "
            "accused Azerbaijan of shelling villages.\n\nThe turning point came in May, when "
            "Armenia and Azerbaijan signed a border protocol.\n\nIn June 2023 the two leaders "
            "met again in Brussels.")
    assert "2020-05" not in {d for _, _, d in _dated(text, "AGREE", None)}
