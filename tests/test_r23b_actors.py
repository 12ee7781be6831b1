"""A body written after 'non-' is no party (round 23b, actors).

'A major non-NATO ally', 'non-EU trawlers', 'non-OPEC producers' name what lies outside the
body, so the body neither acts nor is acted on, and it is not kept among the parties a later
'the two governments' points back to. Near misses: the body named plainly, leading a
compound ('EU-led'), or signing in its own name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _codes(mentions: list[Mention]) -> set[str]:
    return {code for m in mentions for code in (m.source.code, m.target.code)}


def test_non_prefix_body_is_no_target(code: Code) -> None:
    got = code("On Tuesday Portugal criticised non-EU trawlers fishing off the Azores.",
               published=DAY)
    assert "EU" not in _codes(got)


def test_non_prefix_body_is_no_member_of_a_later_pair(code: Code) -> None:
    text = ("President Ruto visited the White House on Tuesday. President Biden said he would "
            "name the country a major non-NATO ally; the two governments also signed a space "
            "cooperation agreement.")
    got = code(text, published=DAY)
    assert "NATO" not in _codes(got)
    assert any(m.type == "AGREE" and {m.source.code, m.target.code} == {"USA", "KEN"}
               for m in got)


def test_body_named_plainly_stays_a_party(code: Code) -> None:
    got = code("On Tuesday Portugal criticised the EU over its fishing quotas.", published=DAY)
    assert any(m.source.code == "PRT" and m.target.code == "EU" for m in got)


def test_body_leading_a_compound_stays_a_party(code: Code) -> None:
    got = code("On Tuesday Mali criticised the EU-led training mission.", published=DAY)
    assert any(m.source.code == "MLI" and m.target.code == "EU" for m in got)
