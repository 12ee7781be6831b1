"""Trips to an organisation's gathering, told beside trips that are bilateral visits.

Found by telling one trip many ways (bench/constructions/make_roles2.py, 'trip-*'): a
leader who flies to a city for a bloc's summit ('for the G20 summit', 'to attend the
ASEAN summit', 'for the Western Balkans summit') visits no host state, so neither the
verb of travel nor the summit noun pairs the traveller with the city's state; nor does
a cancelled trip to such a summit snub the host. Near misses: a trip for talks with the
host, a summit named after states, and a separate meeting with the host all stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def pairs(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    return {(m.type, m.source.code, m.target.code) for m in mentions}


def test_trip_for_a_known_bloc_summit_is_no_visit(code: Code) -> None:
    rio = code("South African President Cyril Ramaphosa flew to Rio de Janeiro on Tuesday "
               "for the G20 summit.", published=DAY)
    assert pairs(rio) == set()
    kazan = code("Indian Prime Minister Narendra Modi arrived in Kazan on Tuesday to attend "
                 "the BRICS summit.", published=DAY)
    assert pairs(kazan) == set()


def test_summit_noun_does_not_pair_traveller_with_the_city(code: Code) -> None:
    manila = code("The Chinese president flew to Manila on Tuesday for the ASEAN summit.",
                  published=DAY)
    assert pairs(manila) == set()


def test_forum_named_by_proper_nouns_is_a_bloc_gathering(code: Code) -> None:
    pristina = code("The Serbian president flew to Pristina on Tuesday for the Western Balkans "
                    "summit.", published=DAY)
    assert pairs(pristina) == set()


def test_cancelled_trip_to_a_bloc_summit_snubs_no_host(code: Code) -> None:
    manila = code("The Chinese president cancelled his trip to Manila for the ASEAN summit "
                  "on Tuesday.", published=DAY)
    assert pairs(manila) == set()


def test_trip_for_talks_with_the_host_stays_a_visit(code: Code) -> None:
    beijing = code("Kazakh President Kassym-Jomart Tokayev flew to Beijing on Tuesday for talks "
                   "with Xi Jinping.", published=DAY)
    assert ("CONSULT", "KAZ", "CHN") in pairs(beijing)


def test_summit_named_after_states_stays_a_visit(code: Code) -> None:
    xian = code("Tokayev flew to Xian on Tuesday for the China-Central Asia summit.",
                published=DAY)
    assert ("CONSULT", "KAZ", "CHN") in pairs(xian)


def test_meeting_with_the_host_beside_the_summit_stays(code: Code) -> None:
    joburg = code("Brazilian President Lula arrived in Johannesburg on Tuesday for the BRICS "
                  "summit and held talks with President Cyril Ramaphosa.", published=DAY)
    found = {(m.type, *sorted((m.source.code, m.target.code))) for m in joburg}
    assert found == {("CONSULT", "BRA", "ZAF")}
    assert all(m.mode != "visit" for m in joburg)
