"""Publication dates a plain text gives about itself: a wire dateline without a year takes
the year of the credit line; a weekday in the lede never picks the year; a chronology's
first entry is not the publication day; a Buddhist Era year counts only when marked."""

from spacy.language import Language

from dyadwatch.clean.article import clean
from dyadwatch.clean.pubdate import credit_year, dateline, publication
from dyadwatch.coding.coder import code_article
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document, FuzzyDate

LEDE = ("Chile on Sunday recalled its ambassador from Bolivia after soldiers crossed the border "
        "near the Colchane post, the foreign ministry in Santiago said in a statement.")
BODY = ("Bolivia's government said the patrol had lost its way in a sandstorm and had returned "
        "within the hour, and it called the recall a disproportionate step by a neighbour.")


def wire(dateline_text: str, credit: str = "", extra: str = "") -> str:
    parts = ["Chile recalls envoy from La Paz over border crossing", f"{dateline_text} {LEDE}",
             BODY, extra, credit]
    return "\n\n".join(p for p in parts if p)


def test_yearless_dateline_takes_the_copyright_year() -> None:
    text = wire("SANTIAGO, March 15 (Andes Wire) -", "Copyright 2021 Andes Wire")
    assert publication(text) == (FuzzyDate(2021, 3, 15), "dateline+copyright")
    assert dateline(text) == FuzzyDate(2021, 3, 15)


def test_credit_line_forms() -> None:
    assert credit_year("x\n(c) 2019 Pampas Press. All rights reserved.") == 2019
    assert credit_year("x\n© 2020 Sahara News Agency") == 2020
    assert credit_year("x\nCopyright © 2017-2022 Danube Daily") == 2022  # a range ends now
    assert credit_year("x\nThe Harbour Gazette (c) 2018 - Terms - Contact") == 2018
    assert credit_year("Article 5(c) 2019 rules apply.") is None
    assert credit_year("It broke © 2019 rules.") is None  # the year leads lowercase words


def test_day_month_dateline_with_dash_and_two_cities() -> None:
    text = wire("LIMA/LA PAZ, 9 Jan (Andes Wire) —", "© 2023 Andes Wire")
    assert publication(text) == (FuzzyDate(2023, 1, 9), "dateline+copyright")


def test_dateline_with_its_own_year_in_a_long_lede_line() -> None:
    text = wire("Nairobi, 3 May 2022 -")
    assert publication(text) == (FuzzyDate(2022, 5, 3), "dateline")


def test_weekday_alone_does_not_choose_the_year() -> None:
    # 15 March is a Sunday only in 2020 among 2019-2021, but the lede's Sunday may be the
    # day before the filing day: the year is left to the coder's estimate
    text = wire("SANTIAGO, March 15 (Andes Wire) -",
                extra="The two countries signed a border accord in 2019 and renewed it in 2020.")
    assert publication(text) is None


def test_credit_year_wins_over_a_weekday_of_the_day_before() -> None:
    # 15 March 2021 was a Monday; the lede's 'on Sunday' is the 14th, not a 2020 filing
    text = wire("SANTIAGO, March 15 (Andes Wire) -", "(c) 2021 Andes Wire")
    assert publication(text) == (FuzzyDate(2021, 3, 15), "dateline+copyright")


def test_disagreeing_credit_lines_give_no_year() -> None:
    text = wire("SANTIAGO, March 15 (Andes Wire) -", "Copyright 2016 Andes Wire\n\n© 2024 Newsdesk")
    assert publication(text) is None


def test_copyright_alone_gives_the_year() -> None:
    text = f"Chile recalls envoy\n\n{LEDE}\n\n{BODY}\n\nCopyright 2021 Andes Wire"
    assert publication(text) == (FuzzyDate(2021), "copyright")


