"""Round 22 dates: yearless days that go on with an older story, and the page's own date.

An anniversary piece, a case note or an obituary tells an older story day by day and names
the year once; the yearless days later in that paragraph belong to that story, not to the
months before the page's date (a later paragraph of a dated report keeps the usual
reading). A foot line listing other days of history is no date line, and a byline of fields
('names | desk | date') dates an HTML page however long the names are.
"""

from __future__ import annotations

import pytest
import trafilatura

from dyadwatch import pipeline
from dyadwatch.clean.pagedate import page_date
from dyadwatch.clean.pubdate import publication
from dyadwatch.records import Document, FuzzyDate, Mention


def _coded(text: str, published: FuzzyDate | None) -> list[Mention]:
    result = pipeline.process(Document("t", "t", "text", text, published=published))
    assert hasattr(result, "mentions")
    return list(result.mentions)


PUBLISHED = FuzzyDate(2025, 4, 10)


def _dates(text: str, kind: str) -> set[str | None]:
    return {m.date.iso if m.date else None for m in _coded(text, PUBLISHED) if m.type == kind}


@pytest.mark.slow
def test_a_yearless_day_goes_on_with_the_story_year_told_in_a_main_clause() -> None:
    text = ("On 4 March 2022 Lithuania expelled two Russian diplomats over espionage. "
            "Russia expelled a Lithuanian consul on 18 March.")
    assert _dates(text, "SANCTION") == {"2022-03-04", "2022-03-18"}


@pytest.mark.slow
def test_a_later_paragraph_of_a_dated_report_keeps_the_page_year() -> None:
    text = ("Chile withdrew its ambassador from Caracas on 29 July 2022.\n\n"
            "Other governments followed within days.\n\n"
            "Chile and Venezuela restored relations on 14 September.")
    dates = {m.date.iso for m in _coded(text, PUBLISHED)
             if m.date is not None and m.type != "SANCTION"}
    assert "2022-09-14" not in dates


@pytest.mark.slow
def test_a_story_a_year_behind_the_page_goes_on_in_its_paragraph() -> None:
    text = ("On 2 March 2024 Ghana signed a fisheries accord with Senegal. "
            "On 30 March Ghana expelled three Senegalese officials.")
    assert _dates(text, "SANCTION") == {"2024-03-30"}


@pytest.mark.slow
def test_a_year_told_in_a_relative_clause_leaves_the_page_year() -> None:
    text = ("The accord that Ecuador and Colombia signed on 7 May 2021 is still in force. "
            "Ecuador recalled its ambassador from Bogota on 12 March.")
    assert _dates(text, "SANCTION") == {"2025-03-12"}


@pytest.mark.slow
def test_a_story_moved_to_the_page_year_keeps_it() -> None:
    text = ("The treaty builds on the partnership that Fiji and Australia signed on 7 December "
            "2023. When I went to Suva for the leaders' meeting on 16 February, the text was "
            "not ready. The next day, 17 February, Fiji and Australia signed a joint communique.")
    assert "2025-02-17" in _dates(text, "AGREE")
    assert "2023-02-17" not in _dates(text, "AGREE")


@pytest.mark.slow
def test_an_ordinal_day_takes_the_month_its_sentence_named() -> None:
    text = ("On 3 February 2025 Hungary recalled its envoy from Kyiv. Prime Minister Fiala "
            "visited Bratislava in March 2025 and held talks with Robert Fico on the 11th.")
    assert "2025-03-11" in _dates(text, "CONSULT")
    assert "2025-02-11" not in _dates(text, "CONSULT")


@pytest.mark.slow
def test_afterwards_goes_on_from_the_meeting_just_told() -> None:
    text = ("President Ruto received President Museveni at State House in Nairobi on Tuesday, "
            "before the two leaders held talks.\n\n"
            "Afterwards, ministers of Kenya and Uganda signed an agreement on a new pipeline.")
    assert _dates(text, "AGREE") == {"2025-04-08"}


@pytest.mark.slow
def test_afterwards_without_a_meeting_of_the_pair_stays_undated() -> None:
    text = ("President Ruto received President Museveni in Nairobi on Tuesday.\n\n"
            "Afterwards, Tanzania and Zambia signed an agreement on a railway.")
    assert "2025-04-08" not in _dates(text, "AGREE")


def test_a_foot_line_listing_days_of_history_is_no_date_line() -> None:
    text = ("NORTHERN DESK\n\nFive years on\n\nOn 15 September 2020 Norway and Russia signed "
            "a protocol on their sea border in the Barents Sea, ending a dispute that had lasted "
            "for four decades.\n\nFrom our archive: 12 September 1985, a whaling truce; "
            "18 September 1996, a fishing-zone pact.")
    assert publication(text) is None


def test_a_single_dated_top_line_is_still_a_date_line() -> None:
    text = "NORTHERN DESK\n\nFriday 3 May 2024\n\nNorway and Russia signed a protocol."
    found = publication(text)
    assert found is not None and found[0] == FuzzyDate(2024, 5, 3)


