"""Trigger rules: natural wordings that the lexicon read too narrowly ('froze aid',
'declined to open talks', 'censured', 'downed a drone', 'turned a water cannon on',
'signed a pact', 'by telephone', 'landed in'), decisions that are the measure taken
('had decided heavy sanctions'), forceful responses announced in reported speech, and
verbs of saying as a field of the knowledge base that user files extend."""

import json
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding import reporting
from dyadwatch.coding.clause_words import words_from
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]
DAY = "2024-03-14"


def trigger_types(kb: KnowledgeBase, model: Language, text: str) -> set[str]:
    sent = next(iter(model(text).sents))
    return {f.entry.type for f in find_triggers(kb, sent)}


def test_freezing_aid_to_a_state_is_a_sanction(code: Code) -> None:
    found = code("Belgium froze development aid to Chad on Monday after the disputed vote.",
                 published=DAY)
    assert ("SANCTION", "BEL", "TCD") in typed(found)


def test_freezing_a_firms_assets_sanctions_no_state(code: Code) -> None:
    found = code("A court in Lyon froze the assets of a trading company on Monday.",
                 published=DAY)
    assert not found


def test_declining_to_open_talks_rejects_the_partner(code: Code) -> None:
    found = code("Serbia's president declined to open direct negotiations with Kosovo on "
                 "Tuesday.", published=DAY)
    assert ("REJECT", "SRB", "XKX") in typed(found)


def test_declining_an_invitation_rejects_its_sender(code: Code) -> None:
    found = code("Colombia declined Ecuador's invitation to a summit on Tuesday.",
                 published=DAY)
    assert ("REJECT", "COL", "ECU") in typed(found)


def test_declining_or_refusing_to_comment_rejects_no_one(kb: KnowledgeBase,
                                                         model: Language) -> None:
    for text in ("The Kremlin declined to comment on Finland's report on Friday.",
                 "The Kremlin refused to comment on Finland's report on Friday.",
                 "Chilean copper exports to Peru declined in April."):
        assert "REJECT" not in trigger_types(kb, model, text), text


def test_censuring_a_state_accuses_it(code: Code) -> None:
    found = code("Lithuania censured Belarus for its crackdown on Thursday.", published=DAY)
    assert ("ACCUSE", "LTU", "BLR") in typed(found)


def test_downing_an_aircraft_is_an_assault(code: Code) -> None:
    found = code("Polish air defences downed a Russian drone over Lublin on Sunday.",
                 published=DAY)
    assert ("ASSAULT", "POL", "RUS") in typed(found)


def test_downing_tools_is_no_assault(kb: KnowledgeBase, model: Language) -> None:
    assert "ASSAULT" not in trigger_types(kb, model, "Dock workers downed tools on Monday.")


def test_water_cannon_turned_or_used_on_a_vessel_coerces(code: Code) -> None:
    for verb, prep in (("turned", "on"), ("used", "against"), ("trained", "on")):
        found = code(f"A Chinese coast guard cutter {verb} a water cannon {prep} a Vietnamese "
                     "fishing boat on Friday.", published=DAY)
        assert ("COERCE", "CHN", "VNM") in typed(found), verb


def test_turning_without_a_cannon_is_no_coercion(kb: KnowledgeBase, model: Language) -> None:
    assert "COERCE" not in trigger_types(kb, model, "Chile turned its attention to Peru.")


def test_a_signed_pact_is_an_agreement(code: Code) -> None:
    found = code("Hungary and Serbia signed a pact on energy on Wednesday.", published=DAY)
    assert any(m.type == "AGREE" and {m.source.code, m.target.code} == {"HUN", "SRB"}
               for m in found)


def test_signing_after_a_flight_shares_the_traveller(code: Code) -> None:
    found = code("French President Emmanuel Macron flew to Hanoi on Monday and signed a "
                 "defence pact with Vietnam.", published=DAY)
    assert any(m.type == "AGREE" and {m.source.code, m.target.code} == {"FRA", "VNM"}
               for m in found)
    assert any(m.type == "CONSULT" and m.mode == "visit" for m in found)


def test_an_act_done_by_telephone_is_a_phone_contact(code: Code) -> None:
    found = code("Kenya's President William Ruto congratulated Ghana's President John Mahama "
                 "by telephone on Monday.", published=DAY)
    assert any(m.type == "CONSULT" and m.mode == "phone" and
               {m.source.code, m.target.code} == {"KEN", "GHA"} for m in found)


def test_a_phone_in_another_role_is_no_contact(kb: KnowledgeBase, model: Language) -> None:
    for text in ("The raid on the Iraqi base was planned by phone.",
                 "Norway praised Iceland on the phone network it built."):
        assert "CONSULT" not in trigger_types(kb, model, text), text


def test_an_official_landing_in_a_capital_visits(code: Code) -> None:
    for verb in ("landed", "touched down"):
        found = code(f"Turkish Foreign Minister Hakan Fidan {verb} in Baghdad on Tuesday for "
                     "talks.", published=DAY)
        assert any(m.type == "CONSULT" and m.mode == "visit" and m.source.code == "TUR"
                   and m.target.code == "IRQ" for m in found), verb


