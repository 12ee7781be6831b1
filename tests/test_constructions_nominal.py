"""Acts told through nouns: criticism, condemnation, threats, deadlines, pledges, downgrades,
complaints against a party and the lifting of sanctions.

Found by holding one event fixed and varying the wording around it
(bench/constructions/make_nominal.py): analysts and wire copy name the act by its noun
('voiced sharp criticism of X', 'issued a threat of retaliation against X', 'announced a
pledge of $20 million in aid to X', 'announced the lifting of sanctions on X'). Near
misses keep the same noun where no act is told: a pledge of conduct, a sanctions regime
in force, a lifting only considered.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def dated(mentions: list[Mention]) -> set[str]:
    return {m.date.iso for m in mentions if m.date is not None}


def test_voiced_criticism_accuses(code: Code) -> None:
    got = code("Polish Foreign Minister Radoslaw Sikorski on Tuesday voiced sharp criticism "
               "of Belarus over its treatment of foreign journalists.", published=DAY)
    assert typed(got) == {("ACCUSE", "POL", "BLR")}
    assert dated(got) == {"2024-03-05"}


def test_possessed_condemnation_accuses(code: Code) -> None:
    got = code("Argentina's condemnation of Venezuela's military build-up on Tuesday was "
               "the strongest in years.", published=DAY)
    assert typed(got) == {("ACCUSE", "ARG", "VEN")}


def test_issued_threat_against_threatens(code: Code) -> None:
    got = code("Sweden on Tuesday issued a threat of retaliatory measures against Iran.",
               published=DAY)
    assert typed(got) == {("THREATEN", "SWE", "IRN")}


def test_issued_deadline_for_troops_requests(code: Code) -> None:
    got = code("Somalia on Tuesday issued a deadline for Ethiopian troops to leave the "
               "border area.", published=DAY)
    assert ("REQUEST", "SOM", "ETH") in typed(got)
    assert dated(got) == {"2024-03-05"}


def test_complaint_against_before_a_court_accuses(code: Code) -> None:
    got = code("Mexico on Tuesday presented a complaint against Ecuador before the "
               "International Court of Justice.", published=DAY)
    assert typed(got) == {("ACCUSE", "MEX", "ECU")}
    protest = code("Japan on Tuesday lodged a complaint with China over the detention of a "
                   "Japanese national.", published=DAY)
    assert typed(protest) == {("PROTEST", "JPN", "CHN")}


def test_possible_complaint_is_no_event(code: Code) -> None:
    got = code("Lawyers for Mexico said on Tuesday that a complaint against Ecuador before an "
               "international court was possible.", published=DAY)
    assert not [m for m in got if m.date is not None]


def test_pledge_of_money_is_aid_but_pledge_of_conduct_is_not(code: Code) -> None:
    aid = code("Japan on Tuesday announced a pledge of $20 million in humanitarian aid to "
               "the Philippines.", published=DAY)
    assert typed(aid) == {("AID", "JPN", "PHL")}
    assert dated(aid) == {"2024-03-05"}
    conduct = code("Japan on Tuesday announced a pledge to work more closely with the "
                   "Philippines.", published=DAY)
    assert not any(m.type == "AID" for m in conduct)


def test_downgrading_of_relations_is_a_sanction(code: Code) -> None:
    got = code("Canada announced on Tuesday the downgrading of its diplomatic relations with "
               "India to the level of charge d'affaires.", published=DAY)
    assert typed(got) == {("SANCTION", "CAN", "IND")}
    forecast = code("Germany on Tuesday announced a downgrade of its growth forecast for trade "
                    "with Iran.", published=DAY)
    assert not any(m.type == "SANCTION" for m in forecast)


def test_lifting_of_sanctions_concedes_not_sanctions(code: Code) -> None:
    got = code("Britain announced on Tuesday the lifting of sanctions on Russia after the "
               "release of two detained citizens.", published=DAY)
    assert typed(got) == {("CONCEDE", "GBR", "RUS")}


def test_easing_of_owned_sanctions_concedes(code: Code) -> None:
    got = code("The United States announced on Tuesday the lifting of US sanctions on "
               "Venezuela's oil sector.", published=DAY)
    assert typed(got) == {("CONCEDE", "USA", "VEN")}
    imposed = code("The United States announced on Tuesday new sanctions on Venezuela's oil "
                   "sector.", published=DAY)
    assert typed(imposed) == {("SANCTION", "USA", "VEN")}


def test_lifting_only_considered_is_no_event(code: Code) -> None:
    got = code("Britain is considering the possible lifting of some sanctions on Russia, an "
               "official said on Tuesday.", published=DAY)
    assert not [m for m in got if m.date is not None]


def test_announcement_of_sanctions_is_a_sanction(code: Code) -> None:
    got = code("Lithuania's announcement of new sanctions against Belarus on Tuesday targets "
               "banks and senior officials.", published=DAY)
    assert ("SANCTION", "LTU", "BLR") in typed(got)


def test_sanctions_regime_in_force_is_no_event(code: Code) -> None:
    got = code("The sanctions regime that Lithuania has maintained against Belarus since 2014 "
               "remains in force.", published=DAY)
    assert not [m for m in got if m.date is not None]
