"""A participle adjunct under a refusal verb tells an act of its own.

Found with bench/constructions/make_roles4.py: 'X rejected the allegations, calling them
absurd, and expelled six diplomats' lost the expulsion, because the refusal verb above the
participle was read as withholding everything below it. The near miss keeps 'refused to
expel' (an xcomp) negated.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def typed(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.type, m.source.code, m.target.code) for m in mentions}


def test_act_after_a_participle_under_a_refusal_is_kept(code: Code) -> None:
    found = code("Poland rejected the allegations on Tuesday, calling them absurd, and "
                 "expelled six Belarusian diplomats.", published=DAY)
    assert ("SANCTION", "POL", "BLR") in typed(found)


def test_refused_to_expel_stays_negated(code: Code) -> None:
    found = code("Poland refused on Tuesday to expel six Belarusian diplomats.", published=DAY)
    assert ("SANCTION", "POL", "BLR") not in typed(found)
