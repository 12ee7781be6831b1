"""Sentence shapes whose parties sit outside the plain subject-verb-object frame."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]
DAY = "2024-05-20"


@pytest.mark.parametrize("text, asker, asked", [
    ("Uganda sent troops to South Sudan at the request of Juba.", "SSD", "UGA"),
    ("At Kyiv's request, Germany delivered more air defence systems to Ukraine.", "UKR", "DEU"),
    ("Kenya sent police officers to Haiti at the request of the Haitian government.",
     "HTI", "KEN"),
])
def test_request_adjunct_owner_asks(coded: Coded, text: str, asker: str, asked: str) -> None:
    found = coded(text, DAY)
    requests = {(q[1], q[2]) for q in found if q[0] == "REQUEST"}
    assert (asker, asked) in requests
    assert (asked, asker) not in requests


@pytest.mark.parametrize("text, doer, asker", [
    ("At the behest of Washington, Qatar expelled the Hamas leaders.", "QAT", "USA"),
    ("Qatar expelled the Hamas leaders at the behest of Washington.", "QAT", "USA"),
])
def test_requester_is_not_target_of_deed(coded: Coded, text: str, doer: str, asker: str) -> None:
    assert not any(q[0] == "SANCTION" and (q[1], q[2]) == (doer, asker)
                   for q in coded(text, DAY))


@pytest.mark.parametrize("text, refuser, asker", [
    ("Belarus refused to send troops to Ukraine at the request of Moscow.", "BLR", "RUS"),
    ("Hungary blocked the sanctions on Russia at the request of Slovakia.", "HUN", "SVK"),
])
def test_refusal_still_answers_requester(coded: Coded, text: str, refuser: str,
                                         asker: str) -> None:
    assert ("REJECT", refuser, asker) in {q[:3] for q in coded(text, DAY)}


@pytest.mark.parametrize("text, pair, stale", [
    ("Russia and China issued a joint statement on Monday.\n"
     "Both countries, India and Bangladesh, agreed to boost trade.", ("IND", "BGD"), "RUS"),
    ("Russia and China issued a joint statement on Monday.\n"
     "The two neighbours - Sudan and Chad - agreed to reopen the border.", ("SDN", "TCD"), "CHN"),
    ("Russia and China issued a joint statement on Monday.\n"
     "The two sides, Kenya and Tanzania, signed five agreements.", ("KEN", "TZA"), "RUS"),
])
def test_apposed_group_names_its_parties(coded: Coded, text: str, pair: tuple[str, str],
                                         stale: str) -> None:
    found = coded(text, DAY)
    assert "AGREE" in types_between(found, *pair)
    late = {q for q in found if pair[0] in q[1:3] or pair[1] in q[1:3]}
    assert not any(stale in q[1:3] for q in late)


@pytest.mark.parametrize("text, pair", [
    ("India imposed sanctions against Pakistan after the attack.", ("IND", "PAK")),
    ("The Philippines filed a diplomatic protest against China over the water cannon attack.",
     ("PHL", "CHN")),
    ("Greece lodged a complaint with Turkey following the incursion.", ("GRC", "TUR")),
])
def test_answered_deed_is_not_the_answerers(coded: Coded, text: str,
                                            pair: tuple[str, str]) -> None:
    found = coded(text, DAY)
    assert ("ASSAULT", *pair) not in {q[:3] for q in found}


@pytest.mark.parametrize("text, pair", [
    ("Following talks with his Kenyan counterpart, the Somali president announced a joint "
     "commission.", ("SOM", "KEN")),
    ("After a meeting with the Saudi crown prince, the Syrian president flew home.",
     ("SYR", "SAU")),
    ("Following a phone call with the Turkish president, the Iraqi premier praised the "
     "water deal.", ("IRQ", "TUR")),
])
def test_fronted_meeting_phrase_has_subject(coded: Coded, text: str,
                                            pair: tuple[str, str]) -> None:
    assert "CONSULT" in types_between(coded(text, DAY), *pair)


@pytest.mark.parametrize("text, pair", [
    ("Japan met South Korea and agreed to share intelligence.", ("JPN", "KOR")),
    ("The Indian prime minister held talks with his Japanese counterpart and agreed to "
     "expand cooperation.", ("IND", "JPN")),
    ("The Ghanaian president spoke with his Ivorian counterpart and agreed to cooperate "
     "on security.", ("GHA", "CIV")),
])
def test_agreed_after_meeting_binds_both(coded: Coded, text: str, pair: tuple[str, str]) -> None:
    assert "AGREE" in types_between(coded(text, DAY), *pair)


def test_criticism_after_meeting_stays_directed(coded: Coded) -> None:
    found = coded("Japan met South Korea and criticised North Korea.", DAY)
    assert not any(q[0] == "ACCUSE" and "KOR" in q[1:3] for q in found)


@pytest.mark.parametrize("text, home, other", [
    ("After meeting the Saudi crown prince, the Syrian president returned to Damascus.",
     "SYR", "SAU"),
    ("Having met the Egyptian president, the Jordanian king returned to Amman.", "JOR", "EGY"),
])
def test_trip_home_is_no_visit(coded: Coded, text: str, home: str, other: str) -> None:
    found = coded(text, DAY)
    assert not any(q[0] == "CONSULT" and (q[1], q[2]) == (other, home) for q in found)

