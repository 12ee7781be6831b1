"""Roles of deeds told as nouns, and pronouns with two people in view (invented text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]
DAY = "2024-05-20"


def _pairs(found: set[Quad], kind: str) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in found if q[0] == kind}


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("The visit of President Ruto to Addis Ababa ended on Monday.", "KEN", "ETH"),
    ("A two-day trip of the Turkish defence minister to Baghdad began on Monday.", "TUR", "IRQ"),
    ("The tour of Indian Prime Minister Modi to Moscow drew attention on Monday.", "IND", "RUS"),
    ("The visit of a Sudanese delegation to Cairo on Monday was described as useful.",
     "SDN", "EGY"),
    ("A tour of Kenya by a Chinese trade delegation began on Monday.", "CHN", "KEN"),
])
def test_journey_noun_of_names_the_visitor(coded: Coded, text: str, visitor: str,
                                           host: str) -> None:
    found = _pairs(coded(text, DAY), "CONSULT")
    assert (visitor, host) in found
    assert (host, visitor) not in found


@pytest.mark.parametrize(("text", "doer", "aim"), [
    ("Ankara's imposition of tariffs on Greek goods on Monday drew protests.", "TUR", "GRC"),
    ("The imposition of sanctions on Iran by the European Union on Monday angered Tehran.",
     "EU", "IRN"),
    ("Washington's imposition of tariffs on Chinese electric cars on Monday drew protests.",
     "USA", "CHN"),
])
def test_carrying_noun_owner_does_the_deed(coded: Coded, text: str, doer: str,
                                           aim: str) -> None:
    assert (doer, aim) in _pairs(coded(text, DAY), "SANCTION")


@pytest.mark.parametrize(("text", "first", "second", "outsider"), [
    ("Kenya welcomed the agreement reached on Sunday between Ethiopia and Somalia.",
     "ETH", "SOM", "KEN"),
    ("Qatar praised the deal signed on Monday between Rwanda and the Democratic Republic of "
     "Congo.", "RWA", "COD", "QAT"),
    ("Norway hailed the accord concluded on Monday between Colombia and Venezuela.",
     "COL", "VEN", "NOR"),
    ("The agreement reached on 15 May between Sudan and South Sudan was welcomed by the "
     "African Union.", "SDN", "SSD", "AU"),
    ("The deal was signed on Monday in Doha between Rwanda and Uganda.", "RWA", "UGA", "QAT"),
])
def test_between_on_participle_names_the_parties(coded: Coded, text: str, first: str,
                                                 second: str, outsider: str) -> None:
    agreed = _pairs(coded(text, DAY), "AGREE")
    assert {frozenset(p) for p in agreed} == {frozenset((first, second))}
    assert not any(outsider in p for p in agreed)


@pytest.mark.parametrize("text", [
    "President Ruto and Prime Minister Abiy Ahmed met in Nairobi on Monday. "
    "He accused Sudan of stalling the talks.",
    "President Ruto and Prime Minister Abiy Ahmed met in Nairobi on Monday.\n"
    "He accused Sudan of stalling the talks.",
    "Prime Minister Abiy Ahmed and President Ruto held talks in Addis Ababa on Monday.\n"
    "She criticised Egypt over the dam.",
])
def test_pronoun_with_two_people_of_different_states_names_no_one(coded: Coded,
                                                                   text: str) -> None:
    found = coded(text, DAY)
    assert not {q for q in found if q[0] in ("ACCUSE", "DISAPPROVE") or q[2] in ("SDN", "EGY")}


@pytest.mark.parametrize(("text", "doer", "aim"), [
    ("Prime Minister Abiy Ahmed spoke in parliament on Monday.\n"
     "He accused Egypt of meddling.", "ETH", "EGY"),
    ("Egypt and Qatar urged Israel on Monday to accept a ceasefire.", "QAT", "ISR"),
    ("Germany and France called on Serbia on Monday to recognise Kosovo.", "FRA", "SRB"),
])
def test_single_person_and_coordinated_subjects_still_act(coded: Coded, text: str, doer: str,
                                                           aim: str) -> None:
    found = coded(text, DAY)
    assert any(q[1] == doer and q[2] == aim for q in found)
    assert not any(q[1] == aim for q in found)
