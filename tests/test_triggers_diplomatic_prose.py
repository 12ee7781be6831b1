"""Trigger and modality rules of diplomatic prose: envoys recalled for consultations,
judgements of a measure, hyphenated triggers, temporal clauses that
state facts, agreements reached in person, and threats made in the future tense."""

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Span

from dyadwatch.coding.modality import modality
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def triggers(kb: KnowledgeBase, model: Language, text: str) -> list[tuple[str, str, str]]:
    sent = next(iter(model(text).sents))
    return [(f.token.text, f.entry.type, modality(f.token, sent)) for f in find_triggers(kb, sent)]


def first_sentence(model: Language, text: str) -> Span:
    return next(iter(model(text).sents))


def test_envoy_recalled_for_consultations_is_a_sanction(code: Code) -> None:
    found = code("Chile recalled its ambassador from Lima for consultations on Monday.",
                 published="2022-05-04")
    assert "CONSULT" not in {m.type for m in found}
    called = code("The next day, Peru called to consultations its ambassador in Santiago.",
                  published="2022-05-04")
    assert ("SANCTION", "PER", "CHL") in typed(called)
    assert "CONSULT" not in {m.type for m in called}


def test_consultations_invited_elsewhere_remain_a_meeting(kb: KnowledgeBase,
                                                          model: Language) -> None:
    found = triggers(kb, model, "Norway held consultations with Iceland on fishing quotas.")
    assert ("consultations", "CONSULT", "occurred") in found


def test_judging_a_measure_is_a_protest_and_a_charge_an_accusation(code: Code) -> None:
    (protest,) = code("The Chilean embassy called the Peruvian measures unacceptable and "
                      "unjustified on Tuesday.", published="2022-05-04")
    assert (protest.type, protest.source.code, protest.target.code) == ("PROTEST", "CHL", "PER")
    (accuse,) = code("Latvia on Friday called the flights an open provocation by Belarus.",
                     published="2024-02-10")
    assert accuse.type == "ACCUSE"


def test_calling_claims_baseless_rejects_them(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Minsk called the Latvian claims baseless.")
    assert [t for _, t, _ in found] == ["REJECT"]


def test_hyphenated_trigger_is_found(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Beijing vowed to take counter-measures against Canberra.")
    assert any(t == "THREATEN" for _, t, _ in found)


def test_threat_in_the_future_tense_is_made_now(model: Language, kb: KnowledgeBase) -> None:
    sent = first_sentence(model, "Beijing said China would take counter-measures against "
                                 "Canberra.")
    (threat,) = [f for f in find_triggers(kb, sent) if f.entry.type == "THREATEN"]
    assert modality(threat.token, sent) in ("announced", "hypothetical")
    assert modality(threat.token, sent, threat.entry.type) == "occurred"


def test_demands_handed_over_are_a_request(code: Code) -> None:
    found = code("On Monday Egypt handed Sudan a list of ten demands.", published="2022-05-04")
    assert ("REQUEST", "EGY", "SDN") in typed(found)


def test_armed_with_describes_and_boarding_a_party_vessel_coerces(
        kb: KnowledgeBase, model: Language, code: Code) -> None:
    assert triggers(kb, model, "Police armed with batons stood at the gate.") == []
    found = code("Iranian commandos boarded a British tanker on Friday.", published="2019-07-22")
    assert ("COERCE", "IRN", "GBR") in typed(found)
    assert triggers(kb, model, "The minister boarded a ship to Malta.") == []


def test_name_may_is_not_a_modal(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "On Friday May had said it was brazen, and gave the Kremlin "
                                "until Wednesday evening to respond.")
    assert ("gave", "REQUEST", "occurred") in found


def test_after_clause_states_a_fact(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "The two presidents agreed that neither country would use "
                                "force, after a tense meeting at the airport.")
    assert ("meeting", "CONSULT", "occurred") in found
    blocked = triggers(kb, model, "Envoys agreed that Finland would lead the forum, breaking a "
                                  "stalemate after Turkey blocked a bid by Greece.")
    assert ("blocked", "REJECT", "occurred") in blocked


def test_the_place_of_an_agreement_is_no_plan(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "The two leaders agreed at their summit to resume flights.")
    assert ("summit", "CONSULT", "occurred") in found


def test_conjoined_accusation_is_not_refused(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Ankara rejected the claims and accused Athens of lying.")
    assert ("accused", "ACCUSE", "occurred") in found
    assert ("meet", "CONSULT", "negated") in triggers(kb, model, "Ankara refused to meet Athens.")


def test_agreement_reached_in_person_at_a_place_is_also_a_meeting(code: Code) -> None:
    found = code("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki "
                 "agreed on Friday in Jeddah on a new border commission.",
                 published="2022-11-01")
    assert {m.type for m in found} >= {"AGREE", "CONSULT"}
    only = code("Ethiopia and Eritrea agreed on Friday on a new border commission.",
                published="2022-11-01")
    assert "CONSULT" not in {m.type for m in only}


def test_asking_a_question_is_no_request(code: Code) -> None:
    assert code("On Monday the Lithuanian premier asked why Belarus had moved troops to the "
                "border.", published="2021-10-01") == []
    (ask,) = code("On Monday Lithuania asked Belarus to close the border.", published="2021-10-01")
    assert (ask.type, ask.source.code, ask.target.code) == ("REQUEST", "LTU", "BLR")


def test_agreeing_to_stay_in_touch_is_no_agreement(code: Code) -> None:
    assert code("On Monday Ethiopia and Eritrea agreed to stay in touch.",
                published="2021-10-01") == []
    assert {m.type for m in code("On Monday Ethiopia and Eritrea agreed to reopen the railway.",
                                 published="2021-10-01")} == {"AGREE"}


def test_deed_named_by_a_judging_complement_is_not_news(code: Code) -> None:
    found = code("On Monday the Lithuanian minister called Belarus's attacks on Lithuania "
                 "unacceptable.", published="2021-10-01")
    assert "ASSAULT" not in {m.type for m in found}
