"""Roles of agreements between named parties, hosted meetings, received messages, a
participle speaking for a sent letter, and parties named beside a meeting only as its
venue or topic."""

from collections.abc import Callable

from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def pairs_of(mentions: list[Mention], kind: str) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions if m.type == kind}


def test_truce_between_two_parties_binds_them_not_its_announcer(code: Code) -> None:
    found = code("On Tuesday the Egyptian president announced a ceasefire between Sudan and Chad.",
                 published="2024-02-08")
    assert pairs_of(found, "AGREE") == {frozenset(("SDN", "TCD"))}


def test_agreement_reached_between_parties_binds_them(code: Code) -> None:
    found = code("The two mediators said on Monday that an agreement had been reached between "
                 "Armenia and Azerbaijan.", published="2024-02-08")
    assert frozenset(("ARM", "AZE")) in pairs_of(found, "AGREE")


def test_agreement_with_a_partner_keeps_its_signer(code: Code) -> None:
    found = code("On Monday Peru signed a trade agreement with Chile.", published="2024-02-08")
    assert pairs_of(found, "AGREE") == {frozenset(("PER", "CHL"))}


def test_message_received_from_a_capital_goes_to_the_receiver(code: Code) -> None:
    found = code("The Jordanian foreign ministry said on Sunday it had received a written "
                 "message from Damascus.", published="2024-02-08")
    assert ("CONSULT", "SYR", "JOR") in typed(found)


def test_participle_after_a_sent_letter_speaks_for_its_sender(code: Code) -> None:
    found = code("On Friday the Bolivian foreign minister sent a letter to the UN Security "
                 "Council accusing Chile of repeated incursions.", published="2024-02-10")
    assert ("ACCUSE", "BOL", "CHL") in typed(found)


def test_participle_after_a_received_letter_is_not_the_receivers(code: Code) -> None:
    found = code("On Friday the Bolivian foreign minister received a letter from Peru accusing "
                 "Chile of repeated incursions.", published="2024-02-10")
    assert ("ACCUSE", "BOL", "CHL") not in typed(found)
    assert ("ACCUSE", "PER", "CHL") in typed(found)


def test_named_receiver_of_a_message_is_its_target(code: Code) -> None:
    found = code("On Monday the Kenyan president received a message from Uganda's president.",
                 published="2024-02-10")
    assert ("CONSULT", "UGA", "KEN") in typed(found)
    assert ("CONSULT", "KEN", "UGA") not in typed(found)


def test_country_of_a_future_meeting_is_only_its_venue(code: Code) -> None:
    found = code("Peru's president met Chile's president in Lima on Monday. They also agreed "
                 "to meet again in Ecuador within the next three months.",
                 published="2024-02-08")
    assert not any("ECU" in (m.source.code, m.target.code) for m in found)


def test_party_named_in_the_topic_of_a_meeting_is_not_met(code: Code) -> None:
    found = code("The French president said he would meet the Chinese president in Paris on "
                 "May 6 to discuss ending the war in Sudan.", published="2024-05-01")
    assert not any("SDN" in (m.source.code, m.target.code) for m in found)
    assert frozenset(("FRA", "CHN")) in pairs_of(found, "CONSULT")


def test_host_of_a_meeting_met_the_sides_that_agreed_there(code: Code) -> None:
    found = code("The Swiss foreign minister, who hosted the meeting in Geneva, said on "
                 "Saturday that Armenia and Azerbaijan had agreed on a prisoner exchange.",
                 published="2024-02-11")
    consulted = pairs_of(found, "CONSULT")
    assert frozenset(("CHE", "ARM")) in consulted
    assert frozenset(("CHE", "AZE")) in consulted


def test_host_is_not_paired_with_parties_of_an_unrelated_deed(code: Code) -> None:
    found = code("The Swiss foreign minister, who hosted the meeting in Geneva, said on "
                 "Saturday that Armenia had shelled Azerbaijan.", published="2024-02-11")
    assert not pairs_of(found, "CONSULT") & {frozenset(("CHE", "ARM")), frozenset(("CHE", "AZE"))}


