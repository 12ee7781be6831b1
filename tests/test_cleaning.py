"""The clean stage's language identification, quality flags and plain-text boilerplate.

Every text here is written for these tests; the shared seeds are read from
../shared only, and those tests skip where it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch import workflow
from dyadwatch.clean import language, quality
from dyadwatch.clean.article import boilerplate_spans, clean
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document, FuzzyDate

from .conftest import SHARED

WIRE = """Armenia and Azerbaijan agree to resume border talks

YEREVAN, March 3 - Armenia and Azerbaijan agreed on Monday to resume talks on marking their \
shared border, the two foreign ministries said in nearly identical statements, after a pause of \
almost four months.

The commissions, led by deputy prime ministers, will meet in a border village later this month \
and will start with a stretch of about twelve kilometres in the north, according to the statements.

Diplomats in Brussels welcomed the step. "It is a small but real sign that both governments want \
the process to work," one European official said, asking not to be named because the talks are \
confidential.

The two countries fought wars over the region in the 1990s and in 2020. A peace treaty has been \
under negotiation since 2022, and officials on both sides say the border question is among the \
last open issues.
"""

FRENCH = ("Le ministre des Affaires étrangères a reçu mardi son homologue arménien à Paris. Les "
          "deux responsables ont évoqué la reprise des négociations sur la frontière et la situation "
          "humanitaire dans la région, selon un communiqué publié dans la soirée.")
RUSSIAN = ("Министр иностранных дел во вторник принял в Москве своего армянского коллегу. Стороны "
           "обсудили возобновление переговоров о границе и гуманитарную обстановку в регионе, "
           "говорится в заявлении, опубликованном вечером.")
AZERBAIJANI = ("Xarici işlər naziri çərşənbə axşamı Bakıda erməni həmkarını qəbul edib. Tərəflər "
               "sərhəd üzrə danışıqların bərpasını və bölgədəki humanitar vəziyyəti müzakirə ediblər, "
               "axşam yayılan bəyanatda deyilir.")

# Keyword stuffing: one search phrase over and over, calls to action, promotional links.
SPAM = """cheap visa georgia armenia border crossing guide

Are you searching for georgia armenia border crossing? You are in the right place! This georgia \
armenia border crossing guide tells everything about georgia armenia border crossing times and \
georgia armenia border crossing rules. Click here for the best offers!!!

cheap visa georgia armenia border crossing guide

The georgia armenia border crossing is open every day. Many tourist go by minibus. For the \
cheapest georgia armenia border crossing tickets check our partner page and book now!

cheap visa georgia armenia border crossing guide

Download now our app and get promo code GEO10. Visit https://example.test/deals and \
https://example.test/tickets and www.example.test/hotels for more. Share with your friends!

cheap visa georgia armenia border crossing guide
"""

# Word-for-word English: capitalised function words, calqued dates and years, the the.
TRANSLATED = """Meeting of ministers in Tbilisi: the new step to the peace

The 12 of May in Tbilisi the ministers of foreign affairs of the both countries were meeting With \
mediation of the host side. The parties discussed the question of the the border and the opening \
of roads, which is very important For the region. It was The first meeting after the 2023 year.

The minister of Armenia said, that the sides Agreed about the next meeting. He noted that many \
experts is considering this as positive sign. The talks lasted the all day and In the evening the \
ministers made statements for the press.

According to the minister of Azerbaijan, the document about the principles Is almost ready, but \
some questions remained open. The next round will take place in the 2024 year in the capital of \
one of The sides, the date is not decided yet.
"""

TRUNCATED_ENDING = WIRE.rstrip() + """

Earlier this year the foreign ministers met in Berlin, where they agreed that the commissions \
would draw up a calendar of meetings and that the first stretch to be marked would be"""

PAYWALL = """Georgia's parliament passes disputed law on foreign funding

TBILISI - Georgia's parliament on Tuesday passed the law in its third reading despite weeks of \
protests in the capital, setting up a new clash with the European Union.

Subscribe to read the full article. Already a subscriber? Log in
"""

ELLIPSIS = """Kazakhstan and Uzbekistan sign deal on water sharing

