"""An act told in the same sentence as a meeting, with no party of its own to act on,
is done between the meeting's parties; an act aimed elsewhere, or not handed over in the
room, is not given the meeting's pair."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., set[tuple[str, str, str, str]]]


@pytest.mark.parametrize(("text", "event"), [
    ("Narendra Modi met Mohamed Muizzu in New Delhi on 7 October 2024 and pledged "
     "budget support to the Maldives government.", ("SUPPORT", "IND", "MDV", "2024-10-07")),
    ("Vladimir Putin telephoned Ilham Aliyev on 28 December 2024 and apologised for the "
     "crash.", ("CONCEDE", "RUS", "AZE", "2024-12-28")),
    ("Volodymyr Zelensky met Olaf Scholz in Berlin on 14 May 2023, and Germany pledged a "
     "new arms package.", ("AID", "DEU", "UKR", "2023-05-14")),
    ("Keir Starmer and Emmanuel Macron met at Northwood on 10 July 2025, where they also "
     "signed a declaration on nuclear deterrence.", ("AGREE", "GBR", "FRA", "2025-07-10")),
    ("On 11 April 2024, Joe Biden hosted Fumio Kishida and Ferdinand Marcos at the White "
     "House, where they agreed to hold joint patrols.", ("AGREE", "JPN", "PHL", "2024-04-11")),
    ("Lula received Gustavo Petro in Brasilia on 3 May 2024, and the two presidents "
     "signed an accord on the Amazon.", ("AGREE", "BRA", "COL", "2024-05-03")),
])
def test_an_act_at_a_meeting_is_between_its_parties(coded: Coded, text: str,
                                                    event: tuple[str, str, str, str]) -> None:
    found = coded(text)
    kind, one, other, day = event
    assert event in found or (kind == "AGREE" and (kind, other, one, day) in found)


@pytest.mark.parametrize(("text", "kind"), [
    # criticism may be aimed at someone not in the room
    ("Emmanuel Macron met Olaf Scholz on 3 May 2024 and criticised the new tariffs.",
     "ACCUSE"),
    # a doer outside the meeting does not act on its parties
    ("Antony Blinken met Sergei Lavrov on 3 May 2024, and Iran pledged more drones.", "AID"),
    # both call for calm: asked of no one in the room
    ("Paul Kagame and Felix Tshisekedi met in Doha on 18 March 2025 and called for an "
     "immediate ceasefire.", "REQUEST"),
    # a topic of the meeting is not an act done at it
    ("Emmanuel Macron met Olaf Scholz on the sidelines of a summit on aid on 3 May 2024.",
     "AID"),
])
def test_acts_not_handed_over_in_the_room_keep_no_pair(coded: Coded, text: str,
                                                        kind: str) -> None:
    found = coded(text)
    assert any(f[0] == "CONSULT" for f in found)
    assert not any(f[0] == kind for f in found)
