"""Days that belong to another verb than the planned act, and chronology entries that plan.

Found by holding one plan fixed and varying where its day phrase hangs
(bench/constructions/make_modality.py, plan-governor-day*, plan-timeline-future-entry):
'agreed on Tuesday to resume talks' names the day of the agreement, not of the talks,
and must not be resolved forward to the next Tuesday for the plan; a chronology entry
'5 March - X says it will expel ...' is dated by its heading, in the year it is told in.
Near misses: a day the plan itself names, and a day on a saying verb, still date the plan.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05, 'next Tuesday' 2024-03-12


def dated(mentions: list[Mention], kind: str) -> set[str]:
    return {m.date.iso for m in mentions if m.type == kind and m.date is not None}


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agreed on Tuesday to resume talks on their disputed border.",
    "Thailand and Cambodia agreed late on Tuesday, after hours of haggling, to open talks on "
    "a ceasefire.",
])
def test_day_of_the_agreement_does_not_date_the_planned_talks(code: Code, text: str) -> None:
    mentions = code(text, published=DAY)
    assert dated(mentions, "AGREE") == {"2024-03-05"}
    assert dated(mentions, "CONSULT") == set()  # not 2024-03-12, the next Tuesday


def test_a_day_the_plan_names_still_dates_it(code: Code) -> None:
    mentions = code("Armenia and Azerbaijan will hold talks on Tuesday.", published=DAY)
    assert dated(mentions, "CONSULT") == {"2024-03-12"}


def test_a_saying_verbs_day_still_dates_the_plan(code: Code) -> None:
    mentions = code("Germany plans to expel four Russian diplomats, officials said on Tuesday.",
                    published=DAY)
    assert dated(mentions, "SANCTION") == {"2024-03-05"}


def test_future_entry_keeps_the_heading_year(code: Code) -> None:
    text = ("Timeline of the row.\n5 March - Kenya says it will expel Uganda's ambassador.\n"
            "12 March - Uganda recalls its envoy from Kenya.")
    mentions = code(text, published="2024-04-10")
    assert {d[:4] for d in dated(mentions, "SANCTION")} == {"2024"}  # not 2025-03-05


def test_future_outside_an_entry_still_looks_ahead(code: Code) -> None:
    mentions = code("Kenya says it will expel Uganda's ambassador on 5 March.",
                    published="2024-04-10")
    assert dated(mentions, "SANCTION") == {"2025-03-05"}


def test_deadline_set_is_no_event_of_the_act(code: Code) -> None:
    mentions = code("Greece on Tuesday set a deadline for Turkey's troops to leave the disputed "
                    "area.", published=DAY)
    assert dated(mentions, "RETREAT") == set()
