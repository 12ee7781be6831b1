"""Round 19b roles: a main verb the parser hung on its long subject ('The president of X,
NAME, made on Tuesday a visit to Y') and an object parsed as an apposition to a spelled-out
date ('realized this Tuesday the 5 of March a visit of work to Y') keep their doer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("The president of Colombia, Gustavo Petro, made on Tuesday a visit to Caracas.",
     "COL", "VEN"),
    ("The president of Ghana, Kiri Onanga, made on Tuesday a visit to Abuja.", "GHA", "NGA"),
    ("The president of Brazil, Ilse Brandvold, made on Tuesday a visit to La Paz.",
     "BRA", "BOL"),
])
def test_rootless_subject_visits(coded: Coded, text: str, visitor: str, host: str) -> None:
    assert ("CONSULT", visitor, host, "2024-03-05") in coded(text, "2024-03-08")


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("The president of Kenya realized this Tuesday the 5 of March a visit of work to "
     "Mogadishu.", "KEN", "SOM"),
    ("The president of Sweden realized this Tuesday the 5 of March a visit of work to "
     "Tallinn.", "SWE", "EST"),
])
def test_object_after_spelled_date(coded: Coded, text: str, visitor: str, host: str) -> None:
    assert ("CONSULT", visitor, host, "2024-03-05") in coded(text, "2024-03-08")


@pytest.mark.parametrize("text", [
    "The president of Kenya, Tor Hasvik, elected on Tuesday in a landslide.",
    "The president of Kenya said on Tuesday the 5 of March that a visit to Mogadishu was "
    "not planned.",
])
def test_near_misses_code_nothing(coded: Coded, text: str) -> None:
    assert coded(text, "2024-03-08") == set()


@pytest.mark.parametrize(("text", "asker", "holders"), [
    ("On Tuesday Japan called for the release of Japanese nationals detained in China.",
     "JPN", {"CHN"}),
    ("On Tuesday India raised the case of Indian fishermen held in Sri Lanka and requested "
     "their early release.", "IND", {"LKA"}),
    ("On Tuesday Kenya called for the release of journalists held in Somalia and Tanzania.",
     "KEN", {"SOM", "TZA"}),
])
def test_release_call_goes_to_holding_state(coded: Coded, text: str, asker: str,
                                            holders: set[str]) -> None:
    found = coded(text, "2024-03-08")
    assert {q[2] for q in found if q[0] == "REQUEST" and q[1] == asker} == holders


@pytest.mark.parametrize("text", [
    "On Tuesday Japan called for the release of documents held in its national archives.",
    "On Tuesday India said Indian fishermen were still held in Sri Lanka.",
])
def test_no_release_call_no_request(coded: Coded, text: str) -> None:
    assert not any(q[0] == "REQUEST" for q in coded(text, "2024-03-08"))


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("The Kenyan president attended the swearing-in of the Somali president on Tuesday.",
     "KEN", "SOM"),
    ("The Thai prime minister attended the swearing-in of the Cambodian king on Tuesday.",
     "THA", "KHM"),
])
def test_hyphened_ceremony_meets_host(coded: Coded, text: str, guest: str, host: str) -> None:
    assert ("CONSULT", guest, host, "2024-03-05") in coded(text, "2024-03-08")


def test_hyphened_non_ceremony_meets_no_one(coded: Coded) -> None:
    found = coded("The Kenyan president attended the sit-in outside the Somali embassy on "
                  "Tuesday.", "2024-03-08")
    assert not any(q[0] == "CONSULT" for q in found)
