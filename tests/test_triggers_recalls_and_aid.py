"""Triggers and types: recalls said as 'call home', aid named by what is sent,
headline verbs read as adjectives, decisions that are the act, agreed talks still to
come, offers, regrets, and press copy that only looks like a trigger."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import Quad

Coded = Callable[..., set[Quad]]
Code = Callable[..., list[Mention]]
PUB = "2024-05-20"


def _types(found: set[Quad], source: str, target: str) -> set[str]:
    return {q[0] for q in found if (q[1], q[2]) == (source, target)}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chile and Peru call home ambassadors from Bolivia", "PER", "BOL"),
    ("Ecuador called home its ambassador to Venezuela on Tuesday.", "ECU", "VEN"),
    ("Togo has called back its envoy from Ghana over the row.", "TGO", "GHA"),
    ("Uruguay called its ambassador home from Paraguay.", "URY", "PRY"),
])
def test_calling_an_envoy_home_is_a_recall(coded: Coded, text: str, source: str,
                                           target: str) -> None:
    types = _types(coded(text, PUB), source, target)
    assert "SANCTION" in types
    assert "CONSULT" not in types


def test_calling_a_counterpart_stays_a_phone_call(coded: Coded) -> None:
    found = coded("The Bolivian president called his Peruvian counterpart to discuss trade.", PUB)
    assert _types(found, "BOL", "PER") == {"CONSULT"}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Oman delivered food supplies to Yemen on Sunday.", "OMN", "YEM"),
    ("Iran sent vegetables and fruit to Qatar.", "IRN", "QAT"),
    ("Cyprus sent firefighters to Greece to fight the wildfires.", "CYP", "GRC"),
    ("Malaysia dispatched rescue teams to Indonesia after the earthquake.", "MYS", "IDN"),
    ("Jordan airlifted tents and blankets to Lebanon.", "JOR", "LBN"),
    ("Egypt sends 30 trucks of flour and medicine to Sudan.", "EGY", "SDN"),
    ("Ankara sent 80 tons of humanitarian cargo to Libya.", "TUR", "LBY"),
])
def test_sending_relief_is_aid(coded: Coded, text: str, source: str, target: str) -> None:
    assert "AID" in _types(coded(text, PUB), source, target)


@pytest.mark.parametrize("text", [
    "Oman delivered a stern message to Yemen on Sunday.",
    "The Emir sent the King of Jordan a letter that praised his humanitarian work.",
    "Egypt said it would send food to Sudan if the roads reopen.",
    "Algeria refused to send tents to Morocco.",
])
def test_sending_no_relief_is_no_aid(coded: Coded, text: str) -> None:
    assert not any(q[0] == "AID" for q in coded(text, PUB))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Lebanon accepted Iranian aid for its power grid.", "IRN", "LBN"),
    ("Moldova got emergency aid from Romania after the floods.", "ROU", "MDA"),
])
def test_receiving_aid_names_the_giver(coded: Coded, text: str, source: str,
                                       target: str) -> None:
    assert "AID" in _types(coded(text, PUB), source, target)


@pytest.mark.parametrize("text", [
    "Ecuador decided to expel the Mexican ambassador.",
    "Poland has decided to impose sanctions on Belarus.",
    "Hungary decided to send troops to Chad.",
    "Ghana decided to recall its ambassador from Nigeria.",
    "The EU decided to suspend aid to Niger.",
])
def test_a_decision_to_act_is_the_act(code: Code, text: str) -> None:
    statuses = {m.status for m in code(text, PUB)}
    assert statuses == {"occurred"}


@pytest.mark.parametrize("text", [
    "Ecuador will decide next week whether to expel the Mexican ambassador.",
    "Poland decided not to impose sanctions on Belarus.",
    "Peru may decide to recall its ambassador from Mexico.",
])
def test_undecided_or_refused_acts_are_no_events(code: Code, text: str) -> None:
    assert not [m for m in code(text, PUB) if m.status == "occurred"]


@pytest.mark.parametrize("text", [
    "India and Nepal agreed on the resumption of direct talks.",
    "Serbia and Croatia agreed on a new round of talks on minorities.",
    "Ghana and Togo reached a consensus on the holding of talks in Lome.",
])
def test_agreed_talks_are_still_to_come(code: Code, text: str) -> None:
    talks = [m for m in code(text, PUB) if m.type == "CONSULT"]
    assert all(m.status == "planned" for m in talks)


def test_talks_where_something_was_agreed_took_place(code: Code) -> None:
    mentions = code("India and Nepal agreed on a ceasefire at the talks in Doha.", PUB)
    assert any(m.type == "CONSULT" and m.status == "occurred" for m in mentions)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Togo offered its mediation to Benin and Niger.", "TGO", "BEN"),
    ("Turkey offered Libya its help in rebuilding Derna.", "TUR", "LBY"),
    ("Kuwait offered its good offices to Iraq and Syria.", "KWT", "IRQ"),
])
def test_offers_to_help_or_mediate_are_agree(coded: Coded, text: str, source: str,
                                             target: str) -> None:
    assert "AGREE" in _types(coded(text, PUB), source, target)


@pytest.mark.parametrize("text", [
    "Kenya offered condolences to Tanzania.",
    "Chile offered its condolences to Argentina after the floods.",
])
def test_offered_condolences_are_sent(code: Code, text: str) -> None:
    assert any(m.type == "CONSULT" and m.status == "occurred" for m in code(text, PUB))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Lithuania regretted China's decision to downgrade ties.", "LTU", "CHN"),
    ("Nigeria regrets the move by Niger to close the border.", "NGA", "NER"),
    ("The African Union notes with regret the decision of Mali to expel the envoy.", "AU", "MLI"),
])
def test_regretting_a_decision_is_a_protest(coded: Coded, text: str, source: str,
                                            target: str) -> None:
    assert "PROTEST" in _types(coded(text, PUB), source, target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Thailand's foreign minister conveyed a protest note to the ambassador of Laos.", "THA",
     "LAO"),
    ("Algeria responded by banning French military aircraft from its airspace.", "DZA", "FRA"),
])
def test_more_protest_and_ban_wordings(coded: Coded, text: str, source: str | None,
                                       target: str) -> None:
    found = coded(text, PUB)
    assert any(q[0] in ("PROTEST", "SANCTION") and q[2] == target
               and (source is None or q[1] == source) for q in found)


@pytest.mark.parametrize("text", [
    "ECOWAS COMMISSION\nPRESS RELEASE\nAbuja, 19 May 2024",
    "Nigeria holds a press conference on the summit.",
    "The Kenyan press office issued a statement.",
])
def test_press_copy_is_no_request(coded: Coded, text: str) -> None:
    assert not any(q[0] == "REQUEST" for q in coded(text, PUB))


@pytest.mark.parametrize("text", [
    "The Council sent condolences to Rwanda and to the family of the soldier who was killed.",
    "Qatar thanked Oman for the release of the ship which was seized.",
])
def test_a_relative_clause_that_identifies_is_no_new_deed(coded: Coded, text: str) -> None:
    assert not any(q[0] in ("ASSAULT", "COERCE") for q in coded(text, PUB))


def test_a_participle_spelling_out_an_expulsion_is_the_same_act(coded: Coded) -> None:
    found = coded("Mali expels the head of the UN mission, giving him 48 hours to leave.", PUB)
    assert {q[:3] for q in found if q[0] == "SANCTION"} == {("SANCTION", "MLI", "UN")}


@pytest.mark.parametrize("text", [
    "Bahrain, Egypt close embassies in Doha",
    "Iran, Iraq close border crossings after clashes",
])
def test_headline_close_read_as_adjective(kb: KnowledgeBase, model: Language,
                                          text: str) -> None:
    sent = next(model(text).sents)
    assert "SANCTION" in {f.entry.type for f in find_triggers(kb, sent)}


def test_close_as_an_adjective_stays_one(kb: KnowledgeBase, model: Language) -> None:
    sent = next(model("Qatar, Turkey close allies in the Gulf").sents)
    assert not find_triggers(kb, sent)


@pytest.mark.parametrize(("text", "mode"), [
    ("Prime Minister Anwar Ibrahim received a courtesy call from the Japanese ambassador on "
     "3 May 2024.", "meet"),
    ("The Indonesian envoy made a courtesy call to Vietnamese Prime Minister Pham Minh Chinh "
     "on 3 May 2024.", "meet"),
    ("Anwar Ibrahim received a phone call from the Japanese prime minister on 3 May 2024.",
     "phone"),
])
def test_a_courtesy_call_is_made_in_person(code: Code, text: str,
                                           mode: str) -> None:
    found = [m for m in code(text, "2024-06-01") if m.type == "CONSULT"]
    assert found and {m.mode for m in found} == {mode}
