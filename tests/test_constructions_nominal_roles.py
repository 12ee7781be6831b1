"""Parties of acts told through nouns whose trigger was found but whose parties were not.

Found with bench/constructions/make_nominal.py: 'announced the recall of its ambassador
from Belarus' (the envoy's post, under 'from', is the target; the clause's subject the
doer) and 'Kenya's offer of emergency assistance to Somalia' (the owner of the carrying
noun gives the aid; 'to' hangs on the offer, not on the aid). Near misses keep the nouns
where no act is told, or where 'from' names the doer ('the expulsion of ... from').
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def test_recall_of_its_ambassador_targets_the_post_left(code: Code) -> None:
    got = code("Lithuania announced on Tuesday the recall of its ambassador from Belarus "
               "for consultations.", published=DAY)
    assert typed(got) == {("SANCTION", "LTU", "BLR")}
    assert {m.date.iso for m in got if m.date is not None} == {"2024-03-05"}


def test_recall_from_is_not_the_doer(code: Code) -> None:
    got = code("Algeria announced on Tuesday the recall of its ambassador from Morocco.",
               published=DAY)
    assert ("SANCTION", "MAR", "DZA") not in typed(got)
    assert ("SANCTION", "DZA", "MAR") in typed(got)


def test_no_plans_for_a_recall_codes_nothing(code: Code) -> None:
    got = code("Sweden said on Tuesday it had no plans for the recall of its ambassador "
               "from Iran.", published=DAY)
    assert not {t for t in typed(got) if t[0] == "SANCTION"}


def test_offer_of_assistance_to_is_aid_by_the_owner(code: Code) -> None:
    got = code("Kenya's offer of emergency assistance to Somalia, made on Tuesday, was "
               "welcomed by aid agencies.", published=DAY)
    assert typed(got) == {("AID", "KEN", "SOM")}


def test_turned_down_offer_is_no_aid(code: Code) -> None:
    got = code("Somalia on Tuesday turned down Ethiopia's offer of assistance.", published=DAY)
    assert not {t for t in typed(got) if t[0] == "AID"}


def test_conditional_offer_is_no_aid(code: Code) -> None:
    got = code("Germany said on Tuesday that any offer of assistance to Moldova would "
               "depend on an audit of earlier loans.", published=DAY)
    assert not {t for t in typed(got) if t[0] == "AID"}


def test_visit_that_produced_a_deal_joins_visitor_and_host(code: Code) -> None:
    got = code("Australian Foreign Minister Penny Wong's visit to Jakarta on Tuesday produced "
               "an agreement on visa-free travel.", published=DAY)
    agree = [m for m in got if m.type == "AGREE"]
    assert {frozenset((m.source.code, m.target.code)) for m in agree} == {
        frozenset(("AUS", "IDN"))}
    assert not any(m.directed for m in agree)


def test_visit_that_produced_no_deal_is_only_a_visit(code: Code) -> None:
    got = code("Australian Foreign Minister Penny Wong's visit to Jakarta on Tuesday produced "
               "no agreement on fishing rights.", published=DAY)
    assert {t[0] for t in typed(got)} == {"CONSULT"}
