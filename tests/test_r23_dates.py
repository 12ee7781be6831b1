"""Round 23 dates: an act dated by the verb that makes it known, and a charge's deed date.

'announced that it was suspending', 'has decided to recall': the saying or the decision
tells that the act was made known, so it takes the day the plain past would. A date of the
deed a charge names ('accused X of closing the border on 3 January') is not the charge's,
and does not move the report off its news day for the charges told after it.
"""

from __future__ import annotations

import pytest

from dyadwatch import pipeline
from dyadwatch.coding.month_heading import month_review, review_year
from dyadwatch.records import Document, FuzzyDate, Mention

HEAD = "Foreign ministry statement\n\n"
COUNCIL = ("Council hears complaints\n\nThe regional council met on Tuesday to discuss the "
           "crisis.\n\nThe envoy of Peru said the situation was grave. {charge}\n\nThe envoy of "
           "Chile spoke next. She accused Bolivia of arming the rebels.")


def _coded(text: str) -> list[Mention]:
    result = pipeline.process(Document("t", "t", "text", text, published=FuzzyDate(2024, 3, 8)))
    assert not isinstance(result, Exception) and hasattr(result, "mentions")
    return list(result.mentions)


def _dates(text: str, kind: str) -> dict[tuple[str, str], str | None]:
    return {(m.source.code, m.target.code): m.date.iso if m.date else None
            for m in _coded(text) if m.type == kind}


@pytest.mark.slow
def test_a_decision_in_the_present_perfect_takes_the_statements_day() -> None:
    text = f"{HEAD}The Cabinet of Ghana has decided to withdraw its envoy from Togo pending a review."
    assert _dates(text, "SANCTION") == {("GHA", "TGO"): "2024-03-08"}


@pytest.mark.slow
def test_a_decision_looked_back_on_stays_undated() -> None:
    text = f"{HEAD}Years earlier the Cabinet of Ghana had decided to withdraw its envoy from Togo."
    assert _dates(text, "SANCTION") == {("GHA", "TGO"): None}


@pytest.mark.slow
def test_a_reported_progressive_takes_the_sayings_day() -> None:
    text = (f"{HEAD}The Thai cabinet announced that it was suspending cooperation with "
            "Cambodia on river fisheries.")
    assert _dates(text, "SANCTION") == {("THA", "KHM"): "2024-03-08"}


@pytest.mark.slow
def test_a_deed_date_inside_a_charge_does_not_date_it_nor_end_the_news_day() -> None:
    dates = _dates(COUNCIL.format(charge="He accused Bolivia of closing the border on 3 January."),
                   "ACCUSE")
    assert dates.get(("PER", "BOL")) == "2024-03-05"
    assert dates.get(("CHL", "BOL")) == "2024-03-05"


@pytest.mark.slow
def test_a_deed_of_the_last_days_still_dates_the_charge() -> None:
    dates = _dates("Peru accused Bolivia of shelling a border post on Tuesday.", "ACCUSE")
    assert dates == {("PER", "BOL"): "2024-03-05"}


@pytest.mark.slow
def test_a_charge_given_its_own_day_keeps_it() -> None:
    dates = _dates("Peru on Tuesday accused Bolivia of closing the border.", "ACCUSE")
    assert dates == {("PER", "BOL"): "2024-03-05"}


def _late(text: str, kind: str) -> dict[tuple[str, str], str | None]:
    result = pipeline.process(Document("t", "t", "text", text, published=FuzzyDate(2019, 12, 20)))
    assert not isinstance(result, Exception) and hasattr(result, "mentions")
    return {(m.source.code, m.target.code): m.date.iso if m.date else None
            for m in result.mentions if m.type == kind}


@pytest.mark.slow
def test_the_same_day_counts_from_the_date_its_sentence_spells() -> None:
    text = ("Looking back\n\nIn May the Kenyan premier toured the region.\n\nOn 16 September "
            "Senegal recalled its ambassador from Mali, and the same day Ghana signed a trade "
            "pact with Mali; on 2 October Ghana and Senegal signed a port deal.")
    agreements = _late(text, "AGREE")
    assert agreements.get(("GHA", "MLI")) == "2019-09-16"
    assert agreements.get(("GHA", "SEN")) == "2019-10-02"


@pytest.mark.slow
def test_a_day_in_the_month_just_named_takes_its_year_and_another_month_does_not() -> None:
    named = ("The border dispute\n\nNo period strained the alliance harder than March 2016. "
             "On 4 {m}, Peru cut its ties with Chile.")
    assert _late(named.format(m="March"), "SANCTION") == {("PER", "CHL"): "2016-03-04"}
    assert _late(named.format(m="August"), "SANCTION") == {("PER", "CHL"): "2019-08-04"}


@pytest.mark.slow
@pytest.mark.parametrize("lead", [
    "Chile's president marked the anniversary of the March 2016 embargo.",
    "Officials recalled the talks of March 2016 in their speeches.",
])
def test_a_month_year_naming_an_old_event_lends_no_year(lead: str) -> None:
    text = f"The border dispute\n\n{lead} On 4 March, Peru cut its ties with Chile."
    assert _late(text, "SANCTION") == {("PER", "CHL"): "2019-03-04"}


@pytest.mark.slow
def test_a_lone_month_line_heads_no_section() -> None:
    text = ("Trade figures for 2019 were released.\n\nMarch\n\nGhana signed a trade pact with "
            "Togo on the 23rd.")
    assert _dates(text, "AGREE").get(("GHA", "TGO")) not in ("2019-03-23", "2019-03")


def test_a_month_review_needs_two_month_lines_in_order() -> None:
    assert not month_review("Results, 2024\nTurnout was high.\nMay\nThe opposition did well.")
    assert month_review("2019, month by month\nJANUARY\nA visit.\nMarch:\nA treaty.")
    assert review_year("Trade figures for 2019 were released.\n2021 in review\nMARCH\nA pact.") \
        == 2021


@pytest.mark.slow
def test_a_charge_put_back_then_keeps_its_deeds_day() -> None:
    text = "Back then, Peru accused Bolivia of shutting its consulate on 3 May 2023."
    assert _dates(text, "ACCUSE") == {("PER", "BOL"): "2023-05-03"}


@pytest.mark.slow
def test_an_old_charge_in_an_old_story_takes_the_storys_day() -> None:
    text = ("On 2 March 2023 Peru recalled its ambassador from Bolivia. Peru accused Bolivia of "
            "seizing the trucks on 14 February 2023.")
    assert _dates(text, "ACCUSE") == {("PER", "BOL"): "2023-03-02"}
