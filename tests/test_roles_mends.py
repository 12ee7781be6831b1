"""Roles mended after review: the topic of a conversation is no party, places after 'in' are
where a deed was done, a deal's later signers and its guarantors, messages received (also by
'he'), a one-word alias inside a longer name, a U.S. state named like a country, machine-
translated organisation names, and 'the South'/'the North' once both halves are named."""

from collections.abc import Callable

from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]
DAY = "2025-05-14"


def pairs(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions}


def test_the_country_discussed_is_no_party_to_the_call(code: Code) -> None:
    found = code("Sanchez and Meloni discussed Libya in a phone call on Tuesday.", published=DAY)
    assert pairs(found) == {frozenset(("ESP", "ITA"))}


def test_a_clause_discussed_names_no_party(code: Code) -> None:
    found = code("Tusk and Starmer discussed sending air defence systems to Moldova.",
                 published=DAY)
    assert pairs(found) == {frozenset(("POL", "GBR"))}


def test_talks_on_a_country_leave_it_out(code: Code) -> None:
    found = code("Lavrov held talks on Libya with Fidan in Antalya.", published=DAY)
    assert frozenset(("RUS", "TUR")) in pairs(found)
    assert not any("LBY" in p for p in pairs(found))


def test_a_partner_named_with_with_is_kept_beside_a_topic(code: Code) -> None:
    found = code("Erdogan discussed the fighting in Sudan with Scholz.", published=DAY)
    assert pairs(found) == {frozenset(("TUR", "DEU"))}


def test_an_arrest_in_a_city_is_not_done_by_the_national(code: Code) -> None:
    found = code("A Japanese journalist was arrested in Novosibirsk on Sunday.", published=DAY)
    assert not any(m.source.code == "JPN" for m in found)


def test_a_killing_plotted_against_a_person_in_a_city_is_not_aimed_at_its_state(
        code: Code) -> None:
    found = code("Russian agents plotted to kill a defector in Munich.", published=DAY)
    assert not any(m.target.code == "DEU" for m in found)


def test_a_later_signer_joins_the_deal_between_two_parties(code: Code) -> None:
    found = code("The treaty between Armenia and Georgia was later signed by Iran.",
                 published=DAY)
    assert {frozenset(("IRN", "ARM")), frozenset(("IRN", "GEO"))} <= pairs(found)


def test_guarantors_signing_a_deal_are_no_party_to_it(code: Code) -> None:
    found = code("Kenya and Ghana signed the peace deal between Chad and Niger as guarantors.",
                 published=DAY)
    assert frozenset(("KEN", "GHA")) not in pairs(found)
    assert not any(p & {"KEN", "GHA"} and p & {"TCD", "NER"} for p in pairs(found))


def test_a_note_received_comes_from_its_sender(code: Code) -> None:
    found = code("Latvia received a protest note from Russia accusing it of harassing "
                 "diplomats.", published=DAY)
    assert ("CONSULT", "RUS", "LVA") in typed(found)
    assert ("ACCUSE", "RUS", "LVA") in typed(found)
    assert not any(m.source.code == "LVA" for m in found)


def test_he_received_a_reply_reaches_the_person_named_before(code: Code) -> None:
    found = code("Orban sent a letter to Erdogan. He received a reply from Ankara on Friday.",
                 published=DAY)
    assert ("CONSULT", "TUR", "HUN") in typed(found)


def test_a_country_as_a_given_name_is_no_party(code: Code) -> None:
    found = code("Jordan Henderson criticised Poland.", published=DAY)
    assert not any("JOR" in (m.source.code, m.target.code) for m in found)


def test_a_surname_ending_a_company_name_is_no_official(code: Code) -> None:
    found = code("Lockheed Martin criticised Canada over the contract.", published=DAY)
    assert not any("IRL" in (m.source.code, m.target.code) for m in found)


def test_a_state_governor_is_no_country(code: Code) -> None:
    found = code("Georgia's governor criticised Mexico over the tariffs.", published=DAY)
    assert not any("GEO" in (m.source.code, m.target.code) for m in found)


def test_an_embassy_raided_in_a_capital_is_not_the_host_states(code: Code) -> None:
    found = code("Peru recalled its envoy from Bolivia after police raided its embassy in "
                 "La Paz.", published=DAY)
    assert not any(m.type == "ASSAULT" and m.source.code == "PER" for m in found)


def test_machine_translated_bloc_names(code: Code) -> None:
    found = code("The Economic Community of the States of West Africa condemned Guinea. "
                 "Belarus asked the Organisation of the Treaty about Collective Security for "
                 "help.", published=DAY)
    assert ("ACCUSE", "ECOWAS", "GIN") in typed(found)
    assert any(m.type == "REQUEST" and (m.source.code, m.target.code) == ("BLR", "CSTO")
               for m in found)


def test_the_south_and_the_north_once_both_koreas_are_named(code: Code) -> None:
    found = code("South Korea protested after North Korea fired a missile.\n"
                 "Seoul urged the North to stop the launches.", published=DAY)
    assert ("REQUEST", "KOR", "PRK") in typed(found)


def test_the_south_alone_is_no_korea(code: Code) -> None:
    found = code("Brazil urged the South to join the trade pact.", published=DAY)
    assert not any("KOR" in (m.source.code, m.target.code) for m in found)
