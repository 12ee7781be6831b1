"""Round 20 role rules: who is the guest when the host is the subject.

'Erdogan received the Somali president', 'Lavrov hosted his Iranian counterpart': the guest
travelled to the host, so the meeting names the guest first, as 'was received by' and
'visited' already do; a letter received keeps its sender first, and a city that hosts games
is no meeting at all.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


@pytest.mark.parametrize("text,guest,host", [
    ("President Gustavo Petro received the Ecuadorian president at the Casa de Narino on "
     "Tuesday.", "ECU", "COL"),
    ("On Tuesday Foreign Minister Wang Yi hosted his Pakistani counterpart for talks.",
     "PAK", "CHN"),
    ("Chancellor Olaf Scholz on Tuesday received a Polish delegation led by the defence "
     "minister.", "POL", "DEU"),
])
def test_active_host_names_the_guest_first(coded: Coded, text: str, guest: str,
                                           host: str) -> None:
    found = {q for q in coded(text, PUB) if q[0] == "CONSULT"}
    assert found == {("CONSULT", guest, host, DAY)}


def test_passive_and_visit_keep_the_guest_first(coded: Coded) -> None:
    assert ("CONSULT", "ECU", "COL", DAY) in coded(
        "The Ecuadorian president was received by President Gustavo Petro on Tuesday.", PUB)
    assert ("CONSULT", "ECU", "COL", DAY) in coded(
        "The Ecuadorian president visited Bogota on Tuesday.", PUB)


def test_letter_received_keeps_the_sender_first(coded: Coded) -> None:
    found = coded("President Gustavo Petro received a letter from the Ecuadorian president "
                  "on Tuesday.", PUB)
    assert ("CONSULT", "ECU", "COL", DAY) in found
    assert ("CONSULT", "COL", "ECU", DAY) not in found


def test_city_hosting_games_is_no_meeting(coded: Coded) -> None:
    assert coded("Bogota hosted the regional games on Tuesday, and an Ecuadorian team took "
                 "part.", PUB) == set()


def test_withdrawn_case_concedes_to_the_opponent_not_the_court(coded: Coded) -> None:
    announced = coded("Slovenia's prime minister said on Tuesday that Croatia had withdrawn "
                      "its complaint to the EU Court of Justice.", PUB)
    assert ("CONCEDE", "HRV", "SVN", DAY) in announced
    assert not {q for q in announced if "EU" in q[1:3]}
    after_step = coded("Last month Chile returned the seized files, and on Tuesday Bolivia "
                       "withdrew its case at the International Court of Justice.", PUB)
    assert ("CONCEDE", "BOL", "CHL", DAY) in after_step


def test_case_before_a_court_alone_gives_no_event(coded: Coded) -> None:
    assert coded("On Tuesday Croatia withdrew its complaint to the EU Court of Justice.",
                 PUB) == set()
    named = coded("On Tuesday Bolivia withdrew its lawsuit against Chile at the "
                  "International Court of Justice.", PUB)
    assert ("CONCEDE", "BOL", "CHL", DAY) in named


def test_greetings_of_a_received_guest_go_to_the_host(coded: Coded) -> None:
    found = coded("On Tuesday President Gustavo Petro received the Minister of Foreign "
                  "Affairs of Ecuador Gabriela Sommerfeld, who conveyed the greetings of "
                  "President Daniel Noboa.", PUB)
    assert {q for q in found if q[0] == "CONSULT"} == {("CONSULT", "ECU", "COL", DAY)}
