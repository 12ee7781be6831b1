"""A bare official's surname the tagger misreads at a sentence's start, and titles of offices
no longer held."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Whipps accused Beijing of bullying his island nation.", "PLW", "CHN"),
    ("Albanese visits China next week.", "AUS", "CHN"),
    ("Tobgay thanked India for its generous aid.", "BTN", "IND"),
    ("Kagame blamed Kinshasa for the cross-border shelling.", "RWA", "COD"),
    ("Ishiba met Biden at the White House on Friday.", "JPN", "USA"),
    ("Dissanayake thanked New Delhi for the emergency credit line.", "LKA", "IND"),
])
def test_bare_surname_opening_a_sentence_is_the_official(coded: Coded, text: str,
                                                          a: str, b: str) -> None:
    assert types_between(coded(text, "2024-05-10"), a, b)


@pytest.mark.parametrize("text", [
    "Rice prices rose sharply in Thailand after India curbed exports.",
    "Hunt for survivors continues in Turkey as Greece sends rescuers.",
    "Mills closed across Bangladesh after China cut its orders.",
    "Power was restored in Kyiv after Russia struck the grid.",
])
def test_english_word_surname_stays_a_word(coded: Coded, text: str) -> None:
    found = coded(text, "2024-05-10")
    assert not any(q[1] in ("USA", "GBR") or q[2] in ("USA", "GBR") for q in found)
