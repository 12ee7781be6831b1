"""Round 22b: a court case titled '(A v. B)' in a heading names the other side of the
pleadings told in later paragraphs, each parsed alone, until another title appears.

Near misses: a pleading by a state outside the titled case, a later title whose sides are
not states (it ends the old case), and a filing with no title anywhere above it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"


@pytest.mark.slow
def test_heading_title_reaches_memorial_and_objections(coded: Coded) -> None:
    text = ("Continental Shelf Delimitation (Mauritius v. Maldives)\n"
            "Procedure. Mauritius filed its Memorial on 12 January 2022.\n"
            "Maldives then submitted two preliminary objections on 30 June 2022.")
    found = coded(text, PUB)
    assert ("ACCUSE", "MUS", "MDV", "2022-01-12") in found
    assert ("REJECT", "MDV", "MUS", "2022-06-30") in found


@pytest.mark.slow
def test_intervener_declaration_accuses_remembered_respondent(coded: Coded) -> None:
    text = ("Alleged Breaches of the Convention (Ukraine v. Russia)\n"
            "Interventions\n"
            "- Latvia filed its declaration on 21 July 2022.")
    assert ("ACCUSE", "LVA", "RUS", "2022-07-21") in coded(text, PUB)


@pytest.mark.slow
def test_second_title_replaces_the_first(coded: Coded) -> None:
    text = ("PART ONE: Fisheries Jurisdiction (Spain v. Canada)\n"
            "Spain filed its Memorial on 4 May 2020.\n"
            "PART TWO: Maritime Incident (Canada v. Spain)\n"
            "Canada filed its Memorial on 9 November 2022.")
    found = coded(text, PUB)
    assert ("ACCUSE", "ESP", "CAN", "2020-05-04") in found
    assert ("ACCUSE", "CAN", "ESP", "2022-11-09") in found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a memorial by a state that is no party to the titled case: another, untitled case
    "Border Dispute (Guyana v. Venezuela)\nSeparately, Chile filed its memorial on 3 May 2023.",
    # a later title whose sides are no states ends the earlier case
    "Maritime Claims (Qatar v. Bahrain)\nSee also: Acme Corp v. Brown Ltd\n"
    "Brown Ltd filed its memorial on 3 May 2023.",
    # the respondent only answers: a passive filing beside it is the applicant's
    "Sovereignty Dispute (Belize v. Honduras)\nHonduras argues that no dispute existed "
    "on 3 May 2023, when the application was filed.",
    # no case titled anywhere above
    "Procedure\nEcuador filed its memorial on 3 May 2023.",
])
def test_no_pleading_without_a_case_of_its_party(coded: Coded, text: str) -> None:
    assert not {q for q in coded(text, PUB) if q[0] in ("ACCUSE", "REJECT")}
