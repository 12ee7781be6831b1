"""Roles: travel to a named place, 'from' on withdrawals and cut-offs, a noun
trigger said by a verb that answers another party's act, reported threats and counter-
measures, a verb of will sharing its subject, passive relative clauses, a deed's weapon
carrying its aim, a parallel clause naming another kind of aid, heads of agencies."""

from collections.abc import Callable

from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def test_arriving_in_a_gazetteer_city_is_a_visit_to_its_country(code: Code) -> None:
    found = code("Kim Jong Un arrived in Khabarovsk on Tuesday.", published="2024-05-08")
    assert ("CONSULT", "PRK", "RUS") in typed(found)


def test_travelling_to_a_city_of_ones_own_country_is_no_visit(code: Code) -> None:
    found = code("Putin flew to Khabarovsk on Tuesday.", published="2024-05-08")
    assert not any(m.type == "CONSULT" for m in found)


def test_travelling_to_an_international_venue_is_no_visit(code: Code) -> None:
    found = code("The Iranian foreign minister flew to Geneva on Monday.", published="2024-05-08")
    assert not any(m.type == "CONSULT" for m in found)


def test_troops_withdrawn_from_a_country_leave_that_country(code: Code) -> None:
    found = code("Germany withdrew its troops from Mali on Monday.", published="2024-05-08")
    assert ("RETREAT", "DEU", "MLI") in typed(found)
    assert not any(m.source.code == "MLI" for m in found)


def test_goods_from_a_country_name_the_party_cut_off(code: Code) -> None:
    found = code("Japan expelled two Korean diplomats on Monday, a week after it imposed new "
                 "tariffs on steel from South Korea.", published="2024-05-08")
    assert ("SANCTION", "JPN", "KOR") in typed(found)
    assert not any(m.source.code == "KOR" for m in found)


def test_letter_from_a_party_still_comes_from_it(code: Code) -> None:
    found = code("Germany received a letter from Poland on Monday.", published="2024-05-08")
    assert ("CONSULT", "POL", "DEU") in typed(found)


def test_protest_expressed_after_a_deed_answers_its_doer(code: Code) -> None:
    found = code("Beijing on Tuesday expressed strong dissatisfaction after an Indian warship "
                 "seized a Chinese trawler.", published="2024-05-08")
    assert ("PROTEST", "CHN", "IND") in typed(found)


def test_protest_lodged_after_a_deed_of_a_partys_ships(code: Code) -> None:
    found = code("Hanoi lodged a protest on Friday after Chinese coast guard ships rammed a "
                 "Vietnamese boat.", published="2024-05-08")
    assert ("PROTEST", "VNM", "CHN") in typed(found)


def test_threat_that_names_its_target_in_the_reported_clause(code: Code) -> None:
    found = code("Beijing threatened that it would retaliate against Canberra.",
                 published="2024-05-08")
    assert ("THREATEN", "CHN", "AUS") in typed(found)


def test_counter_measures_said_with_another_partys_deed(code: Code) -> None:
    found = code("The Kremlin said Estonia's decision was a provocation and that Russia would "
                 "be forced to take counter-measures to protect its security.",
                 published="2024-05-08")
    assert ("THREATEN", "RUS", "EST") in typed(found)


def test_counter_measures_with_no_other_party_have_no_target(code: Code) -> None:
    found = code("Tehran said the talks had stalled and that it would take countermeasures.",
                 published="2024-05-08")
    assert not any(m.type == "THREATEN" for m in found)


def test_a_warning_after_a_statement_does_not_aim_at_the_speakers_mission(code: Code) -> None:
    found = code("Cuba's mission to the United Nations said the affair was over, but warned "
                 "that if Washington sent more ships, the answer would be firm.",
                 published="2024-05-08")
    assert not any(m.target.code == "UN" for m in found)


def test_agreeing_to_hold_talks_shares_the_subject(code: Code) -> None:
    found = code("Kenya and Somalia agreed on Monday to hold talks in Nairobi.",
                 published="2024-05-08")
    assert {frozenset((m.source.code, m.target.code)) for m in found
            if m.type == "CONSULT"} == {frozenset(("KEN", "SOM"))}


