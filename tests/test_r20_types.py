"""Round 20 type rules: a welcomed thing is support, talks that end in a deal are a meeting.

'Welcomed Chile's application to join the pact' approves a state's step, while 'welcomed the
Chilean president to Lima' is a meeting; the two senses of 'welcome' are kept apart by the
object. Two parties who agree 'after four hours of talks' held those talks, and when the
talks were in one party's seat ('in the Kremlin'), the other came to it: a visit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import Quad, types_between

pytestmark = pytest.mark.slow

Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


@pytest.mark.parametrize("text,source,target", [
    ("President Gabriel Boric said on Tuesday that Chile welcomed Peru's application to "
     "join the trade pact.", "CHL", "PER"),
    ("On Tuesday Prime Minister Narendra Modi warmly welcomed the success of Nepal's "
     "elections.", "IND", "NPL"),
])
def test_welcomed_step_is_support_not_a_meeting(coded: Coded, text: str, source: str,
                                                target: str) -> None:
    found = coded(text, PUB)
    assert ("SUPPORT", source, target, DAY) in found
    assert "CONSULT" not in types_between(found, source, target)


def test_welcomed_guest_is_still_a_meeting(coded: Coded) -> None:
    found = coded("President Gabriel Boric welcomed Peru's President Dina Boluarte to "
                  "Santiago on Tuesday.", PUB)
    assert types_between(found, "CHL", "PER") == {"CONSULT"}


def test_agreement_after_talks_at_one_seat_is_the_others_visit(coded: Coded) -> None:
    found = coded("On Tuesday, after six hours of talks in the Kremlin, Erdogan and Putin "
                  "agreed on a ceasefire.", PUB)
    assert ("CONSULT", "TUR", "RUS", DAY) in found
    assert ("CONSULT", "RUS", "TUR", DAY) not in found
    assert "AGREE" in types_between(found, "TUR", "RUS")


def test_talks_in_a_third_city_stay_a_meeting(code: Callable[..., list[Mention]]) -> None:
    text = "On Tuesday, during talks in Geneva, Meloni and Sunak agreed on a migration plan."
    consults = [m for m in code(text, PUB) if m.type == "CONSULT"]
    assert consults and all(not m.directed for m in consults)


def test_bloc_meeting_lends_no_visit(code: Callable[..., list[Mention]]) -> None:
    """A bloc's meeting was nobody's trip: no visit comes of it (whether the bloc's
    meeting should pair the two at all is the meeting noun's own pairing, not this rule)."""
    text = ("On Tuesday, after a meeting of EU foreign ministers, Erdogan and Putin agreed "
            "on a ceasefire.")
    assert not [m for m in code(text, PUB) if m.type == "CONSULT" and m.mode == "visit"]
