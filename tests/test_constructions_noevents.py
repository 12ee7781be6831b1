"""Text that names parties and a meeting word but holds no meeting between two of them.

Found with bench/constructions/make_noevents.py. The gathering-noun test is now one
predicate (`venues.is_gathering`) shared by the forum-as-occasion rule and the
trip-for-a-summit rule; a trip whose purpose is an organisation's meeting is no visit
to the host, while a meeting with a named counterpart still is.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2025-02-12"  # a Wednesday: 'Tuesday' is 2025-02-11


def pairs(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions
            if m.source.code != m.target.code}


def test_trip_for_a_bloc_meeting_is_no_visit_to_the_host(code: Code) -> None:
    text = "Indonesia's president flew to Brasilia on Tuesday for the BRICS summit."
    assert frozenset(("IDN", "BRA")) not in pairs(code(text, DAY))


def test_trip_for_talks_with_the_host_is_a_visit(code: Code) -> None:
    text = "Indonesia's president flew to Brasilia on Tuesday for talks with Lula."
    assert frozenset(("IDN", "BRA")) in pairs(code(text, DAY))


def test_forum_named_as_occasion_is_no_party(code: Code) -> None:
    text = ("On the sidelines of the G20 summit on Tuesday, the leaders of India and "
            "Brazil held a bilateral meeting.")
    got = pairs(code(text, DAY))
    assert frozenset(("IND", "BRA")) in got
    assert not any("G20" in p for p in got)


def test_officials_discussing_a_third_state_code_only_the_two(code: Code) -> None:
    text = ("The foreign ministers of Kenya and Ghana discussed the situation in Sudan "
            "by telephone on Tuesday.")
    assert pairs(code(text, DAY)) == {frozenset(("KEN", "GHA"))}
