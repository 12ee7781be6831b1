"""Briefing transcripts: what a journalist's question asserts, and turn labels that name the asker.

A question turn's statements ('Question: Peru recalled its envoy from Bolivia on Monday.
Any comment?') are coded; what the question asks is not, nor a statement the question
itself doubts. Labels may name the asker ('QUESTION (Ruiz, Radio Sur):') and must not
become the subject of the clause after the colon.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dyadwatch.nlp_labels import label_end
from dyadwatch.records import Mention
from tests.conftest import quads

Code = Callable[..., list[Mention]]
HEAD = "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 8, 2024\n"
DAY = "2024-03-08"

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("turn, expected", [
    ("Question: Peru recalled its ambassador from Bolivia on Tuesday. Any comment?",
     ("SANCTION", "PER", "BOL", "2024-03-05")),
    ("QUESTION (Ruiz, Radio Sur): On Tuesday Ecuador summoned the Colombian ambassador. "
     "How do you view this?", ("PROTEST", "ECU", "COL", "2024-03-05")),
    ("Q: Uruguay and Paraguay signed a river transport treaty on Tuesday. What is your view?",
     ("AGREE", "URY", "PRY", "2024-03-05")),
])
def test_a_fact_stated_in_a_question_is_coded(code: Code, turn: str,
                                              expected: tuple[str, str, str, str]) -> None:
    found = quads(code(HEAD + turn + "\nA: We have noted the reports.", DAY))
    kind, a, b, day = expected
    assert any(q[0] == kind and {q[1], q[2]} == {a, b} and q[3] == day for q in found)


@pytest.mark.parametrize("turn", [
    "Question: Will Peru recall its ambassador from Bolivia?",
    "QUESTION (Ruiz, Radio Sur): Did Ecuador summon the Colombian ambassador on Tuesday?",
    "Q: Uruguay signed a treaty with Paraguay. Is that true?",
    "Q: Ecuador expelled two Colombian diplomats. Can you confirm?",
    "Question: I wonder whether Peru will recall its ambassador from Bolivia.",
])
def test_what_a_question_asks_or_doubts_is_no_event(code: Code, turn: str) -> None:
    assert code(HEAD + turn + "\nA: We have nothing to add.", DAY) == []


def test_a_question_does_not_reach_the_next_line(code: Code) -> None:
    """A regression check, not evidence for any rule: each line is parsed on its own, so the
    line after a question ('MFA: ...') is in no question turn."""
    text = HEAD + "QUESTION (Ruiz, Radio Sur): Any news?\n" \
        "MFA: Ecuador expelled two Colombian diplomats on Tuesday."
    assert ("SANCTION", "ECU", "COL", "2024-03-05") in quads(code(text, DAY))


@pytest.mark.parametrize("text, subject", [
    ("QUESTION (Ruiz, Radio Sur): On Tuesday Ecuador summoned the Colombian envoy.", "Ecuador"),
    ("Question (Ortiz, Canal Sur): Vietnam and Laos signed a treaty on Tuesday.", "Vietnam"),
    ("Question (Ortiz, Canal Sur)： Vietnam and Laos signed a treaty on Tuesday.", "Vietnam"),
])
def test_a_label_is_not_the_subject_of_the_clause_after_it(model: Language, text: str,
                                                          subject: str) -> None:
    doc = model(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == [subject]


@pytest.mark.parametrize("colon", [":", "："])
def test_a_colon_after_a_verb_is_no_label(model: Language, colon: str) -> None:
    doc = model(f"Peru said on Tuesday{colon} we will recall our ambassador.")
    assert label_end(next(iter(doc.sents))) is None
