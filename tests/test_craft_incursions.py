"""Aircraft and ships entering another state's airspace or waters are no visit: a visit is
made by people, and an incursion coded as CONSULT would add a friendly contact to a
quarrel's chronology."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Two Russian fighter jets flew into Lithuanian airspace on Tuesday, the ministry said.",
     "RUS", "LTU"),
    ("Three Chinese warships arrived in Philippine waters on Monday.", "CHN", "PHL"),
    ("Two Russian bombers flew to Venezuela on Monday.", "RUS", "VEN"),
])
def test_craft_on_the_move_make_no_visit(coded: Coded, text: str, a: str, b: str) -> None:
    assert "CONSULT" not in types_between(coded(text, "2024-03-08"), a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("President Macron flew into Beijing on Tuesday for a state visit.", "FRA", "CHN"),
    ("Kenya's foreign minister arrived in Addis Ababa on Monday.", "KEN", "ETH"),
])
def test_people_travelling_still_visit(coded: Coded, text: str, a: str, b: str) -> None:
    assert "CONSULT" in types_between(coded(text, "2024-03-08"), a, b)
