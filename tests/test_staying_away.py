"""Meetings a party stays away from are not meetings, and a ministry a release addresses is
not the one it later calls 'the Ministry'. All sentences are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


@pytest.mark.parametrize("text", [
    "Putin skipped the ASEAN summit in Jakarta on 5 September 2023.",
    "Pakistan boycotted the talks with India in Delhi on 9 November 2016.",
    "The Malian leader snubbed the ECOWAS summit in Abuja on 10 December 2023.",
    "Egypt missed the meeting with Ethiopia in Addis Ababa on 3 May 2022.",
    "Hungary shunned the EU summit with Ukraine on 1 February 2024.",
])
def test_staying_away_from_a_meeting_is_no_meeting(coded: Coded, text: str) -> None:
    assert not {q for q in coded(text, "2024-08-01") if q[0] == "CONSULT"}


def test_meeting_at_a_summit_is_still_a_meeting(coded: Coded) -> None:
    """Attending a bloc's summit is no event with the bloc (venues._forum_occasion: the
    annotators of every gold set code none, at most an optional one), but a meeting held
    there is one, as are talks with the bloc itself."""
    found = coded("Putin attended the ASEAN summit in Jakarta on 5 September 2023.", "2024-08-01")
    assert not {q for q in found if "ASEAN" in q[1:3]}
    found = coded("Putin met Widodo on the sidelines of the ASEAN summit in Jakarta on 5 September "
                  "2023.", "2024-08-01")
    assert {q[1:3] for q in found if q[0] == "CONSULT"} in ({("RUS", "IDN")}, {("IDN", "RUS")})
    found = coded("Lavrov held talks with ASEAN foreign ministers in Jakarta on 5 September 2023.",
                  "2024-08-01")
    assert ("CONSULT", "RUS", "ASEAN", "2023-09-05") in found or \
        ("CONSULT", "ASEAN", "RUS", "2023-09-05") in found


@pytest.mark.parametrize("addressed", [
    "The Minister also informed the Turkish Ministry of Foreign Affairs of the decision.",
    "The Minister handed a note to the Ministry of Foreign Affairs of Turkey.",
])
def test_a_ministry_addressed_does_not_become_the_ministry(coded: Coded, addressed: str) -> None:
    text = ("Hellenic Republic - Ministry of Foreign Affairs\n"
            "Athens, 4 March 2024\n"
            "Foreign Minister Giorgos Gerapetritis announced today the recall of the ambassador to "
            "Turkey.\n"
            f"{addressed}\n"
            "The Ministry had condemned yesterday the Turkish violation of Greek airspace.")
    found = coded(text, "2024-03-04")
    assert ("ACCUSE", "GRC", "TUR", "2024-03-03") in found
