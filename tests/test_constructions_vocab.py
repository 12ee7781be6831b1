"""The less canonical words that carry an act, and the meeting told beside a signing.

Found with bench/constructions/make_vocab.py: wire copy offers, issues or presents 'an
apology', puts 'pen to paper', signs treaties known by their names ('the Washington
Accords'), returns captured soldiers, moves armoured vehicles, stages joint drills (which
the tagger lemmatises as 'stag'), and signs a treaty with a leader on the margins of a
summit, which the gold sets also code as a meeting. Near misses: an apology demanded or
withheld, no pen put to paper, 'applied to join NATO', a signature alone or with a
company, two signatories named together in a city, a topic that names a country.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"


def typed(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.type, m.source.code, m.target.code) for m in mentions
            if m.source.code != m.target.code}


def test_offered_an_apology_concedes(code: Code) -> None:
    text = "Japan on Tuesday offered an apology to South Korea for the remarks of a lawmaker."
    assert typed(code(text, DAY)) == {("CONCEDE", "JPN", "KOR")}


def test_demanded_apology_is_a_request_not_a_concession(code: Code) -> None:
    text = "Seoul on Tuesday demanded an apology from Japan for the remarks."
    assert {t for t, _, _ in typed(code(text, DAY))} == {"REQUEST"}


def test_withheld_apology_is_no_concession(code: Code) -> None:
    text = "Japan has refused to issue an apology to China, officials said on Tuesday."
    assert not any(t == "CONCEDE" for t, _, _ in typed(code(text, DAY)))


def test_put_pen_to_paper_agrees(code: Code) -> None:
    text = "Kenya and Uganda on Tuesday put pen to paper on a deal to extend the oil pipeline."
    assert typed(code(text, DAY)) == {("AGREE", "KEN", "UGA")}


def test_no_pen_to_paper_is_no_deal(code: Code) -> None:
    text = ("Brazil and Paraguay did not put pen to paper on the Itaipu deal on Tuesday, the "
            "ministry said.")
    assert typed(code(text, DAY)) == set()


def test_named_accord_is_signed(code: Code) -> None:
    text = ("Rwanda and the Democratic Republic of Congo on Tuesday signed the Washington "
            "Accords at a ceremony in the US capital.")
    assert typed(code(text, DAY)) == {("AGREE", "RWA", "COD")}


def test_applied_to_join_a_named_alliance_is_no_accession(code: Code) -> None:
    text = ("Finland and Sweden submitted their official letters of application to join NATO "
            "on 18 May 2022.")
    assert not any(t == "AGREE" for t, _, _ in typed(code(text, DAY)))


def test_returned_soldiers_concedes(code: Code) -> None:
    text = "Azerbaijan on Tuesday returned two Armenian soldiers to Armenia."
    assert typed(code(text, DAY)) == {("CONCEDE", "AZE", "ARM")}


def test_moved_armoured_vehicles_mobilizes(code: Code) -> None:
    text = "Venezuela on Tuesday moved armoured vehicles to the border with Guyana."
    assert typed(code(text, DAY)) == {("MOBILIZE", "VEN", "GUY")}


def test_staged_joint_drills_cooperate(code: Code) -> None:
    text = "Egypt and Saudi Arabia staged joint naval drills in the Red Sea on Tuesday."
    assert {t for t, _, _ in typed(code(text, DAY))} == {"COOPERATE"}


def test_signed_with_a_leader_on_the_margins_is_also_a_meeting(code: Code) -> None:
    text = ("Australia's prime minister on Tuesday signed a security treaty with the prime "
            "minister of Tuvalu on the sidelines of the Pacific Islands Forum.")
    assert {t for t, _, _ in typed(code(text, DAY))} == {"AGREE", "CONSULT"}


def test_agreed_together_in_a_city_is_also_a_meeting(code: Code) -> None:
    text = "Chile and Argentina agreed in Santiago on Tuesday to build a new border crossing."
    assert {t for t, _, _ in typed(code(text, DAY))} == {"AGREE", "CONSULT"}


def test_two_signatories_in_a_city_get_the_deal_only(code: Code) -> None:
    text = "Senegal and Mauritania on Tuesday signed a gas agreement in Nouakchott."
    assert typed(code(text, DAY)) == {("AGREE", "SEN", "MRT")}


def test_topic_naming_a_country_is_no_venue(code: Code) -> None:
    text = "Vietnam on Tuesday signed a deal with Indonesia on investment in Laos."
    assert {t for t, _, _ in typed(code(text, DAY))} == {"AGREE"}


def test_signing_with_a_company_is_no_event(code: Code) -> None:
    text = "Germany on Tuesday signed a contract with Airbus in Berlin for new tankers."
    assert typed(code(text, DAY)) == set()


def test_an_offer_of_aid_is_dated_to_the_day_it_was_made(code: Code) -> None:
    found = code("Japan on Tuesday offered Vietnam a loan of $200 million.", published="2025-02-12")
    assert [(m.type, m.status, m.date.iso if m.date else None) for m in found] == [
        ("AID", "occurred", "2025-02-11")]
    later = code("Japan will offer Vietnam a loan of $200 million on Tuesday.", published="2025-02-12")
    assert [(m.status, m.date.iso if m.date else None) for m in later] == [("planned", "2025-02-18")]
