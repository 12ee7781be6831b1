"""Write bench/constructions/roles2.jsonl: the role shapes that canonical benches miss.

Round 1 fixed who-did-what-to-whom for textbook clauses. Wire copy and analysis
name the target and the doer in less canonical places: after a particle verb's
'at' ("lashed out at"), behind 'from' ("a statement from the foreign ministry
accused"), as the capital a group of officials sits in ("officials in Hanoi"),
on one side of 'with' shared by two co-signers, as the object of 'in' or
'between' after an offer or a pledge, or as the flag state of a seized ship.
Each shape is told for many pairs of states from all regions, and beside the
positives stand near misses (victims' origin, denial, hypothesis) so that a rule
that merely widens what counts as a target is caught by the spurious count.

Deterministic and stdlib only: run `python bench/constructions/make_roles2.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# Each pair: the actor (name, code, capital, adjective, people with no
# nationality word), the target (name, code, adjective), a grievance and a
# third state for three-party shapes.
PAIRS: list[dict[str, str]] = [
    dict(a="China", s="CHN", cap="Beijing", adj="Chinese", b="the Philippines", t="PHL",
         badj="Philippine", why="provoking a confrontation near Second Thomas Shoal",
         c="Japan", u="JPN"),
    dict(a="Russia", s="RUS", cap="Moscow", adj="Russian", b="Moldova", t="MDA",
         badj="Moldovan", why="stoking tension in Transnistria", c="Romania", u="ROU"),
    dict(a="Venezuela", s="VEN", cap="Caracas", adj="Venezuelan", b="Guyana", t="GUY",
         badj="Guyanese", why="provoking a crisis over the Essequibo", c="Brazil", u="BRA"),
    dict(a="Algeria", s="DZA", cap="Algiers", adj="Algerian", b="Morocco", t="MAR",
         badj="Moroccan", why="hostile acts along the shared border", c="Tunisia", u="TUN"),
    dict(a="Serbia", s="SRB", cap="Belgrade", adj="Serbian", b="Kosovo", t="XKX",
         badj="Kosovar", why="persecuting ethnic Serbs in the north", c="Hungary", u="HUN"),
    dict(a="Ethiopia", s="ETH", cap="Addis Ababa", adj="Ethiopian", b="Eritrea", t="ERI",
         badj="Eritrean", why="arming rebels in Amhara", c="Djibouti", u="DJI"),
    dict(a="Pakistan", s="PAK", cap="Islamabad", adj="Pakistani", b="Afghanistan", t="AFG",
         badj="Afghan", why="sheltering militants who attack border posts", c="Iran", u="IRN"),
    dict(a="Azerbaijan", s="AZE", cap="Baku", adj="Azerbaijani", b="Armenia", t="ARM",
         badj="Armenian", why="violating the ceasefire along the border", c="Georgia", u="GEO"),
    dict(a="Colombia", s="COL", cap="Bogota", adj="Colombian", b="Argentina", t="ARG",
         badj="Argentine", why="insulting its president", c="Chile", u="CHL"),
    dict(a="Indonesia", s="IDN", cap="Jakarta", adj="Indonesian", b="Australia", t="AUS",
         badj="Australian", why="interfering in Papua", c="Malaysia", u="MYS"),
]

ATS = ["lashed out at", "hit back at", "took aim at", "hit out at", "rounded on"]


def _one(pair: str, s: str, t: str, types: list[str], directed: bool = True) -> dict[str, Any]:
    return {"pair": [s, t], "directed": directed, "types": types, "date": DAY}


def _accuse(p: dict[str, str]) -> list[dict[str, Any]]:
    return [_one("", p["s"], p["t"], ["ACCUSE"])]


def _support(p: dict[str, str]) -> list[dict[str, Any]]:
    return [_one("", p["s"], p["t"], ["SUPPORT"])]


def _positives(i: int, p: dict[str, str]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """The event told in each shape: (construction, text, expected events)."""
    a, b, c, cap, adj = p["a"], p["b"], p["c"], p["cap"], p["adj"]
    A = a[0].upper() + a[1:]
    at = ATS[i % len(ATS)]
    return [
        ("particle-at", f"{A} {at} {b} on Tuesday, accusing it of {p['why']}.", _accuse(p)),
        ("particle-at-subordinate", f"On Tuesday, {A}'s foreign ministry {at} {b} over what "
         f"it called {p['why']}, in a statement carried by state media.", _accuse(p)),
        ("finger-at", f"{A} pointed the finger at {b} on Tuesday for {p['why']}.", _accuse(p)),
        ("accusations-at", f"{A} levelled fresh accusations at {b} on Tuesday, saying the "
         f"{p['badj']} side was {p['why']}.", _accuse(p)),
        ("stood-by", f"{A} stood by {b} on Tuesday after the border incident, pledging "
         "political backing.", _support(p)),
        ("statement-from", f"A statement from {A}'s foreign ministry on Tuesday accused "
         f"{b} of {p['why']}.", _accuse(p)),
        ("statement-from-capital", f"A statement issued by {cap} on Tuesday accused {b} of "
         f"{p['why']}.", _accuse(p)),
        ("officials-in-capital", f"Officials in {cap} on Tuesday accused {b} of {p['why']}.",
         _accuse(p)),
        ("diplomats-in-capital", f"Senior diplomats in {cap} condemned {b} on Tuesday for "
         f"{p['why']}.", [_one("", p["s"], p["t"], ["ACCUSE", "PROTEST"])]),
        ("cosigners-with", f"{A} and {c} signed a maritime security agreement with {b} on "
         "Tuesday.", [_one("", p["s"], p["t"], ["AGREE", "COOPERATE"], False),
                      _one("", p["u"], p["t"], ["AGREE", "COOPERATE"], False)]),
        ("invest-in", f"{A} pledged on Tuesday to invest $10 billion in {b} over five years.",
         [_one("", p["s"], p["t"], ["AID", "AGREE", "COOPERATE"])]),
        ("mediate-between", f"{A} offered on Tuesday to mediate between {b} and {c}.",
         [_one("", p["s"], p["t"], ["AGREE", "SUPPORT", "CONSULT", "COOPERATE"]),
          _one("", p["s"], p["u"], ["AGREE", "SUPPORT", "CONSULT", "COOPERATE"])]),
        ("flagged-vessel", f"{adj} forces seized a {p['badj']}-flagged tanker in the Gulf "
         "of Oman on Tuesday.", [_one("", p["s"], p["t"], ["COERCE", "ASSAULT"])]),
        ("ambassador-passive", f"{A}'s ambassador to {b} was recalled by {cap} on Tuesday.",
         [_one("", p["s"], p["t"], ["SANCTION", "REJECT"])]),
        ("they-also", f"{A} and {c} condemned the bombing of a market on Tuesday. They also "
         f"signed a defence cooperation pact with {b}.",
         [_one("", p["s"], p["t"], ["AGREE", "COOPERATE"], False),
          _one("", p["u"], p["t"], ["AGREE", "COOPERATE"], False)]),
    ]


def _negatives(i: int, p: dict[str, str]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Near misses on the same words: nobody does anything to anyone."""
    a, b, cap, adj = p["a"], p["b"], p["cap"], p["adj"]
    A = a[0].upper() + a[1:]
    at = ATS[i % len(ATS)]
    return [
        ("neg-victims-origin", f"{adj} aid workers were among six people killed in {b} on "
         "Tuesday when their convoy was shelled.", []),
        ("neg-victims-from", f"Two engineers from {A} were killed in {b} on Tuesday, the "
         "company said.", []),
        ("neg-particle-denied", f"{A} denied on Tuesday that it had {at.split()[0]} "
         f"{' '.join(at.split()[1:])} {b}.", []),
        ("neg-officials-in-hypothetical", f"Officials in {cap} would accuse {b} of "
         f"{p['why']} if the talks failed, analysts said on Tuesday.", []),
        ("neg-stood-by-place", f"Crowds stood by the road in {b} on Tuesday as the convoy "
         "passed.", []),
    ]


