"""Actor rules: movements as states only while they govern, mediators are no side,
a pair named in passing is not 'the two sides', signatories' 'We', the issuing ministry,
officials the tables do not know, and appositive names of titled office holders."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[..., set[tuple[str, str, str, str | None]]]


def pairs(quads: set[tuple[str, str, str, str | None]], kind: str) -> set[frozenset[str]]:
    return {frozenset((q[1], q[2])) for q in quads if q[0] == kind}


@pytest.mark.parametrize("text, published, expected", [
    ("The Taliban accused Pakistan of carrying out air strikes near Khost.", "2024-03-20",
     {("ACCUSE", "AFG", "PAK")}),
    ("Taliban forces attacked several Pakistani border posts on Sunday.", "2024-12-30",
     {("ASSAULT", "AFG", "PAK")}),
    ("The Taliban government condemned Iran over the water dispute on Monday.", "2023-05-22",
     {("ACCUSE", "AFG", "IRN")}),
])
def test_governing_movement_is_its_state(coded: Coded, text: str, published: str,
                                         expected: set[tuple[str, str, str]]) -> None:
    assert expected <= {q[:3] for q in coded(text, published)}


@pytest.mark.parametrize("text, published", [
    ("The Taliban accused Pakistan of carrying out air strikes near Khost.", "2010-03-20"),
    ("Lebanon's Hezbollah fired dozens of rockets at Israel on Tuesday.", "2024-06-11"),
    ("Yemen's Houthi rebels attacked a British cargo ship on Friday.", "2024-01-12"),
    ("The Pakistani Taliban attacked an army post on Monday.", "2024-01-15"),
    ("Iraqi Kataib Hezbollah fighters attacked an American base on Sunday.", "2024-01-28"),
])
def test_insurgency_is_no_party(coded: Coded, text: str, published: str) -> None:
    sources = {q[1] for q in coded(text, published) if q[0] in ("ASSAULT", "ACCUSE")}
    assert not sources & {"AFG", "LBN", "YEM", "PAK", "IRQ"}


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan had fought for weeks over the enclave. Armenia and Azerbaijan "
    "traded blame again. After talks in Moscow mediated by Russia and France, the two "
    "countries agreed to a ceasefire on Friday.",
    "Armenia and Azerbaijan had fought for weeks over the enclave. Armenia and Azerbaijan "
    "traded blame again. At a meeting hosted by Russia and France, the two sides agreed to "
    "a ceasefire on Friday.",
])
def test_mediators_are_no_side(coded: Coded, text: str) -> None:
    agreed = pairs(coded(text, "2020-10-12"), "AGREE")
    assert frozenset(("ARM", "AZE")) in agreed
    assert frozenset(("RUS", "FRA")) not in agreed


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea had not spoken for years. Ethiopia and Eritrea exchanged envoys. "
    "Diplomats of Canada and Japan attended as observers. The two sides agreed to reopen "
    "the border on Monday.",
    "Ethiopia and Eritrea had not spoken for years. Ethiopia and Eritrea exchanged envoys. "
    "Canada and Japan sent observers. Both sides agreed to reopen the border on Monday.",
])
def test_pair_named_in_passing_is_not_the_sides(coded: Coded, text: str) -> None:
    agreed = pairs(coded(text, "2018-07-10"), "AGREE")
    assert frozenset(("ETH", "ERI")) in agreed
    assert frozenset(("CAN", "JPN")) not in agreed


@pytest.mark.parametrize("text", [
    "Joint Statement of the Leaders of Chile, Peru and Ecuador\nLima, 3 March 2022\n"
    "We agreed to establish a working group on fisheries.",
    "The leaders of Chile, Peru and Ecuador issued the following statement in Lima.\n"
    "1. We agreed to establish a working group on fisheries.",
    "Joint Communique\nWe, the President of Chile, the President of Peru and the President of "
    "Ecuador, met in Lima.\n2. We agreed to establish a working group on fisheries.",
])
def test_we_is_the_signatories(coded: Coded, text: str) -> None:
    agreed = pairs(coded(text, "2022-03-03"), "AGREE")
    assert {frozenset(("CHL", "PER")), frozenset(("CHL", "ECU")), frozenset(("PER", "ECU"))} <= agreed


def test_quoted_we_is_not_the_signatories(coded: Coded) -> None:
    text = ("In a joint statement Chile and Peru backed the fishing deal.\n"
            "\"We agreed to nothing,\" a Bolivian minister told reporters.")
    assert frozenset(("CHL", "PER")) not in pairs(coded(text, "2022-03-03"), "AGREE")


@pytest.mark.parametrize("text", [
    "Republic of Kenya - Ministry of Foreign Affairs\nPress release\n"
    "The Ministry condemned the Ugandan incursion into Kenyan waters on Sunday.",
    "Kingdom of Morocco - Ministry of Foreign Affairs\nCommuniqué\n"
    "The Ministry strongly condemned Algeria's decision on Sunday.",
])
def test_the_ministry_is_the_issuing_state(coded: Coded, text: str) -> None:
    accusers = {q[1] for q in coded(text, "2021-09-13") if q[0] in ("ACCUSE", "PROTEST")}
    assert accusers & {"KEN", "MAR"}


def test_ministry_of_another_named_state_is_not_the_issuer(coded: Coded) -> None:
    text = ("Republic of Kenya - Ministry of Foreign Affairs\nPress release\n"
            "The Ugandan Ministry condemned Kenya on Sunday.")
    accusers = {q[1] for q in coded(text, "2021-09-13") if q[0] in ("ACCUSE", "PROTEST")}
    assert "KEN" not in accusers


@pytest.mark.parametrize("text", [
    "Laos and Vietnam dispute the river. Laos and Vietnam traded notes. On 3 May the Prime "
    "Minister Qorvath Telmani and the Prime Minister Pham Minh Chinh met in Hanoi.",
    "Laos and Vietnam dispute the river. Laos and Vietnam traded notes. On 3 May the "
    "Foreign Minister Qorvath Telmani met the Prime Minister Pham Minh Chinh in Hanoi.",
])
def test_unknown_official_meeting_one_side_is_the_other(coded: Coded, text: str) -> None:
    assert frozenset(("LAO", "VNM")) in pairs(coded(text, "2024-05-05"), "CONSULT")


def test_titled_appositive_name_is_remembered(coded: Coded) -> None:
    text = ("The speaker of the Slovak parliament, Teodor Vrabelik, visited Hungary on Monday. "
            "Vrabelik met Hungarian President Tamas Sulyok in Budapest on Monday.")
    assert frozenset(("SVK", "HUN")) in pairs(coded(text, "2024-06-05"), "CONSULT")
