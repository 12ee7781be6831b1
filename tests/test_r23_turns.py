"""Speakers, reactions and announcements (turns, deed_memory, lexicon triggers).

A joint appearance labels a turn with its speaker, perhaps with an interpreter's note in
brackets before the colon; the label's surname names a person billed earlier. At such an
appearance 'our ministers signed' is both delegations. In an interview with one state's
minister the interviewer's 'you' is that state. A reaction to 'the decision of parliament'
names the parliament just told as the doer. Aid committed, or that a donor said it would
contribute, is an event of the announcement.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.coding.turns import LABEL
from dyadwatch.records import Mention
from tests.conftest import quads, typed, types_between

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday


def test_a_label_may_hold_a_bracketed_note_before_its_colon() -> None:
    label = LABEL.match("A. KARIS [interpretation from Estonian]: Esteemed colleague.")
    assert label is not None and label.group(1) == "A. KARIS"
    assert LABEL.match("Note [added later] on the talks") is None  # no colon, no label


@pytest.mark.slow
def test_a_bracketed_label_names_the_speaker(code: Code) -> None:
    text = ("JOINT PRESS STATEMENTS\nPresident of Kenya William Ruto and President of Ghana "
            "John Mahama\nNairobi, Friday, 8 March\n\nW. RUTO [interpretation from Swahili]: "
            "Dear brother, welcome to Nairobi.\n\nToday we signed a treaty on fisheries.")
    assert types_between(quads(code(text, DAY)), "KEN", "GHA") == {"AGREE"}


@pytest.mark.slow
def test_a_quoted_interpreter_note_does_not_end_the_turn(code: Code) -> None:
    text = ("JOINT PRESS STATEMENTS\nPresident of Kenya William Ruto and President of Ghana "
            "John Mahama\nNairobi, Friday, 8 March\n\nW. RUTO [interpretation]: Dear brother, "
            "welcome to Nairobi.\n\nWe want Ghana to stay a partner [interpreter: \"a close "
            "partner\"]. Today we signed a treaty on fisheries.")
    assert types_between(quads(code(text, DAY)), "KEN", "GHA") == {"AGREE"}


@pytest.mark.slow
def test_our_ministers_at_a_joint_appearance_are_both_sides(code: Code) -> None:
    text = ("Transcript: joint statement by Prime Minister Narendra Modi and President Mohamed "
            "Muizzu of Maldives\nNew Delhi, 8 March 2024\n\nPRIME MINISTER MODI: Excellency, "
            "welcome. Today our ministers signed three agreements on health.")
    assert types_between(quads(code(text, DAY)), "IND", "MDV") == {"AGREE"}


@pytest.mark.slow
def test_a_single_our_minister_signing_with_a_third_party_is_the_speakers(code: Code) -> None:
    text = ("Transcript: joint statement by Prime Minister Narendra Modi and President Mohamed "
            "Muizzu of Maldives\nNew Delhi, 8 March 2024\n\nPRIME MINISTER MODI: Excellency, "
            "welcome. Yesterday our minister signed a deal with Japan.")
    found = typed(code(text, DAY))
    assert ("AGREE", "MDV", "JPN") not in found and ("AGREE", "JPN", "MDV") not in found


@pytest.mark.slow
def test_the_interviewers_you_is_the_interviewees_state(code: Code) -> None:
    text = ("INTERVIEW\nMargus Tsahkna, Estonia's foreign minister, spoke to the Baltic "
            "Courier.\n\nBaltic Courier: Relations are poor.\n\nMargus Tsahkna: They are. We "
            "have no illusions.\n\nBaltic Courier: On Tuesday you expelled a Russian diplomat. "
            "Was that planned?")
    assert ("SANCTION", "EST", "RUS") in typed(code(text, DAY))


@pytest.mark.slow
def test_a_question_you_at_a_joint_appearance_stays_open(code: Code) -> None:
    text = ("Transcript: joint statement by President Emmanuel Macron and Chancellor Olaf "
            "Scholz\nParis, 8 March 2024\n\nPRESIDENT MACRON: Dear Olaf, welcome to Paris.\n\n"
            "CHANCELLOR SCHOLZ: Thank you, Emmanuel.\n\nQUESTION (Radio Nord): On Tuesday you "
            "called the Chinese premier.")
    assert not {m for m in typed(code(text, DAY)) if "CHN" in m}


@pytest.mark.slow
def test_you_before_the_second_billed_leader_speaks_stays_open(code: Code) -> None:
    # only one leader has spoken, but two were billed: the reporter's 'you' is either
    text = ("Joint press conference of President Andrzej Duda and Chancellor Olaf Scholz\n\n"
            "PRESIDENT DUDA: Welcome to Warsaw, dear Olaf.\n\nREPORTER (Radio Baltyk): "
            "Chancellor, you protested to Iran on Tuesday.")
    assert not {m for m in typed(code(text, DAY)) if "IRN" in m}


@pytest.mark.slow
def test_the_decision_of_the_body_just_told_names_it(code: Code) -> None:
    text = ("Yerevan, 8 March 2024. The Armenian parliament ratified the Rome Statute on "
            "Tuesday. Hours later the Ukrainian embassy welcomed the decision of parliament.")
    assert ("SUPPORT", "UKR", "ARM") in typed(code(text, DAY))


@pytest.mark.slow
def test_the_decision_of_another_body_does_not(code: Code) -> None:
    text = ("Yerevan, 8 March 2024. The Armenian parliament ratified the Rome Statute on "
            "Tuesday. Hours later the Ukrainian embassy welcomed the decision of the court.")
    assert ("SUPPORT", "UKR", "ARM") not in typed(code(text, DAY))


@pytest.mark.slow
@pytest.mark.parametrize("text, pair", [
    # the deed noun carries its own venue and topic: another vote
    ("Vilnius, 8 March 2024. The Latvian parliament ratified the accord with Canada on "
     "Tuesday. Belarus criticised the vote in the Council of Europe on Moldova.",
     ("BLR", "LVA")),
    # two parliaments just told: 'the decision of parliament' is either
    ("Vilnius, 8 March 2024. The Latvian parliament ratified the accord with Canada. "
     "Estonia's parliament ratified a treaty with Finland. Belarus criticised the decision "
     "of parliament.", ("BLR", "EST")),
])
def test_a_deed_noun_with_its_own_deed_or_two_doers_links_to_none(
        code: Code, text: str, pair: tuple[str, str]) -> None:
    found = typed(code(text, DAY))
    assert any(m[0] == "AGREE" for m in found)  # the deeds themselves are coded
    assert not {m for m in found if m[0] == "ACCUSE" and m[1] == pair[0]}


@pytest.mark.slow
def test_a_condemned_visit_names_the_visitor(code: Code) -> None:
    text = ("Budapest, 8 March 2024. Hungary's prime minister visited Minsk on Tuesday. "
            "Lithuania's foreign ministry condemned the visit.")
    assert {m[:2] for m in typed(code(text, DAY)) if m[1] == "LTU"} == {("ACCUSE", "LTU")}
    assert ("ACCUSE", "LTU", "HUN") in typed(code(text, DAY))


@pytest.mark.slow
@pytest.mark.parametrize("text, pair", [
    ("Port Moresby, 8 March 2024. Australia on Tuesday committed A$200 million over four "
     "years for Papua New Guinea.", ("AUS", "PNG")),
    ("Ottawa, 8 March 2024. Canada said on Wednesday it would contribute $25 million to "
     "Haiti's national police.", ("CAN", "HTI")),
])
def test_committed_and_contributed_aid_is_an_event(code: Code, text: str,
                                                   pair: tuple[str, str]) -> None:
    assert ("AID", *pair) in typed(code(text, DAY))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Ottawa, 8 March 2024. Canada said on Wednesday it would contribute $25 million to "
    "Haiti's police if the mission were approved.",
    "Tokyo, 8 March 2024. Japan committed $3 billion to its own coast guard on Tuesday.",
])
def test_conditional_or_domestic_money_is_no_aid(code: Code, text: str) -> None:
    assert not {m for m in typed(code(text, DAY)) if m[0] == "AID"}
