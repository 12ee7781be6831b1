"""Round 23 dates: an act dated by the verb that makes it known, and a charge's deed date.

'announced that it was suspending', 'has decided to recall': the saying or the decision
tells that the act was made known, so it takes the day the plain past would. A date of the
deed a charge names ('accused X of closing the border on 3 January') is not the charge's,
and does not move the report off its news day for the charges told after it.
"""

from __future__ import annotations

import pytest

from dyadwatch import pipeline
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
    text = f"{HEAD}The Government of Ghana has decided to recall its ambassador in Togo."
    assert _dates(text, "SANCTION") == {("GHA", "TGO"): "2024-03-08"}


@pytest.mark.slow
def test_a_decision_looked_back_on_stays_undated() -> None:
    text = f"{HEAD}Years earlier the Government of Ghana had decided to recall its ambassador in Togo."
    assert not any(_dates(text, "SANCTION").values())


@pytest.mark.slow
def test_a_reported_progressive_takes_the_sayings_day() -> None:
    text = (f"{HEAD}The Thai foreign ministry announced that it was suspending all talks with "
            "Cambodia on the fishing accord.")
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
    named = ("The crisis\n\nNothing tested the region more than June 2017. On 5 {m}, Peru "
             "cut its ties with Chile.")
    assert _late(named.format(m="June"), "SANCTION") == {("PER", "CHL"): "2017-06-05"}
    assert _late(named.format(m="March"), "SANCTION") == {("PER", "CHL"): "2019-03-05"}
