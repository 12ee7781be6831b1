"""Parties named only by reference: an opening pronoun, an epithet for a state, the
unnamed home ministry of a release."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "source", "target", "kind"), [
    ("Turkey summoned the Dutch envoy on Tuesday. It also suspended military cooperation "
     "with the Netherlands.", "TUR", "NLD", "SANCTION"),
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. "
     "He accused the Sudanese army of blocking aid convoys.", "KEN", "SDN", "ACCUSE"),
    ("Indonesia condemned the Israeli strikes on Rafah. It later sent medical aid to Egypt.",
     "IDN", "EGY", "AID"),
    ("Foreign Minister Retno Marsudi of Indonesia telephoned her Jordanian counterpart. "
     "She praised Amman for its mediation.", "IDN", "JOR", "SUPPORT"),
])
def test_opening_pronoun_continues_the_subject(coded: Coded, text: str, source: str,
                                               target: str, kind: str) -> None:
    found = coded(text, "2024-03-12")
    assert any(q[:3] == (kind, source, target) for q in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Thailand hosted Malaysian officials on Monday. The kingdom also condemned the Myanmar "
     "junta.", "THA", "MMR"),
    ("Japan protested to China over the incident. The island nation also condemned North "
     "Korea.", "JPN", "PRK"),
    ("Kuwait received the Iraqi foreign minister. The Gulf state also criticised Iran.",
     "KWT", "IRN"),
    ("Djibouti hosted talks on Monday. The Horn of Africa nation later accused Eritrea of "
     "arming rebels.", "DJI", "ERI"),
    ("Qatar hosted a Hamas delegation on Sunday. The emirate later condemned the Israeli "
     "strike.", "QAT", "ISR"),
    ("Ghana recalled its ambassador from Togo. The country also condemned two Togolese "
     "diplomats.", "GHA", "TGO"),
])
def test_state_epithet_is_the_state_in_view(coded: Coded, text: str, source: str,
                                            target: str) -> None:
    found = coded(text, "2024-03-12")
    assert any(q[1:3] == (source, target) and q[0] == "ACCUSE" for q in found), found


@pytest.mark.parametrize(("text", "source", "target", "kind"), [
    ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF INDONESIA\nPress release\n"
     "The ministry summoned the Australian ambassador on Tuesday.", "IDN", "AUS", "PROTEST"),
    ("The Ministry of Foreign Affairs of Malaysia spoke on Monday.\nThe Foreign Ministry "
     "also summoned the Israeli charge d'affaires.", "MYS", "ISR", "PROTEST"),
    ("Vietnam protested against a Chinese survey ship on Monday.\nThe Ministry of Foreign "
     "Affairs handed a protest note to China.\nThe ministry demanded that China withdraw "
     "the ship.", "VNM", "CHN", "REQUEST"),
])
def test_unnamed_home_ministry(coded: Coded, text: str, source: str, target: str,
                               kind: str) -> None:
    found = coded(text, "2024-03-12")
    assert any(q[:3] == (kind, source, target) for q in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("Egypt signed a trade agreement with Israel on Monday. It bans gas exports to Jordan.",
     ("EGY", "JOR")),
    ("Kenya and Ethiopia held talks on Monday. It accused Sudan of blocking aid.",
     ("KEN", "SDN")),
    ("Morocco hosted the Spanish king on Monday. The kingdom of Spain has condemned Algeria.",
     ("MAR", "DZA")),
    ("Ghana recalled its ambassador from Togo on Monday. Fighting in the country angered "
     "Nigeria.", ("GHA", "NGA")),
])
def test_no_reference_without_one_antecedent(coded: Coded, text: str,
                                             pair: tuple[str, str]) -> None:
    assert not types_between(coded(text, "2024-03-12"), *pair)


def test_header_ministry_named_again_in_full(coded: Coded) -> None:
    text = ("Ministry of Foreign Affairs of the Republic of Ghana\nPress statement\n"
            "The Ministry of Foreign Affairs has summoned the Burkinabe ambassador.")
    assert ("PROTEST", "GHA", "BFA") in {q[:3] for q in coded(text, "2024-03-12")}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Indian Prime Minister Narendra Modi arrived in Colombo. The premier later criticised "
     "Pakistan over terrorism.", "IND", "PAK"),
    ("Chinese Foreign Minister Wang Yi landed in Brasilia. The top diplomat also condemned "
     "Japan.", "CHN", "JPN"),
    ("British Foreign Secretary David Lammy arrived in Lagos. The top diplomat later "
     "criticised Russia.", "GBR", "RUS"),
])
def test_other_title_for_the_same_office(coded: Coded, text: str, source: str,
                                         target: str) -> None:
    found = coded(text, "2024-03-12")
    assert any(q[1:3] == (source, target) for q in found), found


def test_office_two_states_share_names_no_one(coded: Coded) -> None:
    text = ("Indian Prime Minister Narendra Modi met Nepalese Prime Minister Pushpa Kamal Dahal. "
            "The premier later criticised Pakistan over terrorism.")
    found = coded(text, "2024-03-12")
    assert not types_between(found, "IND", "PAK") and not types_between(found, "NPL", "PAK")
