"""Dates a page's layout gives its text: gallery captions, bare month headings, item days.

Fast tests read the cleaning and the heading rules directly; the slow ones code small
texts written for these tests with the model.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.clean.article import clean
from dyadwatch.clean.pubdate import CAPTION_LEAD, publication
from dyadwatch.coding.dates import DocumentTime
from dyadwatch.coding.heading_day import heading_now
from dyadwatch.coding.month_heading import MONTH_LINE, head_month, review_year
from dyadwatch.coding.narrative import Narrative
from dyadwatch.records import Article, Document, FuzzyDate, Mention

Code = Callable[..., list[Mention]]

GALLERY = (
    "<html><head><title>In pictures</title></head><body><main>"
    "<h1>In pictures: a year of trips</h1><p>Twelve months on the road.</p>"
    "<figure><img src='a.jpg'><figcaption>1/3 - Quito, 14 May: the president meets "
    "Daniel Noboa at the Carondelet Palace.</figcaption></figure>"
    "<figure><img src='b.jpg'><figcaption>2/3 - Santiago, 2 June: talks with Gabriel "
    "Boric at La Moneda.</figcaption></figure>"
    "<figure><img src='c.jpg'><figcaption>3/3 - Brasilia, 9 July: a working lunch with "
    "Lula at the Planalto palace, the last stop of the tour.</figcaption></figure>"
    "</main></body></html>")


def test_gallery_captions_become_paragraphs() -> None:
    article = clean(knowledge.load(), Document("g.html", "g.html", "html", GALLERY))
    assert isinstance(article, Article)
    lines = [line for line in article.text.split("\n") if line.strip()]
    assert any(line.startswith("2/3 - Santiago, 2 June:") for line in lines)
    assert any(line.startswith("3/3 - Brasilia, 9 July:") for line in lines)


def test_caption_date_is_no_publication_date() -> None:
    text = ("In pictures: neighbours\n\nSwipe through the years.\n\n"
            "5/7 Boric is welcomed at La Moneda on 14 October 2022.\n\n")
    assert publication(text) is None


@pytest.mark.parametrize("line, caption", [
    ("12/03/2024", False), ("12 / 03 / 2024", False), ("7/11/2023 Lima", False),
    ("5/7 Boric is welcomed at La Moneda", True), ("2 / 9 - Quito, 4 May:", True)])
def test_numeric_date_line_is_still_a_stamp(line: str, caption: bool) -> None:
    # a d/m/y date, spaced or not, is no caption's place in a series
    assert bool(CAPTION_LEAD.match(line)) is caption


@pytest.mark.parametrize("line, matches", [
    ("JANUARY", True), ("March:", True), ("FEBRUARY–MAY", True), ("May", True),
    ("May 2021", False), ("Jan", False), ("March was quiet", False), ("Outlook", False)])
def test_month_line(line: str, matches: bool) -> None:
    assert bool(MONTH_LINE.match(line)) is matches


def test_review_year_is_the_year_the_opening_names_most() -> None:
    text = ("THE YEAR IN REVIEW: 2019\n\nAfter the 2018 elections, 2019 was calm.\n\n"
            "JANUARY\nNothing happened in 2020 terms.")
    assert review_year(text) == 2019
    assert review_year("A report on 2019 with no month headings.\n\nMarch 2019\nText.") is None


def _narrative(published: date | None, section: FuzzyDate | None) -> Narrative:
    narrative = Narrative(DocumentTime(published, published))
    narrative.section = section
    return narrative


def test_heading_now_is_an_older_day_heading() -> None:
    older = _narrative(date(2024, 3, 12), FuzzyDate(2023, 10, 4))
    assert heading_now(older) == date(2023, 10, 4)


@pytest.mark.parametrize("section", [None, FuzzyDate(2024, 3, 12), FuzzyDate(2023, 10),
                                     FuzzyDate(2024, 3, 20)])
def test_heading_now_keeps_the_publication_day(section: FuzzyDate | None) -> None:
    assert heading_now(_narrative(date(2024, 3, 12), section)) == date(2024, 3, 12)


@pytest.mark.slow
def test_month_heading_opens_a_section(model: Language) -> None:
    text = "THE YEAR IN REVIEW: 2021\n\nFew will miss 2021.\n\nMARCH\n\nJUNE"
    narrative = _narrative(None, None)
    doc = model("MARCH")
    head_month(narrative, doc[:], None, text)
    assert narrative.section == FuzzyDate(2021, 3)
    head_month(narrative, model("JUNE")[:], narrative.section, text)
    assert narrative.section == FuzzyDate(2021, 6)
    head_month(narrative, model("JANUARY")[:], narrative.section, text)
    assert narrative.section == FuzzyDate(2022, 1)  # the months went back: a new year


@pytest.mark.slow
def test_month_word_in_a_sentence_opens_nothing(model: Language) -> None:
    narrative = _narrative(date(2021, 12, 30), None)
    head_month(narrative, model("March was quiet.")[:], None, "MARCH\nMarch was quiet.")
    assert narrative.section is None


@pytest.mark.slow
def test_gallery_lead_dates_its_caption(code: Code) -> None:
    found = code("In pictures: the tour\nTwelve months of travel.\n"
                 "2/3 - Santiago, Chile, 2 June: Peruvian President Dina Boluarte holds talks "
                 "with President Gabriel Boric.", "2023-12-20")
    assert any({m.source.code, m.target.code} == {"PER", "CHL"} and m.date is not None
               and m.date.iso == "2023-06-02" for m in found)


@pytest.mark.slow
def test_related_list_dates_give_nothing(code: Code) -> None:
    found = code("More galleries\n10/12/2023 - The inauguration in Buenos Aires\n"
                 "22/11/2024 - Leaders at the summit in Rio", "2024-12-20")
    assert not [m for m in found if m.date is not None]
