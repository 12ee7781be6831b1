"""Round 23 trigger rules: blame, threats and measures told without the act's own verb.

'bears responsibility for', 'crossed a red line' (blame), 'will pay a heavy price', 'would be
made to pay' (threat), envoys who 'have 72 hours to leave' (expulsion), talks 'are
terminated' in a post (a measure with the poster as doer), a measure told after 'X's answer
came:' (X's measure), 'objected to' a party's act and a 'freeze' lifted. Each positive has a
near miss that keeps the words and removes the act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


def _of_type(found: set[Quad], kind: str) -> set[tuple[str, str, str | None]]:
    return {(q[1], q[2], q[3]) for q in found if q[0] == kind}


@pytest.mark.slow
@pytest.mark.parametrize("text,kind,src,tgt", [
    ("On Tuesday Estonia's foreign ministry said the Russian authorities bear full "
     "responsibility for the safety of the detained Estonian border guard.",
     "ACCUSE", "EST", "RUS"),
    ("On Tuesday the Czech government said Hungary shared responsibility for the escape of "
     "the sentenced mayor.", "ACCUSE", "CZE", "HUN"),
    ("On Tuesday Turkey's president said Greece had crossed a red line.", "ACCUSE", "TUR", "GRC"),
    ("On Tuesday China's foreign minister said Lithuania would pay a heavy price for the "
     "decision.", "THREATEN", "CHN", "LTU"),
    ("On Tuesday Trump said Canada would be made to pay for the ad.", "THREATEN", "USA", "CAN"),
    ("On Tuesday Uruguay's foreign ministry said the Cuban diplomats in Montevideo have "
     "three days to leave.", "SANCTION", "URY", "CUB"),
    ("On Tuesday the Estonian prime minister told reporters that the Russian embassy staff "
     "must leave by Sunday.", "SANCTION", "EST", "RUS"),
    ("On Tuesday Argentina's president posted that all fishing talks with Chile are "
     "terminated.", "SANCTION", "ARG", "CHL"),
    ("Vilnius's reply followed on Tuesday: three Chinese diplomats were expelled.",
     "SANCTION", "LTU", "CHN"),
    ("On Tuesday Indonesia objected to Malaysia's new fishing rules.", "PROTEST", "IDN", "MYS"),
    ("On Tuesday Germany lifted its freeze on arms exports to Turkey.", "CONCEDE", "DEU", "TUR"),
])
def test_act_without_its_verb(coded: Coded, text: str, kind: str, src: str, tgt: str) -> None:
    assert (src, tgt, DAY) in _of_type(coded(text, PUB), kind)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday the Estonian minister said states have a responsibility to protect refugees.",
    "On Tuesday Estonia said it bears full responsibility for the safety of its own citizens.",
    "On Tuesday Germany said it would pay 3 billion euros to Ukraine.",
    "On Tuesday a reporter asked whether Russia bore responsibility for the blast.",
    "On Tuesday the Argentine minister said tourists have 72 hours to leave the valley.",
    "On Tuesday Uruguay's foreign ministry said the Cuban diplomats did not have to leave.",
    "On Tuesday Cuba's foreign minister said its diplomats in Montevideo have three days to "
    "leave Uruguay.",
    "On Tuesday Germany lifted the freeze on hiring in its own ministries.",
    "Officials said on Tuesday that the Estonian consulate's response was delayed.",
    # round 23 review: duties, denied blame, market prices, advice, conditions, 'no' objects,
    # a victim's complaint
    "On Tuesday Norway said Denmark bears responsibility for the welfare of its own "
    "pensioners abroad.",
    "On Tuesday India said Nepal shares responsibility for regional water security.",
    "On Tuesday Greece said Cyprus bears no blame for the blackout.",
    "On Tuesday Poland said factories in Slovakia would pay a higher price for coal.",
    "On Tuesday Belgium said the Netherlands would be made to pay more under the new "
    "fisheries quotas.",
    "On Tuesday officials in Ottawa said the Chinese consulate staff should leave by Sunday "
    "for their own safety.",
    "On Tuesday Kenya's foreign ministry said the Somali diplomats must leave by May 2 if "
    "the mediation fails.",
    "On Tuesday Chile said it had committed no funds to Bolivia.",
    "On Tuesday Libya said Libyan assets in Italy had been frozen for years.",
])
def test_near_misses_code_nothing(coded: Coded, text: str) -> None:
    assert not coded(text, PUB)


@pytest.mark.slow
def test_latest_from_line_with_a_sentence_is_news(coded: Coded) -> None:
    """'Latest from <place>:' leading a sentence is a live-blog entry, not link furniture
    (lexicon boilerplate: 'latest from' is a heading cue only, no line prefix)."""
    text = ("Border talks\n\nLatest from Vilnius: Latvia's president met Nauseda on Tuesday.\n\n"
            "Finland protested to Russia on Tuesday.")
    found = coded(text, PUB)
    assert ("LVA", "LTU", DAY) in _of_type(found, "CONSULT")
    assert ("FIN", "RUS", DAY) in _of_type(found, "PROTEST")
