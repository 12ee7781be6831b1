"""Review fixes of round 22 for three rules that read common words.

- 'designate' lists someone for sanctions only with the register of a notice: a count of
  listed kinds, a sanctions office as the one designating, or a legal basis in the verb's
  own 'under'/'pursuant to' phrase. A bare 'executive' or a 'sanctions' word elsewhere in
  the clause is not such a basis.
- Leaving an organisation is the subject's own exit; money, a request or a complaint taken
  out of an organisation is not, and a dropped complaint stays a concession.
- A conjunct with its own subject told in the past is a fact even when the verb it is
  joined to is future, and a past 'when' clause under a modal is a condition.

Every sentence is written for these tests; each positive has a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention

Code = Callable[..., list[Mention]]
PUB = "2024-03-08"
DAY = "2024-03-05"


def _found(code: Code, text: str, kind: str) -> set[tuple[str, str, str]]:
    return {(m.source.code, m.target.code, m.status) for m in code(text, PUB) if m.type == kind}


@pytest.mark.slow
@pytest.mark.parametrize("text,src,tgt", [
    ("On Tuesday, the US Treasury designated 12 individuals and 3 entities linked to Russia.",
     "USA", "RUS"),
    ("On Tuesday, the United Kingdom designated Belarus's interior minister under Executive "
     "Order 14038.", "GBR", "BLR"),
    ("On Tuesday, Washington designated Venezuela's state oil company under its sanctions "
     "authorities.", "USA", "VEN"),
])
def test_designation_with_a_listing_register_is_a_sanction(code: Code, text: str, src: str,
                                                           tgt: str) -> None:
    assert (src, tgt, "occurred") in _found(code, text, "SANCTION")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday, France designated Senegal as a priority partner under the executive's "
    "new aid plan.",
    "On Tuesday, the US designated Qatar as a major non-NATO ally under an executive decision.",
    "On Tuesday, the EU designated Kazakhstan as the venue for sanctions talks.",
    "On Tuesday, Russia designated Serbia as a strategic partner pursuant to a 2020 treaty.",
])
def test_designation_without_a_listing_register_is_no_sanction(code: Code, text: str) -> None:
    assert not _found(code, text, "SANCTION")


@pytest.mark.slow
@pytest.mark.parametrize("text,src,tgt", [
    ("On Tuesday, Venezuela withdrew from the OAS.", "VEN", "OAS"),
    ("On Tuesday, Burkina Faso announced its withdrawal from ECOWAS.", "BFA", "ECOWAS"),
    ("On Tuesday, Nicaragua withdrew itself from the OAS.", "NIC", "OAS"),
])
def test_own_exit_from_an_organisation_is_coded(code: Code, text: str, src: str,
                                                tgt: str) -> None:
    assert (src, tgt, "occurred") in _found(code, text, "SANCTION")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday, Argentina withdrew $1bn from the IMF.",
    "On Tuesday, Venezuela withdrew its request from the OAS.",
    "On Tuesday, Peru withdrew its candidacy from the OAS.",
    "On Tuesday, Mali withdrew its troops from MINUSMA.",
])
def test_something_taken_out_of_an_organisation_is_no_exit(code: Code, text: str) -> None:
    assert not _found(code, text, "SANCTION")


@pytest.mark.slow
def test_a_complaint_withdrawn_from_an_organisation_stays_a_concession(code: Code) -> None:
    text = "On Tuesday, China withdrew its complaint against Australia from the WTO."
    assert ("CHN", "AUS", "occurred") in _found(code, text, "CONCEDE")
    assert not _found(code, text, "SANCTION")


@pytest.mark.slow
def test_a_past_conjunct_with_its_own_subject_is_not_planned(code: Code) -> None:
    text = "Russia will not meet Ukraine, and Turkey hosted talks with Iran instead."
    found = _found(code, text, "CONSULT")
    assert ("IRN", "TUR", "occurred") in found
    assert not {f for f in found if f[2] == "planned"}


@pytest.mark.slow
def test_a_future_conjunct_stays_planned(code: Code) -> None:
    text = "Russia will meet Ukraine on Friday and Turkey will host talks with Iran."
    found = _found(code, text, "CONSULT")
    assert ("RUS", "UKR", "planned") in found
    assert not {f for f in found if f[2] == "occurred"}


@pytest.mark.slow
def test_a_when_clause_under_a_modal_is_a_condition(code: Code) -> None:
    text = "Moscow said it could respond when NATO deployed troops to Finland."
    assert not [m for m in code(text, PUB) if m.status == "occurred"]


@pytest.mark.slow
def test_a_when_clause_under_a_plain_past_is_a_fact(code: Code) -> None:
    text = "Russia was not there when Turkey met Iran on Tuesday."
    assert ("TUR", "IRN", "occurred") in _found(code, text, "CONSULT")
