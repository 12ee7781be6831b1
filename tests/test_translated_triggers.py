"""Triggers in headline grammar, briefings and translated readouts (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dyadwatch.coding.tense import headline_present
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]
Code = Callable[..., list[Mention]]


@pytest.mark.parametrize(("text", "kind", "a", "b"), [
    ("Ghana, Togo ink trade accord", "AGREE", "GHA", "TGO"),
    ("Kenya, Uganda ink border deal", "AGREE", "KEN", "UGA"),
    ("Norway, Iceland sign fishing accord", "AGREE", "NOR", "ISL"),
    ("10:30 - Hungary summons Ukrainian ambassador", "PROTEST", "HUN", "UKR"),
    ("Tunisia expels Libyan envoy", "SANCTION", "TUN", "LBY"),
])
def test_headline_verb_read_as_noun_is_a_verb(coded: Coded, text: str, kind: str,
                                              a: str, b: str) -> None:
    assert kind in types_between(coded(text), a, b)


@pytest.mark.parametrize(("line", "a", "b"), [
    ("Boluarte sent a message of congratulations to Chilean President Gabriel Boric.",
     "PER", "CHL"),
    ("Boluarte also sent a message of condolence to Ecuadorian President Daniel Noboa.",
     "PER", "ECU"),
])
def test_message_of_condolence_takes_the_sending_day(coded: Coded, line: str, a: str,
                                                     b: str) -> None:
    """The message noun sits under 'of' below the sending verb, whose tense dates it."""
    text = "LIMA, May 18 - Peruvian President Dina Boluarte opened a summit on Saturday.\n" + line
    assert ("CONSULT", a, b, "2024-05-18") in coded(text, "2024-05-20")


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Japan pledges $50 million to Ukraine", "JPN", "UKR"),
    ("Germany pledged 200 million euros to Jordan on Monday.", "DEU", "JOR"),
    ("Canada allocated $20 million to Haiti for flood relief.", "CAN", "HTI"),
])
def test_money_pledged_to_a_country_is_aid(coded: Coded, text: str, a: str, b: str) -> None:
    assert "AID" in types_between(coded(text, "2024-05-20"), a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Pakistan protests Indian drone incursion", "PAK", "IND"),
    ("China protested the visit of the Philippine defence minister to Taiwan.", "CHN", "PHL"),
    ("Seoul protested Tokyo's decision to release the water, the ministry said.", "KOR", "JPN"),
    ("Algeria strongly protested the expulsion of its diplomats by France.", "DZA", "FRA"),
])
def test_protesting_an_act_is_a_protest(coded: Coded, text: str, a: str, b: str) -> None:
    assert "PROTEST" in types_between(coded(text, "2024-05-20"), a, b)


@pytest.mark.parametrize("text", [
    "The ASEAN-China summit is an annual meeting of leaders.",
    "The Shanghai Cooperation Organisation summit is a yearly gathering of heads of state.",
    "The Quad dialogue is an informal forum of four democracies.",
])
def test_definition_of_a_meeting_reports_none(coded: Coded, text: str) -> None:
    assert not {q for q in coded(text) if q[0] == "CONSULT"}


def test_judged_meeting_is_still_reported(coded: Coded) -> None:
    found = coded("The visit by Brazil's president to Angola is a first in a decade.")
    assert "CONSULT" in types_between(found, "BRA", "AGO")


@pytest.mark.parametrize("text", [
    "Farmers protest new tax law in Nairobi.",
    "Students protested outside the Greek parliament on Monday.",
    "Thailand and Laos sign-up rates for the program rose.",
    "China and Pakistan enjoy friendly relations, the spokesperson said.",
    "Ghana did not sign the agreement with Nigeria.",
])
def test_near_misses_give_no_event(code: Code, text: str) -> None:
    assert not [m for m in code(text, "2024-05-20") if m.status == "occurred"]


@pytest.mark.parametrize("text", [
    "Egypt condemned the bombing in Mogadishu on Sunday.",
    "Qatar strongly condemns the terrorist attack in Islamabad.",
    "Oman denounced the shooting in Kuwait City on Friday.",
])
def test_condemning_violence_with_no_culprit_accuses_no_one(coded: Coded, text: str) -> None:
    assert not {q for q in coded(text, "2024-05-20") if q[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Egypt condemned the Israeli strike in Rafah on Sunday.", "EGY", "ISR"),
    ("Ghana condemned the attack by Togolese soldiers on a border post.", "GHA", "TGO"),
    ("Chile condemned the attack in Quito by Ecuadorian gangs.", "CHL", "ECU"),
    ("Peru condemned Bolivia for the attack on its border post.", "PER", "BOL"),
])
def test_condemning_a_named_culprit_accuses(coded: Coded, text: str, a: str, b: str) -> None:
    assert "ACCUSE" in types_between(coded(text, "2024-05-20"), a, b)


@pytest.mark.parametrize(("text", "word", "news"), [
    ("14:05 - Bogota expels two Venezuelan diplomats", "expels", True),
    ("Kenya, Uganda ink border deal", "ink", True),
    ("Tunisia expels Libyan envoy", "expels", True),
    ("Brazil imports wheat from Argentina.", "imports", False),
    ("Will Ghana sign the deal?", "sign", False),
    ("Egypt hopes to sign the pact", "sign", False),
])
def test_headline_present_tells_past_news(model: Language, text: str, word: str,
                                          news: bool) -> None:
    token = next(t for t in model(text) if t.text == word)
    assert headline_present(token) is news


@pytest.mark.parametrize("text", [
    "Lithuania condemned the attack as a breach of its sovereignty.",
    "The council condemned the reported strikes.",
])
def test_condemning_a_deed_told_before_stays_an_accusation(kb: KnowledgeBase, model: Language,
                                                           text: str) -> None:
    """A bare 'the attack' points back to a deed whose doer the story has named."""
    sent = next(iter(model(text).sents))
    assert "ACCUSE" in {f.entry.type for f in find_triggers(kb, sent)}
