"""Round 22 trigger rules: sanctions notices ('designated'), states put out of a joint
programme, pleadings in a titled court case, membership bids, and talks a veto held up.

Each rule rests on a common word ('designate', 'remove', 'apply', 'memorial', 'talks'), so
every positive case has a near miss that keeps the word and changes what it governs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


def _of_type(found: set[Quad], kind: str) -> set[tuple[str, str, str | None]]:
    return {(q[1], q[2], q[3]) for q in found if q[0] == kind}


@pytest.mark.slow
@pytest.mark.parametrize("text,src,tgt", [
    ("On Tuesday the United States designated nine individuals and two entities linked to "
     "the Cuban military.", "USA", "CUB"),
    ("On Tuesday OFAC designated three senior Syrian intelligence officers.", "USA", "SYR"),
    ("Canada on Tuesday designated Iran's state shipping line under its sanctions law.",
     "CAN", "IRN"),
    ("On Tuesday the United States authorized sanctions on Sudan's gold sector.", "USA", "SDN"),
    ("The French government on Tuesday removed Mali from its military training programme.",
     "FRA", "MLI"),
])
def test_listing_and_exclusion_are_sanctions(coded: Coded, text: str, src: str,
                                             tgt: str) -> None:
    assert (src, tgt, DAY) in _of_type(coded(text, PUB), "SANCTION")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday the United States designated a special envoy for the Sudanese talks.",
    "On Tuesday Ghana designated Accra as the venue for its talks with Togo.",
    "On Tuesday Japan removed the disputed clause from its programme with Korea.",
])
def test_designating_or_removing_a_thing_is_no_sanction(coded: Coded, text: str) -> None:
    assert not _of_type(coded(text, PUB), "SANCTION")


@pytest.mark.slow
def test_leaving_a_sanctions_list_stays_a_concession(coded: Coded) -> None:
    found = coded("On Tuesday Britain removed Cuba from its blacklist of terrorism sponsors.",
                  PUB)
    assert ("GBR", "CUB", DAY) in _of_type(found, "CONCEDE")
    assert not _of_type(found, "SANCTION")


_TITLE = "Maritime Delimitation (Guyana v. Suriname). "


@pytest.mark.slow
@pytest.mark.parametrize("text,kind,src,tgt", [
    (_TITLE + "On Tuesday Guyana filed its Memorial.", "ACCUSE", "GUY", "SUR"),
    (_TITLE + "On Tuesday Suriname submitted two preliminary objections.", "REJECT", "SUR", "GUY"),
    (_TITLE + "On Tuesday Suriname filed its Counter-Memorial.", "REJECT", "SUR", "GUY"),
    (_TITLE + "On Tuesday Brazil filed a declaration of intervention.", "ACCUSE", "BRA", "SUR"),
])
def test_pleadings_act_against_the_other_side(coded: Coded, text: str, kind: str, src: str,
                                              tgt: str) -> None:
    assert (src, tgt, DAY) in _of_type(coded(text, PUB), kind)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday Guyana filed a declaration of its assets with the tax office.",
    "On Tuesday the Polish president unveiled a memorial to the victims of the war.",
])
def test_filing_nouns_without_a_case_are_nothing(coded: Coded, text: str) -> None:
    assert not coded(text, PUB)


@pytest.mark.slow
def test_applying_to_join_asks_the_organisation(coded: Coded) -> None:
    found = coded("Timor-Leste on Tuesday formally applied to join ASEAN.", PUB)
    assert ("TLS", "ASEAN", DAY) in _of_type(found, "REQUEST")
    assert not coded("On Tuesday Kenya applied for a loan from the World Bank.", PUB)


@pytest.mark.slow
def test_talks_a_veto_held_up_were_not_held(coded: Coded) -> None:
    found = coded("Slovenia on Tuesday lifted its veto on Serbia's EU membership "
                  "negotiations.", PUB)
    assert ("SVN", "SRB", DAY) in _of_type(found, "CONCEDE")
    assert not _of_type(found, "CONSULT")
    held = coded("On Tuesday Hungary held talks with Ukraine on its veto over the aid.", PUB)
    assert _of_type(held, "CONSULT")


@pytest.mark.slow
@pytest.mark.parametrize("text,src,tgt", [
    ("On Tuesday Mali announced its immediate withdrawal from ECOWAS.", "MLI", "ECOWAS"),
    ("On Tuesday Nicaragua withdrew from the Organization of American States.", "NIC", "OAS"),
])
def test_leaving_an_organisation_is_a_sanction(coded: Coded, text: str, src: str,
                                               tgt: str) -> None:
    found = coded(text, PUB)
    assert (src, tgt, DAY) in _of_type(found, "SANCTION")
    assert not _of_type(found, "RETREAT")


@pytest.mark.slow
def test_troops_withdrawn_still_retreat(coded: Coded) -> None:
    found = coded("On Tuesday Russia announced the withdrawal of its troops from Armenia.", PUB)
    assert ("RUS", "ARM", DAY) in _of_type(found, "RETREAT")
    assert not _of_type(found, "SANCTION")


@pytest.mark.slow
def test_rejecting_conduct_accuses_but_rejecting_a_proposal_refuses(coded: Coded) -> None:
    blamed = coded("On Tuesday the Dutch parliament adopted a motion rejecting China's "
                   "treatment of the Uyghurs.", PUB)
    assert ("NLD", "CHN", DAY) in _of_type(blamed, "ACCUSE")
    refused = coded("On Tuesday Spain rejected Morocco's proposal.", PUB)
    assert ("ESP", "MAR", DAY) in _of_type(refused, "REJECT")
    assert not _of_type(refused, "ACCUSE")
