"""`eval --explain` blames a missed event on the stage that failed, with the parties the
coder itself had in view at the evidence line, its article memory included."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.coder import code_article
from dyadwatch.coding.diagnose import failing_stage, parties_at, parties_in_view
from dyadwatch.records import Article, FuzzyDate, Span

TEXT = ("Turkish Foreign Minister Hakan Fidan arrived in Cairo on Monday for talks.\n"
        "The minister then met President Abdel Fattah al-Sisi and discussed Gaza.\n"
        "Related: Greece and Egypt sign maritime deal")
SECOND = TEXT.index("The minister")
MENU = TEXT.index("Related:")

pytestmark = pytest.mark.slow


def _article() -> Article:
    return Article("d.txt", "d.txt", TEXT, "h", published=FuzzyDate.parse("2025-02-05"),
                   boilerplate=(Span(MENU, len(TEXT)),))


def test_a_title_named_before_is_no_actor_failure(model: Language) -> None:
    kb = knowledge.load()
    line = TEXT[SECOND:MENU - 1]
    seen = parties_in_view(kb, model, _article())
    in_view = parties_at(seen, SECOND, MENU - 1)
    assert in_view is not None and "TUR" in in_view  # 'the minister' is Fidan, named before
    assert failing_stage(kb, model, line, {"TUR", "EGY"}, {"CONSULT"}, in_view) == "roles"
    assert failing_stage(kb, model, line, {"TUR", "EGY"}, {"ACCUSE"}, in_view) == "no trigger"


def test_a_party_never_in_view_is_named(model: Language) -> None:
    kb = knowledge.load()
    in_view = parties_at(parties_in_view(kb, model, _article()), SECOND, MENU - 1)
    stage = failing_stage(kb, model, TEXT[SECOND:MENU - 1], {"TUR", "GRC"}, {"CONSULT"},
                          in_view)
    assert stage == "no actor: GRC"


def test_a_boilerplate_line_was_never_read(model: Language) -> None:
    kb = knowledge.load()
    seen = parties_in_view(kb, model, _article())
    assert parties_at(seen, MENU, len(TEXT)) is None
    assert failing_stage(kb, model, TEXT[MENU:], {"GRC", "EGY"}, {"AGREE"}, None) \
        .startswith("not read")
    assert [(s, e) for s, e, _ in seen] == [(0, SECOND - 1), (SECOND, MENU - 1)]


def test_observing_changes_nothing_the_coder_produces(model: Language) -> None:
    kb = knowledge.load()
    plain = code_article(kb, model, _article())
    assert plain  # the meeting is coded
    seen = parties_in_view(kb, model, _article())
    assert len(seen) == 2 and code_article(kb, model, _article()) == plain
