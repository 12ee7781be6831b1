"""Who sends and who receives in ministry and presidential readouts.

Found with bench/constructions/make_readouts.py: readouts name a message's author with
'of' and its receiver with 'addressed to' ('handed over a message of President X
addressed to President Y'), and a head of state 'receives the credentials of the
Ambassador of Y'. Near misses: a message read out to a forum held in a capital, an
ambassador who meets a company, a minister who meets a body of his own state.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2025-02-12"


def typed(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.type, m.source.code, m.target.code) for m in mentions
            if m.source.code != m.target.code}


def test_message_of_author_addressed_to_receiver(code: Code) -> None:
    text = ("On 11 February, the Minister of Foreign Affairs of Turkey Hakan Fidan handed over "
            "a message of President Recep Tayyip Erdogan addressed to President William Ruto.")
    assert typed(code(text, DAY)) == {("CONSULT", "TUR", "KEN")}


def test_received_message_of_author_goes_to_the_receiver(code: Code) -> None:
    text = ("On 11 February, President William Ruto received a message of President "
            "Recep Tayyip Erdogan.")
    assert typed(code(text, DAY)) == {("CONSULT", "TUR", "KEN")}


def test_credentials_of_the_ambassador_name_his_state(code: Code) -> None:
    text = ("On 11 February, President of Serbia Aleksandar Vucic received the credentials of "
            "the newly appointed Ambassador Extraordinary and Plenipotentiary of Egypt.")
    assert {(t, *sorted((s, g))) for t, s, g in typed(code(text, DAY))} == {
        ("CONSULT", "EGY", "SRB")}


def test_message_to_a_forum_in_a_capital_is_no_event(code: Code) -> None:
    text = ("On 11 February, the Minister of Foreign Affairs of Turkey Hakan Fidan read out a "
            "message of President Recep Tayyip Erdogan addressed to the participants of the "
            "investment forum in Nairobi.")
    assert typed(code(text, DAY)) == set()


def test_ambassador_meeting_a_company_is_no_event(code: Code) -> None:
    text = ("On 11 February, the Ambassador of Italy to Kyrgyzstan met with the management of "
            "a Kyrgyz construction company in Bishkek.")
    assert typed(code(text, DAY)) == set()


def test_meeting_of_one_minister_with_another(code: Code) -> None:
    text = ("On 11 February in Ankara was held a meeting of the Minister of Foreign Affairs of "
            "Turkey Hakan Fidan with the Minister of Foreign Affairs of Kenya Musalia Mudavadi.")
    assert {(t, *sorted((s, g))) for t, s, g in typed(code(text, DAY))} == {
        ("CONSULT", "KEN", "TUR")}


def test_meeting_with_own_diaspora_is_no_event(code: Code) -> None:
    text = ("On 11 February in Nairobi was held a meeting of the Minister of Foreign Affairs of "
            "Turkey Hakan Fidan with representatives of the Turkish diaspora living in Kenya.")
    assert typed(code(text, DAY)) == set()


def test_title_after_fronted_phrase_is_the_doer(code: Code) -> None:
    text = ("Within the framework of the official visit to Hungary, Minister of Foreign Affairs "
            "of Kazakhstan Murat Nurtleu held talks on 11 February with Prime Minister Viktor "
            "Orban.")
    assert {(t, *sorted((s, g))) for t, s, g in typed(code(text, DAY))} == {
        ("CONSULT", "HUN", "KAZ")}
