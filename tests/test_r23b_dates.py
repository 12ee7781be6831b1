"""Dates that name another time than the event's (round 23b, dates).

A 'since' phrase measures the time from an earlier occasion: its date ('since 2018', 'since
the visit in May last year') is never the day of the trip or meeting the sentence tells.
A sentence that opens on a bare day ('On the 14th the president met ...') is dated by it,
as '... on the 14th' is. Near misses: a date told before a trailing 'since', a step with
its own day beside a 'since' phrase, and an ordinal with a noun of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _dates(mentions: list[Mention], kind: str, pair: set[str]) -> set[str | None]:
    return {m.date.iso if m.date else None for m in mentions
            if m.type == kind and {m.source.code, m.target.code} == pair}


def test_since_year_with_when_clause_is_not_the_trip_day(code: Code) -> None:
    got = code("Narendra Modi was in Tokyo on Tuesday for talks with Fumio Kishida, his first "
               "visit to Japan since 2018, when he also toured Osaka.", published=DAY)
    assert _dates(got, "CONSULT", {"IND", "JPN"}) == {"2024-03-05"}


def test_since_occasion_last_year_is_not_the_meeting_day(code: Code) -> None:
    got = code("Pedro Sanchez met Emmanuel Macron in Paris on Tuesday, their first meeting "
               "since the French president's visit to Madrid in May last year.", published=DAY)
    assert _dates(got, "CONSULT", {"ESP", "FRA"}) == {"2024-03-05"}


def test_date_before_trailing_since_keeps_its_event(code: Code) -> None:
    got = code("In June 2019 Canada recalled its ambassador from China, and relations have "
               "been cold since.", published=DAY)
    assert _dates(got, "SANCTION", {"CAN", "CHN"}) == {"2019-06"}


def test_step_with_own_day_beside_since(code: Code) -> None:
    got = code("Canada recalled its ambassador from China on Tuesday, the first such step "
               "since 2019.", published=DAY)
    assert _dates(got, "SANCTION", {"CAN", "CHN"}) == {"2024-03-05"}


def test_sentence_opening_on_a_bare_day(code: Code) -> None:
    got = code("Turkey halted its trade with Israel in May 2023. On the 14th the Turkish "
               "president met Viktor Orban in Budapest.", published=DAY)
    assert _dates(got, "CONSULT", {"TUR", "HUN"}) == {"2023-05-14"}


def test_opening_ordinal_with_its_own_noun_is_no_day(code: Code) -> None:
    got = code("Ghana recalled its ambassador from Burkina Faso in February. On the 5th "
               "anniversary of the accord Nana Akufo-Addo met Bola Tinubu in Abuja.",
               published=DAY)
    assert "2024-02-05" not in _dates(got, "CONSULT", {"GHA", "NGA"})
