"""Trigger and modality rules: blame and reprisals in reported speech, a pair
welcoming its own deal, jointly endorsed texts, agreements only to meet, troops leaving a
country, 'without asking', 'were to hold', and the verbs of saying kept as lexicon data."""

import json
from collections.abc import Callable

from spacy.language import Language

from dyadwatch.coding import reporting
from dyadwatch.coding.modality import modality
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import DATA_DIR, KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def triggers(kb: KnowledgeBase, model: Language, text: str) -> list[tuple[str, str, str]]:
    sent = next(iter(model(text).sents))
    return [(f.token.text, f.entry.type, modality(f.token, sent, f.entry.type))
            for f in find_triggers(kb, sent)]


def test_speaker_accuses_the_party_reported_responsible(code: Code) -> None:
    found = code("Canberra said on Tuesday it was almost certain that Jakarta was "
                 "responsible for the bombing of the ferry.", published="2024-02-07")
    assert ("ACCUSE", "AUS", "IDN") in typed(found)
    assert not any(m.source.code == "IDN" for m in found)


def test_concluding_a_party_culpable_accuses_it(code: Code) -> None:
    found = code("Ottawa expelled two Chilean diplomats after concluding that the Chilean "
                 "state was culpable for the shooting.", published="2024-02-07")
    assert ("ACCUSE", "CAN", "CHL") in typed(found)


def test_reported_broken_commitment_accuses_its_subject(code: Code) -> None:
    found = code("The Vietnamese foreign ministry said the Cambodian government had abandoned "
                 "the commitment it made in the border accord.", published="2024-02-07")
    assert ("ACCUSE", "VNM", "KHM") in typed(found)
    assert not any(m.type == "ACCUSE" and m.source.code == "KHM" for m in found)


def test_denied_or_own_responsibility_is_no_blame(code: Code) -> None:
    denied = code("Rome said Tunisia was not responsible for the sinking.",
                  published="2024-02-07")
    assert not any(m.type == "ACCUSE" for m in denied)
    duty = code("Rome said it was responsible for the security of Tunisia.",
                published="2024-02-07")
    assert not any(m.type == "ACCUSE" for m in duty)
    task = code("Rome said Tunisia was responsible for the talks with Libya.",
                published="2024-02-07")
    assert not any(m.type == "ACCUSE" for m in task)


def test_reported_reprisal_under_condition_threatens(code: Code) -> None:
    found = code("Tokyo said on Monday it would retaliate if Seoul seized the assets.",
                 published="2024-02-07")
    assert ("THREATEN", "JPN", "KOR") in typed(found)
    calm = code("Tokyo said on Monday it would not retaliate if Seoul seized the assets.",
                published="2024-02-07")
    assert not any(m.type == "THREATEN" for m in calm)


def test_reported_strike_to_come_threatens(kb: KnowledgeBase, model: Language,
                                          code: Code) -> None:
    found = code("Caracas said on Friday that Guyanese oil rigs would be targeted if Georgetown "
                 "allowed foreign troops in.", published="2024-02-07")
    assert ("THREATEN", "VEN", "GUY") in typed(found)
    agent = triggers(kb, model, "Lima said the border posts would be attacked by rebels if "
                                "the talks failed.")
    assert all(kind != "THREATEN" for _, kind, _ in agent)
    condition = triggers(kb, model, "Lima said the harvest would suffer if Chilean "
                                    "retaliation came.")
    assert all(kind != "THREATEN" for _, kind, _ in condition)


