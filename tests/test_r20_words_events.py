"""Event-side word lists live in lexicon.json ('clause_words') and are read while coding.

The lists moved out of the trigger, modality and transcript modules must do two things:
hold, as shipped, the words the rules were written for (an ambassador told to leave is
expelled; a 'Q:' turn reports nothing), and take a user's additions from a knowledge file
(`--actors FILE`), which a list frozen at import, or a pattern built from one, would not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.coder import code_parsed
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, FuzzyDate

Typed = set[tuple[str, str, str]]
Coder = Callable[[KnowledgeBase, str], Typed]


def _user_kb(tmp_path: Path, lists: dict[str, list[str]]) -> KnowledgeBase:
    extra = tmp_path / "user_event_words.json"
    extra.write_text(json.dumps({"version": "test", "clause_words": lists}), encoding="utf-8")
    return knowledge.load((str(extra),))


@pytest.fixture(scope="module")
def code_with(model: Language) -> Coder:
    """Code a text (one paragraph a line) with a chosen knowledge base: type and direction."""

    def run(kb: KnowledgeBase, text: str) -> Typed:
        article = Article("e.txt", "e.txt", text, "hash",
                          published=FuzzyDate.parse("2025-03-05"))
        blocks, position = [], 0
        for line in text.split("\n"):
            if line.strip():
                blocks.append((position, position + len(line)))
            position += len(line) + 1
        parsed = [(b, model(text[b[0]:b[1]])) for b in blocks]
        return {(m.type, m.source.code, m.target.code)
                for m in code_parsed(kb, article, parsed)}

    return run


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return knowledge.load()


# trigger_senses.sends_envoy_home: 'expelled_envoys' and 'departing_verbs'
def test_shipped_envoys_told_to_leave_are_expelled(code_with: Coder,
                                                   shipped: KnowledgeBase) -> None:
    text = "Kenya asked the ambassador of Sudan to leave the country within two days."
    assert ("SANCTION", "KEN", "SDN") in code_with(shipped, text)


def test_user_envoy_word_makes_a_request_an_expulsion(tmp_path: Path, code_with: Coder,
                                                      shipped: KnowledgeBase) -> None:
    text = "Kenya asked the military adviser of Sudan to leave the country within two days."
    assert code_with(shipped, text) == {("REQUEST", "KEN", "SDN")}
    user = _user_kb(tmp_path, {"expelled_envoys": ["adviser"]})
    assert code_with(user, text) == {("SANCTION", "KEN", "SDN")}
    assert code_with(shipped, text) == {("REQUEST", "KEN", "SDN")}  # nothing leaks back


# turns.turn: the transcript labels build a pattern, which must follow the labels in use
def test_shipped_question_label_keeps_a_premise_out(code_with: Coder,
                                                     shipped: KnowledgeBase) -> None:
    text = ("Q: Japan protested to China on Monday over the vessel. Is that true?\n"
            "Spokesperson: We reject that.")
    assert not any(t[0] == "PROTEST" for t in code_with(shipped, text))


def test_user_question_label_opens_a_question_turn(tmp_path: Path, code_with: Coder,
                                                   shipped: KnowledgeBase) -> None:
    text = ("Interviewer: Japan protested to China on Monday over the vessel. Is that true?\n"
            "Spokesperson: We reject that.")
    assert ("PROTEST", "JPN", "CHN") in code_with(shipped, text)
    user = _user_kb(tmp_path, {"question_labels": ["interviewer"]})
    assert not any(t[0] == "PROTEST" for t in code_with(user, text))
    assert ("PROTEST", "JPN", "CHN") in code_with(shipped, text)  # the pattern is rebuilt


# trigger_senses.lifted_measure: 'lifting_nouns'
def test_shipped_lifting_of_sanctions_concedes(code_with: Coder,
                                               shipped: KnowledgeBase) -> None:
    text = "Washington announced on Monday the lifting of US sanctions on Venezuela."
    assert code_with(shipped, text) == {("CONCEDE", "USA", "VEN")}


def test_user_lifting_noun_turns_a_sanction_into_a_concession(
        tmp_path: Path, code_with: Coder, shipped: KnowledgeBase) -> None:
    text = "Washington announced on Monday the unwinding of US sanctions on Venezuela."
    assert code_with(shipped, text) == {("SANCTION", "USA", "VEN")}
    user = _user_kb(tmp_path, {"lifting_nouns": ["unwinding"]})
    assert code_with(user, text) == {("CONCEDE", "USA", "VEN")}


# modality: 'failing_verbs', whose object did not take place
def test_failing_verbs_shipped_and_extended(tmp_path: Path, code_with: Coder,
                                            shipped: KnowledgeBase) -> None:
    text = "Japan nixed a visit to China on Monday."
    assert ("CONSULT", "JPN", "CHN") in code_with(shipped, text)
    user = _user_kb(tmp_path, {"failing_verbs": ["nix"]})
    assert not any(t[0] == "CONSULT" for t in code_with(user, text))
    # shipped: a summit skipped did not take place between the two
    assert not any(t[0] == "CONSULT" for t in code_with(
        shipped, "Japan skipped the summit with China on Monday."))
