"""Acts told in words the lexicon lacked (round 20, 'no trigger' misses on devset2).

Four families, each with a near miss that uses the same words for no act: diplomats
called home under other names (coding/trigger_objects.py, frame 'diplomatic_staff'), a
change of recognition ('dropped_for', 'end_of_ties'), a signed text named by a word the
signing verbs did not list, and a reproach reported as the predicate of a 'that' clause
(trigger_rules._reproaches).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.coder import code_parsed
from dyadwatch.records import Article, FuzzyDate

pytestmark = pytest.mark.slow

Typed = set[tuple[str, str, str]]


@pytest.fixture(scope="module")
def code(model: Language) -> Callable[[str], Typed]:
    """Code one paragraph: (type, source, target) of each mention."""
    kb = knowledge.load()

    def run(text: str) -> Typed:
        article = Article("t.txt", "t.txt", text, "hash",
                          published=FuzzyDate.parse("2024-03-08"))
        return {(m.type, m.source.code, m.target.code)
                for m in code_parsed(kb, article, [((0, len(text)), model(text))])}

    return run


def test_heads_of_mission_recalled_is_a_sanction(code: Callable[[str], Typed]) -> None:
    got = code("On 5 March, Japan recalled its heads of mission from Russia.")
    assert ("SANCTION", "JPN", "RUS") in got


def test_diplomatic_personnel_withdrawn_is_a_sanction_not_a_retreat(
        code: Callable[[str], Typed]) -> None:
    got = code("On 5 March, Poland withdrew its diplomatic personnel from Belarus.")
    assert ("SANCTION", "POL", "BLR") in got
    assert ("RETREAT", "POL", "BLR") not in got


def test_military_personnel_withdrawn_stays_a_retreat(code: Callable[[str], Typed]) -> None:
    got = code("On 5 March, Poland withdrew its military personnel from Belarus.")
    assert not any(t == "SANCTION" for t, _, _ in got)


def test_recalled_as_remembering_is_no_recall(code: Callable[[str], Typed]) -> None:
    assert code("On 5 March, Japan recalled that the heads of mission of Russia had met "
                "in 2019.") == set()


def test_consul_ordered_to_leave_is_expelled(code: Callable[[str], Typed]) -> None:
    got = code("On 5 March, Japan ordered a Russian consul to leave the country.")
    assert ("SANCTION", "JPN", "RUS") in got


def test_recognising_one_state_and_dropping_another(code: Callable[[str], Typed]) -> None:
    got = code("On 5 March, Honduras recognised Beijing and dropped Taipei.")
    assert ("SANCTION", "HND", "TWN") in got


def test_dropping_a_plan_is_no_sanction(code: Callable[[str], Typed]) -> None:
    assert code("On 5 March, Nauru dropped the plan to build a port for Taiwan.") == set()


def test_end_of_relations_severs_ties(code: Callable[[str], Typed]) -> None:
    got = code("On 5 March, Taipei announced the end of relations with Honduras.")
    assert ("SANCTION", "TWN", "HND") in got


def test_end_of_a_war_is_no_sanction(code: Callable[[str], Typed]) -> None:
    got = code("On 5 March, Poland marked the end of the war with a parade; Belarus sent "
               "no delegation.")
    assert not any(t == "SANCTION" for t, _, _ in got)


@pytest.mark.parametrize("text", [
    "On 5 March, Malaysia and Singapore signed memoranda on energy.",
    "On 5 March, Egypt and Greece signed a partial delimitation of their maritime zones.",
])
def test_signed_texts_by_other_names(code: Callable[[str], Typed], text: str) -> None:
    assert any(t == "AGREE" for t, _, _ in code(text))


def test_memoranda_still_drafted_are_no_agreement(code: Callable[[str], Typed]) -> None:
    assert code("On 5 March, Malaysia said that memoranda with Singapore were still being "
                "drafted.") == set()


@pytest.mark.parametrize("text", [
    'On 5 March, the president of Georgia said that Russia was "our enemy and occupier".',
    "The foreign minister of Georgia told parliament on 5 March that Russia was an aggressor.",
])
def test_reported_reproach_accuses(code: Callable[[str], Typed], text: str) -> None:
    assert ("ACCUSE", "GEO", "RUS") in code(text)


@pytest.mark.parametrize("text", [
    "On 5 March, the president of Georgia said that Russia was not an enemy.",
    "On 5 March, the president of Georgia said that if Russia were an enemy, the talks "
    "would have failed.",
    "On 5 March, the police of Georgia said that the criminals had fled to Russia.",
])
def test_no_reproach_without_a_reproached_party(code: Callable[[str], Typed], text: str) -> None:
    assert not any(t == "ACCUSE" for t, _, _ in code(text))
