"""Events told with no date of their own right after a dated deed of the same exchange.

Found on a blind set: an answer framed by a verb of responding ('Israel's foreign minister
responded by accusing Spain ...') after a deed dated 'on Monday' stayed undated, because
the tense of a 'by'-gerund was read from the gerund itself rather than from the verb it
serves; and a same-day step told in the past perfect ('Hours earlier, X had warned ...')
was not known as a step. Near misses: an answer that is only planned, a step of months,
and an answer given its own year keep their own times.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch import nlp
from dyadwatch.coding.tense import clause_verb

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUBLISHED = "2024-03-08"  # a Friday
DEED = "Kenya recalled its ambassador from Somalia on Tuesday."


def test_a_by_gerund_takes_the_tense_of_the_verb_it_serves() -> None:
    doc = nlp.load()("Somalia responded by expelling two Kenyan diplomats.")
    gerund = next(t for t in doc if t.lower_ == "expelling")
    verb = clause_verb(gerund)
    assert verb is not None and verb.lower_ == "responded"


@pytest.mark.parametrize("answer, kind", [
    ("Somalia responded by accusing Kenya of provoking the crisis.", "ACCUSE"),
    ("Somalia hit back by expelling two Kenyan diplomats.", "SANCTION"),
    ("Mogadishu retaliated by summoning the Kenyan ambassador.", "PROTEST"),
])
def test_an_answer_takes_the_day_of_the_deed_it_answers(coded: Coded, answer: str,
                                                        kind: str) -> None:
    found = coded(f"{DEED} {answer}", PUBLISHED)
    assert (kind, "SOM", "KEN", "2024-03-05") in found


@pytest.mark.parametrize("step", ["Hours earlier", "An hour earlier", "Earlier in the day"])
def test_a_same_day_step_back_keeps_the_day(coded: Coded, step: str) -> None:
    found = coded(f"{DEED} {step}, Somalia had warned that it would cut ties with Kenya.",
                  PUBLISHED)
    assert ("THREATEN", "SOM", "KEN", "2024-03-05") in found


def test_a_planned_answer_is_not_dated_by_the_deed(coded: Coded) -> None:
    found = coded(f"{DEED} Somalia said it would respond by expelling Kenyan diplomats "
                  "next month.", PUBLISHED)
    assert not any(q[:3] == ("SANCTION", "SOM", "KEN") and q[3] == "2024-03-05" for q in found)


def test_a_step_of_months_is_not_the_same_day(coded: Coded) -> None:
    found = coded(f"{DEED} Two months earlier, Somalia had expelled two Kenyan diplomats.",
                  PUBLISHED)
    assert ("SANCTION", "SOM", "KEN", "2024-03-05") not in found


def test_an_answer_with_its_own_year_keeps_it(coded: Coded) -> None:
    found = coded(f"{DEED} In 2019, Somalia had responded by recalling its ambassador "
                  "from Kenya.", PUBLISHED)
    assert ("SANCTION", "SOM", "KEN", "2019") in found


def test_a_yearless_day_goes_on_with_the_older_year_its_paragraph_told(coded: Coded) -> None:
    found = coded("The picture was taken in Lusaka on a June morning in 2019. Poland's visit "
                  "to Ukraine, on 11 and 12 June, ended with a new accord.", "2025-02-10")
    assert any(q[0] == "CONSULT" and q[3] == "2019-06-11" for q in found)


def test_a_year_named_in_a_relative_clause_does_not_lend_itself(coded: Coded) -> None:
    found = coded("The deal builds on the accord that Poland and Ukraine signed on 7 December "
                  "2022. The following day, 17 September, Poland and Ukraine signed a "
                  "communique.", "2025-10-06")
    assert ("AGREE", "POL", "UKR", "2025-09-17") in found or \
        ("AGREE", "UKR", "POL", "2025-09-17") in found


# round 19b: dates lost to another clause's official, another clause's 'after', a request's
# complement and a page with no publication date

def _dated(found: set[Quad], kind: str, pair: tuple[str, str], day: str) -> bool:
    return any(q[0] == kind and set(q[1:3]) == set(pair) and q[3] == day for q in found)


def test_an_official_of_another_clause_leaves_the_date_alone(coded: Coded) -> None:
    found = coded("Germany expelled two Russian diplomats on 4 April 2022, a step that "
                  "Chancellor Friedrich Merz reversed years later.", "2025-11-03")
    assert ("SANCTION", "DEU", "RUS", "2022-04-04") in found


def test_the_acting_official_out_of_office_still_undates_the_event(coded: Coded) -> None:
    found = coded("Chancellor Friedrich Merz visited Poland on 4 April 2022.", "2025-11-03")
    assert not any(q[3] for q in found if q[0] == "CONSULT")


def test_after_taking_a_noun_keeps_the_sentence_day(coded: Coded) -> None:
    found = coded("The 2024 year March 12 day, Foreign Minister Wang Yi held talks in Beijing "
                  "with the foreign minister of Honduras, after the talks two sides signed a "
                  "joint communique.", "2024-03-30")
    assert _dated(found, "AGREE", ("CHN", "HND"), "2024-03-12")


def test_a_finite_after_clause_is_still_another_day(coded: Coded) -> None:
    found = coded("Poland recalled its ambassador on Tuesday after the Belarusian government "
                  "expelled two of its diplomats.", PUBLISHED)
    assert ("SANCTION", "POL", "BLR", "2024-03-05") in found
    assert ("SANCTION", "BLR", "POL", "2024-03-05") not in found


def test_a_time_in_the_request_complement_is_the_visit_s(coded: Coded) -> None:
    found = coded("Putin met President Tokayev of Kazakhstan in Astana on Tuesday. Putin "
                  "invited Tokayev to visit Moscow later this year.", PUBLISHED)
    assert ("REQUEST", "RUS", "KAZ", "2024-03-05") in found
    assert ("REQUEST", "RUS", "KAZ", "2024") not in found


def test_officials_terms_and_the_weekday_give_the_year_of_an_undated_page(coded: Coded) -> None:
    found = coded("The president of Colombia, Gustavo Petro, visited Caracas this Tuesday the 1 "
                  "of November, where he met the president Nicolas Maduro. It was the first "
                  "such encounter since the year 2016.")
    assert _dated(found, "CONSULT", ("COL", "VEN"), "2022-11-01")


def test_the_weekday_search_stays_within_the_terms() -> None:
    from datetime import date

    from dyadwatch.coding.weekdayyear import weekday_year
    from dyadwatch.datetext import find_dates
    from dyadwatch.records import FuzzyDate

    text = "this Tuesday the 1 of November"
    expr = find_dates(text)[0]
    guess = FuzzyDate(2019, 11, 1)
    assert weekday_year(text, expr, guess) == guess  # no near year fits: unchanged
    assert weekday_year(text, expr, guess, (date(2022, 8, 7), None)) == FuzzyDate(2022, 11, 1)
    assert weekday_year(text, expr, guess, (date(2031, 1, 1), date(2031, 12, 31))) == guess


def test_term_span_is_the_overlap_of_the_named_officials_terms() -> None:
    from datetime import date

    from dyadwatch import knowledge
    from dyadwatch.coding.termyears import term_span

    kb = knowledge.load()
    assert term_span(kb, "Gustavo Petro met Nicolas Maduro.") == (date(2022, 8, 7),
                                                                  date(2026, 1, 3))
    assert term_span(kb, "Petro met Maduro.") is None  # surnames alone name nobody for sure


def test_a_past_day_at_the_end_of_a_request_is_the_asking_day(coded: Coded) -> None:
    found = coded("India asked Bangladesh to extradite two suspects on Tuesday.", PUBLISHED)
    assert ("REQUEST", "IND", "BGD", "2024-03-05") in found
