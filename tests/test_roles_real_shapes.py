"""Who did it to whom in shapes real articles use: phrasal verbs the parser splits,
hosts and guests, companions of the doer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


def pairs(found: set[Quad], kind: str) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in found if q[0] == kind}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kinshasa breaks off diplomatic relations with Kigali.", "COD", "RWA"),
    ("Caracas broke off all ties with Lima on Monday.", "VEN", "PER"),
    ("Seoul breaks off military contacts with Pyongyang.", "KOR", "PRK"),
    ("Ankara scales back cooperation with Stockholm.", "TUR", "SWE"),
    ("Russia cut off gas supplies to Moldova.", "RUS", "MDA"),
])
def test_phrasal_verb_object_keeps_its_partner(coded: Coded, text: str, source: str,
                                               target: str) -> None:
    """The parser may take a phrasal verb's object for its particle's object."""
    assert (source, target) in pairs(coded(text, "2025-01-30"), "SANCTION")


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("The Kenyan president was received by Xi in Beijing on Tuesday.", "KEN", "CHN"),
    ("The Hungarian prime minister was welcomed by Erdogan in Ankara on Friday.", "HUN", "TUR"),
])
def test_passive_guest_is_named_before_host(coded: Coded, text: str, guest: str,
                                            host: str) -> None:
    met = pairs(coded(text, "2025-01-30"), "CONSULT")
    assert (guest, host) in met
    assert (host, guest) not in met


@pytest.mark.parametrize(("text", "guests", "host"), [
    ("At the Elysee Palace the German chancellor held talks with Emmanuel Macron.",
     {"DEU"}, "FRA"),
    ("The Japanese and Philippine leaders met Joe Biden at the White House on Thursday.",
     {"JPN", "PHL"}, "USA"),
])
def test_meeting_at_a_state_seat_is_a_visit_to_it(coded: Coded, text: str, guests: set[str],
                                                 host: str) -> None:
    met = pairs(coded(text, "2025-01-30"), "CONSULT")
    assert {(g, host) for g in guests} <= met
    assert not any(pair[0] == host for pair in met)


@pytest.mark.parametrize(("text", "kind", "doers", "target"), [
    ("The EU Commission president travelled to Tunis today together with the Italian "
     "prime minister.", "CONSULT", {"EU", "ITA"}, "TUN"),
    ("Blinken flew to Cairo along with the French foreign minister on Monday.",
     "CONSULT", {"USA", "FRA"}, "EGY"),
    ("Erdogan visited Baghdad alongside the Qatari emir.", "CONSULT", {"TUR", "QAT"}, "IRQ"),
    ("The German chancellor, together with the Polish president, travelled to Kyiv.",
     "CONSULT", {"DEU", "POL"}, "UKR"),
    ("Macron, accompanied by the Belgian prime minister, visited Kinshasa.",
     "CONSULT", {"FRA", "BEL"}, "COD"),
    ("France, together with Germany, imposed new sanctions on Belarus.",
     "SANCTION", {"FRA", "DEU"}, "BLR"),
    ("Canada imposed sanctions on Iran along with Britain.", "SANCTION", {"CAN", "GBR"}, "IRN"),
])
def test_companion_acts_with_the_doer(coded: Coded, text: str, kind: str, doers: set[str],
                                      target: str) -> None:
    found = pairs(coded(text, "2025-01-30"), kind)
    assert {(d, target) for d in doers} <= found
    assert not any(b in doers for a, b in found if a in doers)  # no companion is acted on


@pytest.mark.parametrize(("text", "caller", "called"), [
    ("Putin received a phone call from Erdogan on Monday.", "TUR", "RUS"),
    ("The Kenyan president received a telephone call from Xi on Friday.", "CHN", "KEN"),
])
def test_received_call_keeps_caller_first(coded: Coded, text: str, caller: str,
                                          called: str) -> None:
    """Receiving a call is no hosting: the caller, not the one called, is named first."""
    assert (caller, called) in pairs(coded(text, "2025-01-30"), "CONSULT")
