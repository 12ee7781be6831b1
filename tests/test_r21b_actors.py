"""Words that name a party, or only seem to (round 21b, actors).

A journey's destination is the host of what 'the two' then do, when the story already
treats that state as a party; a neutral venue is not. A bare body name ('Security
Council', 'Chancellery') owned by another state is that state's body. A region whose
name holds a state's ('Latin America', 'Inter-American') is not that state. Officials
added to the knowledge carry their state.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _pairs(mentions: list[Mention]) -> set[tuple[str, frozenset[str]]]:
    return {(m.type, frozenset({m.source.code, m.target.code})) for m in mentions}


def test_journey_destination_is_a_side_of_the_two(code: Code) -> None:
    text = ("Relations between Vietnam and China have been tense for years. On Tuesday the "
            "Australian prime minister flew to Hanoi and the two former adversaries signed a "
            "strategic partnership.")
    got = _pairs(code(text, published=DAY))
    assert ("AGREE", frozenset({"AUS", "VNM"})) in got
    assert ("AGREE", frozenset({"VNM", "CHN"})) not in got


def test_neutral_venue_is_not_a_side(code: Code) -> None:
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in February. "
            "On Tuesday Kenya's envoy flew to Geneva and the two sides signed a water accord.")
    got = _pairs(code(text, published=DAY))
    assert ("AGREE", frozenset({"KEN", "ETH"})) in got
    assert not any("CHE" in pair for _, pair in got)


def test_possessed_security_council_is_the_owner(code: Code) -> None:
    text = "On Tuesday the secretary of Iran's Security Council warned Israel against any attack."
    assert typed(code(text, published=DAY)) == {("THREATEN", "IRN", "ISR")}


def test_translated_chancellery_is_the_adjectives_state(code: Code) -> None:
    text = "The Chancellery Peruvian ordered on Tuesday the expulsion of two Ecuadorian diplomats."
    got = typed(code(text, published=DAY))
    assert ("SANCTION", "PER", "ECU") in got
    assert not any("DEU" in t for t in got)


def test_unowned_security_council_stands(code: Code) -> None:
    text = "On Tuesday Brazil urged the Security Council to sanction Israel."
    assert ("REQUEST", "BRA", "UN") in typed(code(text, published=DAY))


def test_latin_america_is_not_the_united_states(code: Code) -> None:
    text = "At the EU-Latin America summit in Madrid on Tuesday, the two regions agreed to talk."
    assert not any("USA" in t for t in typed(code(text, published=DAY)))


def test_inter_american_body_is_not_the_united_states(code: Code) -> None:
    text = "On Tuesday the Inter-American Court of Human Rights condemned Guatemala."
    assert not any("USA" in t for t in typed(code(text, published=DAY)))


def test_america_alone_still_names_the_state(code: Code) -> None:
    text = "On Tuesday America imposed new sanctions on Venezuela."
    assert ("SANCTION", "USA", "VEN") in typed(code(text, published=DAY))


def test_added_official_carries_his_state(code: Code) -> None:
    text = "Interior Minister Martin Niteretse announced the closure of the border with Rwanda on Tuesday."
    assert ("SANCTION", "BDI", "RWA") in typed(code(text, published=DAY))


def test_two_governments_after_a_tour_stop_are_visitor_and_host(code: Code) -> None:
    text = ("US Secretary of State Antony Blinken met Panama's president on Monday, and the "
            "United States and Panama agreed to talk again.\n"
            "On Tuesday Blinken was received by President Nayib Bukele in San Salvador. "
            "Bukele agreed to host talks with Blinken's team. "
            "The two governments also signed a memorandum on nuclear energy.")
    got = _pairs(code(text, published=DAY))
    assert ("AGREE", frozenset({"USA", "PAN"})) not in got
    assert ("AGREE", frozenset({"USA", "SLV"})) in got
