"""Parties on the same side of one act are not each other's counterparts (round 22, pairs).

Co-receivers ('A and B received theirs'), the partners of a doer the text leaves unnamed
('the government established relations with A and B'), the partners a signer met in turn,
the objects of a decision taken at a body's own summit, and the partners of meetings listed
one after another ('talks with A and a meeting with B') stand side by side. Near misses:
a named doer, partners that act together, two leaders at 'their summit', and a guest
received by two hosts, whose pairs the sentence does tell.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _pairs(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset({m.source.code, m.target.code}) for m in mentions}


@pytest.mark.parametrize("text, apart", [
    ("Japan and Canada received theirs on Tuesday, each with a 25% rate.", {"JPN", "CAN"}),
    ("Macron and Scholz received Zelensky in Paris on Tuesday.", {"FRA", "DEU"}),
    ("On Tuesday, the administration recognized Kosovo and Palestine as sovereign states and "
     "established diplomatic relations with both.", {"XKX", "PSE"}),
    ("On Wednesday, the government established diplomatic relations with Bhutan and Nauru.",
     {"BTN", "NRU"}),
    ("At their summit in Brussels on Tuesday, EU leaders granted candidate status to Georgia "
     "and Armenia.", {"GEO", "ARM"}),
    ("On Tuesday, in Port Moresby, the Kenyan president signed compacts with Palau, and with "
     "Nauru an hour later.", {"PLW", "NRU"}),
])
def test_side_by_side_parties_are_no_pair(code: Code, text: str, apart: set[str]) -> None:
    assert frozenset(apart) not in _pairs(code(text, published=DAY))


def test_own_summit_keeps_the_decision(code: Code) -> None:
    mentions = code("At their summit in Brussels on Tuesday, EU leaders granted candidate "
                    "status to Georgia and Armenia.", published=DAY)
    assert not [m for m in mentions if m.type == "CONSULT"]
    assert {frozenset({"EU", "GEO"}), frozenset({"EU", "ARM"})} <= _pairs(mentions)


@pytest.mark.parametrize("text, pairs", [
    ("On Tuesday, Brazil established diplomatic relations with Bhutan and Nauru.",
     {frozenset({"BRA", "BTN"}), frozenset({"BRA", "NRU"})}),
    ("Bhutan and Nauru established diplomatic relations on Wednesday.",
     {frozenset({"BTN", "NRU"})}),
    ("At their summit in Geneva on Tuesday, Biden and Xi agreed to resume military contacts.",
     {frozenset({"USA", "CHN"})}),
    ("Macron and Scholz received Zelensky in Paris on Tuesday.",
     {frozenset({"UKR", "FRA"}), frozenset({"UKR", "DEU"})}),
    ("Kenya's foreign minister arrived in Addis Ababa on Monday. The minister signed a trade "
     "pact with Ethiopia on Tuesday.", {frozenset({"KEN", "ETH"})}),
    ("On Tuesday, in Port Moresby, the Kenyan president signed compacts with Palau, and with "
     "Nauru an hour later.", {frozenset({"KEN", "PLW"}), frozenset({"KEN", "NRU"})}),
])
def test_pairs_the_sentence_tells_stay(code: Code, text: str,
                                       pairs: set[frozenset[str]]) -> None:
    assert pairs <= _pairs(code(text, published=DAY))


def test_listed_meetings_keep_their_own_partners(code: Code) -> None:
    mentions = code("On Tuesday, Ruto held talks with Abiy and a meeting with Museveni in "
                    "Nairobi.", published=DAY)
    got = _pairs(mentions)
    assert {frozenset({"KEN", "ETH"}), frozenset({"KEN", "UGA"})} <= got
    assert frozenset({"ETH", "UGA"}) not in got
