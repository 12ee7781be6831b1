"""Trigger and modality rules: a name read as a modal, visits that were derailed,
history recalled in a relative clause, ultimatums, passive deployments, clipped chronology
verbs, rulings declared void, operations against a party and protests 'that ...'."""

from spacy.language import Language
from spacy.tokens import Doc, Span

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
    found = triggers(kb, model, "Seoul said Tokyo had betrayed the pledge it gave when the "
                                "two states established diplomatic relations.")
    assert all(kind != "AGREE" for _, kind, _ in found)
    news = triggers(kb, model, "Riyadh and Tehran established diplomatic relations on "
                               "Friday.")
    assert any(kind == "AGREE" for _, kind, _ in news)


def test_demand_with_penalty_is_a_threat(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Ankara gave Damascus until Monday to withdraw its troops or "
                                "face military action.")
    assert ("gave", "THREATEN", "occurred") in found
    plain = triggers(kb, model, "Ankara gave Damascus until Monday to withdraw its troops.")
    assert ("gave", "REQUEST", "occurred") in plain


def test_deadline_complement_is_not_an_event(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "London gave Tehran until Thursday to agree to an inspection.")
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
    found = triggers(kb, model, "Ankara launched a military operation against Syrian "
                                "army positions.")
    assert ("operation", "ASSAULT", "occurred") in found
    rescue = triggers(kb, model, "Rescue teams launched an operation in the mountains.")
    assert all(kind != "ASSAULT" for _, kind, _ in rescue)


def test_protested_that_is_a_protest(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Hanoi protested that the survey ship had entered its "
                                "waters.")
    assert ("protested", "PROTEST", "occurred") in found


# a clipped chronology line, '5 March 2024 - Iranian commandos armed with rifles board British
# cargo ships near the strait.', as (word, POS, head, dependency, entity) rows
CHRONOLOGY_WORDS = ["5", "March", "2024", "-", "Iranian", "commandos", "armed", "with", "rifles",
                    "board", "British", "cargo", "ships", "near", "the", "strait", "."]
LOST_VERB_PARSE = [  # the parser's failure mode: 'board' read as part of a name
    ("NUM", 1, "nummod"), ("PROPN", 1, "ROOT"), ("NUM", 1, "nummod"), ("PUNCT", 1, "punct"),
    ("ADJ", 5, "amod"), ("NOUN", 1, "appos"), ("VERB", 5, "acl"), ("ADP", 6, "prep"),
    ("NOUN", 7, "pobj"), ("PROPN", 12, "compound"), ("ADJ", 12, "amod"),
    ("NOUN", 12, "compound"), ("NOUN", 5, "appos"), ("ADP", 12, "prep"), ("DET", 15, "det"),
    ("NOUN", 13, "pobj"), ("PUNCT", 1, "punct")]
VERB_PARSE = [  # the same line read right: 'commandos ... board ships'
    ("NUM", 1, "nummod"), ("PROPN", 9, "npadvmod"), ("NUM", 1, "nummod"), ("PUNCT", 9, "punct"),
    ("ADJ", 5, "amod"), ("NOUN", 9, "nsubj"), ("VERB", 5, "acl"), ("ADP", 6, "prep"),
    ("NOUN", 7, "pobj"), ("VERB", 9, "ROOT"), ("ADJ", 12, "amod"), ("NOUN", 12, "compound"),
    ("NOUN", 9, "dobj"), ("ADP", 9, "prep"), ("DET", 15, "det"), ("NOUN", 13, "pobj"),
    ("PUNCT", 9, "punct")]
LEMMAS = ["5", "March", "2024", "-", "iranian", "commando", "arm", "with", "rifle", "board",
          "british", "cargo", "ship", "near", "the", "strait", "."]


def hand_parsed(model: Language, words: list[str], parse: list[tuple[str, int, str]],
                lemmas: list[str], parties: tuple[int, ...]) -> Span:
    """A sentence with the tags fixed by hand, so the rule is tested whatever the model's
    tagger does with the line (spaCy's own tests build Docs the same way)."""
    doc = Doc(model.vocab, words=words, pos=[p for p, _, _ in parse],
              heads=[h for _, h, _ in parse], deps=[d for _, _, d in parse], lemmas=lemmas,
              ents=["B-NORP" if i in parties else "O" for i in range(len(words))])
    return next(iter(doc.sents))


def coerced(kb: KnowledgeBase, sent: Span) -> list[tuple[str, str]]:
    return [(f.token.text, f.entry.type) for f in find_triggers(kb, sent)
            if f.entry.type == "COERCE"]


def test_lowercase_name_tag_is_a_lost_verb(kb: KnowledgeBase, model: Language) -> None:
    parties = (4, 10)  # 'Iranian', 'British'
    lost = hand_parsed(model, CHRONOLOGY_WORDS, LOST_VERB_PARSE, LEMMAS, parties)
    assert lost[9].pos_ == "PROPN" and lost[9].dep_ == "compound"
    assert coerced(kb, lost) == [("board", "COERCE")]
    verb = hand_parsed(model, CHRONOLOGY_WORDS, VERB_PARSE, LEMMAS, parties)
    assert coerced(kb, verb) == [("board", "COERCE")]
    # a lost verb still needs a party's vessel after it: 'board cargo ships' boards nobody's
    unowned = hand_parsed(model, CHRONOLOGY_WORDS, LOST_VERB_PARSE, LEMMAS, (4,))
    assert coerced(kb, unowned) == []
    plain = [(f.token.text, f.entry.type) for f in find_triggers(
        kb, next(iter(model("The Board of Governors met on Monday.").sents)))]
    assert all(kind != "COERCE" for _, kind in plain)
