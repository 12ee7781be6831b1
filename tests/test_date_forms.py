"""Date expressions and publication dates in the forms real and machine-translated pages use."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from dyadwatch import knowledge
from dyadwatch.clean.article import clean
from dyadwatch.clean.pubdate import foreign_months, publication
from dyadwatch.datetext import find_dates
from dyadwatch.errors import KnowledgeError
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document

from .conftest import Quad

Fields = tuple[int | None, int | None, int | None]


def fields(text: str) -> list[Fields]:
    return [(e.year, e.month, e.day) for e in find_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels shelled the depot on 7-th October.", (None, 10, 7)),
    ("Rebels shelled the depot on the 7 th of October 2022.", (2022, 10, 7)),
    ("The port reopened on the 9th day of August.", (None, 8, 9)),
    ("The port reopened on the 1st day of August 2021.", (2021, 8, 1)),
    ("The envoy flew home on the twenty-second of May.", (None, 5, 22)),
    ("The envoy flew home on the Third of February, 2020.", (2020, 2, 3)),
    ("The envoy flew home on February the 3rd.", (None, 2, 3)),
    ("A truce was declared on 09-Feb-2021 in the north.", (2021, 2, 9)),
    ("A truce was declared on 9-February-2021 in the north.", (2021, 2, 9)),
    ("The memo is dated 2021-2-9 and signed.", (2021, 2, 9)),
])
def test_ordinal_hyphenated_and_spelled_day_forms(text: str, expected: Fields) -> None:
    assert fields(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # 8 March 2024 was a Friday, 3 August 2024 a Saturday
    ("Envoys met on Friday, 3/8/2024, in Oslo.", [(2024, 3, 8)]),
    ("Envoys met on Saturday 3/8/2024 in Oslo.", [(2024, 8, 3)]),
    # 12 March and 3 December 2024 were both Tuesdays: nothing settles it
    ("Envoys met on Tuesday, 12/3/2024, in Oslo.", []),
    ("Envoys met on 5/6/2024 in Oslo.", []),
    ("Envoys met on Monday, 25/6/2024, in Oslo.", [(2024, 6, 25)]),
])
def test_weekday_settles_the_order_of_a_numeric_date(text: str, expected: list[Fields]) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize("text", [
    "The hosts won 3-1 after extra time.",
    "Release 2.12 fixed the bug.",
    "Talks resume at 12.30 local time.",
    "The deal is worth $12.3 million.",
    "Resolution 2231 still binds Tehran.",
    "The 12th Five-Year Plan set new goals.",
    "The G20 leaders posed for a photo.",
    "Article 5 was never invoked.",
    "The 2nd of the envoys spoke first.",
    "March the 12 delegates to the hall.",
    "The first of many convoys left.",
])
def test_numbers_that_are_not_dates(text: str) -> None:
    assert [e for e in find_dates(text) if e.day is not None] == []


def _top(date_line: str) -> str:
    return f"Envoys hold talks\n{date_line}\nThe envoys of both states met on Monday.\n"


@pytest.mark.parametrize(("line", "expected"), [
    ("2023年11月5日", "2023-11-05"),
    ("2023년 11월 5일", "2023-11-05"),
    ("5 Kasım 2023", "2023-11-05"),
    ("5 Kasim 2023 Pazar", "2023-11-05"),
    ("Bogotá, 5 de noviembre de 2023", "2023-11-05"),
    ("5 DE NOVIEMBRE DE 2023", "2023-11-05"),
    ("Publié le 5 novembre 2023 à 08h10", "2023-11-05"),
    ("5. November 2023, 08:10 Uhr", "2023-11-05"),
    ("5 ноября 2023, 08:10", "2023-11-05"),
    ("Minggu, 5 November 2023 08:10 WIB", "2023-11-05"),
    ("Por Ana Ruiz | 5 de novembro de 2023", "2023-11-05"),
    ("5 listopada 2023 r.", "2023-11-05"),
    ("5 agosto 2023", "2023-08-05"),
])
def test_untranslated_date_lines_date_the_text(line: str, expected: str) -> None:
    found = publication(_top(line))
    assert found is not None and found[0].iso == expected


@pytest.mark.parametrize("line", [
    "5 kilos 2023",            # not a month
    "Last modified: 5 novembre 2023",
    "5 de noviembre de 2023 - Los enviados firmaron el acuerdo en la capital ayer",
])
def test_foreign_words_that_are_not_a_publication_day(line: str) -> None:
    assert publication(_top(line)) is None


_STORY = ("<p>The envoys of the two neighbouring states met in the capital on Monday to discuss "
          "transit fees, border posts and gas supplies, officials said after the long talks.</p>"
          "<p>They agreed to form a joint commission that will meet every quarter and report to "
          "both cabinets on the progress made with the new transit corridors.</p>")
_OTHER_STORIES = ('<div class="box-7"><h4>Also read</h4>'
                  '<div><a href="/x">Storm cuts power</a> <span>14.02.2022</span></div>'
                  '<div><a href="/y">Tariffs rise</a> <span>15.02.2022</span></div></div>')


def _page(head: str, top: str, after: str = "") -> str:
    return (f"<html><head><title>Envoys hold talks</title>{head}</head><body><article>"
            f"<h1>Envoys hold talks</h1>{top}{_STORY}</article>{after}</body></html>")


@pytest.mark.parametrize(("page", "expected"), [
    (_page("", '<p class="meta">5 de noviembre de 2023</p>'), "2023-11-05"),
    (_page("", '<div class="info">2023年11月5日 08:10</div>'), "2023-11-05"),
    (_page("", '<span class="date">5 ноября 2023</span>', _OTHER_STORIES), "2023-11-05"),
    (_page("", '<time datetime="2023-11-05">Sunday</time>', _OTHER_STORIES), "2023-11-05"),
    # a list of dated links under a class name that says nothing is still other stories
    (_page("", "", _OTHER_STORIES), None),
    # a 'modified' tag alone does not outrank the dated line at the top
    (_page('<meta property="article:modified_time" content="2023-11-09T10:00:00">',
           '<span class="date">5 November 2023</span>'), "2023-11-05"),
    (_page('<meta itemprop="dateModified" content="2023-11-09">',
           "<p>5.11.2023</p>"), "2023-11-05"),
])
def test_html_page_date(kb: KnowledgeBase, page: str, expected: str | None) -> None:
    result = clean(kb, Document("p.html", "p.html", "html", page))
    assert isinstance(result, Article)
    assert (result.published.iso if result.published else None) == expected


@pytest.mark.parametrize("when", [
    "on the ninth day of April",
    "on the 9-th of April",
    "on April the 9th",
    "on the ninth of April",
])
def test_coder_dates_events_by_the_new_day_forms(coded: Callable[..., set[Quad]], when: str) -> None:
    found = coded(f"Russian troops shelled Ukrainian positions near Kharkiv {when}, officials said.",
                  "2024-04-20")
    assert ("ASSAULT", "RUS", "UKR", "2024-04-09") in found


def test_users_add_month_names_in_a_knowledge_file(tmp_path: Path) -> None:
    # Finnish is not shipped: a user's file teaches it, and only that run reads it
    line = "12 maaliskuuta 2024"
    assert publication(_top(line), foreign_months(knowledge.load())) is None
    extra = tmp_path / "finnish.json"
    extra.write_text(json.dumps({"quality": {"foreign_months": {"maaliskuuta": 3}}}))
    found = publication(_top(line), foreign_months(knowledge.load((str(extra),))))
    assert found is not None and found[0].iso == "2024-03-12"


def test_a_month_name_without_a_month_number_is_refused_at_load(tmp_path: Path) -> None:
    extra = tmp_path / "bad.json"
    extra.write_text(json.dumps({"quality": {"foreign_months": {"maaliskuuta": "March"}}}))
    with pytest.raises(KnowledgeError, match=r"bad\.json: quality\.foreign_months"):
        knowledge.load((str(extra),))