# a city of the target state, and a bloc that could meet there
HOSTS: dict[str, tuple[str, str]] = {
    "PHL": ("Manila", "ASEAN"), "MDA": ("Chisinau", "European Political Community"),
    "GUY": ("Georgetown", "CARICOM"), "MAR": ("Marrakech", "African Union"),
    "XKX": ("Pristina", "Western Balkans"), "ERI": ("Asmara", "IGAD"),
    "AFG": ("Kabul", "SCO"), "ARM": ("Yerevan", "CSTO"), "ARG": ("Buenos Aires", "G20"),
    "AUS": ("Melbourne", "ASEAN"),
}


def _trips(p: dict[str, str]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Trips to a bloc's gathering (no visit to the host) beside trips that are visits,
    and participle or shared acts that lose their doer."""
    A, adj, badj = p["a"][0].upper() + p["a"][1:], p["adj"], p["badj"]
    city, bloc = HOSTS[p["t"]]
    visit = [_one("", p["s"], p["t"], ["CONSULT"])]
    expel = [_one("", p["s"], p["t"], ["SANCTION"])]
    return [
        ("trip-bloc-summit", f"The {adj} president flew to {city} on Tuesday for the {bloc} "
         "summit.", []),
        ("trip-attend-summit", f"{adj} Foreign Minister arrived in {city} on Tuesday to "
         f"attend the {bloc} summit.", []),
        ("trip-summit-then-host", f"The {adj} president arrived in {city} on Tuesday for the "
         f"{bloc} summit and held talks with his {badj} counterpart.", visit),
        ("trip-talks-with", f"The {adj} president flew to {city} on Tuesday for talks with "
         f"his {badj} counterpart.", visit),
        ("participle-conj-expel", f"{A} rejected the allegations on Tuesday, calling them "
         f"absurd and expelling six {badj} diplomats.", expel),
        ("conj-after-participle-expel", f"{A} rejected the allegations on Tuesday, calling "
         f"them absurd, and expelled six {badj} diplomats.", expel),
        ("both-capitals-recalled", f"Relations between {A} and {p['b']} soured on Tuesday "
         "as both capitals recalled their ambassadors.",
         [_one("", p["s"], p["t"], ["SANCTION", "REJECT"]),
          _one("", p["t"], p["s"], ["SANCTION", "REJECT"])]),
        ("neg-trip-summit-cancelled", f"The {adj} president cancelled his trip to {city} for "
         f"the {bloc} summit on Tuesday.", []),
    ]


def main() -> None:
    """Write every case, positives then negatives, one JSON object a line."""
    rows: list[dict[str, Any]] = []
    for i, p in enumerate(PAIRS):
        for name, text, expect in _positives(i, p) + _negatives(i, p) + _trips(p):
            rows.append({"construction": name, "text": text, "published": PUBLISHED,
                         "expect": expect})
    out = Path(__file__).with_name("roles2.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(rows)} cases -> {out}")


if __name__ == "__main__":
    main()