def test_full_top_date_wins_over_the_credit_year() -> None:
    text = f"Andes Wire | 12 April 2021\n\n{LEDE}\n\n© 2022 Andes Wire"
    assert publication(text) == (FuzzyDate(2021, 4, 12), "dateline")


def test_copyright_as_a_topic_is_not_a_credit_line() -> None:
    text = (f"{LEDE}\n\nThe court said the broadcaster had broken copyright 2019 rules when it aired "
            "the footage without permission, and ordered it to pay damages to the agency.")
    assert publication(text) is None


def test_lowercase_lead_is_not_a_place() -> None:
    text = "In the end, 5 May - the date agreed by both sides - passed quietly.\n\n© 2020 X"
    assert publication(text) == (FuzzyDate(2020), "copyright")


def test_published_stamp_below_a_yearless_dateline() -> None:
    text = wire("SANTIAGO, March 15 (Andes Wire) -", "Published 15.03.2021")
    assert publication(text) == (FuzzyDate(2021, 3, 15), "stamp")


def test_chronology_entry_is_not_the_publication_day() -> None:
    text = ("Andean Border Monitor\nChile and Bolivia: a chronology, 2019-2021\n\n"
            "4 June 2019 - Bolivia closed the Pisiga crossing.\n\n"
            "8 July 2021 - Chile recalled its ambassador from La Paz.")
    assert publication(text) is None


def test_byline_month_is_month_precision() -> None:
    text = f"Andes Policy Notes\nBy the Border Programme | June 2021\n\n{LEDE}"
    assert publication(text) == (FuzzyDate(2021, 6), "byline")
    assert dateline(text) is None


def test_buddhist_era_years_only_when_marked() -> None:
    dated = "BANGKOK, 4 March B.E. 2568 (Siam Wire) - Thailand on Tuesday closed a crossing."
    assert publication(dated) == (FuzzyDate(2025, 3, 4), "dateline")
    assert credit_year("x\n© B.E. 2567 Siam Wire") == 2024
    assert credit_year("x\nCopyright 2566 Buddhist Era Siam Wire") == 2023
    assert credit_year("x\nCopyright 2568 Siam Wire") is None


def test_clean_records_where_the_date_came_from(kb: KnowledgeBase) -> None:
    text = wire("SANTIAGO, March 15 (Andes Wire) -", "Copyright 2021 Andes Wire")
    article = clean(kb, Document("w.txt", "w.txt", "text", text))
    assert isinstance(article, Article)
    assert article.published == FuzzyDate(2021, 3, 15)
    assert article.published_from == "dateline+copyright"


def test_coder_dates_the_lede_weekday_before_the_dateline_day(kb: KnowledgeBase,
                                                              model: Language) -> None:
    text = wire("SANTIAGO, March 15 (Andes Wire) -", "Copyright 2021 Andes Wire")
    article = clean(kb, Document("w.txt", "w.txt", "text", text))
    assert isinstance(article, Article)
    lede = [m for m in code_article(kb, model, article) if m.sentence.startswith("SANTIAGO")]
    assert lede and {m.date for m in lede} == {FuzzyDate(2021, 3, 14)}


def test_year_precision_is_not_taken_for_today(kb: KnowledgeBase, model: Language) -> None:
    text = ("Lithuania recalls envoy from Minsk\n\nLithuania recalled its ambassador from Belarus "
            "on Tuesday after border guards reported a new incursion.\n\nOn March 3 Poland "
            "accused Belarus of staging the crossings.\n\nCopyright 2022 Baltic Ledger")
    article = clean(kb, Document("c.txt", "c.txt", "text", text))
    assert isinstance(article, Article) and article.published == FuzzyDate(2022)
    found = {(m.type, m.source.code): m.date for m in code_article(kb, model, article)}
    assert found[("ACCUSE", "POL")] == FuzzyDate(2022, 3, 3)  # the year is a floor
    assert found[("SANCTION", "LTU")] is None  # 'on Tuesday' is not read from 1 January
