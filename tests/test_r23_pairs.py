"""Round 23, pairs: a delegation meets its counterpart, not itself; reference points are background.

Leaders named together as the subject of an in-person meeting with one counterpart came as
one side ('Ramaphosa, Sall and Hichilema met Zelensky'): each met the counterpart, none met
the others. An older occasion named only to measure the present one by ('their first
talks since the minister's trip to Lima', 'Six years ago, on my trip') gets
no line. Near misses keep the pairs the sentence tells: two leaders who met each other, one
leader who met two, a subject's own dated news beside a 'since Monday' or 'two weeks ago'.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.clean.article import boilerplate_spans
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _pairs(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset({m.source.code, m.target.code}) for m in mentions}


@pytest.mark.parametrize("text, counterpart, side", [
    ("On Tuesday, William Ruto, Bola Tinubu, Abiy Ahmed and Yoweri Museveni met Xi Jinping "
     "in Beijing.", "CHN", {"KEN", "NGA", "ETH", "UGA"}),
    ("On Tuesday, Luiz Inacio Lula da Silva, Gustavo Petro and Gabriel Boric met Narendra "
     "Modi in New Delhi.", "IND", {"BRA", "COL", "CHL"}),
])
def test_delegation_meets_only_its_counterpart(code: Code, text: str, counterpart: str,
                                               side: set[str]) -> None:
    pairs = _pairs(code(text, published=DAY))
    assert {frozenset({s, counterpart}) for s in side} <= pairs
    assert all(counterpart in p for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    ("On Tuesday, Lula and Petro met in Bogota.", {frozenset({"BRA", "COL"})}),
    ("On 28 July, the prime ministers of Thailand and Cambodia met at Putrajaya, Malaysia, with "
     "Anwar Ibrahim as the host.", {frozenset({"THA", "KHM"})}),
    ("On Wednesday, Xi Jinping met William Ruto and Abiy Ahmed in Beijing.",
     {frozenset({"CHN", "KEN"}), frozenset({"CHN", "ETH"})}),
    ("On Wednesday the foreign ministers of Chile, Peru and Colombia met Olaf Scholz and "
     "Emmanuel Macron in Brussels.", {frozenset({"CHL", "DEU"}), frozenset({"COL", "FRA"})}),
])
def test_meetings_of_the_named_sides_stay(code: Code, text: str,
                                          pairs: set[frozenset[str]]) -> None:
    assert pairs <= _pairs(code(text, published=DAY))


def test_two_subjects_two_objects_keep_every_pair(code: Code) -> None:
    """A mediated meeting of four: the two named as objects may be the ones who met."""
    mentions = code("On Tuesday, Macron and Scholz met Putin and Zelensky in Minsk.",
                    published=DAY)
    assert frozenset({"RUS", "UKR"}) in _pairs(mentions)


@pytest.mark.parametrize("text, background", [
    ("Ruto met Modi in Delhi on Tuesday, their first meeting since the Indian leader's visit "
     "to Nairobi in July last year.", {"KEN", "IND"}),
    ("Eight years ago, during a visit to Hanoi, Japan and Vietnam signed a strategic "
     "partnership. On Tuesday Japan's prime minister met Vietnam's president in Tokyo.",
     None),
    ("Sanchez arrived in Hanoi on Tuesday, his first trip to Asia since 2019, when he also "
     "visited Japan.", {"ESP", "JPN"}),
])
def test_reference_points_are_no_events(code: Code, text: str,
                                        background: set[str] | None) -> None:
    mentions = code(text, published=DAY)
    if background is None:
        assert not [m for m in mentions if m.type == "AGREE"]  # the old pact
        assert [m for m in mentions if m.type == "CONSULT"]  # the news meeting stays
    elif background == {"KEN", "IND"}:
        assert not [m for m in mentions if m.mode == "visit" and m.source.code == "IND"]
        assert [m for m in mentions if m.type == "CONSULT"]  # the news meeting stays
    else:
        assert frozenset(background) not in _pairs(mentions)


@pytest.mark.parametrize("text, pair", [
    ("Since Monday, Poland has expelled five Belarusian diplomats.", {"POL", "BLR"}),
    ("Two weeks ago, on 23 February, Sanchez met Lula in Brasilia.", {"ESP", "BRA"}),
    ("After talks with Meloni in Rome on Tuesday, Ruto signed an energy memorandum with "
     "Italy.", {"KEN", "ITA"}),
])
def test_news_beside_since_or_ago_stays(code: Code, text: str, pair: set[str]) -> None:
    assert frozenset(pair) in _pairs(code(text, published=DAY))


@pytest.mark.slow
def test_ago_frames_only_its_own_conjunct(code: Code) -> None:
    text = ("Four years ago the border talks stalled, but on Tuesday Vietnam and Laos met "
            "again in Hanoi.")
    assert frozenset({"VNM", "LAO"}) in _pairs(code(text, published=DAY))


@pytest.mark.slow
def test_co_subjects_at_a_neutral_venue_meet_each_other(code: Code) -> None:
    pairs = _pairs(code("On Tuesday Sikorski and Baerbock met Fidan in Vienna.", published=DAY))
    assert {frozenset({"POL", "DEU"}), frozenset({"POL", "TUR"})} <= pairs


@pytest.mark.parametrize("text", [
    "On Tuesday the Japanese prime minister met President Ruto in Nairobi. He thanked "
    "Kenya for the warm hospitality.",
    "On Wednesday Mitsotakis met Erdogan in Ankara. He thanked the Turkish delegation for "
    "its condolences.",
    "On Tuesday Albanese met the Crown Prince of Abu Dhabi. He thanked him for the warm "
    "welcome.",
])
def test_courtesy_thanks_are_no_support(code: Code, text: str) -> None:
    mentions = code(text, published=DAY)
    assert [m for m in mentions if m.type == "CONSULT"]  # the meeting is still coded
    assert not [m for m in mentions if m.type == "SUPPORT"]


def test_thank_you_formula_is_no_support(code: Code) -> None:
    text = ("On Tuesday Petro received Boric at the Casa de Narino.\n"
            "[Interpretation from Spanish] Thank you, dear Gabriel, my friend.")
    mentions = code(text, published=DAY)
    assert [m for m in mentions if m.type == "CONSULT"]  # the visit is still coded
    assert not [m for m in mentions if m.type == "SUPPORT"]


@pytest.mark.parametrize("text, pair", [
    ("On Tuesday Marcos thanked Japan for the delivery of patrol vessels.", ("PHL", "JPN")),
    ("On Wednesday Modi thanked Qatar for its support and the warm welcome.", ("IND", "QAT")),
    ("On Tuesday Boric thanked Petro for his hospitality and for backing the lithium plan.",
     ("CHL", "COL")),
    ("On Tuesday Austria thanked Slovenia for the reception of refugees.", ("AUT", "SVN")),
])
def test_thanks_for_backing_stay(code: Code, text: str, pair: tuple[str, str]) -> None:
    assert [m for m in code(text, published=DAY)
            if m.type == "SUPPORT" and (m.source.code, m.target.code) == pair]


def _furniture(kb: KnowledgeBase, text: str) -> list[str]:
    return [text[s.start:s.end] for s in boilerplate_spans(kb, text)]


def test_most_read_list_is_furniture(kb: KnowledgeBase) -> None:
    text = ("Kenya and Ethiopia signed a trade pact in Nairobi on Tuesday.\n\n"
            "MOST READ THIS WEEK\n- Mali and Niger warn ECOWAS over sanctions (1 March)\n"
            "- Egypt and Sudan resume water talks in Cairo (27 February)\n")
    marked = _furniture(kb, text)
    assert any("ECOWAS" in m for m in marked) and any("Cairo" in m for m in marked)
    assert not any("Nairobi" in m for m in marked)


def test_latest_from_line_is_furniture(kb: KnowledgeBase) -> None:
    text = ("Kenya and Ethiopia signed a trade pact in Nairobi on Tuesday.\n\n"
            "Latest from Horn Wire: Egypt, Sudan sign water deal (March 1) | Djibouti buys "
            "drones, says minister (Feb 28)\n"
            "Also in March, Egypt and Sudan signed a water accord.\n")
    marked = _furniture(kb, text)
    assert any(m.startswith("Latest from") for m in marked)
    assert not any("Nairobi" in m or m.startswith("Also in March") for m in marked)