def test_reported_grave_consequences_threaten(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Ankara said the raid will have serious consequences.")
    assert ("said", "THREATEN", "occurred") in found
    past = triggers(kb, model, "Ankara said the raid had serious consequences.")
    assert all(kind != "THREATEN" for _, kind, _ in past)


def test_pair_welcoming_its_deal_agrees(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "The two ministers welcomed the agreement recently reached "
                                "on fishing quotas in the border waters.")
    assert ("welcomed", "AGREE", "occurred") in found
    assert all(kind != "CONSULT" for _, kind, _ in found)  # no guest was welcomed


def test_third_party_welcoming_a_deal_supports(kb: KnowledgeBase, model: Language) -> None:
    single = triggers(kb, model, "Norway welcomed the agreement.")
    assert ("welcomed", "SUPPORT", "occurred") in single
    others = triggers(kb, model, "The two ministers welcomed the agreement between Peru "
                                 "and Chile.")
    assert ("welcomed", "SUPPORT", "occurred") in others


def test_pair_welcoming_its_deal_is_coded_between_them(code: Code) -> None:
    """'The two leaders' who just met welcomed their own deal; two states that merely
    welcome 'the agreement' may be welcoming anyone's, so they make none."""
    found = code("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on"
                 " Monday. The two leaders welcomed the agreement on fisheries.",
                 published="2024-02-07")
    assert ("AGREE", frozenset(("PER", "CHL"))) in {
        (m.type, frozenset((m.source.code, m.target.code))) for m in found}
    bare = code("Peru and Chile welcomed the agreement on Monday.", published="2024-02-07")
    assert all(m.type != "AGREE" for m in bare)


def test_endorsed_joint_text_is_an_agreement(code: Code) -> None:
    found = code("Norway and Iceland endorsed a joint statement on fisheries on Monday.",
                 published="2024-02-07")
    assert {m.type for m in found} == {"AGREE"}
    plan = code("Norway endorsed the Icelandic plan on Monday.", published="2024-02-07")
    assert ("SUPPORT", "NOR", "ISL") in typed(plan)


def test_agreeing_to_meet_is_no_agreement(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Peru and Chile agreed to meet again in Lima next month.")
    assert all(kind != "AGREE" for _, kind, _ in found)
    assert ("meet", "CONSULT", "planned") in found
    talks = triggers(kb, model, "Peru and Chile agreed to hold talks in Lima.")
    assert all(kind != "AGREE" for _, kind, _ in talks)
    deal = triggers(kb, model, "Peru and Chile agreed to cut tariffs on copper.")
    assert ("agreed", "AGREE", "occurred") in deal


def test_troops_leaving_a_country_retreat(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "On Monday the last Belgian soldiers left the Congolese "
                                "territory.")
    assert ("left", "RETREAT", "occurred") in found
    named = triggers(kb, model, "Belgian troops left Congo on Monday.")
    assert ("left", "RETREAT", "occurred") in named
    barracks = triggers(kb, model, "The soldiers left their barracks at dawn.")
    assert all(kind != "RETREAT" for _, kind, _ in barracks)
    minister = triggers(kb, model, "The Belgian minister left Congo for Rwanda on Monday.")
    assert all(kind != "RETREAT" for _, kind, _ in minister)


def test_without_and_gerund_negates_it(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Oslo unveiled a fund for the victims without asking Sweden "
                                "to pay.")
    assert ("asking", "REQUEST", "negated") in found
    asked = triggers(kb, model, "Oslo asked Sweden to pay.")
    assert ("asked", "REQUEST", "occurred") in asked


def test_be_to_with_infinitive_is_planned(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "The two foreign ministers were to hold talks in Lima on "
                                "Sunday.")
    assert ("talks", "CONSULT", "planned") in found
    held = triggers(kb, model, "The two foreign ministers held talks in Lima on Sunday.")
    assert ("talks", "CONSULT", "occurred") in held


def test_reporting_verbs_are_lexicon_data() -> None:
    data = json.loads((DATA_DIR / "lexicon.json").read_text(encoding="utf-8"))
    assert set(data["reporting_verbs"]) == set(reporting.reporting_verbs())
    assert {"say", "tell", "announce"} <= reporting.reporting_verbs()


def test_party_taken_off_favoured_trade_list_is_sanctioned(code: Code) -> None:
    found = code("Canberra's cabinet on May 3 approved the removal of Indonesia from its list "
                 "of preferred trading partners.", published="2024-05-04")
    assert ("SANCTION", "AUS", "IDN") in typed(found)
    put_on = code("Ottawa put Chile on its list of unreliable entities on Monday.",
                  published="2024-05-04")
    assert ("SANCTION", "CAN", "CHL") in typed(put_on)


def test_list_that_eases_is_no_sanction(code: Code) -> None:
    eased = code("Ottawa removed Chile from the list of state sponsors of terrorism on Monday.",
                 published="2024-05-04")
    assert not any(m.type == "SANCTION" for m in eased)
    visas = code("Ottawa added Chile to the list of countries eligible for visa waivers.",
                 published="2024-05-04")
    assert not any(m.type == "SANCTION" for m in visas)
