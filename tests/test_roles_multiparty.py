"""Roles and pairing in multi-party sentences: long lists of leaders, hosts, relative
clauses, places that are no parties, parallel clauses and meetings that are only sought."""

from collections.abc import Callable

from dyadwatch.records import FuzzyDate, Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def pairs_of(mentions: list[Mention], kind: str) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions if m.type == kind}


def test_every_leader_of_a_long_titled_list_meets_every_other(code: Code) -> None:
    found = code("The Prime Minister of Italy, Giorgia Meloni, the President of Poland, Andrzej "
                 "Duda, the Prime Minister of Spain, Pedro Sanchez, and the President of Kenya, "
                 "William Ruto, met in Rome on Tuesday.", published="2024-03-07")
    assert pairs_of(found, "CONSULT") == {frozenset(p) for p in (
        ("ITA", "POL"), ("ITA", "ESP"), ("ITA", "KEN"), ("POL", "ESP"), ("POL", "KEN"),
        ("ESP", "KEN"))}


def test_last_listed_partner_misparsed_as_a_verb_conjunct_still_meets(code: Code) -> None:
    found = code("On 4 March 2024 Fumio Kishida, Prime Minister of Japan, held a summit meeting "
                 "with Ferdinand Marcos, President of the Philippines, and Mr. Anthony Albanese, "
                 "Prime Minister of Australia.", published="2024-03-05")
    assert pairs_of(found, "CONSULT") == {frozenset(p) for p in (
        ("JPN", "PHL"), ("JPN", "AUS"), ("PHL", "AUS"))}


def test_relative_who_stands_for_the_party_before_it(code: Code) -> None:
    found = code("On 9 May 2024 Chancellor Olaf Scholz, who was visiting Lithuania, held talks "
                 "with President Gitanas Nauseda.")
    assert ("CONSULT", "DEU", "LTU") in typed(found)
    visit = [m for m in found if m.mode == "visit"]
    assert visit and visit[0].source.code == "DEU" and visit[0].date == FuzzyDate(2024, 5, 9)


def test_host_state_of_a_signing_meets_every_signatory(code: Code) -> None:
    found = code("On 3 June 2024 Kenya signed agreements to establish diplomatic relations with "
                 "Chile and Peru at the Elysee Palace.")
    pairs = pairs_of(found, "AGREE")
    assert {frozenset(("KEN", "CHL")), frozenset(("KEN", "PER")), frozenset(("FRA", "KEN")),
            frozenset(("FRA", "CHL")), frozenset(("FRA", "PER"))} <= pairs
    assert frozenset(("CHL", "PER")) not in pairs  # Kenya dealt with each in turn


def test_a_city_where_a_decision_is_taken_is_no_party(code: Code) -> None:
    found = code("On 10 December 2023 the leaders of ECOWAS had decided in Abuja heavy sanctions "
                 "against Niger.")
    assert typed(found) == {("SANCTION", "ECOWAS", "NER")}


def test_place_of_a_meeting_does_not_stand_in_for_the_subject(code: Code) -> None:
    found = code("On 2 May 2024 the envoys met in Nairobi with the Sudanese army chief and "
                 "agreed a plan calling for Sudan to end the fighting.")
    assert all("KEN" not in (m.source.code, m.target.code) for m in found)


def test_personal_pronoun_subject_is_not_replaced_by_the_nearest_party(code: Code) -> None:
    found = code("Canada's government on Thursday approved the exclusion of Mexico from its "
                 "supplier list, weeks after it restricted exports of steel to China.",
                 published="2019-08-05")
    assert ("SANCTION", "CAN", "CHN") in typed(found)
    assert ("SANCTION", "MEX", "CHN") not in typed(found)


def test_trade_cut_in_both_directions_targets_the_partner(code: Code) -> None:
    found = code("Kenya has halted exports to and imports from Somalia, the commerce ministry "
                 "announced on Wednesday.", published="2024-05-03")
    assert ("SANCTION", "KEN", "SOM") in typed(found)
    imports = code("Russia suspended imports from Georgia on Monday.", published="2024-05-08")
    assert typed(imports) == {("SANCTION", "RUS", "GEO")}


def test_parallel_clause_keeps_the_recipient_of_the_first(code: Code) -> None:
    found = code("Sweden suspended its aid and budget support to Burkina Faso on Friday, "
                 "and Denmark said it was halting its budget support until further notice.",
                 published="2024-05-13")
    assert {("SANCTION", "SWE", "BFA"), ("SANCTION", "DNK", "BFA")} <= typed(found)


def test_own_party_inside_the_aim_is_not_the_target(code: Code) -> None:
    found = code("On 6 May 2024 Ethiopian jets struck what Addis Ababa called a rebel camp "
                 "inside Somalia.")
    assert typed(found) == {("ASSAULT", "ETH", "SOM")}


def test_a_meeting_only_asked_for_is_no_meeting(code: Code) -> None:
    found = code("On 14 March 2024 Japan asked for an emergency session of the UN Security "
                 "Council.")
    assert all(m.type != "CONSULT" for m in found)
    held = code("On 14 March 2024 Japan held an emergency meeting with South Korea.")
    assert ("CONSULT", "JPN", "KOR") in typed(held)


def test_talks_in_one_partys_capital_name_the_visitor_first(code: Code) -> None:
    found = code("The deal followed talks in Beijing on Tuesday between Xi Jinping and German "
                 "Chancellor Olaf Scholz.", published="2024-04-18")
    (talks,) = [m for m in found if m.type == "CONSULT"]
    assert (talks.source.code, talks.target.code) == ("DEU", "CHN")
    assert talks.date == FuzzyDate(2024, 4, 16)


def test_an_attack_on_a_partys_troops_targets_that_party(code: Code) -> None:
    found = code("On 3 May 2024 Syria fired rockets at an air base in Jordan that hosts French "
                 "troops.")
    assert typed(found) == {("ASSAULT", "SYR", "FRA")}
    bases = code("On 3 May 2024 Syria fired rockets at an air base in Jordan.")
    assert typed(bases) == {("ASSAULT", "SYR", "JOR")}


def test_a_conditional_warning_targets_the_party_of_the_condition(code: Code) -> None:
    found = code("On 3 May 2024 Venezuela warned that if Guyana moved troops to the border, its "
                 "answer would be swift.")
    assert typed(found) == {("THREATEN", "VEN", "GUY")}


def test_a_party_named_through_its_part_in_the_deal_is_the_partner(code: Code) -> None:
    found = code("On 3 May 2024 Sudan agreed in principle to the participation of the Arab "
                 "League in the negotiations.")
    assert pairs_of(found, "AGREE") == {frozenset(("SDN", "LAS"))}
