"""Round 23 trigger rules: blame, threats and measures told without the act's own verb.

'bears responsibility for', 'crossed a red line' (blame), 'will pay a heavy price', 'would be
made to pay' (threat), envoys who 'have 72 hours to leave' (expulsion), talks 'are
terminated' in a post (a measure with the poster as doer), a measure told after 'X's answer
came:' (X's measure), 'objected to' a party's act and a 'freeze' lifted. Each positive has a
near miss that keeps the words and removes the act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


def _of_type(found: set[Quad], kind: str) -> set[tuple[str, str, str | None]]:
    return {(q[1], q[2], q[3]) for q in found if q[0] == kind}


@pytest.mark.slow
@pytest.mark.parametrize("text,kind,src,tgt", [
    ("On Tuesday Estonia's foreign ministry said the Russian authorities bear full "
     "responsibility for the safety of the detained Estonian border guard.",
     "ACCUSE", "EST", "RUS"),
    ("On Tuesday the Czech government said Hungary shared responsibility for the flight of "
     "the sentenced mayor.", "ACCUSE", "CZE", "HUN"),
    ("On Tuesday Turkey's president said Greece had crossed a red line.", "ACCUSE", "TUR", "GRC"),
    ("On Tuesday China's foreign minister said Lithuania would pay a heavy price for the "
     "decision.", "THREATEN", "CHN", "LTU"),
    ("On Tuesday Trump said Canada would be made to pay for the ad.", "THREATEN", "USA", "CAN"),
    ("On Tuesday Argentina's foreign ministry said the Venezuelan diplomats in Buenos Aires "
     "have 72 hours to leave the country.", "SANCTION", "ARG", "VEN"),
    ("On Tuesday the Estonian prime minister told reporters that the Russian embassy staff "
     "must leave by Sunday.", "SANCTION", "EST", "RUS"),
    ("On Tuesday Trump posted that all trade talks with Brazil are terminated.",
     "SANCTION", "USA", "BRA"),
    ("Beijing's response came on Tuesday: five Lithuanian diplomats were expelled.",
     "SANCTION", "CHN", "LTU"),
    ("On Tuesday Indonesia objected to Malaysia's new fishing rules.", "PROTEST", "IDN", "MYS"),
    ("On Tuesday Germany lifted its freeze on arms exports to Turkey.", "CONCEDE", "DEU", "TUR"),
])
def test_act_without_its_verb(coded: Coded, text: str, kind: str, src: str, tgt: str) -> None:
    assert (src, tgt, DAY) in _of_type(coded(text, PUB), kind)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday the Estonian minister said states have a responsibility to protect refugees.",
    "On Tuesday Estonia said it bears full responsibility for the safety of its own citizens.",
    "On Tuesday Germany said it would pay 3 billion euros to Ukraine.",
    "On Tuesday a reporter asked whether Russia bore responsibility for the blast.",
    "On Tuesday the Argentine minister said tourists have 72 hours to leave the valley.",
    "On Tuesday Argentina's foreign ministry said the Venezuelan diplomats did not have to "
    "leave.",
    "On Tuesday Venezuela's foreign minister said its diplomats in Lima have 72 hours to "
    "leave Peru.",
    "On Tuesday Germany lifted the freeze on hiring in its own ministries.",
    "Officials said on Tuesday that the Estonian consulate's response was delayed.",
])
def test_near_misses_code_nothing(coded: Coded, text: str) -> None:
    assert not coded(text, PUB)
