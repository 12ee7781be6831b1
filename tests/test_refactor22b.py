"""`has_word` compares a token in the form its list holds, and the word lists that left the
code (private people, the aims a place does not replace, the media of a call, the units of
a parallel act's offset) are data a user file extends.

The form test matters because a list of surface forms read by lemma, or the other way
round, silently matches less: nothing fails, events just go missing. The extension tests
show that the moved lists are read from the knowledge coding the document, not frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Token

from dyadwatch import knowledge
from dyadwatch.coding.clause_words import SURFACE_LISTS, has_word, words_from
from dyadwatch.knowledge import KnowledgeBase
from tests.test_r20_words_actors import _user_kb
from tests.test_r20_words_actors import code_with as code_with  # the fixture: a chosen base

Triple = tuple[str, str, str]
MOVED = ("private_people", "located_aims", "medium_nouns")


_BLANK = spacy.blank("en")  # English lexical attributes ('lower_'), no model to load


def _token(word: str, lemma: str) -> Token:
    """A token with a chosen lemma, without loading a model."""
    return Doc(_BLANK.vocab, words=[word], lemmas=[lemma])[0]


def test_moved_lists_are_shipped_and_hold_their_words() -> None:
    lists = knowledge.load().clause_words
    assert all(lists[name] for name in MOVED)
    assert {"tourist", "bank"} <= lists["private_people"]
    assert {"dissident", "embassy"} <= lists["located_aims"]
    assert {"telephone", "hotline"} <= lists["medium_nouns"]
    assert "parallel_offset_units" not in lists  # units are code: only they can be counted


def test_every_list_marked_as_surface_forms_exists() -> None:
    """A misspelt name in the marker would leave that list read by lemma."""
    lists = knowledge.load().clause_words
    assert lists[SURFACE_LISTS]
    assert lists[SURFACE_LISTS] <= set(lists)
    assert not lists[SURFACE_LISTS] & set(MOVED)


def test_lemma_list_matches_by_lemma() -> None:
    assert has_word(_token("Tourists", "tourist"), "private_people")
    assert has_word(_token("embassies", "embassy"), "located_aims")
    assert not has_word(_token("tourism", "tourism"), "private_people")


def test_surface_list_matches_the_word_as_written() -> None:
    """'meeting_objects' holds 'call' and 'talks' as written: 'calls' is not 'call' there,
    and 'talks' matches even where the lemma is 'talk'."""
    assert has_word(_token("Talks", "talk"), "meeting_objects")
    assert has_word(_token("call", "call"), "meeting_objects")
    assert not has_word(_token("calls", "call"), "meeting_objects")


def test_has_word_reads_the_knowledge_in_use(tmp_path: Path) -> None:
    poet = _token("poets", "poet")
    user = _user_kb(tmp_path, {"private_people": ["poet"]})
    assert not has_word(poet, "private_people")
    with words_from(user):
        assert has_word(poet, "private_people")
    assert not has_word(poet, "private_people")


_SHOT = "Iranian agents shot a poet in Berlin on Tuesday."


@pytest.mark.slow
@pytest.mark.parametrize("name", ["located_aims", "private_people"])
def test_user_aim_keeps_the_city_from_being_the_target(
        tmp_path: Path, code_with: Callable[[KnowledgeBase, str], set[Triple]],
        name: str) -> None:
    """A person shot abroad is the aim, not the state of the city; a private person a user
    adds counts as such an aim too, as the shipped ones do."""
    assert ("ASSAULT", "IRN", "DEU") in code_with(knowledge.load(), _SHOT)
    assert ("ASSAULT", "IRN", "DEU") not in code_with(_user_kb(tmp_path, {name: ["poet"]}), _SHOT)


@pytest.mark.slow
def test_user_private_people_do_not_act_for_their_state(
        tmp_path: Path, code_with: Callable[[KnowledgeBase, str], set[Triple]]) -> None:
    text = "Turkish poets attacked Greece on Tuesday."
    assert ("ASSAULT", "TUR", "GRC") in code_with(knowledge.load(), text)
    assert ("ASSAULT", "TUR", "GRC") not in code_with(
        _user_kb(tmp_path, {"private_people": ["poet"]}), text)


@pytest.mark.slow
def test_user_medium_carries_the_partner_of_a_call(
        tmp_path: Path, code_with: Callable[[KnowledgeBase, str], set[Triple]]) -> None:
    """'spoke by radio with Aliyev': the party hangs off the medium, which a user names."""
    text = "Putin spoke by radio with Aliyev on Tuesday."
    assert ("CONSULT", "RUS", "AZE") not in code_with(knowledge.load(), text)
    assert ("CONSULT", "RUS", "AZE") in code_with(
        _user_kb(tmp_path, {"medium_nouns": ["radio"]}), text)