ASTANA - The presidents of Kazakhstan and Uzbekistan signed an agreement on Thursday on sharing \
the waters of the Syr Darya, which both countries depend on for farming in the summer months, \
and said experts would meet again before the irrigation season starts in..."""

STUB = ("European Union foreign ministers agree on new package of sanctions against Belarus over "
        "migrant crisis at the border\n\nBRUSSELS - EU ministers agreed on Monday on a new package.\n")


def _article(kb: KnowledgeBase, text: str, name: str = "t.txt") -> Article:
    result = clean(kb, Document(name, name, "text", text))
    assert isinstance(result, Article), result
    return result


# --- language --------------------------------------------------------------------------------

def test_language_of_english_and_other_paragraphs(kb: KnowledgeBase) -> None:
    settings = kb.quality.get("language")
    assert language.detect(WIRE, (), settings) == "en"
    assert language.detect(FRENCH, (), settings) == "fr"
    assert language.detect(RUSSIAN, (), settings) == "ru"
    assert language.detect(AZERBAIJANI, (), settings) == "az"


def test_short_or_empty_text_has_no_language(kb: KnowledgeBase) -> None:
    settings = kb.quality.get("language")
    assert language.detect("Baku, 12 May", (), settings) is None
    assert language.detect("", (), settings) is None
    assert language.detect("2024 — 17:45 — 3/4", (), settings) is None


def test_language_skips_boilerplate_lines(kb: KnowledgeBase) -> None:
    # a long French cookie banner marked as boilerplate must not decide the language
    banner = ("Nous utilisons des cookies pour améliorer votre expérience sur notre site et pour "
              "mesurer l'audience, vous pouvez les refuser.")
    text = banner + "\n\n" + WIRE
    spans = boilerplate_spans(kb, text)
    assert any(text[s.start:s.end] == banner for s in spans)
    assert language.detect(text, spans, kb.quality.get("language")) == "en"
    assert "cookies" not in language.main_sample(text, spans)


def test_non_english_article_is_flagged_not_rejected(kb: KnowledgeBase) -> None:
    article = _article(kb, "Visite à Erevan\n\n" + FRENCH + "\n\n" + FRENCH.replace("mardi", "jeudi"))
    assert article.language == "fr"
    assert "non_english" in article.flags
    english = _article(kb, WIRE)
    assert english.language == "en" and english.flags == () and english.quality == 1.0


def test_detector_is_built_once(kb: KnowledgeBase) -> None:
    settings = kb.quality.get("language")
    language.detect(WIRE, (), settings)
    before = language._detector.cache_info().misses
    for _ in range(3):
        language.detect(FRENCH, (), settings)
    assert language._detector.cache_info().misses == before


# --- quality flags ---------------------------------------------------------------------------

def test_spam_is_flagged(kb: KnowledgeBase) -> None:
    article = _article(kb, SPAM)
    assert "spam" in article.flags
    assert article.quality < 0.5


def test_wire_story_is_clean(kb: KnowledgeBase) -> None:
    report = quality.assess(kb, WIRE, boilerplate_spans(kb, WIRE), None, "en")
    assert report.flags == ()
    assert report.score == 1.0


def test_one_link_one_exclamation_or_a_tag_line_is_not_spam(kb: KnowledgeBase) -> None:
    text = ("Moldova and Romania sign energy accord\n\n"
            "CHISINAU - Moldova and Romania signed an accord on Friday to link their power grids "
            "more closely. \"This winter nobody will be left in the cold!\" the Moldovan prime "
            "minister told reporters. The full text is at https://example.test/accord.\n\n"
            "Moldova, Romania, energy, power grid, Chisinau, winter\n")
    report = quality.assess(kb, text, boilerplate_spans(kb, text), None, "en")
    assert report.flags == (), report


def test_machine_translated_text_is_flagged(kb: KnowledgeBase) -> None:
    article = _article(kb, TRANSLATED)
    assert article.language == "en"
    assert "machine_translated" in article.flags
    assert "spam" not in article.flags
    assert 0.0 < article.quality < 1.0


def test_translation_cues_are_not_counted_for_other_languages(kb: KnowledgeBase) -> None:
    report = quality.assess(kb, TRANSLATED, (), None, "fr")
    assert report.flags == ("non_english",)


@pytest.mark.parametrize("text", [TRUNCATED_ENDING, PAYWALL, ELLIPSIS, STUB],
                         ids=["mid-sentence", "paywall", "ellipsis", "short-body"])
def test_truncated_pages_are_flagged(kb: KnowledgeBase, text: str) -> None:
    article = _article(kb, text)
    assert "truncated" in article.flags, quality.assess(kb, text, article.boilerplate,
                                                        article.title, "en")
    assert "spam" not in article.flags and "machine_translated" not in article.flags


def test_score_is_bounded_and_deterministic(kb: KnowledgeBase) -> None:
    for text in (WIRE, SPAM, TRANSLATED, PAYWALL):
        spans = boilerplate_spans(kb, text)
        first = quality.assess(kb, text, spans, None, "en")
        assert 0.0 <= first.score <= 1.0
        assert quality.assess(kb, text, spans, None, "en") == first


# --- boilerplate -----------------------------------------------------------------------------

BOILERPLATE = {
    "menu": "Home    World    Politics    Economy    Opinion    Video",
    "menu-words": "Home News World Politics Economy Sport Contact",
    "related": "Related Articles",
    "newsletter": "Sign up for our newsletter and get the top stories in your inbox every morning",
    "comment-form": "Leave a comment",
    "comment-notice": "Your email address will not be published. Required fields are marked *",
    "back-to-top": "Back to top",
    "share-bar": "Share on Facebook Twitter WhatsApp",
    "share-bar-spaced": "Share:   Facebook   Telegram   LinkedIn",
    "cookies": "We use cookies to make this site work and to understand how you use it. Accept all",
    "copyright": "All rights reserved. Reproduction of materials without a link is forbidden.",
    "follow": "Follow us on Telegram to get the news first!",
}


@pytest.mark.parametrize("kind", sorted(BOILERPLATE))
def test_boilerplate_kinds_are_marked_and_body_is_not(kb: KnowledgeBase, kind: str) -> None:
    furniture = BOILERPLATE[kind]
    text = WIRE + "\n" + furniture + "\n"
    spans = boilerplate_spans(kb, text)
    marked = [text[s.start:s.end] for s in spans]
    assert furniture in marked
    body = [line for line in WIRE.split("\n") if line.strip()]
    assert not any(line in marked for line in body)


def test_related_block_and_headline_sidebar_are_marked(kb: KnowledgeBase) -> None:
    sidebar = ("Most read\n"
               "Turkey and Armenia open border crossing for aid trucks\n"
               "Iran and Azerbaijan hold drills on the Araz river\n")
    stamped = ("Georgia recalls envoy after protest in Tbilisi 14:05\n"
               "Kazakh president visits Ankara for talks on trade 13:40\n"
               "Moldova asks EU for help with energy bills 12:15\n")
    text = WIRE + "\n" + sidebar + "\n" + stamped
    spans = boilerplate_spans(kb, text)
    marked = {text[s.start:s.end] for s in spans}
    for line in (sidebar + stamped).strip().split("\n"):
        assert line in marked, line
    assert not any(line in marked for line in WIRE.split("\n") if line.strip())


def test_boilerplate_lines_stay_in_the_text(kb: KnowledgeBase) -> None:
    text = WIRE + "\nShare on Facebook Twitter WhatsApp\nBack to top\n"
    article = _article(kb, text)
    assert article.text == text
    assert [text[s.start:s.end] for s in article.boilerplate] == \
        ["Share on Facebook Twitter WhatsApp", "Back to top"]


def test_body_lines_that_resemble_prompts_are_kept(kb: KnowledgeBase) -> None:
    lines = [
        "The ministers agreed to share information on the movement of troops near the border.",
        "Subscribers to the 1997 treaty met in Vienna on Tuesday to review how it is applied, "
        "with delegations from thirty countries attending the two-day session.",
        "Energy Security and Climate",
        "By continuing to build the pipeline, the two governments signalled that the deal stands.",
    ]
    text = "\n\n".join(lines)
    assert boilerplate_spans(kb, text) == []


# --- the sample corpus and the shared seeds ----------------------------------------------------

def _sample_articles(kb: KnowledgeBase) -> list[Article]:
    articles = []
    for path in sorted(workflow.sample_corpus().iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                doc = Document(item["id"], str(path), "text", item["text"], title=item.get("title"))
                result = clean(kb, doc)
                assert isinstance(result, Article)
                articles.append(result)
        elif path.suffix in (".txt", ".html"):
            media = "html" if path.suffix == ".html" else "text"
            result = clean(kb, Document(path.name, str(path), media,
                                        path.read_text(encoding="utf-8")))
            assert isinstance(result, Article)
            articles.append(result)
    return articles


def test_sample_corpus_is_english_and_not_spam(kb: KnowledgeBase) -> None:
    articles = _sample_articles(kb)
    assert len(articles) >= 20
    for article in articles:
        assert article.language == "en", article.doc_id
        assert "spam" not in article.flags, article.doc_id
        assert "non_english" not in article.flags, article.doc_id
        assert "truncated" not in article.flags, article.doc_id
        # the corpus's two '_mt_' pages are written as clumsy word-for-word translations
        translated = "_mt_" in article.doc_id
        assert ("machine_translated" in article.flags) == translated, article.doc_id


def _seed(number: str) -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    found = sorted(seeds.glob(f"{number}_*.txt"))
    if not found:
        pytest.skip(f"seed {number} is not present")
    return found[0]


def test_seed_001_is_spam(kb: KnowledgeBase) -> None:
    path = _seed("001")
    article = _article(kb, path.read_text(encoding="utf-8"), path.name)
    assert "spam" in article.flags
    assert article.language == "en"


@pytest.mark.parametrize("number", ["000", "002", "003"])
def test_clean_seeds_are_not_spam(kb: KnowledgeBase, number: str) -> None:
    path = _seed(number)
    article = _article(kb, path.read_text(encoding="utf-8"), path.name)
    assert article.flags == (), article.flags


TABLE_PAGE = """<html><head><title>Border talks: a timeline</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Border talks: a timeline</h1>
<p>The commissions on the border between the two states have met on and off for three years,
and each round has left a short record of what was agreed and what was put off.</p>
<table>
<tr><td>12 May 2021</td><td>The commissions hold their first session in a border village.</td></tr>
<tr><td>3 March 2023</td><td>Both sides agree to resume the talks after a pause of four months.</td></tr>
</table>
<p>The next session is expected after the summer, officials on both sides said.</p>
</article></body></html>"""


def test_html_table_rows_become_dated_lines(kb: KnowledgeBase) -> None:
    result = clean(kb, Document("timeline.html", "timeline.html", "html", TABLE_PAGE))
    assert isinstance(result, Article)
    lines = result.text.split("\n")
    assert "12 May 2021 - The commissions hold their first session in a border village." in lines
    assert "3 March 2023 - Both sides agree to resume the talks after a pause of four months." in lines
    assert "|" not in result.text


POSTED_PAGE = """<html><head><title>Talks resume</title></head><body>
<article><h1>Border commissions meet again</h1>
<div class="article-info">Posted : 2021-05-14 09:12 | Updated : 2021-05-14 11:40</div>
<p>The border commissions of the two states met on Thursday for the first time in four months,
officials on both sides said, and agreed to meet again after the summer holidays.</p>
<p>The talks were held in a village on the border and lasted most of the day, according to a
statement issued in the evening by the foreign ministry of the host country.</p>
</article>
<aside><h3>Most Viewed</h3><ul>
<li><a href="/n/1">Ferry service to resume next week</a> (2021-05-02)</li>
<li><a href="/n/2">Parliament debates the budget</a> (2021-05-03)</li>
<li><a href="/n/3">Storm closes mountain pass</a> (2021-05-04)</li>
</ul></aside></body></html>"""


def test_page_date_comes_from_its_markup_not_from_a_sidebar(kb: KnowledgeBase) -> None:
    result = clean(kb, Document("posted.html", "posted.html", "html", POSTED_PAGE))
    assert isinstance(result, Article)
    assert result.published == FuzzyDate(2021, 5, 14)
