"""Round 21 dates: a look back in a dated report does not end its news day.

A readout's or joint statement's paragraphs tell the day's news. A date that belongs to what
is looked back on (a participle or relative clause describing a noun, or what follows a verb
of memory) must leave the later undated paragraphs on the news day; a date the main clause
gives its own act still moves the report, and 'recalled its ambassador' is no memory.
"""

from __future__ import annotations

import pytest

from dyadwatch import pipeline
from dyadwatch.records import Document, FuzzyDate, Mention

LEDE = ("Lusaka, 8 March 2024\n\nToday in Lusaka the President of Zambia met the President "
        "of Malawi, who is on a state visit.\n\n")


def _coded(text: str) -> list[Mention]:
    result = pipeline.process(Document("t", "t", "text", text, published=FuzzyDate(2024, 3, 8)))
    assert hasattr(result, "mentions")
    return list(result.mentions)


def _dates(text: str, kind: str) -> set[str | None]:
    return {m.date.iso if m.date else None for m in _coded(text) if m.type == kind}


@pytest.mark.slow
def test_a_participle_date_on_the_object_keeps_the_news_day() -> None:
    text = (f"{LEDE}The presidents welcomed the port accord between Zambia and Malawi, "
            "signed in Geneva on 12 May 2022.\n\nZambia condemned Russia for the attacks "
            "on its grain ships.")
    assert _dates(text, "ACCUSE") == {"2024-03-08"}


@pytest.mark.slow
def test_a_date_after_a_verb_of_memory_keeps_the_news_day() -> None:
    text = (f"{LEDE}The President of Zambia recalled his own state visit to Malawi in "
            "October last year.\n\nThe President of Zambia condemned Russia for its "
            "cyber attacks.")
    assert _dates(text, "ACCUSE") == {"2024-03-08"}


@pytest.mark.slow
def test_a_that_clause_of_memory_keeps_the_news_day() -> None:
    text = (f"{LEDE}The two presidents recalled that their foreign ministers signed a water "
            "treaty on 4 June 2018.\n\nMalawi condemned Russia for the attacks on its "
            "shipping.")
    assert _dates(text, "ACCUSE") == {"2024-03-08"}


@pytest.mark.slow
def test_near_miss_a_main_clause_day_still_moves_the_report() -> None:
    text = (f"{LEDE}On Monday the foreign ministers of the two countries signed a fisheries "
            "agreement. Zambia also expelled two Russian diplomats.")
    assert "2024-03-04" in _dates(text, "AGREE")
    assert _dates(text, "SANCTION") == {"2024-03-04"}


@pytest.mark.slow
def test_near_miss_recalling_an_ambassador_is_dated_by_its_own_day() -> None:
    text = "Zambia recalled its ambassador from Russia on Tuesday over the detention of a citizen."
    assert _dates(text, "SANCTION") == {"2024-03-05"}


@pytest.mark.slow
def test_a_reported_past_perfect_date_keeps_the_news_day() -> None:
    text = (f"{LEDE}Zambia's army said Russia had bombed two grain depots late on "
            "Monday.\n\nThe President of Zambia condemned Russia for its cyber attacks.")
    assert _dates(text, "ACCUSE") == {"2024-03-08"}
