"""A meeting told in the same sentence as what two parties signed at it (round 21b, pairs).

Annotators code a met-and-agreed occasion with a CONSULT and an AGREE; prose often names
the parties only on the signing ('talks followed at the palace, where A and B signed').
Near misses: the meeting is what was agreed, another occasion, a bloc's named gathering, a
bloc's own summit that a state joined, and a bare 'the visit' that points back.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _lines(mentions: list[Mention]) -> set[tuple[str, frozenset[str], str]]:
    return {(m.type, frozenset({m.source.code, m.target.code}),
             m.date.iso if m.date else "") for m in mentions}


def _consults(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type == "CONSULT"]


@pytest.mark.parametrize("text, pair", [
    ("Formal talks followed at the Presidential Palace on Tuesday, where Kenya and Ethiopia "
     "signed a memorandum on cross-border power trade.", {"KEN", "ETH"}),
    ("Ties were renewed on Tuesday at the joint commission meeting in Hanoi, at which Japan "
     "and Vietnam signed nine cooperation agreements.", {"JPN", "VNM"}),
])
def test_meeting_lent_to_the_signing_pair(code: Code, text: str, pair: set[str]) -> None:
    got = _lines(code(text, published=DAY))
    assert ("AGREE", frozenset(pair), "2024-03-05") in got
    assert ("CONSULT", frozenset(pair), "2024-03-05") in got


@pytest.mark.parametrize("text", [
    "Japan and Vietnam signed an agreement on Tuesday to hold annual talks on maritime "
    "security.",
    "Chile and Peru signed an accord on a new strategic dialogue on Tuesday.",
    "Kenya and Ethiopia signed a power-trade deal on Tuesday, and the next summit is planned "
    "for June.",
    "At the OSCE meeting in Vienna on Tuesday, Sweden and Turkey signed a memorandum on "
    "counter-terrorism.",
    "During the visit, Nepal and India decided on Tuesday to upgrade their ties to a "
    "strategic partnership.",
    "Timor-Leste was admitted as the eleventh member of ASEAN at the summit in Kuala Lumpur "
    "on Tuesday.",
])
def test_no_meeting_lent(code: Code, text: str) -> None:
    mentions = code(text, published=DAY)
    assert any(m.type in ("AGREE", "SUPPORT") for m in mentions)
    assert not _consults(mentions)
