"""Actors in machine-translated readouts, government press releases and briefing transcripts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dyadwatch.coding.actors import find_actors
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import quads, types_between

Code = Callable[..., list[Mention]]
BRIEFING = "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 4, 2025\n"


@pytest.mark.parametrize("text, person, code", [
    ("At the invitation of President Xi Jinping, the Kenyan President will tour China.",
     "President Xi Jinping", "CHN"),
    ("President Lula da Silva flew to Rome, where Pope Francis greeted him.",
     "President Lula da Silva", "BRA"),
    ("Thanks to President Xi Jinping, Lula said, the deal was done.",
     "President Xi Jinping", "CHN"),
])
def test_alias_inside_a_longer_name_takes_the_whole_name(
        kb: KnowledgeBase, model: Language, text: str, person: str, code: str) -> None:
    sent = next(iter(model(text).sents))
    found = {(sent.doc[a.start:a.end].text, a.actor.code) for a in find_actors(kb, sent, None, {})}
    assert (person, code) in found
    assert all(name not in ("Jinping", "da Silva") for name, _ in found)


@pytest.mark.parametrize("question", [
    "Q: Reports say Australia will deploy warships to the Philippines. Will China react?",
    "Q: Japan has summoned the Chinese ambassador over the drone flights. Is that true?",
    "Question: Kenya expelled two Somali diplomats on Friday. Can you confirm?",
    "Q: The Vietnamese Prime Minister will visit Laos next week. Can you share details?",
    "Reporter: Will Germany accuse Russia of sabotage? How do you see that?",
])
def test_a_journalists_question_reports_no_event(code: Code, question: str) -> None:
    assert code(BRIEFING + question, "2025-03-04") == []


@pytest.mark.parametrize("answer, kind, other", [
    ("A: We urge Canada to stop its provocations at once.", "REQUEST", "CAN"),
    ("A: We firmly condemn the Dutch decision to host the separatist group.", "ACCUSE", "NLD"),
    ("Answer: We have lodged stern representations with Lithuania.", "PROTEST", "LTU"),
])
def test_we_in_an_answer_is_the_spokespersons_government(
        code: Code, answer: str, kind: str, other: str) -> None:
    found = quads(code(BRIEFING + "Q: What is your comment?\n" + answer, "2025-03-04"))
    assert kind in types_between(found, "CHN", other)


def test_an_answer_still_codes_named_parties(code: Code) -> None:
    text = BRIEFING + "Q: Any news on the visit?\nA: Premier Li Qiang met Malaysian Prime " \
        "Minister Anwar Ibrahim in Beijing on March 3."
    assert "CONSULT" in types_between(quads(code(text, "2025-03-04")), "CHN", "MYS")


@pytest.mark.parametrize("sentence, kind, other", [
    ("Our Ministry summoned the ambassador of Denmark on 2 March.", "PROTEST", "DNK"),
    ("Our country signed a trade accord with Jordan on 2 March.", "AGREE", "JOR"),
    ("Our Government condemned the Danish decision in the strongest terms.", "ACCUSE", "DNK"),
])
def test_our_in_a_ministry_release_is_the_ministrys_state(
        code: Code, sentence: str, kind: str, other: str) -> None:
    text = "Our Minister Mr. Hakan Fidan attended the forum in Antalya on 1 March.\n" + sentence
    assert kind in types_between(quads(code(text, "2025-03-04")), "TUR", other)


def test_our_without_a_release_voice_is_nobody(code: Code) -> None:
    text = "Danish officials said our country would not bow.\nOur Ministry summoned " \
        "the ambassador of Denmark on 2 March."
    assert not any("TUR" in (q[1], q[2]) for q in quads(code(text, "2025-03-04")))


@pytest.mark.parametrize("sentence", [
    "Both chancellors signed a memorandum on river transport.",
    "The two chancellors signed a memorandum on river transport.",
    "Both counterparts signed a memorandum on river transport.",
])
def test_plural_offices_name_the_pair_in_view(code: Code, sentence: str) -> None:
    text = "Chilean Foreign Minister Alberto van Klaveren received the Bolivian Foreign " \
        f"Minister in Santiago on 3 March.\n{sentence}"
    assert "AGREE" in types_between(quads(code(text, "2025-03-04")), "CHL", "BOL")


@pytest.mark.parametrize("text, pair", [
    ("The Custodian of the Two Holy Mosques received a cable from the Sultan of Oman on "
     "3 March.", {"SAU", "OMN"}),
    ("The Palacio San Martín sent a protest note to London on 3 March.", {"ARG", "GBR"}),
    ("Torre Tagle summoned the Mexican ambassador on 3 March.", {"PER", "MEX"}),
    ("Vice Premier Ding Xuexiang met the Swiss President in Davos on 3 March.", {"CHN", "CHE"}),
])
def test_offices_and_palaces_of_translated_copy(code: Code, text: str, pair: set[str]) -> None:
    assert any({q[1], q[2]} == pair for q in quads(code(text, "2025-03-04")))


def test_a_spokesperson_outside_a_transcript_lends_no_our(code: Code) -> None:
    text = "Chinese Foreign Ministry spokesperson Mao Ning spoke in Beijing on 1 March.\n" \
        "Our Ministry summoned the ambassador of Denmark on 2 March, a Swedish diplomat wrote."
    assert not any("CHN" in (q[1], q[2]) for q in quads(code(text, "2025-03-04")))