def test_judgment_followed_by_a_partys_deed_judges_that_party(code: Code) -> None:
    found = code("On Friday the Danish foreign minister called the decision deeply "
                 "disappointing and said Oslo had ignored its commitments.",
                 published="2024-02-10")
    assert ("PROTEST", "DNK", "NOR") in typed(found)


def test_judgment_with_its_own_party_is_not_redirected(code: Code) -> None:
    found = code("On Friday the Danish foreign minister condemned the Swedish decision and "
                 "said Oslo had been consulted.", published="2024-02-10")
    assert not any(m.target.code == "NOR" and m.type in ("PROTEST", "ACCUSE") for m in found)


def test_step_of_excluding_is_taken_by_the_subject(code: Code) -> None:
    found = code("In March 2024, African Union foreign ministers took the unusual step of "
                 "excluding Niger from the bloc's annual summit.", published="2024-04-01")
    assert ("SANCTION", "AU", "NER") in typed(found)


def test_forces_ordered_into_position_belong_to_the_source(code: Code) -> None:
    found = code("Last week the Indian prime minister said he had ordered two Indian warships to "
                 "be positioned in the Arabian Sea in response to threats by Pakistan's army chief.",
                 published="2024-02-10")
    assert ("MOBILIZE", "IND", "PAK") in typed(found)
    assert not any(m.type == "MOBILIZE" and m.target.code == "IND" for m in found)


def test_deployment_keeps_its_destination_as_target(code: Code) -> None:
    found = code("On Monday Russia deployed troops to Belarus.", published="2024-02-10")
    assert ("MOBILIZE", "RUS", "BLR") in typed(found)


def test_party_after_a_passive_relative_clause_is_not_the_attacker(code: Code) -> None:
    found = code("The militia said the raid was revenge for the Iranian general Qassem Soleimani, "
                 "who was killed in a strike at Baghdad airport on Friday.",
                 published="2020-01-06")
    assert not any(m.type == "ASSAULT" and m.source.code == "IRN" for m in found)


def test_meeting_in_a_place_of_one_party_is_the_others_visit(code: Code) -> None:
    for place, visitor, host in (("Shymkent", "UZB", "KAZ"), ("Samarkand", "KAZ", "UZB")):
        found = code(f"The meeting between the presidents of Uzbekistan and Kazakhstan was held "
                     f"on Monday in {place}.", published="2024-02-10")
        met = [m for m in found if m.type == "CONSULT"]
        assert met and all((m.source.code, m.target.code) == (visitor, host) for m in met)


def test_body_a_complaint_was_made_to_is_not_the_agreements_partner(code: Code) -> None:
    found = code("In May, Peru agreed to withdraw its complaint to the World Trade Organization "
                 "while Chile reviewed the tariffs.", published="2024-06-10")
    assert not any("WTO" in (m.source.code, m.target.code) for m in found)


def test_party_handed_something_stays_the_target_of_a_refusal(code: Code) -> None:
    found = code("On Monday Peru refused to hand the suspects to Chile.", published="2024-06-10")
    assert ("REJECT", "PER", "CHL") in typed(found)


def test_host_of_talks_between_others_is_not_paired_with_a_later_party(code: Code) -> None:
    found = code("The Peruvian and Chilean sides expressed their appreciation to Norway for "
                 "hosting rounds of dialogue between the two sides in 2022, and their gratitude "
                 "to the government of Cuba for supporting the talks.", published="2023-03-10")
    assert not any({m.source.code, m.target.code} == {"NOR", "CUB"} for m in found)


def test_party_that_did_the_same_takes_the_sources_place(code: Code) -> None:
    found = code("On Monday Peru expelled two Bolivian diplomats, a few days after Chile's "
                 "government did the same.", published="2024-06-11")
    assert {("SANCTION", "PER", "BOL"), ("SANCTION", "CHL", "BOL")} <= typed(found)


def test_party_that_did_something_else_does_not_share_the_act(code: Code) -> None:
    found = code("On Monday Peru expelled two Bolivian diplomats, a few days after Chile "
                 "recalled its ambassador.", published="2024-06-11")
    assert ("SANCTION", "CHL", "BOL") not in typed(found)
