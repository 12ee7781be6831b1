"""Recall of the trigger lexicon on invented wire sentences, and the near-misses it must skip."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]
PUB = "2024-05-10"


@pytest.mark.parametrize(("text", "kind", "a", "b"), [
    # armed sides trading fire: FIGHT
    ("Thai soldiers clashed with Cambodian troops near the disputed temple on Thursday.",
     "FIGHT", "THA", "KHM"),
    ("Fighting broke out between Armenian and Azerbaijani forces on Tuesday.", "FIGHT", "ARM", "AZE"),
    ("Clashes erupted on Sunday between Indian and Chinese troops in the Galwan valley.",
     "FIGHT", "IND", "CHN"),
    ("Iranian border guards exchanged fire with Afghan forces on Saturday.", "FIGHT", "IRN", "AFG"),
    # membership of an alliance is an agreement with it
    ("Sweden formally became a member of NATO on Thursday.", "AGREE", "SWE", "NATO"),
    ("Montenegro became a full member of NATO on Tuesday.", "AGREE", "MNE", "NATO"),
    # an agreement reached under another name
    ("Egypt and Sudan reached an understanding on the dam on Wednesday.", "AGREE", "EGY", "SDN"),
    ("Solidarity with Ukraine was voiced by Poland on Friday.", "SUPPORT", "POL", "UKR"),
    # a supply halted or cut is a sanction on whoever received it
    ("Algeria halted gas supplies to Spain on Wednesday.", "SANCTION", "DZA", "ESP"),
    ("Russia stopped gas deliveries to Bulgaria on Tuesday.", "SANCTION", "RUS", "BGR"),
    ("Moscow cut oil supplies to Poland on Monday.", "SANCTION", "RUS", "POL"),
    # freeing another party's people concedes
    ("Iran released five detained French citizens on Monday.", "CONCEDE", "IRN", "FRA"),
    ("Russia freed two American prisoners on Thursday.", "CONCEDE", "RUS", "USA"),
    ("Turkey dropped its objection to Sweden's NATO membership on Monday.", "CONCEDE", "TUR", "SWE"),
    # forces sent, moved or dispatched to a country: MOBILIZE
    ("Russia sent paratroopers to Kazakhstan on Thursday.", "MOBILIZE", "RUS", "KAZ"),
    ("India moved additional troops to the border with China on Tuesday.", "MOBILIZE", "IND", "CHN"),
    ("Turkey dispatched warships to Libya on Sunday.", "MOBILIZE", "TUR", "LBY"),
    ("Russia deployed peacekeepers to Armenia on Friday.", "MOBILIZE", "RUS", "ARM"),
    # other wordings of old types
    ("Beijing turned down a request from Washington for military talks on Sunday.",
     "REJECT", "CHN", "USA"),
    ("Baku charged Yerevan with violating the ceasefire on Friday.", "ACCUSE", "AZE", "ARM"),
    ("Japan protested to China on Thursday over the arrest of its citizen.", "PROTEST", "JPN", "CHN"),
    ("Chinese coast guard ships blocked Philippine supply boats on Monday.", "COERCE", "CHN", "PHL"),
    ("Lithuania said on Monday that Belarus was responsible for the migrant crisis.",
     "ACCUSE", "LTU", "BLR"),
])
def test_lexicon_recall(coded: Coded, text: str, kind: str, a: str, b: str) -> None:
    assert kind in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize(("text", "kind", "a", "b"), [
    ("Kabul called Islamabad's plan unacceptable on Tuesday.", "REJECT", "AFG", "PAK"),
    ("Tehran described Washington's proposal as unacceptable on Monday.", "REJECT", "IRN", "USA"),
    ("Moscow called Kyiv's peace proposal unacceptable on Friday.", "REJECT", "RUS", "UKR"),
    # a decision or deed judged unacceptable stays a protest
    ("Poland called Russia's decision unacceptable on Wednesday.", "PROTEST", "POL", "RUS"),
])
def test_calling_a_proposal_unacceptable_rejects_it(coded: Coded, text: str, kind: str,
                                                    a: str, b: str) -> None:
    types = types_between(coded(text, PUB), a, b)
    assert kind in types and ({"REJECT", "PROTEST"} - {kind}).isdisjoint(types)


@pytest.mark.parametrize("text", [
    "Pakistan announced on Tuesday that all undocumented Afghans had to leave by 1 November "
    "or face deportation.",
    "Islamabad said on Monday that Afghan refugees must return home by the end of the month "
    "or face arrest.",
    "Pakistan told Afghans on Friday to leave the country or face expulsion.",
])
def test_act_or_face_penalty_threatens(coded: Coded, text: str) -> None:
    assert "THREATEN" in types_between(coded(text, PUB), "PAK", "AFG")


@pytest.mark.parametrize("text", [
    "Azerbaijan agreed on Monday with Armenia to free 32 Armenian servicemen.",
    "Russia and Ukraine agreed on Tuesday to release all prisoners of war.",
])
def test_act_agreed_on_is_the_agreement(coded: Coded, text: str) -> None:
    types = {q[0] for q in coded(text, PUB)}
    assert "AGREE" in types and "CONCEDE" not in types


@pytest.mark.parametrize("text", [
    "The Pakistani batsmen attacked the Indian bowlers from the start on Sunday.",
    "The French striker attacked the Spanish defenders all evening on Saturday.",
    "The Brazilian team clashed with Argentina's players in the final on Sunday.",
    "The minister attacked the problem of inflation on Monday.",
    "Russia hoped on Monday that Ukraine would not face deportation of its citizens.",
    "If Turkey had to leave NATO or face sanctions, Greece would object, an analyst wrote.",
    "Ukraine did not stop gas transit to Hungary on Monday, officials said.",
    "Greek firefighters fought wildfires near Athens on Thursday.",
    "Prices fell sharply in Moscow on Tuesday.",
    "Japan's exports declined in March, data showed on Monday.",
    "Egypt became the largest importer of Russian wheat on Monday.",
    "The German delegation moved to a new hotel in Paris on Tuesday.",
])
def test_near_misses_give_no_event(coded: Coded, text: str) -> None:
    assert not coded(text, PUB)
