"""Officials named by an office the reader places (round 22, actors).

A title one state alone gives its officials ('the Secretary of State') names that state on
any page; a sanctions office known by its acronym stands for its state; a reaction opened
by 'In <capital>,' and told of an office-only speaker is that capital's government. Near
misses: a title with a complement or a rank word, a holder named before, a guest in the
capital or a diplomat posted there, a capital after the verb, a page told from a state
with a secretary of state of its own (dateline, opening government subject), a speaker
with a party word of his own. An organisation acts under a former name or through its
ministers' body.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _parties(mentions: list[Mention]) -> set[str]:
    return {code for m in mentions for code in (m.source.code, m.target.code)}


def test_bare_one_state_title_names_its_state(code: Code) -> None:
    text = "On Tuesday the Secretary of State signed a coast guard agreement with Tonga."
    assert ("AGREE", "USA", "TON") in typed(code(text, published=DAY))


def test_one_state_title_on_a_page_with_a_question(code: Code) -> None:
    text = ("Senators pressed the witnesses on aid to the Pacific. On Tuesday the Deputy "
            "Secretary of State held talks with Samoan officials in Apia.")
    got = typed(code(text, published=DAY))
    assert any(t == "CONSULT" and {s, o} == {"USA", "WSM"} for t, s, o in got)


def test_title_with_a_complement_is_another_office(code: Code) -> None:
    text = "On Tuesday the Secretary of State for Wales met Irish President Michael D. Higgins."
    assert "USA" not in _parties(code(text, published=DAY))


def test_rank_word_makes_it_the_holy_sees_office(code: Code) -> None:
    text = "On Tuesday the Cardinal Secretary of State met Lebanese President Joseph Aoun."
    assert "USA" not in _parties(code(text, published=DAY))


def test_holder_named_before_keeps_his_state(code: Code) -> None:
    text = ("Vatican Secretary of State Pietro Parolin arrived in Beirut on Monday. On Tuesday "
            "the Secretary of State met Lebanese President Joseph Aoun.")
    assert "USA" not in _parties(code(text, published=DAY))


def test_sanctions_office_acts_for_its_state(code: Code) -> None:
    text = "On Tuesday OFAC sanctioned Nicaragua over the election."
    assert ("SANCTION", "USA", "NIC") in typed(code(text, published=DAY))


def test_fronted_capital_places_an_office_only_speaker(code: Code) -> None:
    text = "In Seoul, a foreign ministry spokesman on Tuesday condemned North Korea's launch."
    assert ("ACCUSE", "KOR", "PRK") in typed(code(text, published=DAY))


def test_visiting_official_is_not_the_capitals(code: Code) -> None:
    text = ("In Seoul, the visiting Philippine foreign minister on Tuesday condemned China over "
            "the shoal.")
    got = typed(code(text, published=DAY))
    assert ("ACCUSE", "PHL", "CHN") in got
    assert not any("KOR" in (s, o) for _, s, o in got)


def test_posted_ambassador_is_not_the_capitals(code: Code) -> None:
    text = "In Canberra, the ambassador on Tuesday denounced Myanmar over the arrests."
    assert "AUS" not in _parties(code(text, published=DAY))
    text = "In Canberra, a foreign ministry spokesman on Tuesday denounced Myanmar over the arrests."
    assert ("ACCUSE", "AUS", "MMR") in typed(code(text, published=DAY))


def test_dateline_state_keeps_its_own_secretary_of_state(code: Code) -> None:
    text = ("MADRID — Spain's cabinet met on Monday. On Tuesday the Secretary of State held "
            "talks with Moroccan officials.")
    got = typed(code(text, published=DAY))
    assert any(t == "CONSULT" and {s, o} == {"ESP", "MAR"} for t, s, o in got)
    assert "USA" not in _parties(code(text, published=DAY))


def test_page_opened_by_another_government_is_not_the_owners(code: Code) -> None:
    text = ("The Dutch government published a new Africa strategy on Monday. On Tuesday the "
            "Secretary of State met Nigeria's foreign minister.")
    assert "USA" not in _parties(code(text, published=DAY))


def test_owner_named_on_the_page_restores_the_title(code: Code) -> None:
    text = ("SEOUL — A US embassy spokesman confirmed the visit on Monday. On Tuesday the "
            "Secretary of State met South Korean officials.")
    got = typed(code(text, published=DAY))
    assert any(t == "CONSULT" and {s, o} == {"USA", "KOR"} for t, s, o in got)


def test_capital_after_the_verb_places_nobody(code: Code) -> None:
    text = "A foreign ministry spokesman on Tuesday condemned Japan over the islands in Seoul."
    assert not typed(code(text, published=DAY))


def test_speaker_with_a_party_word_keeps_it(code: Code) -> None:
    text = "In Seoul, the Mongolian foreign minister on Tuesday criticised China over the quotas."
    got = typed(code(text, published=DAY))
    assert ("ACCUSE", "MNG", "CHN") in got
    assert not any(s == "KOR" for _, s, _ in got)


def test_former_name_stands_for_the_organisation(code: Code) -> None:
    text = "On 9 March 1992 the European Community and Chile signed a cooperation agreement."
    got = typed(code(text, published=DAY))
    assert any(t == "AGREE" and {s, o} == {"EU", "CHL"} for t, s, o in got)


def test_ministers_body_acts_for_the_organisation(code: Code) -> None:
    text = "On Tuesday the Eurogroup approved a loan to Cyprus."
    got = typed(code(text, published=DAY))
    assert any(s == "EU" and o == "CYP" for _, s, o in got)
