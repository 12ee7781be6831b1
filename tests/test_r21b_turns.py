"""Plans that fell through: a plan told from after its time is no event.

'had been due to travel on Monday', 'had been scheduled to visit', 'was to have met' and
'was supposed to sign' tell a plan that did not happen (the writer would otherwise say it
did). A plan still ahead, an act told in the past perfect, and an act that happened 'as
had been expected' stay events.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import quads

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: the Monday before is 2024-03-04, the Monday after 2024-03-11

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Portugal's foreign minister had been due to travel to Rabat on Monday to discuss fisheries.",
    "The Austrian chancellor had been scheduled to visit Slovenia on Monday, his office said.",
    "The foreign ministers of Ghana and Nigeria were to have met in Accra on Monday.",
    "Croatia and Bosnia were supposed to sign a border treaty on Monday.",
    "Kazakhstan's president had planned to travel to Uzbekistan on Monday.",
])
def test_a_plan_told_after_its_time_is_no_event(code: Code, text: str) -> None:
    assert quads(code(text, DAY)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Portugal's foreign minister had travelled to Rabat on Monday to discuss fisheries.",
     ("CONSULT", "PRT", "MAR", "2024-03-04")),
    ("The Austrian chancellor visited Slovenia on Monday, as had been expected.",
     ("CONSULT", "AUT", "SVN", "2024-03-04")),
    ("Kazakhstan's president is due to travel to Uzbekistan on Monday.",
     ("CONSULT", "KAZ", "UZB", "2024-03-11")),
])
def test_acts_and_plans_still_ahead_keep_their_event(code: Code, text: str,
                                                     expected: tuple[str, str, str, str]) -> None:
    assert expected in quads(code(text, DAY))
