"""Who did it to whom when the deed sits in a construction other than 'X verbed Y'.

Each rule here was found by holding one event fixed and varying the wording around it
(bench/constructions/make_roles.py): coordinated and participle verbs, a subject folded
into a fronted date, a shared object, 'joined Y in', passives whose target sits inside the
subject, relative clauses that carry a noun trigger, 'his country' in reported speech and a
denial of what was reported. Near misses check that each rule stays inside its construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def test_from_names_the_party_left_when_the_subject_is_shared(code: Code) -> None:
    coordinated = code("On Tuesday, Pakistan voiced concern and recalled its ambassador from "
                       "Tehran.", published=DAY)
    assert ("SANCTION", "PAK", "IRN") in typed(coordinated)
    participle = code("Pakistan issued a statement on Tuesday, recalling its ambassador from "
                      "Tehran.", published=DAY)
    assert typed(participle) == {("SANCTION", "PAK", "IRN")}
    assert participle[0].date is not None and participle[0].date.iso == "2024-03-05"


def test_subject_folded_into_a_fronted_date_is_the_doer(code: Code) -> None:
    assert typed(code("On Tuesday Turkey criticised Sweden.", published=DAY)) == {
        ("ACCUSE", "TUR", "SWE")}
    along = typed(code("On Tuesday, Poland, along with Lithuania, condemned Belarus.",
                       published=DAY))
    assert along == {("ACCUSE", "POL", "BLR"), ("ACCUSE", "LTU", "BLR")}


def test_date_fold_needs_a_verb_without_subject(code: Code) -> None:
    """'On Tuesday Germany expelled ...' parses with its own subject; the party in a
    trailing date phrase is never taken for a doer."""
    found = typed(code("Germany expelled four Russian diplomats on Tuesday.", published=DAY))
    assert found == {("SANCTION", "DEU", "RUS")}


def test_two_verbs_share_the_object_after_the_second(code: Code) -> None:
    both = typed(code("On Tuesday, Britain condemned and sanctioned Iran.", published=DAY))
    assert both == {("ACCUSE", "GBR", "IRN"), ("SANCTION", "GBR", "IRN")}


def test_a_verb_with_its_own_object_shares_nothing(code: Code) -> None:
    own = typed(code("Britain condemned the attack and sanctioned Iran on Tuesday.",
                     published=DAY))
    assert own == {("SANCTION", "GBR", "IRN")}
    other_subject = typed(code("On Tuesday, Britain protested and Iran expelled two Syrian "
                               "diplomats.", published=DAY))
    assert other_subject == {("SANCTION", "IRN", "SYR")}


def test_joined_in_makes_the_joined_party_a_doer(code: Code) -> None:
    joined = typed(code("On Tuesday, Britain joined France in condemning Iran.", published=DAY))
    assert joined == {("ACCUSE", "GBR", "IRN"), ("ACCUSE", "FRA", "IRN")}
    member = typed(code("Britain, which joined NATO in 1949, condemned Iran on Tuesday.",
                        published=DAY))
    assert member == {("ACCUSE", "GBR", "IRN")}


def test_passive_target_inside_the_subject_and_stray_agent(code: Code) -> None:
    assert ("SANCTION", "FRA", "MLI") in typed(code(
        "Military cooperation with Mali was suspended by France on Tuesday.", published=DAY))
    assert ("CONCEDE", "NGA", "NER") in typed(code(
        "Sanctions on Niger were lifted by Nigeria on Tuesday.", published=DAY))
    assert typed(code("Venezuela was threatened with new sanctions by the United States on "
                      "Tuesday.", published=DAY)) == {("THREATEN", "USA", "VEN")}


def test_relative_clause_that_carries_a_noun_trigger(code: Code) -> None:
    found = typed(code("The sanctions that Britain imposed on Iran on Tuesday target its oil "
                       "sector.", published=DAY))
    assert found == {("SANCTION", "GBR", "IRN")}
    blamed = code("The attack, which Russia blamed on Ukraine, killed three people on "
                  "Tuesday.", published=DAY)
    assert ("ASSAULT", "RUS", "UKR") not in typed(blamed)


def test_latest_country_to_act_is_the_copula_subject(code: Code) -> None:
    found = typed(code("France on Tuesday became the latest country to suspend military "
                       "cooperation with Mali.", published=DAY))
    assert found == {("SANCTION", "FRA", "MLI")}


def test_his_country_is_the_speakers_state(code: Code) -> None:
    own = typed(code("Germany's foreign minister said on Tuesday that his country had expelled "
                     "four Russian diplomats.", published=DAY))
    assert own == {("SANCTION", "DEU", "RUS")}
    other = typed(code("Germany's foreign minister said on Tuesday that Poland had expelled "
                       "four Russian diplomats.", published=DAY))
    assert other == {("SANCTION", "POL", "RUS")}


def test_denial_of_a_report_is_not_aimed_at_the_parties_in_it(code: Code) -> None:
    found = typed(code("On Tuesday, Berlin dismissed reports that Germany had expelled four "
                       "Russian diplomats.", published=DAY))
    assert not any(kind == "REJECT" for kind, _, _ in found)
    assert typed(code("On Tuesday, Berlin rejected Moscow's demands.", published=DAY)) == {
        ("REJECT", "DEU", "RUS")}


def test_their_governments_are_all_the_speakers_states(code: Code) -> None:
    found = code("Indonesian President Prabowo Subianto and Australian Prime Minister Anthony "
                 "Albanese announced on Wednesday that their governments had concluded a new "
                 "security treaty.", published="2025-11-13")
    assert {(m.type, frozenset((m.source.code, m.target.code))) for m in found} == {
        ("AGREE", frozenset(("IDN", "AUS")))}


def test_we_in_a_quote_is_the_party_quoted(code: Code) -> None:
    quoted = typed(code("\"We have recalled our ambassador from Tehran,\" Pakistan's foreign "
                        "ministry said in a statement on Tuesday.", published=DAY))
    assert quoted == {("SANCTION", "PAK", "IRN")}
    unquoted = typed(code("We must recall our ambassador from Tehran.", published=DAY))
    assert not any(source == "PAK" for _, source, _ in unquoted)