def test_a_byline_of_fields_dates_the_page() -> None:
    page = ("<html><body><article><h1>Checking five claims about the border</h1>"
            "<p class='byline'>By Ana Ruiz-Ferrer and Thomas Hale-Brown | Harbour Desk | "
            "4 June 2025</p><p>" + "Words of the story go on here at length. " * 5 +
            "</p></article></body></html>")
    tree = trafilatura.load_html(page)
    assert page_date(tree, None)[0] == "2025-06-04"


def test_a_sentence_with_bars_is_no_byline() -> None:
    page = ("<html><body><article><h1>Border claims</h1><p>" +
            "Words of the story go on here at length. " * 5 +
            "</p><p>Talks resumed on 4 June 2025 | officials said | more to come later today "
            "and tomorrow in the capital</p></article></body></html>")
    tree = trafilatura.load_html(page)
    assert page_date(tree, None)[0] is None  # the page names no date of its own


def test_a_published_and_updated_stamp_still_dates_the_page() -> None:
    text = ("Ferry talks resume\nJune 11, 2024 | Updated June 12, 2024\n"
            "Greece and Turkey met in Athens on Monday.")
    found = publication(text)
    assert found is not None and found[0] == FuzzyDate(2024, 6, 11)


def test_a_last_modified_stamp_still_dates_the_page() -> None:
    text = ("Ferry talks resume\nMonday 10 June 2024 09.30 BST, last modified on Tuesday "
            "11 June 2024 14.05 BST\nGreece and Turkey met in Athens on Sunday.")
    found = publication(text)
    assert found is not None and found[0] == FuzzyDate(2024, 6, 10)


def test_a_line_of_history_days_years_apart_is_no_date_line() -> None:
    text = ("HARBOUR NOTES\n\nLooking back\n\nOn 2 July 2021 Chile and Peru signed a fishing "
            "accord that ended a quarrel over the anchovy grounds off their shared coast.\n\n"
            "This week: 1 July 1978, the Andes pact and 4 July 1994, the river deal.")
    assert publication(text) is None


@pytest.mark.slow
def test_the_13th_takes_the_month_of_its_own_clause() -> None:
    text = "Kenya's president toured Uganda in June 2024 and signed a trade pact with Uganda on the 14th."
    dates = {m.date.iso if m.date else None for m in _coded(text, FuzzyDate(2024, 8, 10))
             if m.type == "AGREE"}
    assert dates == {"2024-06-14"}


@pytest.mark.slow
def test_the_13th_does_not_take_a_relative_clauses_month() -> None:
    text = "Chile, which signed the pact in April 2021, met Peru on the 5th, the ministry said."
    dates = {m.date.iso if m.date else None for m in _coded(text, FuzzyDate(2024, 8, 10))
             if m.type == "CONSULT"}
    assert dates == {"2024-08-05"}


@pytest.mark.slow
def test_the_13th_does_not_take_a_recalled_month_for_a_future_meeting() -> None:
    text = ("On Tuesday, the envoy recalled the accord of May 2019 and said Iran would meet "
            "the US on the 13th.")
    dates = {m.date.iso if m.date else None for m in _coded(text, FuzzyDate(2024, 8, 10))}
    assert "2019-05-13" not in dates


@pytest.mark.slow
def test_a_yearless_day_in_the_news_window_keeps_the_news_year() -> None:
    text = ("On 3 May 2023, Chile and Peru held talks in Lima. Peru accused Chile of "
            "seizing a trawler on 2 August.")
    dates = {m.date.iso if m.date else None for m in _coded(text, FuzzyDate(2024, 8, 10))
             if m.type == "ACCUSE"}
    assert dates == {"2024-08-02"}


@pytest.mark.slow
def test_a_story_day_months_before_publication_keeps_the_story_year() -> None:
    text = ("On 6 October 2023 Chile recalled its ambassador from Peru. Peru recalled its "
            "ambassador from Chile on 19 October.")
    dates = {m.date.iso if m.date else None for m in _coded(text, FuzzyDate(2025, 2, 20))
             if m.type == "SANCTION"}
    assert dates == {"2023-10-06", "2023-10-19"}


@pytest.mark.slow
def test_afterwards_goes_on_from_the_last_meeting_told() -> None:
    text = ("Chile and Peru met in Lima on 1 March. Peru's president met Bolivia's president "
            "on Thursday. Afterwards, Peru accused Chile of breaking the truce.")
    dates = {m.date.iso if m.date else None for m in _coded(text, FuzzyDate(2024, 8, 10))
             if m.type == "ACCUSE"}
    assert "2024-03-01" not in dates


@pytest.mark.slow
def test_afterwards_takes_the_meeting_just_told() -> None:
    text = ("Chile and Peru met in Lima on Thursday. Afterwards, Peru accused Chile of "
            "breaking the truce.")
    dates = {m.date.iso if m.date else None for m in _coded(text, FuzzyDate(2024, 8, 10))
             if m.type == "ACCUSE"}
    assert dates == {"2024-08-08"}
