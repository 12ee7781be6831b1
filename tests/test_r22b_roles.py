"""Parties of a measure hidden in phrases or left unsaid (round 22b, roles).

The state acted against may sit deep in the measure's object ('withdrew its consent for the
operation of the consulate of X', 'the suspension of flights to and from X'), and an
announced passive with no agent ('said flights to X will be suspended') is done by whoever
announced it. Near misses: a passive with its own agent, a speaker that is no party, a
chain naming only the doer's own places, a cancelled trip, and an act that is no measure.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _directed(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.type, m.source.code, m.target.code) for m in mentions}


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday the Czech foreign minister withdrew his consent for the operation of the "
     "Consulate General of the Russian Federation in Brno.", {("SANCTION", "CZE", "RUS")}),
    ("On Tuesday Algeria's transport minister announced the suspension of all flights to and "
     "from Morocco and Mauritania.", {("SANCTION", "DZA", "MAR"), ("SANCTION", "DZA", "MRT")}),
    ("Peru's government said on Tuesday that flights to and from Bolivia and Paraguay will be "
     "suspended.", {("SANCTION", "PER", "BOL"), ("SANCTION", "PER", "PRY")}),
    ("On Tuesday Ecuador's civil aviation agency announced that flights between Ecuador and "
     "Mexico would be suspended.", {("SANCTION", "ECU", "MEX")}),
])
def test_hidden_target_or_announcer_is_found(code: Code, text: str,
                                             expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _directed(code(text, published=DAY))


@pytest.mark.parametrize("text", [
    "Chile's government said on Tuesday that flights to Argentina were suspended by the airline.",
    "A pilots' union said on Tuesday that flights to and from Cuba will be suspended.",
    "Colombia's government said on Tuesday that flights to and from Ecuador will be expanded.",
    "On Tuesday Norway suspended the operation of its consulate in Bergen.",
    "On Tuesday Polish police withdrew their officers from the street outside the Consulate of "
    "Ukraine in Lublin.",
    "The Egyptian president cancelled his trip to Khartoum for the African Union summit on "
    "Tuesday.",
])
def test_near_misses_code_no_measure(code: Code, text: str) -> None:
    assert not [m for m in code(text, published=DAY) if m.type in ("SANCTION", "REJECT")]
