"""The page's own party (round 23, home).

An obituary that opens by telling its subject's death calls him 'he', 'him' or by the
office it gave him for the rest of the piece, even right after another man is named; a
guest the subject received stays the guest. A headline whose one state owns the story
("NORWAY'S FOREIGN POLICY IN 2023", 'Niamey resets its ties') makes that state's the bare 'foreign ministry'
and 'the government' below it. Near misses: a 'he' after another man in its own
sentence, an obituary of someone of no party, a headline naming two states, 'the
government in <capital>'; a mourner named as the subject of the sentence before ('King
Abdullah sent condolences. He also called ...'), a man named before an object 'him', a
headline state that only looks on ('How Spain sees ...'), a headline state that the story's
named officials contradict, and another state's speaker's 'the government'.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-05-10"


def _pairs(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions}


OBITUARY = ("OBITUARY\n"
            "Arvid Holmqvist, the former prime minister of Sweden, died on Friday 3 May 2024 "
            "in Uppsala. He was 84.\n")


def test_profile_he_is_its_subject_after_another_man(code: Code) -> None:
    text = OBITUARY + ("Donald Tusk, his closest ally, spoke at the funeral on Thursday. In "
                       "April 2012 he flew to Tallinn and signed a maritime accord with Estonia.")
    pairs = _pairs(code(text, published=DAY))
    assert frozenset(("SWE", "EST")) in pairs
    assert frozenset(("POL", "EST")) not in pairs


def test_profile_him_is_its_subject(code: Code) -> None:
    text = OBITUARY + "On 9 June 2015 Vladimir Putin received him in the Kremlin for talks."
    assert frozenset(("RUS", "SWE")) in _pairs(code(text, published=DAY))


def test_profile_office_word_receives_a_guest(code: Code) -> None:
    text = ("OBITUARY\nRashid al-Mansouri, the emir of Qatar, died on 2 May 2024. He was 90.\n"
            "Iraq's president, Barham Salih, came to Doha in November 2018, and the emir "
            "received him at his palace. In July 2019 he went to Beijing and met Xi Jinping.")
    pairs = _pairs(code(text, published=DAY))
    assert frozenset(("IRQ", "QAT")) in pairs
    assert frozenset(("QAT", "CHN")) in pairs
    assert frozenset(("IRQ", "CHN")) not in pairs


def test_he_after_a_man_named_in_its_sentence_is_not_the_subject(code: Code) -> None:
    text = OBITUARY + "In April 2012 Donald Tusk said he had signed a fisheries accord with Estonia."
    assert frozenset(("SWE", "EST")) not in _pairs(code(text, published=DAY))


def test_obituary_of_a_private_person_leaves_he_alone(code: Code) -> None:
    text = ("OBITUARY\nMarta Olsen, a Norwegian novelist, died on 1 May 2024. She was 88.\n"
            "Jens Stoltenberg met Sergei Lavrov in Oslo in June 2010. In July 2010 he flew to "
            "Berlin and met Angela Merkel.")
    assert frozenset(("NOR", "DEU")) in _pairs(code(text, published=DAY))


REVIEW = ("NORTHERN POST - Year-end special\n"
          "A TWELVE-MONTH LEDGER: NORWAY'S FOREIGN POLICY IN 2023\n"
          "By Kari Lunde\n"
          "The year began slowly for the country's diplomats.\n")


def test_headline_state_owns_the_foreign_ministry(code: Code) -> None:
    text = REVIEW + "On 6 March 2023 the foreign ministry expelled fifteen Russian diplomats."
    assert ("SANCTION", "NOR", "RUS") in typed(code(text, published=DAY))


def test_headline_state_owns_the_government(code: Code) -> None:
    text = REVIEW + "On 9 March 2023 the government recalled its ambassador from Iran."
    assert ("SANCTION", "NOR", "IRN") in typed(code(text, published=DAY))


def test_headline_capital_subject_owns_the_transitional_government(code: Code) -> None:
    text = ("SAHEL REVIEW\nNiamey resets its defence ties with Europe\n"
            "In two years the country changed its partners completely.\n"
            "- 12 March 2024: The transitional government asks Germany to close its air base.")
    assert ("REQUEST", "NER", "DEU") in typed(code(text, published=DAY))


def test_headline_naming_two_states_gives_no_home(code: Code) -> None:
    text = ("BALTIC REVIEW\nTimeline: Estonia-China relations since 2019\n"
            "The relationship has cooled steadily over five years.\n"
            "- 4 April 2023: The government expels a Russian diplomat for spying.")
    assert not any("RUS" in pair for pair in _pairs(code(text, published=DAY)))


def test_government_in_a_capital_is_that_capitals(code: Code) -> None:
    text = REVIEW + "On 9 March 2023 the government in Copenhagen recalled its ambassador from Iran."
    pairs = _pairs(code(text, published=DAY))
    assert frozenset(("NOR", "IRN")) not in pairs


MOURNED = "Ahmed al-Khalifa, the king of Bahrain, died on Saturday 4 May 2024. "


def test_mourner_named_before_keeps_his_he(code: Code) -> None:
    text = MOURNED + ("Jordan's King Abdullah sent his condolences. He also declared three days "
                      "of mourning and called Egypt's president.")
    pairs = _pairs(code(text, published=DAY))
    assert frozenset(("JOR", "EGY")) in pairs and frozenset(("BHR", "EGY")) not in pairs


def test_funeral_guest_named_before_keeps_his_he(code: Code) -> None:
    text = ("Lars Brandt, the former chancellor of Austria, died on Monday 6 May 2024. Czech Prime "
            "Minister Petr Fiala travelled to Vienna for the funeral. He met Slovak Prime "
            "Minister Robert Fico there.")
    assert frozenset(("CZE", "SVK")) in _pairs(code(text, published=DAY))


def test_him_after_a_named_man_is_that_man(code: Code) -> None:
    text = MOURNED + "Oman's sultan met Kenya's president William Ruto at the funeral and later called him."
    pairs = _pairs(code(text, published=DAY))
    assert frozenset(("OMN", "KEN")) in pairs and frozenset(("OMN", "BHR")) not in pairs


def test_year_takes_he_back_to_the_subject(code: Code) -> None:
    text = MOURNED + "Jordan's King Abdullah sent his condolences. In June 2016 he flew to Beijing."
    assert frozenset(("BHR", "CHN")) in _pairs(code(text, published=DAY))


def test_headline_viewer_is_no_topic(code: Code) -> None:
    text = ("HOW SPAIN SEES THE CONFLICT\nArmenia and Azerbaijan fought in 2020. The government "
            "in Yerevan asked for help. Later the government agreed to talks with Azerbaijan.")
    assert not any("ESP" in pair for pair in _pairs(code(text, published=DAY)))


def test_named_officials_outrank_the_headline_topic(code: Code) -> None:
    text = ("ITALY'S DIPLOMACY IN 2024\nChinese Vice Foreign Minister Sun Weidong spoke to reporters "
            "on Tuesday. The foreign ministry said it would expel two Canadian diplomats.")
    got = typed(code(text, published=DAY))
    assert ("SANCTION", "ITA", "CAN") not in got


def test_foreign_speakers_government_is_his_own(code: Code) -> None:
    text = ("PORTUGAL'S DIPLOMACY IN 2023\nIn March 2023, Spain's prime minister said the "
            "government would sign a defence pact with Morocco.")
    pairs = _pairs(code(text, published=DAY))
    assert frozenset(("ESP", "MAR")) in pairs and frozenset(("PRT", "MAR")) not in pairs
