"""Round 20 actor rules: parties named by a bare title, a masthead or an organ.

An office's own page names its publisher in the heading lines and then speaks of its own
minister by bare title; a story keeps calling its protagonist 'the Prime Minister' after it
names a foreign prime minister in full; a piece about one organisation speaks of its organs
alone. Near misses: a newspaper's section line is no masthead, a summit's title names two
states, and an organ with no organisation in view keeps its usual owner.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"
TALKS = ("On Tuesday, the Foreign Minister held talks with Foreign Minister Mauro Vieira of "
         "Brazil on river transport.")


def _pairs(found: set[Quad], kind: str) -> set[tuple[frozenset[str], str | None]]:
    return {(frozenset(q[1:3]), q[3]) for q in found if q[0] == kind}


@pytest.mark.parametrize("head,home", [
    ("Ministry of Foreign Affairs\nArgentine Republic", "ARG"),
    ("MINISTRY OF FOREIGN AFFAIRS OF PERU", "PER"),
    ("Office of the Prime Minister\nKingdom of Spain", "ESP"),
])
def test_masthead_names_the_home_of_bare_titles(coded: Coded, head: str, home: str) -> None:
    found = coded(f"{head}\n\nPress release\n\n{TALKS}", PUB)
    assert _pairs(found, "CONSULT") == {(frozenset({home, "BRA"}), DAY)}


@pytest.mark.parametrize("head", [
    "The Morning Courier | Americas",  # a newspaper's section line
    "Peru-Chile Foreign Ministers' Meeting | Ministry of Foreign Affairs",  # two states
    "Peruvian foreign ministry summons Chilean envoy",  # a headline: it has a verb
])
def test_no_masthead_no_home(coded: Coded, head: str) -> None:
    found = coded(f"{head}\n\n{TALKS}", PUB)
    assert not {q for q in found if q[0] == "CONSULT" and q[3] == DAY}


def test_bare_title_stays_with_the_protagonist(coded: Coded) -> None:
    text = ("Prime Minister Pedro Sánchez set off on a Gulf tour on Sunday. The Prime Minister "
            "arrived in Rome on Monday and held talks with Prime Minister Giorgia Meloni. On "
            "Tuesday, the Prime Minister flew to Athens and held talks with Prime Minister "
            "Kyriakos Mitsotakis.")
    found = _pairs(coded(text, PUB), "CONSULT")
    assert (frozenset({"ESP", "GRC"}), DAY) in found
    assert not any("ITA" in pair and "GRC" in pair for pair, _ in found)


@pytest.mark.parametrize("org,organ,target", [
    ("The Organization of American States", "the Permanent Council", "HND"),
    ("The Organization of American States", "the General Assembly", "HND"),
    ("The Organization for Security and Co-operation in Europe", "the Permanent Council",
     "BLR"),
])
def test_organ_belongs_to_the_organisation_in_view(coded: Coded, org: str, organ: str,
                                                   target: str) -> None:
    code = {"The Organization of American States": "OAS"}.get(org, "OSCE")
    name = {"HND": "Honduras", "BLR": "Belarus"}[target]
    found = coded(f"{org} has hardened its tone. On Tuesday {organ} condemned {name} for "
                  "the jailing of journalists.", PUB)
    assert ("ACCUSE", code, target, DAY) in found
    assert not {q for q in found if q[1] == "UN"}


def test_general_assembly_without_organisation_in_view_is_the_un(coded: Coded) -> None:
    found = coded("On Tuesday the General Assembly condemned Belarus for the jailing of "
                  "journalists.", PUB)
    assert ("ACCUSE", "UN", "BLR", DAY) in found
