"""Trigger words for economic coercion, border closures, lawsuits and the nominal
phrasing of machine translations ('made the accusations against', 'introduced the
restrictive measures against', 'expressed its rejection of')."""
from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "event"), [
    ("Hungary on 4 June 2021 brought new accusations against Ukraine over minority schools.",
     ("ACCUSE", "HUN", "UKR", "2021-06-04")),
    ("On 5 March 2022 Russia made the accusations against the United States of funding labs.",
     ("ACCUSE", "RUS", "USA", "2022-03-05")),
    ("On 6 June 2021 Japan introduced restrictive measures against North Korea.",
     ("SANCTION", "JPN", "PRK", "2021-06-06")),
    ("Mexico voiced its firm rejection of the American wall plan on 13 June 2021.",
     ("REJECT", "MEX", "USA", "2021-06-13")),
    ("Egypt expressed on 16 August 2023 its categorical rejection of the Ethiopian plan.",
     ("REJECT", "EGY", "ETH", "2023-08-16")),
])
def test_light_verb_nouns(coded: Coded, text: str, event: Quad) -> None:
    assert event in coded(text, "2024-01-01")


@pytest.mark.parametrize(("text", "event"), [
    ("The United States blacklisted six Iranian companies on 16 June 2021.",
     ("SANCTION", "USA", "IRN", "2021-06-16")),
    ("Vietnam barred Chinese vessels from its ports on 15 June 2021.",
     ("SANCTION", "VNM", "CHN", "2021-06-15")),
    ("Beijing slapped anti-dumping duties on Australian wine on 26 March 2021.",
     ("SANCTION", "CHN", "AUS", "2021-03-26")),
    ("Poland sealed its frontier with Belarus on 10 June 2021.",
     ("SANCTION", "POL", "BLR", "2021-06-10")),
    ("Finland shut all crossing points on its border with Russia on 30 November 2023.",
     ("SANCTION", "FIN", "RUS", "2023-11-30")),
    ("Chile and Peru clinched an agreement on fisheries on 12 June 2021.",
     ("AGREE", "CHL", "PER", "2021-06-12")),
    ("Greece sued Turkey at the court on 17 June 2021.",
     ("ACCUSE", "GRC", "TUR", "2021-06-17")),
])
def test_coercion_and_legal_verbs(coded: Coded, text: str, event: Quad) -> None:
    assert event in coded(text, "2024-01-01")


@pytest.mark.parametrize("text", [
    "The duties of the Japanese envoy to Korea were described on 7 June 2021.",
    "Morocco would not shut its border with Algeria, the minister said on 9 June 2021.",
    "Brazil did not bar imports from Argentina on 14 June 2021.",
    "The two leaders sealed a friendship with Spain on 11 June 2021.",
])
def test_near_misses(coded: Coded, text: str) -> None:
    assert not {q for q in coded(text, "2024-01-01") if q[0] in ("SANCTION", "ACCUSE")}
