"""The day of an event across the ways a report tells it.

Found by holding one event fixed and varying only its date expression
(bench/constructions/make_dates.py): a weekday in a sentence that codes nothing still
dates the rest of its paragraph ('On Wednesday X condemned ... It also recalled ...',
'... on Monday. A day later, ...'); 'March 5th' is one date although the parser makes
'5th' a noun; 'between 5 and 7 March' starts on the 5th; a live blog's clock time on a
line of its own stamps the paragraph below it, a present perfect included; a page whose
top line is 'Sunday 26 October' and whose credit says 2025 was published that day. Near
misses check that a saying's day, a new paragraph, a count after a date and a weekday
the year contradicts stay outside those rules.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.clean.pubdate import publication, weekday_day
from dyadwatch.datetext import find_dates

Coded = Callable[..., set[tuple[str, str, str, str | None]]]
FRIDAY = "2024-03-08"
HEAD = "Border row deepens\nGovernments traded sharp statements on Friday as the row deepened.\n"


@pytest.mark.slow
def test_weekday_of_a_sentence_coding_nothing_dates_its_paragraph(coded: Coded) -> None:
    got = coded(HEAD + "On Wednesday Chile condemned the incursion. It also recalled its "
                "ambassador from La Paz.", FRIDAY)
    assert ("SANCTION", "CHL", "BOL", "2024-03-06") in got
    after = coded(HEAD + "The government met in emergency session on Tuesday. Germany "
                  "expelled four Russian diplomats.", FRIDAY)
    assert ("SANCTION", "DEU", "RUS", "2024-03-05") in after


@pytest.mark.slow
def test_day_counted_from_a_weekday_of_a_sentence_coding_nothing(coded: Coded) -> None:
    later = coded(HEAD + "Parliament debated the crisis on Monday. A day later, Nigeria "
                  "closed its border with Niger.", FRIDAY)
    assert ("SANCTION", "NGA", "NER", "2024-03-05") in later
    before = coded(HEAD + "Parliament debated the crisis on Wednesday. India had rejected "
                   "Canadian allegations of interference the previous day.", FRIDAY)
    assert ("REJECT", "IND", "CAN", "2024-03-05") in before


@pytest.mark.slow
def test_paragraph_day_does_not_cross_into_the_next_paragraph(coded: Coded) -> None:
    got = coded(HEAD + "On Wednesday Chile condemned the incursion.\n"
                "Bolivia expelled two Chilean diplomats.", FRIDAY)
    assert not any(q[1] == "BOL" and q[3] == "2024-03-06" for q in got)


@pytest.mark.slow
def test_a_sayings_day_leaves_the_answer_on_the_news_day(coded: Coded) -> None:
    got = coded("Baku pulls out of talks\nBAKU, Nov 16 - Azerbaijan said on Thursday that it "
                "would not attend a meeting with Armenia that the United States had planned to "
                "host, in protest at remarks by a U.S. official. A State Department official "
                "told a congressional hearing on Wednesday that there would be no business as "
                "usual with Baku. Azerbaijan's foreign ministry said the remarks were one-sided, "
                "and it accused Washington of a biased approach.", "2023-11-16")
    assert ("ACCUSE", "AZE", "USA", "2023-11-16") in got
    assert not any(q[3] == "2023-11-15" for q in got if q[1] == "AZE")


@pytest.mark.slow
def test_month_and_ordinal_day_parsed_as_a_noun_is_one_date(coded: Coded) -> None:
    assert coded("Pakistan recalled its ambassador from Tehran on March 5th.", FRIDAY) == {
        ("SANCTION", "PAK", "IRN", "2024-03-05")}
    # a date worn by another noun still names only that noun's event
    worn = coded("Germany expelled four Russian diplomats after the March 5th vote.", FRIDAY)
    assert ("SANCTION", "DEU", "RUS", "2024-03-05") not in worn


def test_between_two_days_starts_on_the_first() -> None:
    found = find_dates("Between 5 and 7 March, talks were held.")
    assert [(d.month, d.day) for d in found] == [(3, 5)]
    spoken = find_dates("between March 5 and 7")
    assert [(d.month, d.day) for d in spoken] == [(3, 5)]
    # 'and' after a full date starts no range: '7 people' is a count
    count = find_dates("on 5 March and 7 people died")
    assert [(d.text, d.day) for d in count] == [("5 March", 5)]


@pytest.mark.slow
def test_bare_clock_line_stamps_the_entry_below_with_its_day_heading(coded: Coded) -> None:
    blog = ("Live: regional crisis\nWednesday 6 March 2024\n08:05 GMT\n"
            "Pakistan recalled its ambassador from Tehran.\nTuesday 5 March 2024\n"
            "14:32 GMT\nBrazil accused Venezuela of violating the Guyana accord.\n13:10 GMT\n"
            "Oil prices rose.")
    got = coded(blog, "2024-03-06")
    assert ("SANCTION", "PAK", "IRN", "2024-03-06") in got
    assert ("ACCUSE", "BRA", "VEN", "2024-03-05") in got


@pytest.mark.slow
def test_present_perfect_under_a_bare_clock_line_is_that_entrys_day(coded: Coded) -> None:
    blog = ("Live: regional crisis\nWednesday 6 March 2024\n08:05 GMT\nMarkets opened lower.\n"
            "Tuesday 5 March 2024\n14:32 GMT\nGermany has expelled four Russian diplomats.")
    assert ("SANCTION", "DEU", "RUS", "2024-03-05") in coded(blog, "2024-03-06")


def test_weekday_top_line_takes_the_credit_year_it_agrees_with() -> None:
    page = "20:05\nTrump is due in Tokyo.\nSunday 26 October. Follow our live coverage.\n" \
        "(c) 2025 Straits Monitor Media"
    found = publication(page)
    assert found is not None and found[0].iso == "2025-10-26"
    # 26 October 2025 is no Monday: the line is no stamp of that year, only the credit is
    wrong = publication(page.replace("Sunday", "Monday"))
    assert wrong is not None and wrong[0].iso == "2025"
    # a weekday in prose names no page day
    prose = publication("Sundays in October are quiet.\n(c) 2025 Straits Monitor Media")
    assert prose is not None and prose[0].iso == "2025"
    assert weekday_day("Sunday 26 October. Live.", None) is None  # no credit, no year
