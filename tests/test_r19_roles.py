"""Round 19 role rules: who is paired with whom when several parties are named.

Co-signers 'with' one party are each its partner even when a later clause counts something
('three months after'); leaders at a head of state's inauguration meet the host, not each
other; a person the text leaves unresolved who met officials 'from A, B and C' gives no
pairs among A, B and C; a real several-sided pact still pairs every signer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.slow

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"


def _pairs(found: set[Quad], kind: str) -> set[frozenset[str]]:
    return {frozenset((q[1], q[2])) for q in found if q[0] == kind}


def test_count_in_later_clause_keeps_one_side(coded: Coded) -> None:
    found = coded("Jordan, Oman and Kuwait restored diplomatic ties with Damascus on Tuesday, "
                  "and their envoys returned three weeks later.", PUB)
    pairs = _pairs(found, "AGREE") | _pairs(found, "COOPERATE")
    assert {frozenset(("JOR", "SYR")), frozenset(("OMN", "SYR")),
            frozenset(("KWT", "SYR"))} <= pairs
    assert frozenset(("JOR", "OMN")) not in pairs


def test_trilateral_pact_pairs_every_signer(coded: Coded) -> None:
    found = coded("Sweden, Norway and Finland signed a trilateral security pact on Tuesday.", PUB)
    assert frozenset(("SWE", "NOR")) in _pairs(found, "AGREE")


@pytest.mark.parametrize("text,guests,host", [
    ("The Ghanaian president and the Senegalese prime minister attended the inauguration of "
     "the new Nigerian president on Tuesday.", ("GHA", "SEN"), "NGA"),
    ("On Tuesday the Swedish and Norwegian foreign ministers attended the funeral of the "
     "former Estonian president.", ("SWE", "NOR"), "EST"),
])
def test_ceremony_attendees_meet_the_host(coded: Coded, text: str, guests: tuple[str, str],
                                          host: str) -> None:
    pairs = _pairs(coded(text, PUB), "CONSULT")
    assert {frozenset((g, host)) for g in guests} <= pairs
    assert frozenset(guests) not in pairs


@pytest.mark.parametrize("text", [
    "Lena Quist met ministers and senior officials from Sweden, Norway and Finland on Tuesday.",
    "On Tuesday Arun Chaidee met envoys from Vietnam and Thailand.",
])
def test_unresolved_person_gives_no_pairs_among_the_listed(coded: Coded, text: str) -> None:
    assert not _pairs(coded(text, PUB), "CONSULT")


def test_dateline_subject_keeps_named_parties(coded: Coded) -> None:
    found = coded("ANKARA, Dec 12 (Bosphorus Wire) - Ethiopia and Somalia agreed late on "
                  "Wednesday to put aside their dispute.", "2024-12-12")
    assert frozenset(("ETH", "SOM")) in _pairs(found, "AGREE")


@pytest.mark.parametrize("text", [
    "The next African Union leaders' summit will be hosted by Kenya in 2025.",
    "Kenya will host the next African Union summit in February 2025.",
])
def test_hosting_a_bloc_gathering_meets_no_one(coded: Coded, text: str) -> None:
    assert not _pairs(coded(text, PUB), "CONSULT")


def test_hosting_a_guest_is_a_meeting(coded: Coded) -> None:
    assert frozenset(("KEN", "SOM")) in _pairs(
        coded("Kenya hosted the Somali president on Tuesday.", PUB), "CONSULT")


def test_joint_effort_with_third_party_is_not_met(coded: Coded) -> None:
    found = _pairs(coded("Sisi and the Emir of Qatar also discussed their joint mediation with "
                         "the United States between Israel and Hamas on Tuesday.", PUB), "CONSULT")
    assert frozenset(("EGY", "QAT")) in found
    assert not any("USA" in pair for pair in found)


def test_one_side_discussing_with_partner_still_meets(coded: Coded) -> None:
    found = coded("On Tuesday the Kenyan president discussed the joint border plan with the "
                  "Somali president.", PUB)
    assert frozenset(("KEN", "SOM")) in _pairs(found, "CONSULT")
