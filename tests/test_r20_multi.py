"""Round 20 multi-party sentences: one party who deals with several others in turn.

A leader who calls two counterparts, holds separate or bilateral talks with them, or meets
them 'respectively' dealt with each alone; the counterparts are no pair. A joint or
three-way call, or a plural subject that met, keeps every pair.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


def pairs(found: set[Quad]) -> set[frozenset[str]]:
    return {frozenset((q[1], q[2])) for q in found if q[0] == "CONSULT"}


@pytest.mark.parametrize("text", [
    "On Tuesday President Cyril Ramaphosa telephoned Bola Tinubu and William Ruto.",
    "President Cyril Ramaphosa spoke by phone with Bola Tinubu and William Ruto on Tuesday.",
    "President Cyril Ramaphosa held separate talks with Bola Tinubu and William Ruto on "
    "Tuesday.",
    "On Tuesday President Cyril Ramaphosa had bilateral meetings with Bola Tinubu and "
    "William Ruto.",
    "On Tuesday President Cyril Ramaphosa met Bola Tinubu and William Ruto respectively.",
])
def test_counterparts_dealt_with_in_turn_are_no_pair(coded: Coded, text: str) -> None:
    assert pairs(coded(text, PUB)) == {frozenset(("ZAF", "NGA")), frozenset(("ZAF", "KEN"))}


@pytest.mark.parametrize("text", [
    "President Cyril Ramaphosa held a three-way call with Bola Tinubu and William Ruto on "
    "Tuesday.",
    "On Tuesday President Cyril Ramaphosa held a joint phone call with Bola Tinubu and "
    "William Ruto.",
    "President Cyril Ramaphosa, Bola Tinubu and William Ruto met in Addis Ababa on Tuesday.",
])
def test_one_table_keeps_every_pair(coded: Coded, text: str) -> None:
    assert frozenset(("NGA", "KEN")) in pairs(coded(text, PUB))


def test_separate_elsewhere_in_the_sentence_does_not_split_a_meeting(coded: Coded) -> None:
    found = coded("On Tuesday President Cyril Ramaphosa met Bola Tinubu and William Ruto in "
                  "Addis Ababa to discuss bilateral trade and a separate gas deal.", PUB)
    assert frozenset(("NGA", "KEN")) in pairs(found)
