"""Round 20 dates: a page with no date of its own, and a date that names another noun's term.

An undated explainer page must not take the first day its prose tells as its publication
day; a dated page keeps its own. A year or term hung on another noun ('the accord of
1996', 'a plan for 2026 to 2030') does not date the act; a time noun ('the morning of 5
March') and the act's own date still do.
"""

from __future__ import annotations

import pytest

from dyadwatch import pipeline
from dyadwatch.clean.article import clean
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document, FuzzyDate, Mention

PROSE = ("<p>Negotiators for the two blocs reached a political agreement in Brussels on"
         " 14 May 2018, after nearly twenty years of talks about tariffs and quotas.</p>")
UNDATED_PAGE = f"""<html><head><title>The trade deal explained</title></head><body>
<h1>The trade deal explained: what you need to know</h1>
<p class="meta">By the Guides Team - 8 min read - Updated 2 weeks ago</p>
{PROSE}
<p>Ratification is still pending in several national parliaments, and farmers in a number
of member states continue to oppose the deal in its present form.</p>
</body></html>"""
DATED_PAGE = f"""<html><head><title>Trade deal news</title></head><body>
<h1>Trade deal news</h1>
<p>Monday, 3 June 2024</p>
{PROSE}
<p>Ratification is still pending in several national parliaments, and farmers in a number
of member states continue to oppose the deal in its present form.</p>
</body></html>"""


def test_an_undated_page_does_not_take_a_day_of_its_prose(kb: KnowledgeBase) -> None:
    result = clean(kb, Document("guide.html", "guide.html", "html", UNDATED_PAGE))
    assert isinstance(result, Article)
    assert result.published is None


def test_a_page_with_a_date_line_keeps_it(kb: KnowledgeBase) -> None:
    result = clean(kb, Document("news.html", "news.html", "html", DATED_PAGE))
    assert isinstance(result, Article)
    assert result.published == FuzzyDate(2024, 6, 3)


def _coded(text: str) -> list[Mention]:
    result = pipeline.process(Document("t", "t", "text", text, published=FuzzyDate(2024, 3, 8)))
    assert not isinstance(result, Exception) and hasattr(result, "mentions")
    return list(result.mentions)


def _dates(text: str, kind: str, trigger: str | None = None) -> set[str | None]:
    return {m.date.iso if m.date else None for m in _coded(text)
            if m.type == kind and trigger in (None, m.trigger)}


@pytest.mark.slow
def test_the_year_of_an_accord_named_does_not_date_the_accusation() -> None:
    text = ("LIMA, March 8 (Wire) - Peru accused Bolivia of a grave breach of the border "
            "accord of the year 1996.")
    assert _dates(text, "ACCUSE") == {"2024-03-08"}


@pytest.mark.slow
def test_the_accord_an_agreement_replaces_does_not_date_it() -> None:
    text = ("SEOUL, March 8 (Wire) - South Korea and Mongolia signed a new mining protocol "
            "that replaces the protocol of 2011.")
    assert _dates(text, "AGREE") == {"2024-03-08"}


@pytest.mark.slow
def test_a_term_for_years_does_not_date_the_signing() -> None:
    text = ("RABAT, March 8 (Wire) - Morocco and Senegal signed a joint action plan for "
            "2027 to 2031.")
    assert _dates(text, "AGREE", "signed") == {"2024-03-08"}


@pytest.mark.slow
def test_a_time_noun_and_the_acts_own_date_still_date_it() -> None:
    assert _dates("Peru expelled two Bolivian diplomats on the morning of 5 March.",
                  "SANCTION") == {"2024-03-05"}
    assert _dates("South Korea and Mongolia signed an accord on 5 March that replaces the "
                  "accord of 2011.", "AGREE") == {"2024-03-05"}


@pytest.mark.slow
def test_the_acts_own_instrument_or_object_keeps_its_of_date() -> None:
    assert _dates("Peru restored diplomatic ties with Bolivia under the accord of January 2021.",
                  "AGREE") == {"2021-01"}
    assert _dates("Peru and Bolivia signed the border declaration of 5 March in Lima.",
                  "AGREE") == {"2024-03-05"}


HISTORY = ("THE LONG READ\n\nThe quarrel is older than most of the diplomats now handling it. "
           "Peru recalled its ambassador from Bolivia on 5 December 2016.\n\n"
           "On 10 February Peru and Bolivia signed a border accord.\n\n"
           "In March 2021 Peru and Bolivia opened a new border crossing.")


@pytest.mark.slow
def test_an_undated_history_goes_on_from_the_last_day_told() -> None:
    result = pipeline.process(Document("h", "h", "text", HISTORY))
    assert hasattr(result, "mentions")
    dates = {m.date.iso for m in result.mentions if m.type == "AGREE" and m.date}
    assert "2017-02-10" in dates


@pytest.mark.slow
def test_a_dated_report_keeps_the_usual_reading_of_a_yearless_day() -> None:
    result = pipeline.process(Document("h", "h", "text", HISTORY, published=FuzzyDate(2024, 3, 8)))
    assert hasattr(result, "mentions")
    dates = {m.date.iso for m in result.mentions if m.type == "AGREE" and m.date}
    assert "2017-02-10" not in dates
