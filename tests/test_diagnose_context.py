"""`eval --explain` blames a missed event on the stage that failed, reading the evidence
line with the parties the article's earlier lines lend it, as the coder does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.diagnose import context_of, failing_stage, parties_in_context

TEXT = ("Turkish Foreign Minister Hakan Fidan arrived in Cairo on Monday for talks.\n"
        "The minister then met President Abdel Fattah al-Sisi and discussed Gaza.")
SECOND = TEXT.index("The minister")

pytestmark = pytest.mark.slow


def test_a_title_named_before_is_no_actor_failure(model: Language) -> None:
    kb = knowledge.load()
    line = TEXT[SECOND:]
    alone = failing_stage(kb, model, line, {"TUR", "EGY"}, {"CONSULT"})
    assert alone == "no actor: TUR"  # read alone, the title has no home
    found = parties_in_context(kb, model, TEXT)
    context = context_of(found, SECOND, len(TEXT))
    assert "TUR" in context
    assert failing_stage(kb, model, line, {"TUR", "EGY"}, {"CONSULT"}, context) != alone


def test_context_does_not_invent_a_party_never_named(model: Language) -> None:
    kb = knowledge.load()
    found = parties_in_context(kb, model, TEXT)
    context = context_of(found, SECOND, len(TEXT))
    stage = failing_stage(kb, model, TEXT[SECOND:], {"TUR", "GRC"}, {"CONSULT"}, context)
    assert stage == "no actor: GRC"


def test_spans_map_to_the_sentences_they_overlap(model: Language) -> None:
    found = parties_in_context(knowledge.load(), model, TEXT)
    assert [(s, e) for s, e, _ in found] == [(0, SECOND - 1), (SECOND, len(TEXT))]
    assert context_of(found, 0, 10) == found[0][2]
    assert context_of(found, len(TEXT) + 5, len(TEXT) + 9) == frozenset()