def test_planes_and_troops_landing_visit_no_one(kb: KnowledgeBase, model: Language) -> None:
    for text in ("A Turkish airliner landed safely in Baghdad on Tuesday.",
                 "The Turkish jet touched down in Baghdad on Tuesday.",
                 "Turkish troops landed in Cyprus on Tuesday."):
        assert "CONSULT" not in trigger_types(kb, model, text), text


def test_sanctions_decided_in_the_past_were_imposed(code: Code) -> None:
    found = code("On 9 March, the leaders of the African Union decided heavy sanctions "
                 "against Guinea.", published=DAY)
    hits = [m for m in found if m.type == "SANCTION" and m.target.code == "GIN"]
    assert hits and all(m.status == "occurred" for m in hits)


def test_deciding_to_act_is_still_planned(code: Code) -> None:
    found = code("Argentina and Chile decided on Monday to hold talks in Santiago next month.",
                 published=DAY)
    assert all(m.status == "planned" for m in found)


def test_a_forceful_response_announced_is_a_threat(code: Code) -> None:
    found = code("Greek Prime Minister Kyriakos Mitsotakis said on Monday that Greece would "
                 "respond decisively if Turkey sent drilling ships.", published=DAY)
    assert ("THREATEN", "GRC", "TUR") in typed(found)


def test_answering_a_letter_is_no_threat(kb: KnowledgeBase, model: Language) -> None:
    text = "The ministry said on Monday that Greece would respond to the letter next week."
    assert "THREATEN" not in trigger_types(kb, model, text)


def test_grave_consequences_as_predicate_threaten(kb: KnowledgeBase, model: Language) -> None:
    text = "Lula said the consequences for Paraguay would be severe if the dam closed."
    assert "THREATEN" in trigger_types(kb, model, text)


def test_reporting_verbs_are_a_knowledge_field(kb: KnowledgeBase) -> None:
    assert {"say", "announce"} <= kb.reporting_verbs
    assert reporting.reporting_verbs(kb) == kb.reporting_verbs
    assert reporting.reporting_verbs() == knowledge.load().reporting_verbs  # outside coding


def test_reporting_verbs_come_from_the_kb_coding_now(tmp_path: Path) -> None:
    extra = tmp_path / "verbs.json"
    extra.write_text(json.dumps({"version": "t1", "reporting_verbs": ["maintain"]}))
    with words_from(knowledge.load((str(extra),))):
        assert "maintain" in reporting.reporting_verbs()
    assert "maintain" not in reporting.reporting_verbs()


def test_user_file_extends_reporting_verbs(tmp_path: Path, model: Language) -> None:
    extra = tmp_path / "verbs.json"
    extra.write_text(json.dumps({"version": "t1", "reporting_verbs": ["Maintain"]}))
    kb = knowledge.load((str(extra),))
    assert "maintain" in kb.reporting_verbs and "say" in kb.reporting_verbs
    assert "maintain" not in knowledge.load().reporting_verbs
    text = "Seoul maintained that Pyongyang was responsible for the bombing of the ferry."
    assert "ACCUSE" in trigger_types(kb, model, text)
    assert "ACCUSE" not in trigger_types(knowledge.load(), model, text)


def test_making_clear_a_forceful_response_threatens(code: Code) -> None:
    found = code("Macron made clear on Monday that France would respond firmly to any attack "
                 "by Algeria.", published=DAY)
    assert ("THREATEN", "FRA", "DZA") in typed(found)


def test_making_clear_a_plan_is_no_threat(kb: KnowledgeBase, model: Language) -> None:
    text = "Macron made clear on Monday that France would attend the summit in Algeria."
    assert "THREATEN" not in trigger_types(kb, model, text)


def test_a_second_that_clause_is_reported_too(code: Code) -> None:
    found = code("Scholz said the talks had gone well, and that Germany would respond "
                 "forcefully if Russia cut the gas.", published=DAY)
    assert ("THREATEN", "DEU", "RUS") in typed(found)


def test_a_response_pledged_to_attacks_on_a_party_defends_it(kb: KnowledgeBase,
                                                             model: Language) -> None:
    text = "Ankara said Turkey would respond firmly to any attack on Azerbaijan."
    assert "THREATEN" not in trigger_types(kb, model, text)


def test_a_pact_named_by_its_history_is_not_signed_again(code: Code) -> None:
    found = code("Peru scrapped the fishing pact with Chile which the two governments "
                 "concluded in 2009, the ministry said on 3 March 2024.")
    assert not any(m.type == "AGREE" for m in found)


def test_talks_a_date_was_agreed_for_are_still_planned(code: Code) -> None:
    found = code("Ghana and Togo agreed a date for talks on Monday.", published=DAY)
    talks = [m for m in found if m.type == "CONSULT"]
    assert talks and all(m.status == "planned" for m in talks)