def test_meeting_at_a_partys_request_does_not_involve_it(code: Code) -> None:
    found = code("The Security Council was due to meet in emergency session on Monday at "
                 "Egypt's request.", published="2024-05-08")
    assert not any("EGY" in (m.source.code, m.target.code) and m.type == "CONSULT"
                   for m in found)


def test_victim_of_a_passive_relative_clause_is_the_target(code: Code) -> None:
    found = code("Thousands mourned Iran's top general, who was killed in a U.S. drone strike "
                 "near Baghdad airport on Friday.", published="2020-01-08")
    assert ("ASSAULT", "USA", "IRN") in typed(found)
    assert ("ASSAULT", "IRN", "USA") not in typed(found)


def test_killed_in_a_country_names_no_attacker(code: Code) -> None:
    found = code("A Yemeni officer was killed in Syria on Monday.", published="2024-05-08")
    assert not any(m.source.code == "SYR" for m in found)


def test_a_partys_strikes_on_another_are_its_deed(code: Code) -> None:
    found = code("Israeli strikes on Lebanon killed 20 people on Friday.", published="2024-05-08")
    assert ("ASSAULT", "ISR", "LBN") in typed(found)
    assert ("ASSAULT", "LBN", "ISR") not in typed(found)


def test_weapon_of_a_reprisal_carries_its_aim(code: Code) -> None:
    found = code("Tehran retaliated a day later with a missile salvo against Camp Lemonnier, "
                 "the largest US base in Africa.", published="2024-05-08")
    assert ("ASSAULT", "IRN", "USA") in typed(found)


def test_parallel_clause_naming_another_kind_of_aid(code: Code) -> None:
    found = code("Sweden suspended all development aid to Chad on Friday, and Norway said it "
                 "was halting its budget support until further notice.", published="2024-05-08")
    assert ("SANCTION", "NOR", "TCD") in typed(found)


def test_parallel_clause_cutting_something_else_gets_no_recipient(code: Code) -> None:
    found = code("Sweden suspended all development aid to Chad on Friday, and Norway said it "
                 "was halting its arms exports.", published="2024-05-08")
    assert ("SANCTION", "NOR", "TCD") not in typed(found)


def test_director_of_an_agency_acts_for_its_state(code: Code) -> None:
    found = code("The director of the U.S. Agency for International Development met Kenyan "
                 "President William Ruto on Monday.", published="2024-05-08")
    assert ("CONSULT", "USA", "KEN") in typed(found) or ("CONSULT", "KEN", "USA") in typed(found)


def test_withdrawal_of_their_forces_from_a_country(code: Code) -> None:
    found = code("Sweden announced the withdrawal of their forces from Mali on Monday.",
                 published="2024-05-08")
    assert ("RETREAT", "SWE", "MLI") in typed(found)
    assert not any(m.source.code == "MLI" for m in found)


def test_troops_from_a_country_are_still_its_troops(code: Code) -> None:
    found = code("Troops from Chad crossed into Sudan on Monday.", published="2024-05-08")
    assert not any(m.source.code == "SDN" for m in found)


def test_an_event_after_a_change_is_no_answer_to_a_party(code: Code) -> None:
    found = code("Japan imposed new tariffs after Chinese demand for steel fell.",
                 published="2024-05-08")
    assert not any(m.target.code == "CHN" for m in found)


def test_party_agreed_with_joins_the_talks_agreed_on(code: Code) -> None:
    found = code("Kenya agreed with Somalia on Monday to hold talks in Nairobi.",
                 published="2024-05-08")
    assert {frozenset((m.source.code, m.target.code)) for m in found
            if m.type == "CONSULT"} == {frozenset(("KEN", "SOM"))}


def test_a_partys_attack_on_another_told_as_the_place_of_death(code: Code) -> None:
    found = code("Two soldiers died in a Russian attack on Ukraine on Friday.",
                 published="2024-05-08")
    assert ("ASSAULT", "RUS", "UKR") in typed(found)
    assert ("ASSAULT", "UKR", "RUS") not in typed(found)


def test_it_in_an_after_clause_is_the_main_clauses_party(code: Code) -> None:
    found = code("The Dutch cabinet on May 3 approved new curbs on chip machines, a month after "
                 "it tightened controls on exports to China.", published="2024-05-08")
    assert ("SANCTION", "NLD", "CHN") in typed(found)
