"""The words that carry each act: headline and phrasal verbs, light verbs with money or
arms, a state's recognition, withdrawal out of a country, refusal of a hostile act.

Each rule was found by holding one event fixed and varying the trigger word around it
(bench/constructions/make_triggers.py). Near misses check that each new entry stays inside
its sense: a blast is not always a rebuke, a deal struck is not a strike, refusing to
condemn a party rejects nothing, a complaint's topic is no meeting of the complainer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def test_blast_and_rap_a_party_are_rebukes(code: Code) -> None:
    assert typed(code("Azerbaijan blasted Armenia on Tuesday over border provocations.",
                      published=DAY)) == {("ACCUSE", "AZE", "ARM")}
    assert typed(code("India on Tuesday rapped Pakistan over its remarks on Kashmir.",
                      published=DAY)) == {("ACCUSE", "IND", "PAK")}
    # an explosion is no rebuke: the object is no party
    assert typed(code("Engineers blasted the rock near the border with Armenia on Tuesday.",
                      published=DAY)) == set()


def test_money_and_arms_provided_or_disbursed_are_aid(code: Code) -> None:
    assert typed(code("Saudi Arabia provided $500 million to Yemen on Tuesday.",
                      published=DAY)) == {("AID", "SAU", "YEM")}
    assert typed(code("The IMF disbursed $700 million to Pakistan on Tuesday.",
                      published=DAY)) == {("AID", "IMF", "PAK")}
    assert typed(code("India handed over a patrol vessel to Sri Lanka on Tuesday.",
                      published=DAY)) == {("AID", "IND", "LKA")}
    # information and details provided are no aid
    assert typed(code("Japan provided details to South Korea on Tuesday.",
                      published=DAY)) == set()


def test_a_deal_struck_is_no_strike(code: Code) -> None:
    assert typed(code("India struck a trade deal with Oman on Tuesday.", published=DAY)) == {
        ("AGREE", "IND", "OMN")}
    assert ("ASSAULT", "ISR", "SYR") in typed(code("Israel struck targets in Syria on Tuesday.",
                                                   published=DAY))


def test_recognising_a_state_is_support(code: Code) -> None:
    assert typed(code("Honduras recognised China on Tuesday.", published=DAY)) == {
        ("SUPPORT", "HND", "CHN")}
    # recognising a role is praise of nobody in particular, no recognition of a state
    assert "SUPPORT" not in {m.type for m in code(
        "Kenya recognised the importance of trade on Tuesday.", published=DAY)}


def test_pulling_out_of_a_country_is_retreat(code: Code) -> None:
    assert typed(code("France pulled out of Niger on Tuesday.", published=DAY)) == {
        ("RETREAT", "FRA", "NER")}
    assert typed(code("Germany pulled out of the World Cup on Tuesday.", published=DAY)) == set()


def test_returned_ships_and_joint_drills(code: Code) -> None:
    assert typed(code("Russia returned three seized Ukrainian ships to Ukraine on Tuesday.",
                      published=DAY)) == {("RETREAT", "RUS", "UKR")}
    drills = typed(code("The United States and India held joint military exercises on "
                        "Tuesday.", published=DAY))
    assert {m[0] for m in drills} == {"COOPERATE"}


def test_refusing_a_hostile_act_rejects_no_one(code: Code) -> None:
    assert typed(code("Brazil refused to condemn Russia on Tuesday.", published=DAY)) == set()
    assert typed(code("Australia declined to criticise China on Tuesday.",
                      published=DAY)) == set()
    assert ("REJECT", "BRA", "RUS") in typed(code("Brazil refused to meet Russia on Tuesday.",
                                                  published=DAY))


def test_a_complaints_topic_is_no_meeting_of_the_complainer(code: Code) -> None:
    assert typed(code("Japan filed a complaint with South Korea on Tuesday over the island "
                      "visit.", published=DAY)) == {("PROTEST", "JPN", "KOR")}


def test_charged_that_a_party_was_behind_it_accuses(code: Code) -> None:
    assert typed(code("Kosovo charged on Tuesday that Serbia was behind the attack.",
                      published=DAY)) == {("ACCUSE", "XKX", "SRB")}
    assert typed(code("Police charged that the suspect was behind the attack.",
                      published=DAY)) == set()


def test_brushing_aside_and_slapping_bans(code: Code) -> None:
    assert typed(code("India brushed aside Canada's allegations on Tuesday.",
                      published=DAY)) == {("REJECT", "IND", "CAN")}
    assert ("SANCTION", "SRB", "XKX") in typed(code(
        "Serbia on Tuesday slapped a ban on goods from Kosovo.", published=DAY))


def test_ruling_out_talks_rejects_them_and_holds_none(code: Code) -> None:
    assert typed(code("Taiwan ruled out talks with China on Tuesday.", published=DAY)) == {
        ("REJECT", "TWN", "CHN")}
    assert typed(code("The central bank of Japan ruled out a rate cut on Tuesday.",
                      published=DAY)) == set()


def test_rarer_verbs_of_asking_rebuffing_and_rebuking(code: Code) -> None:
    assert typed(code("Japan pleaded with China on Tuesday to release the detained "
                      "businessman.", published=DAY)) == {("REQUEST", "JPN", "CHN")}
    assert typed(code("The defendant pleaded guilty in a London court on Tuesday.",
                      published=DAY)) == set()
    assert typed(code("Venezuela spurned Colombia's proposal on Tuesday.", published=DAY)) == {
        ("REJECT", "VEN", "COL")}
    assert typed(code("Bolivia assailed Peru on Tuesday over its border policy.",
                      published=DAY)) == {("ACCUSE", "BOL", "PER")}


def test_support_lent_and_credit_extended(code: Code) -> None:
    assert typed(code("Brazil lent its support to Argentina's bid on Tuesday.",
                      published=DAY)) == {("SUPPORT", "BRA", "ARG")}
    assert typed(code("China extended a credit line to Sri Lanka on Tuesday.",
                      published=DAY)) == {("AID", "CHN", "LKA")}
    assert typed(code("The United States shipped artillery shells to Ukraine on Tuesday.",
                      published=DAY)) == {("AID", "USA", "UKR")}
