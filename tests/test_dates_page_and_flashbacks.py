"""Dates: page dates outside sidebars, years told by the narrative, parts of
days told from the last day, dated flashbacks, phrases set days off the main clause.

All texts are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import trafilatura

from dyadwatch.clean.article import clean, header_date
from dyadwatch.datetext import find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document

Coded = Callable[..., set[tuple[str, str, str, str | None]]]

STORY = ("<h1>Border talks resume between the two neighbours</h1>"
         "<p>Officials from both countries met in a lakeside town on Thursday to discuss the "
         "disputed crossing points, the reopening of trade and the exchange of prisoners, "
         "according to people present at the talks.</p>")
SIDEBAR = ("<aside class='related'><h3>Most read</h3><ul>"
           "<li><a href='/a'>Ministers trade barbs over river dam</a> 02/03/2021</li>"
           "<li><a href='/b'>Rail link plan shelved again</a> <small>14 February 2021</small></li>"
           "</ul></aside>")
FOOTER = "<footer><p>Updated 1 March 2021</p><p>&copy; 2021 Lakeside Herald</p></footer>"


def _page_date(kb: KnowledgeBase, body: str, head: str = "") -> str | None:
    page = f"<html><head><title>Talks</title>{head}</head><body>{body}</body></html>"
    article = clean(kb, Document("p.html", "p.html", "html", page))
    assert isinstance(article, Article)
    return article.published.iso if article.published else None


@pytest.mark.parametrize("body, expected", [
    # a masthead's day above the menu, a sidebar of other stories' dates below
    ("<header><div class='site'>Lakeside Herald</div><div class='today'>Monday, 8 March 2021"
     "</div><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></header>"
     + STORY + SIDEBAR + FOOTER, "2021-03-08"),
    # one top line naming the outlet, its slogan and the day
    ("<div class='top'>Lakeside Herald - voices of the valley - Tue 9 March 2021</div>"
     + STORY + SIDEBAR, "2021-03-09"),
    # a byline under the headline
    ("<h1>Border talks resume</h1><p class='byline'>By Mira Holt, Lakeside | 10 March 2021</p>"
     + STORY[STORY.index("<p>"):] + SIDEBAR, "2021-03-10"),
    # a date line in the story's own wrapper, before the first paragraph
    ("<main><div class='meta'><span>Lakeside</span> <span>March 11, 2021</span></div>"
     + STORY + "</main>" + SIDEBAR + FOOTER, "2021-03-11"),
])
def test_header_line_dates_the_page_not_its_sidebar(kb: KnowledgeBase, body: str,
                                                     expected: str) -> None:
    assert _page_date(kb, body) == expected


@pytest.mark.parametrize("body", [
    STORY + SIDEBAR,  # only the sidebar and the list are dated
    STORY + SIDEBAR + FOOTER,
    STORY + "<figure><img src='x.jpg'><figcaption>Delegates arrive, 3 March 2021"
    "</figcaption></figure>" + SIDEBAR,
])
def test_no_page_date_from_sidebars_captions_or_headlines(kb: KnowledgeBase, body: str) -> None:
    published = _page_date(kb, body)
    assert published not in ("2021-03-02", "2021-02-03", "2021-02-14", "2021-03-03",
                             "2021-03-01")


@pytest.mark.parametrize("line", [
    "<h1>What the leaders agreed on 4 March 2021 at the lakeside summit</h1>",  # an event's day
    "<p>Officials said the two delegations had first met in the town on 4 March 2021 and "
    "would meet again before the summer to settle the remaining questions.</p>",  # prose
    "<div>Updated 4 March 2021</div>",  # a later edit, not the publication
])
def test_header_lines_that_are_no_page_dates(line: str) -> None:
    tree = trafilatura.load_html(f"<html><body>{line}{STORY}</body></html>")
    assert header_date(tree) is None


@pytest.mark.parametrize("head, body, expected", [
    ("<meta property='article:published_time' content='2021-03-05T10:00:00Z'>",
     "<div class='today'>Monday, 8 March 2021</div>" + STORY + SIDEBAR, "2021-03-05"),
    ("", "<div class='today'>Monday, 8 March 2021</div><article><time datetime='2021-03-06'>"
     "6 March</time>" + STORY + "</article>" + SIDEBAR, "2021-03-06"),
])
def test_markup_date_still_wins(kb: KnowledgeBase, head: str, body: str, expected: str) -> None:
    assert _page_date(kb, body, head) == expected


@pytest.mark.parametrize("text, year", [
    ("in the year 2568 of Buddhist Era (2025) the quarrel grew", 2025),
    ("during 1446 AH (2024) the embassy stayed shut", 2024),
    ("the Iranian year 1402 (2023) saw new sanctions", 2023),
    ("in 2566 B.E. the court ruled", 2023),
])
def test_years_of_other_calendars(text: str, year: int) -> None:
    assert [e.year for e in find_dates(text) if e.year] == [year]


@pytest.mark.parametrize("text", ["a fee of 1500 baht (2024 prices)", "it cost 1200 dollars (2023)"])
def test_amounts_before_a_bracketed_year_are_no_years(text: str) -> None:
    assert not any(e.year for e in find_dates(text))


@pytest.mark.parametrize("opening", [
    "In 2023 the quarrel over the river deepened.",
    "The dispute of the year 2566 of Buddhist Era (2023) deepened.",
    "Relations soured badly during 1444 AH (2023).",
    "Trade between the two fell sharply in 2023.",
])
def test_yearless_dates_take_the_year_the_narrative_told(coded: Coded, opening: str) -> None:
    text = f"{opening}\nOn 14 August Laos expelled the Cambodian ambassador."
    assert ("SANCTION", "LAO", "KHM", "2023-08-14") in coded(text)


@pytest.mark.parametrize("opening", [
    "Elections will be held in 2027.",  # a future year is no time the story is told in
    "Both sides promised a settlement by 2026.",  # nor is a deadline
])
def test_future_and_deadline_years_date_nothing(coded: Coded, opening: str) -> None:
    text = f"{opening}\nOn 14 August Laos expelled the Cambodian ambassador."
    assert all(date is None or not date.startswith(("2026", "2027"))
               for *_, date in coded(text))


def test_publication_date_keeps_yearless_dates_near_it(coded: Coded) -> None:
    text = "In 2019 the quarrel began.\nOn 14 August Laos expelled the Cambodian ambassador."
    assert ("SANCTION", "LAO", "KHM", "2024-08-14") in coded(text, "2024-08-20")


@pytest.mark.parametrize("later, day", [
    ("In the same evening Laos recalled its ambassador from Phnom Penh.", "2023-08-14"),
    ("That night Laos recalled its ambassador from Phnom Penh.", "2023-08-14"),
    ("The next morning Laos recalled its ambassador from Phnom Penh.", "2023-08-15"),
    ("On the following afternoon Laos recalled its ambassador from Phnom Penh.", "2023-08-15"),
    ("Two nights later Laos recalled its ambassador from Phnom Penh.", "2023-08-16"),
    ("The evening before, Laos had recalled its ambassador from Phnom Penh.", "2023-08-13"),
])
def test_parts_of_days_told_from_the_last_day(coded: Coded, later: str, day: str) -> None:
    text = ("Tension along the border grew in 2023.\n"
            f"On 14 August Cambodian troops shelled a Lao village. {later}")
    assert ("SANCTION", "LAO", "KHM", day) in coded(text)


@pytest.mark.parametrize("second", [
    "The Lao side accused Cambodia of planting new mines.",
    "The Lao army accused Cambodia of planting new mines.",
])
def test_a_history_paragraph_goes_on_in_its_day(coded: Coded, second: str) -> None:
    text = ("The quarrel over the border began in 2023.\n"
            f"On 14 August two Lao soldiers were hurt by a landmine on patrol. {second}")
    assert ("ACCUSE", "LAO", "KHM", "2023-08-14") in coded(text)


@pytest.mark.parametrize("second", [
    "What followed was worse: Laos accused Cambodia of planting new mines.",
    "Later Laos accused Cambodia of planting new mines.",
])
def test_a_history_paragraph_that_moves_on_leaves_its_day(coded: Coded, second: str) -> None:
    text = ("The quarrel over the border began in 2023.\n"
            f"On 14 August two Lao soldiers were hurt by a landmine on patrol. {second}")
    assert ("ACCUSE", "LAO", "KHM", "2023-08-14") not in coded(text)


@pytest.mark.parametrize("flashback, day", [
    ("On Monday Scholz had made his first trip to Warsaw as chancellor. At a joint press "
     "conference, he urged the Polish president to back the plan.", "2023-05-08"),
    ("Scholz had travelled to Warsaw on Tuesday. He urged the Polish president to back the "
     "plan.", "2023-05-09"),
])
def test_a_dated_flashback_is_gone_on_with(coded: Coded, flashback: str, day: str) -> None:
    text = ("Scholz in Paris\n"
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on "
            f"Friday.\n{flashback}")
    found = coded(text, "2023-05-13")  # a Saturday
    assert ("CONSULT", "DEU", "FRA", "2023-05-12") in found
    assert ("REQUEST", "DEU", "POL", day) in found


@pytest.mark.parametrize("phrase", [
    "days after holding talks with Andrzej Duda in Warsaw",
    "weeks after his talks with Andrzej Duda in Warsaw",
    "a few days before talks with Andrzej Duda in Warsaw",
    "days after Andrzej Duda hosted him in Warsaw",
])
def test_phrases_days_off_the_main_clause_keep_its_day(coded: Coded, phrase: str) -> None:
    text = f"Scholz in Paris\nScholz met Macron in Paris on Friday, {phrase}."
    found = coded(text, "2023-05-13")
    assert ("CONSULT", "DEU", "FRA", "2023-05-12") in found
    assert not any(date == "2023-05-12" and "POL" in (source, target)
                   for _, source, target, date in found)


@pytest.mark.parametrize("phrase, day", [
    ("two days after holding talks with Andrzej Duda in Warsaw", "2023-05-10"),
    ("a week after his talks with Andrzej Duda in Warsaw", "2023-05-05"),
    ("hours after talks with Andrzej Duda in Warsaw", "2023-05-12"),
])
def test_counted_offsets_move_the_named_event(coded: Coded, phrase: str, day: str) -> None:
    text = f"Scholz in Paris\nScholz met Macron in Paris on Friday, {phrase}."
    assert ("CONSULT", "DEU", "POL", day) in coded(text, "2023-05-13")
