"""Trigger and modality rules, round 2: a name read as a modal, visits that were derailed,
history recalled in a relative clause, ultimatums, passive deployments, clipped chronology
verbs, rulings declared void, operations against a party and protests 'that ...'."""

from spacy.language import Language

from dyadwatch.coding.modality import modality
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase


def triggers(kb: KnowledgeBase, model: Language, text: str) -> list[tuple[str, str, str]]:
    sent = next(iter(model(text).sents))
    return [(f.token.text, f.entry.type, modality(f.token, sent, f.entry.type))
            for f in find_triggers(kb, sent)]


def test_name_before_past_tense_verb_is_no_modal(kb: KnowledgeBase, model: Language) -> None:
    assert ("met", "CONSULT", "occurred") in triggers(
        kb, model, "May met Macron in Paris on Monday.")
    assert ("met", "CONSULT", "hypothetical") in triggers(
        kb, model, "Iran may have met Saudi officials in Baghdad.")


def test_derailed_or_called_off_visit_did_not_happen(kb: KnowledgeBase,
                                                     model: Language) -> None:
    derailed = triggers(kb, model, "The row derailed the planned visit to Cairo by the "
                                   "Jordanian king.")
    assert ("visit", "CONSULT", "negated") in derailed
    called_off = triggers(kb, model, "Chile called off the talks with Peru on Monday.")
    assert all(status == "negated" for _, kind, status in called_off if kind == "CONSULT")
    held = triggers(kb, model, "Chile held talks with Peru on Monday.")
    assert ("talks", "CONSULT", "occurred") in held


def test_when_clause_in_relative_clause_is_history(kb: KnowledgeBase,
                                                   model: Language) -> None:
    found = triggers(kb, model, "Hanoi said Beijing had broken the promise it made when the "
                                "two countries established diplomatic relations.")
    assert all(kind != "AGREE" for _, kind, _ in found)
    news = triggers(kb, model, "Hanoi and Canberra established diplomatic relations on "
                               "Friday.")
    assert any(kind == "AGREE" for _, kind, _ in news)


def test_demand_with_penalty_is_a_threat(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Ankara gave Damascus until Monday to withdraw its troops or "
                                "face military action.")
    assert ("gave", "THREATEN", "occurred") in found
    plain = triggers(kb, model, "Ankara gave Damascus until Monday to withdraw its troops.")
    assert ("gave", "REQUEST", "occurred") in plain


def test_deadline_complement_is_not_an_event(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Washington gave Tehran until Friday to agree to a truce.")
    assert ("agree", "AGREE", "hypothetical") in found


def test_passive_complement_takes_object_of_governor(kb: KnowledgeBase,
                                                     model: Language) -> None:
    found = triggers(kb, model, "Moscow said it had ordered three warships to be positioned "
                                "off the coast.")
    assert ("positioned", "MOBILIZE", "occurred") in found
    assert all(kind != "MOBILIZE" for _, kind, _ in triggers(
        kb, model, "The cameras were positioned near the entrance."))


def test_ruling_declared_null_and_void_is_rejected(kb: KnowledgeBase,
                                                   model: Language) -> None:
    found = triggers(kb, model, "Caracas declared the ruling null and void on Tuesday.")
    assert ("null", "REJECT", "occurred") in found


def test_operation_needs_an_adversary(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Baku launched a military operation against Armenian "
                                "positions.")
    assert ("operation", "ASSAULT", "occurred") in found
    rescue = triggers(kb, model, "Rescue teams launched an operation in the mountains.")
    assert all(kind != "ASSAULT" for _, kind, _ in rescue)


def test_protested_that_is_a_protest(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Hanoi protested that the survey ship had entered its "
                                "waters.")
    assert ("protested", "PROTEST", "occurred") in found


def test_lowercase_name_tag_is_a_lost_verb(kb: KnowledgeBase, model: Language) -> None:
    sent = next(iter(model("17 June 2024 - Chinese coast guard personnel armed with knives "
                           "and axes board Philippine navy boats during a resupply "
                           "mission.").sents))
    board = next(t for t in sent if t.lower_ == "board")
    found = [(f.token.text, f.entry.type) for f in find_triggers(kb, sent)]
    if board.pos_ == "PROPN":  # the rule applies where the parser lost the verb
        assert ("board", "COERCE") in found
    plain = [(f.token.text, f.entry.type) for f in find_triggers(
        kb, next(iter(model("The Board of Governors met on Monday.").sents)))]
    assert all(kind != "COERCE" for _, kind in plain)
