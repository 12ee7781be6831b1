"""Dates a sentence takes from the report around it: a reaction to the day's
deed, a page whose headline stands apart from its lede, a present perfect beside a
clause of another time, a cause told in an 'after' clause, and an event noun that
carries its own date and its own parties."""

from collections.abc import Callable
from datetime import date

from spacy.language import Language

from dyadwatch.coding.coder import _sentence_dates, code_parsed
from dyadwatch.coding.dates import DocumentTime
from dyadwatch.coding.narrative import Narrative
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.coding.when import Reference, date_for
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, FuzzyDate, Mention

Code = Callable[..., list[Mention]]
Quads = Callable[..., set[tuple[str, str, str, str | None]]]


def dated(mentions: list[Mention], kind: str) -> set[tuple[str, str, str | None]]:
    return {(m.source.code, m.target.code, m.date.iso if m.date else None)
            for m in mentions if m.type == kind}


def test_present_perfect_beside_a_clause_of_another_time_is_recent_news(coded: Quads) -> None:
    found = coded("Oslo has refused to resume talks with Minsk until all sanctions imposed "
                  "since 2020 are lifted.", "2024-05-10")
    assert ("REJECT", "NOR", "BLR", "2024-05") in found


def test_present_perfect_with_its_own_since_is_a_stance(coded: Quads) -> None:
    found = coded("Oslo has refused to resume talks with Minsk since 2020.", "2024-05-10")
    assert ("REJECT", "NOR", "BLR", None) in found


def test_relative_clause_inside_an_until_phrase_dates_nothing_else(coded: Quads) -> None:
    found = coded("Russia has refused talks with Ukraine until the sanctions, which began in "
                  "2014, are lifted.", "2021-04-06")
    assert ("REJECT", "RUS", "UKR", "2021-04") in found
    assert not any(q[3] == "2014" for q in found)


def test_relative_clause_on_the_subject_still_dates_its_verb(coded: Quads) -> None:
    found = coded("Erdogan, who arrived in Moscow on Monday, met Putin.", "2021-04-07")
    assert ("CONSULT", "TUR", "RUS", "2021-04-05") in found


def test_reaction_to_the_days_deed_takes_its_day(code: Code) -> None:
    found = code("KYIV, May 4 (Staff) - Russian missiles struck Odesa on Saturday.\n"
                 "On Friday, Russia and Ukraine signed a grain deal in Istanbul.\n"
                 "The deal will run for four months.\n"
                 "Germany condemned the strikes.", "2024-05-04")
    assert ("DEU", "RUS", "2024-05-04") in dated(found, "ACCUSE")


def test_reaction_to_an_old_deed_is_not_dated_by_it(code: Code) -> None:
    found = code("KYIV, May 4 (Staff) - Ukraine and Poland held talks in Kyiv on Saturday.\n"
                 "In March 2019 Russian ships fired on Ukrainian vessels near Kerch.\n"
                 "Germany condemned the attack by Russia.", "2024-05-04")
    assert ("DEU", "RUS", None) in dated(found, "ACCUSE")


def _with_title(kb: KnowledgeBase, model: Language, text: str, title: str) -> list[Mention]:
    article = Article("t.html", "t.html", text, "hash", title=title,
                      published=FuzzyDate(2021, 9, 17))
    blocks, position = [], 0
    for line in text.split("\n"):
        blocks.append((position, position + len(line)))
        position += len(line) + 1
    return list(code_parsed(kb, article, [(b, model(text[b[0]:b[1]])) for b in blocks]))


LEDE = ("Canberra said on Thursday it would end a naval cooperation pact with Jakarta, "
        "deepening a row over fishing rights.\n"
        "The Pentagon expressed strong concern over the Australian government's move.")


def test_page_title_apart_makes_the_first_paragraph_the_lede(kb: KnowledgeBase,
                                                             model: Language) -> None:
    found = _with_title(kb, model, LEDE, "Canberra ends naval pact with Jakarta")
    assert ("USA", "AUS", "2021-09-16") in dated(found, "PROTEST")


def test_first_paragraph_that_is_the_title_is_a_headline(kb: KnowledgeBase,
                                                         model: Language) -> None:
    """The lede is then the next paragraph, which reports the publication day."""
    text = "Canberra ends naval pact with Jakarta\n" + LEDE.split("\n")[1]
    found = _with_title(kb, model, text, "Canberra ends naval pact with Jakarta")
    assert ("USA", "AUS", "2021-09-17") in dated(found, "PROTEST")


def test_cause_in_an_after_clause_takes_the_year_of_the_news(code: Code) -> None:
    found = code("VIENNA, Nov 30 (Staff) - Ministers agreed on Tuesday that Malta would chair "
                 "the body next year, ending months of deadlock after Russia blocked a bid by "
                 "Estonia.", "2023-11-30")
    assert ("RUS", "EST", "2023") in dated(found, "REJECT")


def test_cause_of_january_news_may_lie_in_the_year_before(code: Code) -> None:
    found = code("VIENNA, Jan 10 (Staff) - Ministers agreed on Tuesday that Malta would chair "
                 "the body, ending months of deadlock after Russia blocked a bid by Estonia.",
                 "2024-01-10")
    assert ("RUS", "EST", None) in dated(found, "REJECT")


def test_event_noun_keeps_its_own_parties_and_date(code: Code) -> None:
    found = code("Rubio met Lavrov in Riyadh on Tuesday.\n"
                 "The meeting followed up on Trump's February 12 call with Putin.",
                 "2025-02-18")
    second = [m for m in found if m.sentence_index == 1]
    assert {(m.trigger, m.date.iso if m.date else None) for m in second} == \
        {("call", "2025-02-12")}


def test_each_event_noun_takes_the_day_in_its_phrase(code: Code) -> None:
    found = code("Macron's meeting with Scholz on Monday came after Macron's call with "
                 "Scholz on Sunday.", "2025-02-18")
    assert {(m.trigger, m.date.iso if m.date else None) for m in found} == \
        {("meeting", "2025-02-17"), ("call", "2025-02-16")}


def test_until_midnight_on_a_weekday_is_a_deadline(code: Code) -> None:
    found = code("On Monday the prime minister said Britain would act, and gave Moscow until "
                 "midnight on Tuesday to explain.", "2018-03-14")
    assert ("GBR", "RUS", "2018-03-12") in dated(found, "REQUEST")


def test_statement_in_the_present_dates_its_perfect_to_its_day(coded: Quads) -> None:
    found = coded("The two governments announce that an agreement has been reached between "
                  "Chile and Peru.", "2023-03-10")
    assert ("AGREE", "CHL", "PER", "2023-03-10") in found


def test_plain_present_perfect_keeps_the_month(coded: Quads) -> None:
    found = coded("Chile has signed an agreement with Peru.", "2023-03-10")
    assert ("AGREE", "CHL", "PER", "2023-03") in found


def test_offset_clause_with_its_own_date_keeps_it(kb: KnowledgeBase, model: Language) -> None:
    day = date(2019, 8, 23)
    sent = next(model("Tokyo on August 2 removed Seoul from its list of trusted partners, a "
                      "month after it tightened export controls on July 4.").sents)
    dates = _sentence_dates(kb, sent, Narrative(DocumentTime(day, day)))
    found = {f.token.text: date_for(kb, f, dates, Reference(day, None), False, sent)[0]
             for f in find_triggers(kb, sent)}
    assert found["tightened"] == FuzzyDate(2019, 7, 4)
