"""Actor-side word lists are data a user can extend, and the shipped lists carry the rules.

Group nouns ('the two leaders'), the marks of a state's own bank ('Pakistan's central
bank') and the weapons whose firing is an attack ('fired a missile ... condemned the
strike') used to be module constants; they are now lexicon.json `clause_words` lists read
from the knowledge base coding the document. A word a user file adds must change what is
coded, and every word shipped must still do the work its rule relies on.
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

pytestmark = pytest.mark.slow

Triple = tuple[str, str, str]
Coder = Callable[[KnowledgeBase, str], set[Triple]]


def _user_kb(tmp_path: Path, lists: dict[str, list[str]]) -> KnowledgeBase:
    extra = tmp_path / "user_actor_words.json"
    extra.write_text(json.dumps({"version": "test", "clause_words": lists}), encoding="utf-8")
    return knowledge.load((str(extra),))


@pytest.fixture(scope="module")
def code_with(model: Language) -> Coder:
    """(type, source, target) of each event coded from one text with a chosen base."""

    def run(kb: KnowledgeBase, text: str) -> set[Triple]:
        article = Article("w.txt", "w.txt", text, "hash",
                          published=FuzzyDate.parse("2025-03-05"))
        mentions = code_parsed(kb, article, [((0, len(text)), model(text))])
        return {(m.type, m.source.code, m.target.code) for m in mentions}

    return run


def _shipped() -> KnowledgeBase:
    return knowledge.load()


_RULERS = ("The king of Jordan met the emir of Qatar in Amman on Monday. "
           "The two {noun} signed a trade agreement.")


def test_user_group_noun_makes_a_pair_of_the_parties_named(tmp_path: Path,
                                                           code_with: Coder) -> None:
    """groups: 'group_people' names the people a numbered group reference may stand for."""
    text = _RULERS.format(noun="rulers")
    assert ("AGREE", "JOR", "QAT") not in code_with(_shipped(), text)
    user = _user_kb(tmp_path, {"group_people": ["rulers"]})
    assert ("AGREE", "JOR", "QAT") in code_with(user, text)


@pytest.mark.parametrize("noun", ["leaders", "monarchs"])
def test_shipped_group_nouns_still_pair_the_parties(code_with: Coder, noun: str) -> None:
    assert "rulers" not in _shipped().clause_words["group_people"]
    assert ("AGREE", "JOR", "QAT") in code_with(_shipped(), _RULERS.format(noun=noun))


_DEPOSIT = "Saudi Arabia deposited $3 billion in Pakistan's {mark} bank on Monday."


def test_user_state_bank_mark_makes_the_bank_the_states(tmp_path: Path,
                                                       code_with: Coder) -> None:
    """attachment: 'state_bank_marks' say which banks are a state's own."""
    text = _DEPOSIT.format(mark="sovereign")
    assert ("AID", "SAU", "PAK") not in code_with(_shipped(), text)
    user = _user_kb(tmp_path, {"state_bank_marks": ["sovereign"]})
    assert ("AID", "SAU", "PAK") in code_with(user, text)


def test_every_shipped_state_bank_mark_reaches_the_state(code_with: Coder) -> None:
    marks = sorted(_shipped().clause_words["state_bank_marks"])
    assert {"central", "national", "state", "reserve"} <= set(marks)
    for mark in marks:
        assert ("AID", "SAU", "PAK") in code_with(_shipped(), _DEPOSIT.format(mark=mark)), mark


_FIRED = "North Korea fired a {weapon} near Japan on Monday. On Tuesday Tokyo condemned the strike."


def test_user_weapon_noun_makes_its_firing_an_attack(tmp_path: Path, code_with: Coder) -> None:
    """actor_things: 'weapon_nouns' make the one who fired them own 'the strike' told later."""
    text = _FIRED.format(weapon="torpedo")
    assert ("ACCUSE", "JPN", "PRK") not in code_with(_shipped(), text)
    user = _user_kb(tmp_path, {"weapon_nouns": ["torpedo"]})
    assert ("ACCUSE", "JPN", "PRK") in code_with(user, text)


@pytest.mark.parametrize("weapon", ["missile", "rocket", "drone"])
def test_shipped_weapon_nouns_still_own_the_strike(code_with: Coder, weapon: str) -> None:
    assert weapon in _shipped().clause_words["weapon_nouns"]
    assert ("ACCUSE", "JPN", "PRK") in code_with(_shipped(), _FIRED.format(weapon=weapon))


def test_a_user_file_leaves_the_shipped_knowledge_alone(tmp_path: Path,
                                                       code_with: Coder) -> None:
    """The user's words live in the base built with the user's file, not in the shipped one."""
    _user_kb(tmp_path, {"weapon_nouns": ["torpedo"], "state_bank_marks": ["sovereign"]})
    assert "torpedo" not in _shipped().clause_words["weapon_nouns"]
    assert ("AID", "SAU", "PAK") not in code_with(_shipped(), _DEPOSIT.format(mark="sovereign"))
