"""Round 19 false pairs: a bloc's gathering named through its own bodies is an occasion.

'Took part in the meeting of the Council of Heads of State of the SCO' attends the SCO's
summit as surely as 'attended the SCO summit' does: the bloc is where, not with whom. The
climb up the 'of' chain stops at an officer ('the Secretary General of the SCO'), who is met,
and talks held on the sidelines keep their own pair.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2025-06-12"


def _parties(found: set[Quad]) -> set[str]:
    return {code for q in found for code in (q[1], q[2])}


@pytest.mark.parametrize("text,bloc", [
    ("President Kassym-Jomart Tokayev took part on Tuesday in the meeting of the Council of "
     "Heads of State of the SCO in Astana.", "SCO"),
    ("President William Ruto attended on Tuesday the meeting of the Assembly of Heads of State "
     "and Government of the African Union in Addis Ababa.", "AU"),
    ("President Prabowo Subianto addressed on Tuesday the meeting of the Council of Foreign "
     "Ministers of the ASEAN in Kuala Lumpur.", "ASEAN"),
])
def test_meeting_of_a_bloc_body_is_no_meeting_with_the_bloc(coded: Coded, text: str,
                                                             bloc: str) -> None:
    assert bloc not in _parties(coded(text, PUB))


def test_sideline_talks_keep_their_pair_without_the_bloc(coded: Coded) -> None:
    found = coded("On the sidelines of the meeting of the Council of Foreign Ministers of the "
                  "Arab League in Cairo on Tuesday, the Egyptian foreign minister held talks "
                  "with his Indonesian counterpart.", PUB)
    assert ("CONSULT", "EGY", "IDN", "2025-06-10") in {
        (q[0], *sorted((q[1], q[2])), q[3]) for q in found}
    assert "LAS" not in _parties(found)


def test_officer_of_the_bloc_is_still_met(coded: Coded) -> None:
    found = coded("President Claudia Sheinbaum met the Secretary General of the OAS in "
                  "Washington on Tuesday.", PUB)
    assert any(q[0] == "CONSULT" and {q[1], q[2]} == {"MEX", "OAS"} for q in found)


def test_a_meeting_of_bloc_leaders_still_names_whom_a_guest_met(coded: Coded) -> None:
    found = coded("At a special meeting of ASEAN leaders in Jakarta on Tuesday, the Myanmar "
                  "junta chief defended the coup.", PUB)
    assert "ASEAN" in _parties(found)


@pytest.mark.parametrize("text", [
    "The Kenyan and Ghanaian leaders attended the climate summit in Geneva on Tuesday.",
    "Mexico and Peru attended a water conference in Vienna on Tuesday, where a declaration "
    "was adopted.",
])
def test_attending_an_unnamed_summit_pairs_no_one(coded: Coded, text: str) -> None:
    assert coded(text, PUB) == set()


def test_leaders_who_met_at_an_unnamed_summit_keep_their_pair(coded: Coded) -> None:
    found = coded("The Kenyan and Ghanaian leaders met on the sidelines of the climate summit "
                  "in Geneva on Tuesday.", PUB)
    assert any(q[0] == "CONSULT" and {q[1], q[2]} == {"KEN", "GHA"} for q in found)


def test_summit_with_a_leader_is_a_meeting(coded: Coded) -> None:
    found = coded("On Tuesday President William Ruto attended a summit with President Bola "
                  "Tinubu in Geneva.", PUB)
    assert any(q[0] == "CONSULT" and {q[1], q[2]} == {"KEN", "NGA"} for q in found)


@pytest.mark.parametrize("body", ["Organization of American States",
                                  "Economic Community of West African States"])
def test_nationality_word_inside_a_body_name_is_no_state(coded: Coded, body: str) -> None:
    found = coded(f"On Tuesday the Chilean foreign minister flew to Washington for the "
                  f"meeting of the {body}.", PUB)
    assert found == set()


@pytest.mark.parametrize("text", [
    "On Tuesday an ASEAN foreign minister met the Kenyan foreign minister in Jakarta.",
    "On Tuesday a European Union head of state met the Kenyan foreign minister in Nairobi.",
])
def test_a_members_officer_is_not_the_bloc(coded: Coded, text: str) -> None:
    assert not {"ASEAN", "EU"} & _parties(coded(text, PUB))


def test_visit_by_a_members_officer_is_the_visitors_own(coded: Coded) -> None:
    found = coded("President Emmanuel Macron arrived in Kenya on Tuesday, the first visit "
                  "there by a European Union head of state in a decade.", PUB)
    assert "EU" not in _parties(found)
    assert any(q[1:3] == ("FRA", "KEN") for q in found)


@pytest.mark.parametrize("text", [
    "The EU foreign policy chief met the Kenyan foreign minister on Tuesday.",
    "On Tuesday an EU envoy met the Kenyan foreign minister in Nairobi.",
    "EU leaders met the Kenyan president in Brussels on Tuesday.",
])
def test_the_blocs_own_officers_stay(coded: Coded, text: str) -> None:
    assert "EU" in _parties(coded(text, PUB))
