"""Word lists that round 20 moved from code into lexicon.json's clause_words: the shipped
words behave as the constants did, and a user's knowledge file now extends them.

Hand-built parses (no model) keep these fast: the rules read only words, lemmas,
dependency labels and heads."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.tokens import Doc

from dyadwatch.coding.clause_times import other_day
from dyadwatch.coding.clause_words import words_from
from dyadwatch.coding.mainline import shifted
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.knowledge import load as load_knowledge

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_), no model


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas)


def _user_kb(tmp_path: Path, name: str, words: list[str]) -> KnowledgeBase:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"version": "1", "clause_words": {name: words}}))
    return load_knowledge((str(extra),))


def test_a_shipped_shift_word_moves_the_sentence_on_in_time() -> None:
    later = _doc(["Later", "they", "met", "."], [2, 2, 2, 2],
                 ["advmod", "nsubj", "ROOT", "punct"], ["later", "they", "meet", "."])
    plain = _doc(["They", "met", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                 ["they", "meet", "."])
    assert shifted(later[:])
    assert not shifted(plain[:])


def test_a_user_shift_word_counts_only_inside_its_knowledge(tmp_path: Path) -> None:
    doc = _doc(["Thereafter", "they", "met", "."], [2, 2, 2, 2],
               ["advmod", "nsubj", "ROOT", "punct"], ["thereafter", "they", "meet", "."])
    assert not shifted(doc[:])
    with words_from(_user_kb(tmp_path, "time_shift_words", ["thereafter"])):
        assert shifted(doc[:])
    assert not shifted(doc[:])


def test_a_span_unit_before_after_sets_the_act_on_another_day(tmp_path: Path) -> None:
    # 'They met days after talks' / '... decades after talks': 'talks' is set off the
    # main clause by a span of time, so it happened on a day the sentence does not give
    words = ["They", "met", "days", "after", "talks"]
    heads, deps = [1, 1, 3, 1, 3], ["nsubj", "ROOT", "npadvmod", "prep", "pobj"]
    lemmas = ["they", "meet", "day", "after", "talk"]
    assert other_day(_doc(words, heads, deps, lemmas)[4])
    decades = _doc(["They", "met", "decades", "after", "talks"], heads, deps,
                   ["they", "meet", "decade", "after", "talk"])
    assert not other_day(decades[4])
    with words_from(_user_kb(tmp_path, "time_span_units", ["decades"])):
        assert other_day(decades[4])
