"""Acts told inside a meeting, a call or talks, and the 18a leftovers on meetings.

Found by holding one event fixed and varying the encounter it was made in
(bench/constructions/make_inmeeting.py): a deal the talks ended with when the subject
counts the talks ('two days of talks between A and B ended with a deal'), a demand
joined to another verb under 'During talks with X', support whose beneficiary sits on
the verb ('threw its weight behind', 'assured Y of its support') or on the cause backed
('support for the territorial integrity of Y'), 'held talk with' in machine-translated
copy, and an ambassador presenting credentials. Near misses: 'agreed to disagree', aid
only discussed, a third state's offensive discussed, talks that failed to agree.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2025-02-12"  # a Wednesday: 'Tuesday' is 2025-02-11


def test_counted_talks_lend_their_parties_to_the_deal(code: Code) -> None:
    found = code("Two days of talks between Turkey and Kenya ended on Tuesday with a deal on "
                 "fishing rights.", published=DAY)
    assert ("AGREE", "TUR", "KEN") in typed(found)
    assert ("CONSULT", "TUR", "KEN") in typed(found)
    failed = code("Two days of talks between Turkey and Kenya ended on Tuesday without a "
                  "deal on fishing rights.", published=DAY)
    assert not any(m.type == "AGREE" for m in failed)


def test_demand_joined_under_during_talks_goes_to_the_partner(code: Code) -> None:
    found = code("During talks with Hungarian Foreign Minister Peter Szijjarto on Tuesday, "
                 "Kazakh Foreign Minister Murat Nurtleu raised the case of Kazakh citizens "
                 "detained in Hungary and demanded their release.", published=DAY)
    assert ("REQUEST", "KAZ", "HUN") in typed(found)


def test_weight_thrown_behind_a_state_is_support(code: Code) -> None:
    found = code("Turkey on Tuesday threw its weight behind Kenya's candidate for the post of "
                 "WTO director-general.", published=DAY)
    assert typed(found) == {("SUPPORT", "TUR", "KEN")}


def test_assured_of_support_backs_the_one_assured(code: Code) -> None:
    found = code("Egyptian President Abdel Fattah al-Sisi assured Serbia of Egypt's full "
                 "support on Tuesday.", published=DAY)
    assert typed(found) == {("SUPPORT", "EGY", "SRB")}


def test_support_for_territorial_integrity_backs_its_owner(code: Code) -> None:
    found = code("On Tuesday, Japanese Foreign Minister Takeshi Iwaya reaffirmed Japan's "
                 "support for the sovereignty and territorial integrity of Vietnam.",
                 published=DAY)
    assert ("SUPPORT", "JPN", "VNM") in typed(found)


def test_held_talk_in_translated_copy_is_a_meeting(code: Code) -> None:
    found = code("Turkish Foreign Minister Hakan Fidan held talk with Kenyan Foreign Minister "
                 "Musalia Mudavadi in Nairobi on Tuesday.", published=DAY)
    assert {(m.type, frozenset((m.source.code, m.target.code))) for m in found} == {
        ("CONSULT", frozenset(("TUR", "KEN")))}
    small = code("Turkish Foreign Minister Hakan Fidan dismissed the talk of a rift with Kenya "
                 "on Tuesday.", published=DAY)
    assert not any(m.type == "CONSULT" for m in small)


def test_presented_credentials_is_a_meeting(code: Code) -> None:
    found = code("The Ambassador of Kazakhstan presented his credentials to Prime Minister "
                 "Viktor Orban in Budapest on Tuesday.", published=DAY)
    assert {(m.type, frozenset((m.source.code, m.target.code))) for m in found} == {
        ("CONSULT", frozenset(("KAZ", "HUN")))}


def test_agreed_to_disagree_is_no_agreement(code: Code) -> None:
    found = code("After three hours of talks on Tuesday, Turkish Foreign Minister Hakan Fidan "
                 "and Kenyan Foreign Minister Musalia Mudavadi agreed to disagree on the "
                 "fishing quota.", published=DAY)
    assert not any(m.type == "AGREE" for m in found)
    assert any(m.type == "CONSULT" for m in found)


def test_discussed_aid_and_third_offensive_are_only_the_meeting(code: Code) -> None:
    aid = code("Egyptian Foreign Minister Badr Abdelatty and Serbian Foreign Minister Marko "
               "Djuric discussed aid for flood victims when they met on Tuesday.", published=DAY)
    assert {m.type for m in aid} == {"CONSULT"}
    third = code("Egyptian Foreign Minister Badr Abdelatty and Serbian Foreign Minister Marko "
                 "Djuric discussed Japan's military offensive when they met in Belgrade on "
                 "Tuesday.", published=DAY)
    assert all("JPN" not in (m.source.code, m.target.code) for m in third)


# round 18c: the encounter that is only the occasion of an act, 'the meeting' told back,
# and 'talk of' a rift


def consults(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions if m.type == "CONSULT"}


def test_call_that_is_the_occasion_of_a_demand_is_a_consult(code: Code) -> None:
    found = code("In a phone call on Tuesday, Pakistani Foreign Minister Ishaq Dar pressed his "
                 "counterpart Mohamad Hasan to release the Pakistani sailors.", published=DAY)
    assert ("REQUEST", "PAK", "MYS") in typed(found)
    call = [m for m in found if m.type == "CONSULT"]
    assert [(m.mode, m.directed, m.date.iso if m.date else None) for m in call] == [
        ("phone", False, "2025-02-11")]


def test_call_that_is_the_occasion_of_support_is_a_consult(code: Code) -> None:
    found = code("In a phone call on Tuesday, Italian Foreign Minister Antonio Tajani "
                 "reaffirmed Italy's support for the sovereignty and territorial integrity "
                 "of Argentina.", published=DAY)
    assert ("SUPPORT", "ITA", "ARG") in typed(found)
    assert consults(found) == {frozenset(("ITA", "ARG"))}


@pytest.mark.parametrize("text", [
    "At a NATO meeting on Tuesday, Germany urged Russia to withdraw its troops.",
    "In a NATO meeting on Tuesday, Germany urged Russia to withdraw its troops.",
    "During a meeting of EU foreign ministers on Tuesday, France urged Russia to free the "
    "journalists.",
    "In a statement on Tuesday, Germany urged Russia to withdraw its troops.",
    "At a meeting in Brussels on Tuesday, Germany urged Russia to withdraw its troops.",
    "In a conference call with reporters on Tuesday, Germany urged Russia to withdraw its "
    "troops.",
    "During a meeting with students on Tuesday, the German foreign minister urged Russia to "
    "withdraw its troops.",
])
def test_bloc_meeting_or_statement_lends_no_consult(code: Code, text: str) -> None:
    found = code(text, published=DAY)
    assert any(m.type == "REQUEST" for m in found)
    assert not consults(found)


def test_press_conference_accusation_is_no_consult(code: Code) -> None:
    found = code("At a press conference on Tuesday, Turkish Foreign Minister Hakan Fidan "
                 "accused Kenya of mistreating Turkish workers.", published=DAY)
    assert ("ACCUSE", "TUR", "KEN") in typed(found)
    assert not consults(found)


def test_act_at_the_meeting_takes_the_meetings_day(code: Code) -> None:
    found = code("Egyptian Foreign Minister Badr Abdelatty met Serbian Foreign Minister Marko "
                 "Djuric in Belgrade on Tuesday. At the meeting, the two ministers agreed to "
                 "reopen consulates closed since 2020.", published=DAY)
    agreed = [m for m in found if m.type == "AGREE"]
    assert agreed and all(m.date is not None and m.date.iso == "2025-02-11" for m in agreed)
    assert all(m.date is not None for m in found)


def test_an_unmet_pair_at_the_meeting_takes_no_day(code: Code) -> None:
    found = code("Egyptian Foreign Minister Badr Abdelatty met Serbian Foreign Minister Marko "
                 "Djuric in Belgrade on Tuesday. At the meeting, Japan pledged aid to Kenya.",
                 published=DAY)
    assert not any(m.date_text == "meeting" and {m.source.code, m.target.code} == {"JPN", "KEN"}
                   for m in found)


@pytest.mark.parametrize("text", [
    "Turkish President Recep Tayyip Erdogan on Tuesday dismissed talk of a rift with Kenya.",
    "Japan's foreign ministry on Tuesday dismissed speculation about a secret arms deal with "
    "Saudi Arabia.",
])
def test_dismissing_talk_of_a_rift_rejects_no_one(code: Code, text: str) -> None:
    assert not any(m.type == "REJECT" for m in code(text, published=DAY))


def test_rejecting_a_partys_claims_is_kept(code: Code) -> None:
    found = code("Japan on Tuesday rejected Saudi Arabia's claims that Japanese trawlers had "
                 "entered its waters.", published=DAY)
    assert ("REJECT", "JPN", "SAU") in typed(found)


def test_one_call_is_one_meeting_however_many_acts_it_held(code: Code) -> None:
    found = code("In a phone call on Tuesday, Kenyan President William Ruto pressed Ethiopian Prime "
                 "Minister Abiy Ahmed to reopen the border and demanded the release of detained "
                 "traders.", published=DAY)
    assert [m.mode for m in found if m.type == "CONSULT"] == ["phone"]
