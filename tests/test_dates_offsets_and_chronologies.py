"""Dates: a party that 'did the same' in an offset clause is dated by the
offset, not by the main act; a yearless chronology told in document order does not
wrap the year."""

from collections.abc import Callable
from datetime import date

from dyadwatch.coding.dates import _cycle_end, _told_in_order, document_time
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention

Code = Callable[..., list[Mention]]


def dated(mentions: list[Mention]) -> dict[str, str | None]:
    """The date each source's act got."""
    return {m.source.code: (m.date.iso if m.date else None) for m in mentions
            if m.type == "SANCTION"}


def test_a_day_after_another_did_the_same_is_the_day_before(code: Code) -> None:
    found = dated(code("Slovakia expelled the Russian ambassador on 14 May, a day after "
                       "Hungary's parliament did the same.", "2024-05-20"))
    assert found == {"SVK": "2024-05-14", "HUN": "2024-05-13"}


def test_two_weeks_before_another_did_is_two_weeks_later(code: Code) -> None:
    found = dated(code("Peru expelled the Venezuelan ambassador on 3 June, two weeks before "
                       "Chile did.", "2024-06-20"))
    assert found == {"PER": "2024-06-03", "CHL": "2024-06-17"}


def test_a_few_days_after_knows_only_the_month(code: Code) -> None:
    found = dated(code("Peru expelled the Venezuelan ambassador on 23 June, a few days after "
                       "Chile did.", "2024-06-28"))
    assert found == {"PER": "2024-06-23", "CHL": "2024-06"}


def test_a_bare_after_leaves_the_parallel_act_undated(code: Code) -> None:
    found = dated(code("Peru expelled the Venezuelan ambassador on 3 June, after Chile did.",
                       "2024-06-20"))
    assert found == {"PER": "2024-06-03", "CHL": None}


def test_shortly_after_is_the_same_day(code: Code) -> None:
    found = dated(code("Peru expelled the Venezuelan ambassador on 3 June, shortly after "
                       "Chile did so.", "2024-06-20"))
    assert found == {"PER": "2024-06-03", "CHL": "2024-06-03"}


def test_the_parallel_clause_may_give_its_own_date(code: Code) -> None:
    found = dated(code("Peru expelled the Venezuelan ambassador on 3 June, a month after "
                       "Chile did so on 2 May.", "2024-06-20"))
    assert found == {"PER": "2024-06-03", "CHL": "2024-05-02"}


def test_a_chronology_in_document_order_does_not_wrap() -> None:
    told = [(1, 12), (3, 20), (6, 4), (9, 30)]
    assert _told_in_order(told) == (9, 30)
    assert _cycle_end(sorted(told)) == (6, 4)  # the gaps alone would wrap at June


def test_a_chronology_that_drops_back_wraps_the_year() -> None:
    told = [(10, 3), (11, 8), (12, 1), (1, 15), (2, 9)]
    assert _told_in_order(told) is None
    assert _cycle_end(sorted(told)) == (2, 9)


def test_a_lede_before_an_earlier_chronology_is_left_to_the_gaps() -> None:
    assert _told_in_order([(6, 4), (1, 12), (3, 20), (4, 1)]) is None
    assert _told_in_order([(9, 30), (1, 12), (3, 20), (6, 4), (9, 30)]) == (9, 30)
    assert _told_in_order([(3, 1), (9, 1)]) is None  # two dates may be told backwards


def test_a_yearless_chronology_dates_its_entries_in_one_year(kb: KnowledgeBase,
                                                             code: Code) -> None:
    text = ("The year 2021 will stay that of the quarrel between the two kingdoms.\n"
            "On 12 January Norway recalled its ambassador from Denmark.\n"
            "On 20 March Denmark expelled two Norwegian diplomats.\n"
            "On 4 June Norway imposed new tariffs on Denmark.\n"
            "On 30 September Denmark suspended its fishing pact with Norway.")
    assert document_time(kb, text, None).now == date(2021, 9, 30)
    dates = {m.date.iso for m in code(text) if m.date is not None}
    assert dates and all(d.startswith("2021") for d in dates)


LEDE = ("OSLO, March 4 - Norway said on Thursday that it would not attend a summit with "
        "Sweden's prime minister that Denmark had planned to host in Copenhagen on March 12, "
        "in protest at remarks by a senior Danish official. Danish envoy Lars Holm told a "
        "parliamentary committee on Wednesday that Copenhagen had frozen several joint "
        "projects with Oslo. ")


def test_the_news_days_speaker_goes_on_with_that_day_after_a_look_back(code: Code) -> None:
    found = code(LEDE + "Norway's foreign ministry said the remarks were hostile, and it "
                 "accused Denmark of a biased approach.", "2021-03-04")
    assert {(m.source.code, m.target.code, m.date.iso if m.date else None)
            for m in found if m.type == "ACCUSE"} == {("NOR", "DNK", "2021-03-04")}


def test_a_party_not_quoted_on_the_news_day_stays_undated(code: Code) -> None:
    found = code(LEDE + "Finland's foreign ministry said the remarks were hostile, and it "
                 "accused Denmark of a biased approach.", "2021-03-04")
    assert {(m.source.code, m.target.code, m.date)
            for m in found if m.type == "ACCUSE"} == {("FIN", "DNK", None)}
