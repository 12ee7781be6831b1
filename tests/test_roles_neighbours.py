"""An unnamed neighbour ('its neighbour', 'the neighbouring country') is the article's other state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali and Algeria have quarrelled for months. On Sunday the government in Bamako "
     "accused its northern neighbour of a hostile act.", ("ACCUSE", "MLI", "DZA")),
    ("Tajik forces shelled villages in Kyrgyzstan. Kyrgyzstan accused its neighbour of "
     "armed aggression.", ("ACCUSE", "KGZ", "TJK")),
    ("Relations between Thailand and Cambodia soured. Bangkok recalled its ambassador from "
     "the neighbouring country on Wednesday.", ("SANCTION", "THA", "KHM")),
])
def test_neighbour_is_other_state(coded: Coded, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(kind, source, target) for kind, source, target, _ in coded(text)}


@pytest.mark.parametrize("text", [
    "Guyana and Venezuela clashed over Essequibo. Caracas said it would never threaten its neighbour.",
    "Ethiopia and Eritrea signed a peace deal. Later Ethiopia, Kenya and Somalia held talks. "
    "Ethiopia accused its neighbour of meddling.",
])
def test_neighbour_needs_one_other_state(coded: Coded, text: str) -> None:
    assert not [q for q in coded(text) if q[0] in ("ACCUSE", "THREATEN")]
