"""Triggers and types in official releases, analysis prose and terse chronologies.

All sentences are invented; each rule is checked on several wordings and on near misses.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]
PUB = "2024-05-20"  # a Monday


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kenya summoned the High Commissioner of Uganda on Monday.", "KEN", "UGA"),
    ("Serbia summoned the Acting Ambassador of Croatia on Monday.", "SRB", "HRV"),
    ("Poland summoned the Russian Envoy on Monday.", "POL", "RUS"),
    ("Algeria summoned the French Chargé d'Affaires on Monday.", "DZA", "FRA"),
    ("The Russian Foreign Ministry Summoned the Ambassador of Moldova on Monday.", "RUS", "MDA"),
])
def test_capitalised_office_is_summoned(coded: Coded, text: str, source: str, target: str) -> None:
    assert ("PROTEST", source, target, PUB) in coded(text, PUB)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Morocco broke relations with Iran on Monday.", "MAR", "IRN"),
    ("Venezuela broke diplomatic ties with Argentina on Monday.", "VEN", "ARG"),
    ("On Monday Nicaragua broke relations with the Netherlands.", "NIC", "NLD"),
])
def test_broke_relations_is_sanction(coded: Coded, text: str, source: str, target: str) -> None:
    assert ("SANCTION", source, target, PUB) in coded(text, PUB)


@pytest.mark.parametrize("text", [
    "Relations between Chile and Peru broke down on Monday.",
    "The accord broke the deadlock in relations between Chile and Peru on Monday.",
    "Morocco has never broken relations with Algeria.",
])
def test_relations_breaking_down_is_no_sanction(coded: Coded, text: str) -> None:
    assert not any(q[0] == "SANCTION" for q in coded(text, PUB))


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Chinese President Xi Jinping and Brazilian President Lula exchanged views on Gaza on Monday.",
     "CHN", "BRA"),
    ("The foreign ministers of Egypt and Jordan exchanged views on regional issues on Monday.",
     "EGY", "JOR"),
    ("On Monday Kenya's foreign minister exchanged opinions with his Ethiopian counterpart.",
     "KEN", "ETH"),
])
def test_exchanging_views_is_consult(coded: Coded, text: str, a: str, b: str) -> None:
    assert "CONSULT" in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("After the talks, Xi and Lula witnessed the signing of 15 agreements on Monday.", "CHN", "BRA"),
    ("President Ramaphosa and President Ruto witnessed the signing of trade accords on Monday.",
     "ZAF", "KEN"),
])
def test_leaders_witnessing_a_signing_agree(coded: Coded, text: str, a: str, b: str) -> None:
    assert "AGREE" in types_between(coded(text, PUB), a, b)


def test_witness_of_others_deal_is_no_party(coded: Coded) -> None:
    found = coded("Erdogan witnessed the signing of a grain deal between Russia and Ukraine "
                  "in Istanbul on Monday.", PUB)
    assert "AGREE" in types_between(found, "RUS", "UKR")
    assert not any("TUR" in q[1:3] and q[0] == "AGREE" for q in found)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Poland said two Belarusian helicopters had violated its airspace on Monday.", "POL", "BLR"),
    ("Estonia said on Monday that a Russian plane violated its airspace.", "EST", "RUS"),
    ("Finland says Russian aircraft violated Finnish airspace on Monday.", "FIN", "RUS"),
])
def test_reported_airspace_violation_accuses(coded: Coded, text: str, source: str,
                                             target: str) -> None:
    assert ("ACCUSE", source, target, PUB) in coded(text, PUB)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Greece complained that Turkish jets violated Greek airspace on Monday.", "GRC", "TUR"),
    ("On Monday Vietnam complained to China about the seizure of its fishermen.", "VNM", "CHN"),
])
def test_complaining_is_protest(coded: Coded, text: str, source: str, target: str) -> None:
    assert ("PROTEST", source, target, PUB) in coded(text, PUB)


@pytest.mark.parametrize("text", [
    "Security Council Press Statement on Attack against Peacekeepers in Lebanon",
    "The Secretary-General urged the Rapid Support Forces in Sudan to halt their offensive.",
])
def test_words_of_a_name_are_no_acts(coded: Coded, text: str) -> None:
    assert not any(q[0] in ("REQUEST", "SUPPORT") and q[1] == "UN" and q[2] == "LBN"
                   for q in coded(text, PUB))
    assert not any(q[0] == "SUPPORT" for q in coded(text, PUB))


@pytest.mark.parametrize(("text", "a", "b"), [
    ("During the visit, the Indian foreign minister called on Singaporean Prime Minister "
     "Lawrence Wong on Monday.", "IND", "SGP"),
    ("Kenyan President William Ruto called on Tanzanian President Samia Suluhu Hassan in "
     "Dodoma on Monday.", "KEN", "TZA"),
    ("The Japanese foreign minister also called upon King Abdullah of Jordan on Monday.",
     "JPN", "JOR"),
])
def test_calling_on_a_person_is_a_courtesy_visit(coded: Coded, text: str, a: str, b: str) -> None:
    found = types_between(coded(text, PUB), a, b)
    assert "CONSULT" in found and "REQUEST" not in found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kenya called on Uganda to reopen the border on Monday.", "KEN", "UGA"),
    ("Germany called on President Erdogan to release the journalists on Monday.", "DEU", "TUR"),
    ("The French President called on Chinese President Xi Jinping for restraint on Monday.",
     "FRA", "CHN"),
])
def test_calling_on_someone_to_act_stays_a_request(coded: Coded, text: str, source: str,
                                                   target: str) -> None:
    assert ("REQUEST", source, target, PUB) in coded(text, PUB)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The EU reiterates its unwavering support to Moldova on Monday.", "EU", "MDA"),
    ("Japan underlined its solidarity with the Philippines on Monday.", "JPN", "PHL"),
])
def test_reiterated_support(coded: Coded, text: str, source: str, target: str) -> None:
    assert ("SUPPORT", source, target, PUB) in coded(text, PUB)


@pytest.mark.parametrize(("text", "quad"), [
    ("15 February: Sanctions on Syria by the United Kingdom.",
     ("SANCTION", "GBR", "SYR", "2024-02-15")),
    ("Mali's expulsion of the French ambassador in January 2022 was the first crack.",
     ("SANCTION", "MLI", "FRA", "2022-01")),
    ("Algeria's recall of its ambassador from Spain in March 2022 surprised Madrid.",
     ("SANCTION", "DZA", "ESP", "2022-03")),
])
def test_nominal_deeds(coded: Coded, text: str, quad: Quad) -> None:
    assert quad in coded(text, PUB)


@pytest.mark.parametrize("text", [
    "Joint Statement of the Kenya-Uganda Joint Commission",
    "Its expulsion of the ambassador in January 2022 was the first crack in ties with France.",
    "The expulsions of diplomats by Mali and France in 2022 were the first crack.",
])
def test_nominal_near_misses(coded: Coded, text: str) -> None:
    assert not any(q[0] in ("AGREE", "SANCTION") and q[3] for q in coded(text, PUB))


@pytest.mark.parametrize("text", [
    "The sides discussed the implementation of agreements reached by Kenya and Uganda last year.",
    "Egypt urged Ethiopia on Monday to respect the agreement with Sudan concluded in 2015.",
])
def test_old_agreement_carried_out_is_no_new_deal(coded: Coded, text: str) -> None:
    assert not any(q[0] == "AGREE" for q in coded(text, PUB))
