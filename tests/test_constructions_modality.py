"""Acts that did not happen, were only wanted, or were denied, and forums named as occasions.

Found by holding one event fixed and varying what the sentence says of it
(bench/constructions/make_modality.py): 'has yet to', 'stopped short of', 'ruled out',
'no longer', 'calls for X to V', 'dismissed reports that', 'reports that ... were false',
a condition the parser hangs on the saying verb, 'is due on Tuesday for the summit', and
an organisation that only names the summit where two leaders met. Near misses check that
each rule keeps to its construction: the same act told as done, undenied reports, 'at
short notice', an organisation's own officer met at a summit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def typed(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.type, m.source.code, m.target.code) for m in mentions if m.date is not None}


@pytest.mark.parametrize("text", [
    "Pakistan has yet to recall its ambassador from Tehran, officials said on Tuesday.",
    "Kenya and Ethiopia have yet to sign a border security agreement, officials said on Tuesday.",
    "Germany on Tuesday stopped short of expelling four Russian diplomats.",
    "Germany on Tuesday ruled out expelling four Russian diplomats for now.",
    "Officials said on Tuesday that Nigeria was no longer closing its border with Niger.",
])
def test_withheld_acts_are_not_events(code: Code, text: str) -> None:
    assert typed(code(text, published=DAY)) == set()


def test_withheld_near_misses_keep_the_act(code: Code) -> None:
    short = code("Germany expelled four Russian diplomats at short notice on Tuesday.",
                 published=DAY)
    assert ("SANCTION", "DEU", "RUS") in typed(short)
    after = code("Germany expelled four Russian diplomats on Tuesday, a week after it had ruled "
                 "out such a step.", published=DAY)
    assert ("SANCTION", "DEU", "RUS") in typed(after)


def test_calls_for_an_act_are_not_the_act(code: Code) -> None:
    calls = code("Calls mounted on Tuesday for France to deliver 12 Caesar howitzers to Armenia.",
                 published=DAY)
    assert typed(calls) == set()
    urged = code("The African Union on Tuesday urged Kenya and Ethiopia to sign a border "
                 "security agreement.", published=DAY)
    assert typed(urged) == {("REQUEST", "AU", "KEN"), ("REQUEST", "AU", "ETH")}


@pytest.mark.parametrize("text", [
    "Brazil on Tuesday dismissed reports that it had accused Venezuela of violating the Guyana "
    "accord.",
    "Reports that the United States had imposed sanctions on Iranian drone makers were false, a "
    "government spokesman said on Tuesday.",
    "Reports that Brazil had accused Venezuela of violating the Guyana accord were false, a "
    "government spokesman said on Tuesday.",
])
def test_denied_reports_are_not_events(code: Code, text: str) -> None:
    assert typed(code(text, published=DAY)) == set()


def test_undenied_report_keeps_the_act(code: Code) -> None:
    told = code("Nigeria reportedly closed its border with Niger on Tuesday, according to two "
                "officials.", published=DAY)
    assert ("SANCTION", "NGA", "NER") in typed(told)


def test_condition_hung_on_the_saying_verb_still_conditions(code: Code) -> None:
    iffy = code("Germany would expel four Russian diplomats if the talks failed, a spokesman "
                "said on Tuesday.", published=DAY)
    assert typed(iffy) == set()


def test_due_for_a_summit_is_planned_and_dated_forward(code: Code) -> None:
    due = code("Japan's foreign minister is due in Manila on Tuesday for talks with his "
               "Philippine counterpart.", published="2025-10-17")
    talks = [m for m in due if m.type == "CONSULT"]
    assert talks and all(m.status == "planned" for m in talks)
    assert talks[0].date is not None and talks[0].date.iso == "2025-10-21"


@pytest.mark.parametrize("text", [
    "At the NATO summit in Madrid on Tuesday, Sweden, Finland and Turkey signed a memorandum on "
    "arms exports.",
    "South African President Cyril Ramaphosa flew to Rio de Janeiro on Tuesday for the G20 "
    "summit.",
    "Argentine President Javier Milei attended the G7 summit in Italy on Tuesday.",
    "Putin met Tokayev in Astana on Tuesday, on the eve of the summit of the Shanghai "
    "Cooperation Organisation.",
])
def test_forum_named_as_occasion_is_no_counterpart(code: Code, text: str) -> None:
    forums = {"NATO", "G20", "G7", "SCO"}
    assert not any(forums & {s, t} for _, s, t in typed(code(text, published=DAY)))


def test_forum_officer_and_bilateral_meeting_stay(code: Code) -> None:
    officer = code("Ukrainian President Volodymyr Zelensky met NATO Secretary General Jens "
                   "Stoltenberg on the sidelines of the summit in Vilnius on Tuesday.",
                   published=DAY)
    assert {frozenset(("UKR", "NATO"))} <= {frozenset((s, t)) for _, s, t in typed(officer)}
    pair = code("On the sidelines of the NATO summit in Vilnius on Tuesday, Turkish President "
                "Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson.", published=DAY)
    assert {(s, t) for _, s, t in typed(pair)} <= {("TUR", "SWE"), ("SWE", "TUR")}
    assert typed(pair)


def test_pledge_of_aid_is_dated_to_the_pledge(code: Code) -> None:
    pledged = code("Norway pledged on Tuesday to send humanitarian aid to Somalia.", published=DAY)
    aid = [m for m in pledged if m.type == "AID"]
    assert aid and all(m.date is not None and m.date.iso == "2024-03-05" for m in aid)
    assert all(m.status == "occurred" for m in aid)
    later = code("Norway will pledge humanitarian aid to Somalia at a donor conference next "
                 "week, officials said.", published=DAY)
    assert all(m.status == "planned" for m in later if m.type == "AID")
