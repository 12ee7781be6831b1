"""Parties a text leaves for the reader to supply (round 21, actors).

A party-less entry of a key-dates list ('14 June - Second meeting of the special envoys,
in Quito.') concerns the pair the brief's headline names; a party's craft named again by
another word ('the vessel' ... 'the ship') is still that party's. Near misses: a headline
naming no single pair, an entry naming its own parties, a meeting told in prose, and two
parties' craft in view.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _brief(headline: str, entry: str, lead: str = "") -> str:
    lead = lead or "The quarrel between Ghana and Togo has outlasted two governments."
    return (f"WEST AFRICA POLICY DESK\n\n{headline}\n\n{lead} Trade between Ghana and Togo has "
            f"fallen since then.\n\nKey dates\n\n2023\n{entry}\n")


def _pairs(mentions: list[Mention]) -> set[tuple[str, frozenset[str], str]]:
    return {(m.type, frozenset({m.source.code, m.target.code}),
             m.date.iso if m.date else "") for m in mentions}


def test_party_less_entry_concerns_the_headline_pair(code: Code) -> None:
    text = _brief("Ghana-Togo relations after the lagoon dispute",
                  "9 May - Third meeting of the special envoys, in Lome.")
    got = _pairs(code(text, published=DAY))
    assert ("CONSULT", frozenset({"GHA", "TGO"}), "2023-05-09") in got


def test_entry_naming_its_own_parties_is_read_as_written(code: Code) -> None:
    text = _brief("Ghana-Togo relations after the lagoon dispute",
                  "9 May - Third meeting of the special envoys of Benin and Niger, in Lome.")
    got = _pairs(code(text, published=DAY))
    assert ("CONSULT", frozenset({"BEN", "NER"}), "2023-05-09") in got
    assert not any(pair == frozenset({"GHA", "TGO"}) for _, pair, _ in got)


def test_no_pair_without_a_headline_pair(code: Code) -> None:
    text = _brief("Lagoon disputes and their aftermath", "9 May - Third meeting of the special "
                  "envoys, in Accra.", "Courts have redrawn the borders of Ghana, Togo and Benin.")
    got = _pairs(code(text, published=DAY))
    assert not any(pair == frozenset({"GHA", "TGO"}) and d == "2023-05-09" for _, pair, d in got)


def test_meeting_told_in_prose_is_no_entry(code: Code) -> None:
    text = _brief("Ghana-Togo relations after the lagoon dispute",
                  "In May the special envoys held a third meeting in Accra.")
    got = _pairs(code(text, published=DAY))
    assert not any(pair == frozenset({"GHA", "TGO"}) for _, pair, _ in got)


def test_a_word_that_is_no_month_opens_no_entry(code: Code) -> None:
    text = _brief("Ghana-Togo relations after the lagoon dispute",
                  "Decision: The special envoys agree to reopen the lagoon crossing.")
    got = _pairs(code(text, published=DAY))
    assert not any(kind == "AGREE" and pair == frozenset({"GHA", "TGO"}) for kind, pair, _ in got)


def test_a_party_after_on_is_no_place_of_the_entry(code: Code) -> None:
    headline = "Ghana-Togo relations after the lagoon dispute"
    text = _brief(headline, "9 May - The special envoys call on Nigeria to mediate.")
    got = _pairs(code(text, published=DAY))
    assert not any(pair & {"GHA", "TGO"} and d == "2023-05-09" for _, pair, d in got)
    text = _brief(headline, "9 May - The special envoys meet in Abuja.")  # a place: the pair
    assert ("CONSULT", frozenset({"GHA", "TGO"}), "2023-05-09") in _pairs(code(text, published=DAY))


def test_craft_named_again_by_another_word(code: Code) -> None:
    text = ("A Chinese survey vessel entered waters claimed by Vietnam on Monday, officials said. "
            "On Tuesday Vietnam accused the ship of a grave violation of its sovereignty.")
    assert ("ACCUSE", "VNM", "CHN") in typed(code(text, published=DAY))


def test_flight_is_the_flying_party_act(code: Code) -> None:
    text = ("Two Russian fighter jets flew into Lithuanian airspace on Monday, the army said. "
            "On Tuesday Lithuania condemned the flight as a provocation.")
    got = typed(code(text, published=DAY))
    assert any(t[1:] == ("LTU", "RUS") for t in got)


def test_two_parties_craft_stay_unresolved(code: Code) -> None:
    text = ("A Chinese survey vessel and a Turkish survey vessel entered the zone on Monday, "
            "officials said. On Tuesday Vietnam accused the ship of a grave violation.")
    got = typed(code(text, published=DAY))
    assert not any(t[1] == "VNM" and t[2] in ("CHN", "TUR") for t in got)


def test_two_parties_craft_named_by_their_own_words(code: Code) -> None:
    text = ("A Chinese coast guard vessel rammed a Philippine supply boat near Second Thomas "
            "Shoal on Monday. On Tuesday Manila accused the vessel of dangerous manoeuvres.")
    assert ("ACCUSE", "PHL", "CHN") in typed(code(text, published=DAY))
