"""Actor phrases that name no party although they hold a party's name.

Found with bench/constructions/make_actors2.py: an organisation used as the label of a
document or norm ('UN resolutions', 'IAEA safeguards') does nothing, and a state hanging
from a past post held by the subject ('the former president of Kenya, X, criticised')
speaks for no one. Near misses keep the bloc that acts ('EU sanctions') and a serving
office holder.
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


def test_organisation_naming_a_norm_is_no_target(code: Code) -> None:
    got = typed(code("On Tuesday, Armenia accused China of breaching UN resolutions.", published=DAY))
    assert ("ACCUSE", "ARM", "CHN") in got
    assert ("ACCUSE", "ARM", "UN") not in got


def test_organisation_that_acts_is_kept(code: Code) -> None:
    got = typed(code("On Tuesday, the EU imposed new sanctions on Belarus.", published=DAY))
    assert ("SANCTION", "EU", "BLR") in got


def test_former_office_holder_speaks_for_no_state(code: Code) -> None:
    text = ("On Tuesday, the former president of Kenya, Uhuru Kenyatta, criticised "
            "Ethiopia over its handling of the crisis.")
    assert not typed(code(text, published=DAY))


def test_serving_office_holder_still_speaks(code: Code) -> None:
    text = "On Tuesday, the president of Kenya, William Ruto, criticised Ethiopia."
    assert ("ACCUSE", "KEN", "ETH") in typed(code(text, published=DAY))
