"""Who acts on whom in the long sentences analysts and wire copy write.

Found by holding one event fixed and telling it in longer shapes
(bench/constructions/make_roles3.py): the act as the purpose of a dispatch ('sent its
envoy to X to protest'), a relative clause opened by 'whose' ('Y, whose ambassador X
expelled'), a member of a set ('X was among the countries that condemned Y'), 'its' in a
clause one party reports about another, and a deed told inside the passive subject
('Y's decision to close the border was condemned by X'). Near misses check that each
rule stays inside its construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def test_purpose_of_a_dispatch_is_done_to_its_destination(code: Code) -> None:
    found = code("Kenya sent its envoy to Ethiopia on Tuesday to protest against the "
                 "detention of its nationals.", published=DAY)
    assert typed(found) == {("PROTEST", "KEN", "ETH")}
    assert found[0].date is not None and found[0].date.iso == "2024-03-05"


def test_purpose_of_a_trip_to_no_party_or_by_no_party_codes_nothing(code: Code) -> None:
    assert code("Kenya sent its envoy to Geneva on Tuesday to protest against the "
                "detention of its nationals.", published=DAY) == []
    assert code("A Kenyan journalist flew to Addis Ababa on Tuesday to protest against the "
                "detention of his colleagues.", published=DAY) == []


def test_whose_relative_makes_the_antecedent_the_target(code: Code) -> None:
    found = code("Mexico, whose ambassador Canada expelled on Tuesday, said it would respond "
                 "in kind.", published=DAY)
    assert typed(found) == {("SANCTION", "CAN", "MEX")}


def test_member_of_a_set_fills_the_relative_pronoun_role(code: Code) -> None:
    doer = code("Poland was among the countries that condemned Belarus on Tuesday for pushing "
                "migrants across the border.", published=DAY)
    assert typed(doer) == {("ACCUSE", "POL", "BLR")}
    target = code("Poland was among the countries that Belarus accused on Tuesday of "
                  "spying.", published=DAY)
    assert typed(target) == {("ACCUSE", "BLR", "POL")}
    assert code("Poland was among the countries that did not condemn Belarus on Tuesday.",
                published=DAY) == []


def test_its_in_a_reported_deed_is_the_speakers(code: Code) -> None:
    found = code("Nigeria's foreign ministry said on Tuesday that Rwanda had expelled two of "
                 "its diplomats.", published=DAY)
    assert typed(found) == {("SANCTION", "RWA", "NGA")}


def test_its_with_a_deed_on_ones_own_people_is_not_the_speakers(code: Code) -> None:
    found = code("Nigeria's foreign ministry said on Tuesday that Rwanda had recalled its "
                 "ambassador for consultations.", published=DAY)
    assert ("SANCTION", "RWA", "NGA") not in typed(found)


def test_deed_inside_a_passive_subject_does_not_take_the_agent(code: Code) -> None:
    found = code("Jordan's decision to close the border was condemned by Egypt on Tuesday.",
                 published=DAY)
    assert ("SANCTION", "JOR", "EGY") not in typed(found)
    assert ("ACCUSE", "EGY", "JOR") in typed(found)


def test_whose_subject_acts_for_the_antecedent(code: Code) -> None:
    found = code("Argentina, whose foreign minister condemned Brazil on Tuesday for persecuting "
                 "the opposition, said it wanted an apology.", published=DAY)
    assert ("ACCUSE", "ARG", "BRA") in typed(found)
    assert not any(m.source.code == "BRA" for m in found)


def test_fronted_participle_shares_the_main_subject(code: Code) -> None:
    found = code("Having met his Bangladeshi counterpart in Dhaka on Tuesday, India's foreign "
                 "minister said both sides wanted calm.", published=DAY)
    assert {frozenset((m.source.code, m.target.code)) for m in found} == {
        frozenset(("IND", "BGD"))}
    assert {m.type for m in found} == {"CONSULT"}


def test_fronted_participle_of_a_journalist_or_a_passive_codes_nothing(code: Code) -> None:
    assert code("Having met Bangladesh's foreign minister on Tuesday, an Indian journalist "
                "said the mood was tense.", published=DAY) == []
    assert code("Backed by Russia, Syria attacked rebel positions on Tuesday.",
                published=DAY) == []
