"""A participle adjunct under a refusal verb tells an act of its own.

Found with bench/constructions/make_roles4.py: 'X rejected the allegations, calling them
absurd, and expelled six diplomats' lost the expulsion, because the refusal verb above the
participle was read as withholding everything below it. The near miss keeps 'refused to
expel' (an xcomp) negated.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def test_act_after_a_participle_under_a_refusal_is_kept(code: Code) -> None:
    found = code("Poland rejected the allegations on Tuesday, calling them absurd, and "
                 "expelled six Belarusian diplomats.", published=DAY)
    assert ("SANCTION", "POL", "BLR") in typed(found)


def test_refused_to_expel_stays_negated(code: Code) -> None:
    found = code("Poland refused on Tuesday to expel six Belarusian diplomats.", published=DAY)
    assert ("SANCTION", "POL", "BLR") not in typed(found)


# round 18c: mutual acts, targets behind place prepositions, invitations, fronted passives


def test_each_others_diplomats_is_one_act_each_way(code: Code) -> None:
    found = typed(code("Poland and Belarus expelled each other's diplomats on Tuesday.",
                       published=DAY))
    assert {("SANCTION", "POL", "BLR"), ("SANCTION", "BLR", "POL")} <= found


def test_both_capitals_recalled_their_ambassadors(code: Code) -> None:
    found = typed(code("Relations between India and Canada soured on Tuesday when both "
                       "capitals recalled their ambassadors.", published=DAY))
    assert {("SANCTION", "IND", "CAN"), ("SANCTION", "CAN", "IND")} <= found


def test_joint_act_on_a_third_party_is_not_mutual(code: Code) -> None:
    found = typed(code("Poland and Lithuania recalled their ambassadors from Russia on "
                       "Tuesday.", published=DAY))
    assert ("SANCTION", "POL", "RUS") in found
    assert ("SANCTION", "POL", "LTU") not in found and ("SANCTION", "LTU", "POL") not in found


def test_mutual_act_that_could_happen_is_not_coded(code: Code) -> None:
    found = code("Poland and Belarus could expel each other's diplomats if the row deepens, "
                 "analysts said on Tuesday.", published=DAY)
    assert not found


def test_deposit_in_a_central_bank_reaches_its_state(code: Code) -> None:
    found = typed(code("Saudi Arabia deposited $3 billion in Pakistan's central bank on "
                       "Tuesday.", published=DAY))
    assert ("AID", "SAU", "PAK") in found


def test_deposit_being_considered_is_not_coded(code: Code) -> None:
    found = code("Saudi Arabia is considering depositing $3 billion in Pakistan's central "
                 "bank, officials said on Tuesday.", published=DAY)
    assert not found


def test_withdrawal_from_a_region_of_a_state(code: Code) -> None:
    found = typed(code("Eritrea withdrew its troops from the Tigray region of Ethiopia on "
                       "Tuesday.", published=DAY))
    assert ("RETREAT", "ERI", "ETH") in found


def test_invited_him_to_visit_own_country_asks_the_guest(code: Code) -> None:
    found = typed(code("Poland's president spoke with Lithuania's president by phone on "
                       "Tuesday and invited him to visit Warsaw.", published=DAY))
    assert ("REQUEST", "POL", "LTU") in found
    assert ("REQUEST", "LTU", "POL") not in found


def test_fronted_passive_participle_takes_the_main_subject(code: Code) -> None:
    found = {(m.type, frozenset((m.source.code, m.target.code))) for m in code(
        "Having been received by Kenya's president on Tuesday, Uganda's foreign minister "
        "flew home.", published=DAY)}
    assert ("CONSULT", frozenset(("KEN", "UGA"))) in found


def test_due_to_visit_is_a_planned_visit_by_the_subject(code: Code) -> None:
    found = [m for m in code("Poland's foreign minister is due to visit Belarus next week, "
                             "officials said on Tuesday.", published=DAY)]
    assert [(m.type, m.source.code, m.target.code, m.status) for m in found] == [
        ("CONSULT", "POL", "BLR", "planned")]


def test_unlikely_to_visit_is_not_a_plan(code: Code) -> None:
    assert not code("Poland's foreign minister is unlikely to visit Belarus next week, "
                    "officials said on Tuesday.", published=DAY)


def test_alert_near_a_state_aims_at_it(code: Code) -> None:
    found = typed(code("India put its forces on high alert near Canada on Tuesday.",
                       published=DAY))
    assert ("MOBILIZE", "IND", "CAN") in found


def test_called_in_envoy_keeps_the_envoys_state(code: Code) -> None:
    found = typed(code("Kenya called in the Ugandan high commissioner on Tuesday over the "
                       "fuel dispute.", published=DAY))
    assert ("PROTEST", "KEN", "UGA") in found
