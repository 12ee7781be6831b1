"""Round 23b, clauses: a deed listed after a grievance is aimed at the grievance's party.

'accused Russia of ... and closed two crossings': the closing names no party, so it takes
the party the accusation named; a meeting first, a deed with its own party, a deed with its
own subject or a negated deed do not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _acts(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.source.code, m.target.code, m.type) for m in mentions}


@pytest.mark.parametrize("text, act", [
    ("On Tuesday Estonia accused Russia of pushing asylum seekers towards the frontier and "
     "closed two border crossings.", ("EST", "RUS", "SANCTION")),
    ("On Tuesday Lithuania summoned the Chinese charge d'affaires and suspended its trade "
     "office.", ("LTU", "CHN", "SANCTION")),
])
def test_deed_after_grievance_takes_its_party(code: Code, text: str,
                                              act: tuple[str, str, str]) -> None:
    assert act in _acts(code(text, published=DAY))


@pytest.mark.parametrize("text, wrong", [
    ("On Tuesday Finland met Russian officials and closed four crossing points.",
     ("FIN", "RUS", "SANCTION")),
    ("On Tuesday Turkey criticised Greece and closed its embassy in Kabul.",
     ("TUR", "GRC", "SANCTION")),
    ("On Tuesday Latvia accused Russia of lying but did not close the border.",
     ("LVA", "RUS", "SANCTION")),
])
def test_deed_without_grievance_or_with_own_party(code: Code, text: str,
                                                  wrong: tuple[str, str, str]) -> None:
    assert wrong not in _acts(code(text, published=DAY))
