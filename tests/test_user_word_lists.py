"""A user's knowledge file extends the word lists the trigger and actor rules consult.

`clause_words` lists add up across knowledge files, and the rules read them from the
knowledge base coding the document, so a word a user adds changes the coding, while the
shipped knowledge codes the same text as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.clause_words import active_kb, clause_words, words_from
from dyadwatch.coding.coder import code_parsed
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.errors import KnowledgeError
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, FuzzyDate, Mention
from tests.conftest import Quad, quads

Coder = Callable[[KnowledgeBase, str], set[Quad]]


def _user_kb(tmp_path: Path, lists: dict[str, list[str]]) -> KnowledgeBase:
    extra = tmp_path / "user_words.json"
    extra.write_text(json.dumps({"version": "test", "clause_words": lists}), encoding="utf-8")
    return knowledge.load((str(extra),))


def _article(text: str) -> Article:
    return Article("u.txt", "u.txt", text, "hash", published=FuzzyDate.parse("2025-03-05"))


def _mentions(kb: KnowledgeBase, model: Language, text: str) -> Iterator[Mention]:
    return code_parsed(kb, _article(text), [((0, len(text)), model(text))])


@pytest.fixture(scope="module")
def code_with(model: Language) -> Coder:
    """Code one line with a chosen knowledge base, as `coded` does with the shipped one."""

    def run(kb: KnowledgeBase, text: str) -> set[Quad]:
        return quads(list(_mentions(kb, model, text)))

    return run


# trigger_rules.blaming_reports: a saying verb whose clause blames its subject for a deed
# ('deeds' lists what one is blamed for); 'blackout' and 'outage' are no shipped deeds
@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("France said Russia was responsible for the blackout across Paris.", "FRA", "RUS"),
    ("Estonia stated that Moscow was responsible for the outage in Tallinn.", "EST", "RUS"),
    ("Lithuania said on Tuesday that Belarus was behind the blackout.", "LTU", "BLR"),
])
def test_user_deed_words_make_a_blame_an_accusation(
        tmp_path: Path, code_with: Coder, coded: Callable[..., set[Quad]], text: str,
        accuser: str, accused: str) -> None:
    kb = _user_kb(tmp_path, {"deeds": ["blackout", "outage"]})
    assert ("ACCUSE", accuser, accused) in {q[:3] for q in code_with(kb, text)}
    assert not any(q[0] == "ACCUSE" for q in coded(text, "2025-03-05"))


# nonparties: a demonym on a private head that acts names no state ('private_heads');
# 'consortium' and 'shipbuilder' are no shipped private heads
@pytest.mark.parametrize(("text", "state", "other"), [
    ("A Chinese consortium signed an agreement with Kenya on Monday.", "CHN", "KEN"),
    ("The Turkish shipbuilder signed a deal with Egypt on Friday.", "TUR", "EGY"),
    ("A Japanese consortium reached an agreement with Vietnam on Monday.", "JPN", "VNM"),
])
def test_user_private_heads_keep_a_state_out(
        tmp_path: Path, code_with: Coder, coded: Callable[..., set[Quad]], text: str,
        state: str, other: str) -> None:
    kb = _user_kb(tmp_path, {"private_heads": ["consortium", "shipbuilder"]})
    assert not any(state in q[1:3] for q in code_with(kb, text))
    assert any({q[1], q[2]} == {state, other} for q in coded(text, "2025-03-05"))


def test_user_words_add_to_shipped_list_not_replace_it(tmp_path: Path) -> None:
    kb = _user_kb(tmp_path, {"private_heads": ["consortium"], "completing": ["cement"]})
    shipped = knowledge.load().clause_words
    assert kb.clause_words["private_heads"] == shipped["private_heads"] | {"consortium"}
    assert "cement" in kb.clause_words["completing"] and "seal" in kb.clause_words["completing"]
    assert "consortium" not in shipped["private_heads"]


def test_words_come_from_the_kb_in_use_only_inside_its_block(tmp_path: Path) -> None:
    kb = _user_kb(tmp_path, {"past_marks": ["sometime"]})
    assert "sometime" not in clause_words("past_marks")
    with words_from(kb):
        assert "sometime" in clause_words("past_marks")
        assert active_kb() is kb
    assert "sometime" not in clause_words("past_marks")
    assert active_kb() is knowledge.load()


def test_interleaved_codings_keep_their_own_words(tmp_path: Path, model: Language) -> None:
    """Two article generators advanced in turn: neither leaves its words to the other."""
    user = _user_kb(tmp_path, {"deeds": ["blackout"]})
    text = "France said Russia was responsible for the blackout.\nIt happened on Monday."
    lines = text.split("\n")
    parsed = [((0, len(lines[0])), model(lines[0])),
              ((len(lines[0]) + 1, len(text)), model(lines[1]))]
    with_user = code_parsed(user, _article(text), parsed)
    shipped = code_parsed(knowledge.load(), _article(text), parsed)
    first_user = next(with_user)
    assert first_user.type == "ACCUSE"
    assert "blackout" not in clause_words("deeds")  # nothing leaks past the yield
    assert not any(m.type == "ACCUSE" for m in shipped)


@pytest.mark.parametrize("name", ["no_such_list", "private_head", "Deeds"])
def test_missing_list_is_a_knowledge_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(KnowledgeError):
        clause_words(name)
    with words_from(_user_kb(tmp_path, {"deeds": ["blackout"]})), \
            pytest.raises(KnowledgeError):
        clause_words(name)


def test_find_triggers_reads_the_kb_it_is_handed(tmp_path: Path, model: Language) -> None:
    """A caller outside the coder (a diagnosis of a missed event) gets the same words."""
    sent = next(iter(model("Estonia said Moscow was responsible for the outage.").sents))
    user = _user_kb(tmp_path, {"deeds": ["outage"]})
    assert "ACCUSE" in {f.entry.type for f in find_triggers(user, sent)}
    assert "ACCUSE" not in {f.entry.type for f in find_triggers(knowledge.load(), sent)}


def test_a_word_list_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    """'"deeds": "blackout"' would otherwise add the letters b, l, a, ... to the list."""
    with pytest.raises(KnowledgeError, match="must be a list of words"):
        _user_kb(tmp_path, {"deeds": "blackout"})


def test_a_misspelt_list_name_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    """A list no rule reads would be silently useless: the user learns the name they meant."""
    with pytest.raises(KnowledgeError, match=r"no list 'deed' .*did you mean 'deeds'"):
        _user_kb(tmp_path, {"deed": ["blackout"]})


def test_an_unknown_list_name_far_from_any_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="no list 'zzqx_nothing' to extend; the shipped"):
        _user_kb(tmp_path, {"zzqx_nothing": ["blackout"]})


def test_a_known_list_name_is_accepted(tmp_path: Path) -> None:
    kb = _user_kb(tmp_path, {"deeds": ["blackout"]})
    assert "blackout" in kb.clause_words["deeds"]
