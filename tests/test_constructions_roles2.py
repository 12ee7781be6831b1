"""Role shapes of wire copy that textbook clauses lack (bench/constructions/make_roles2.py).

The target after a particle verb's 'at' ('lashed out at'), the party a 'stood by' is for,
the doer behind 'a statement from ...' or 'officials in <capital>', co-signers on one side
of 'with', the parties an offer to mediate is between or a pledged investment goes into,
a sea named after a state, and 'They' after a subject of listed states. Near misses keep
each rule inside its shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def pairs(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions}


@pytest.mark.parametrize("verb", ["lashed out at", "hit back at", "took aim at",
                                  "pointed the finger at", "levelled fresh accusations at"])
def test_at_names_the_one_judged(code: Code, verb: str) -> None:
    text = f"Algeria {verb} Morocco on Tuesday over hostile acts along the border."
    assert typed(code(text, published=DAY)) == {("ACCUSE", "DZA", "MAR")}


def test_at_does_not_displace_a_named_object(code: Code) -> None:
    found = typed(code("Ukraine accused Russia at the United Nations on Tuesday of "
                       "deporting children.", published=DAY))
    assert ("ACCUSE", "UKR", "RUS") in found
    assert not any(t == "UN" for _, _, t in found)


def test_stood_by_names_the_one_supported(code: Code) -> None:
    assert typed(code("Poland stood by Lithuania on Tuesday after the border incident.",
                      published=DAY)) == {("SUPPORT", "POL", "LTU")}
    assert code("Crowds stood by the road in Lithuania on Tuesday as the convoy passed.",
                published=DAY) == []


@pytest.mark.parametrize("subject", [
    "A statement from India's foreign ministry", "A statement issued by New Delhi",
    "Officials in New Delhi", "Senior diplomats in New Delhi"])
def test_doer_behind_a_message_or_its_officials(code: Code, subject: str) -> None:
    text = f"{subject} on Tuesday accused Pakistan of sheltering militants."
    assert typed(code(text, published=DAY)) == {("ACCUSE", "IND", "PAK")}


def test_statement_in_a_place_is_not_its_author(code: Code) -> None:
    # a message is 'from' its party; 'in' only places it
    found = typed(code("A statement read in Geneva on Tuesday accused Pakistan of "
                       "sheltering militants.", published=DAY))
    assert found == set() or all(s != "CHE" for _, s, _ in found)


def test_cosigners_with_one_partner_are_not_each_others(code: Code) -> None:
    found = pairs(code("India and Australia signed a maritime security agreement with the "
                       "Philippines on Tuesday.", published=DAY))
    assert found == {frozenset(("IND", "PHL")), frozenset(("AUS", "PHL"))}


def test_trilateral_pact_keeps_every_pair(code: Code) -> None:
    found = pairs(code("India and Australia signed a trilateral agreement with the "
                       "Philippines on Tuesday.", published=DAY))
    assert frozenset(("IND", "AUS")) in found and len(found) == 3


def test_offer_to_mediate_between_two_states(code: Code) -> None:
    found = typed(code("Turkey offered on Tuesday to mediate between Ethiopia and Somalia.",
                       published=DAY))
    assert {s for _, s, _ in found} == {"TUR"}
    assert {t for _, _, t in found} == {"ETH", "SOM"}


def test_pledged_investment_goes_to_the_country_it_is_put_into(code: Code) -> None:
    assert ("AID", "SAU", "PAK") in typed(code(
        "Saudi Arabia pledged on Tuesday to invest $10 billion in Pakistan over five years.",
        published=DAY))


def test_infinitive_with_its_own_subject_is_not_the_offer(code: Code) -> None:
    found = typed(code("Ursula von der Leyen travelled to Baku on Monday and signed a "
                       "memorandum with President Ilham Aliyev, as the European Union "
                       "hurries to replace Russian gas.", published="2022-07-19"))
    assert not any("RUS" in (s, t) for _, s, t in found)


def test_sea_named_after_a_state_is_not_the_state(code: Code) -> None:
    found = typed(code("Iranian forces seized a tanker in the Gulf of Oman on Tuesday.",
                       published=DAY))
    assert not any("OMN" in (s, t) for _, s, t in found)
    assert ("COERCE", "IRN", "OMN") in typed(code(
        "Iranian forces seized an Omani tanker on Tuesday.", published=DAY))


def test_they_after_listed_states_names_each(code: Code) -> None:
    found = pairs(code("Kenya and Ethiopia condemned the bombing of a market on Tuesday. "
                       "They also signed a defence cooperation pact with Somalia.",
                       published=DAY))
    assert found == {frozenset(("KEN", "SOM")), frozenset(("ETH", "SOM"))}


def test_they_after_a_single_state_stays_unresolved(code: Code) -> None:
    found = pairs(code("Kenya condemned the bombing of a market on Tuesday. They also "
                       "signed a defence cooperation pact with Somalia.", published=DAY))
    assert frozenset(("ETH", "SOM")) not in found


@pytest.mark.parametrize("text", [
    "Japan's ambassador to South Korea was recalled by Tokyo on Tuesday.",
    "Tokyo recalled Japan's ambassador to South Korea on Tuesday."])
def test_recall_of_an_envoy_is_aimed_at_the_state_posted_to(code: Code, text: str) -> None:
    assert typed(code(text, published=DAY)) == {("SANCTION", "JPN", "KOR")}


def test_envoy_posted_to_a_body_does_not_become_a_target(code: Code) -> None:
    found = typed(code("Russia's ambassador to the UN, Vassily Nebenzia, accused Ukraine on "
                       "Tuesday of shelling civilians.", published=DAY))
    assert found == {("ACCUSE", "RUS", "UKR")}
