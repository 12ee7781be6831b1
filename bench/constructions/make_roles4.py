"""Write bench/constructions/roles4.jsonl: targets behind prepositions, participle acts, plans.

Wire copy puts the target of an act behind a preposition of place ("deposited $3 billion
in Pakistan's central bank", "withdrew its troops from the Tigray region of Ethiopia",
"threw its weight behind Kyiv"), strings a second act after a participle ("rejected the
allegations, calling them absurd, and expelled six diplomats"), lets two states act on
each other ("the two countries expelled each other's diplomats"), and announces visits
that are only planned ("is due to visit Y next week"). Each shape is told for ten groups
of states from all regions, beside near misses (a plan called off, a denial, a mediator
who is not a party to the swap).

Deterministic and stdlib only: run `python bench/constructions/make_roles4.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

GROUPS: list[dict[str, str]] = [
    dict(a="Saudi Arabia", s="SAU", adj="Saudi", b="Pakistan", t="PAK", bcap="Islamabad",
         badj="Pakistani", c="Qatar", u="QAT", d="Iran", v="IRN", reg="Balochistan"),
    dict(a="Eritrea", s="ERI", adj="Eritrean", b="Ethiopia", t="ETH", bcap="Addis Ababa",
         badj="Ethiopian", c="Kenya", u="KEN", d="Sudan", v="SDN", reg="Tigray"),
    dict(a="Poland", s="POL", adj="Polish", b="Belarus", t="BLR", bcap="Minsk",
         badj="Belarusian", c="Lithuania", u="LTU", d="Russia", v="RUS", reg="Grodno"),
    dict(a="India", s="IND", adj="Indian", b="Canada", t="CAN", bcap="Ottawa",
         badj="Canadian", c="Australia", u="AUS", d="China", v="CHN", reg="Ontario"),
    dict(a="Brazil", s="BRA", adj="Brazilian", b="Venezuela", t="VEN", bcap="Caracas",
         badj="Venezuelan", c="Colombia", u="COL", d="Guyana", v="GUY", reg="Zulia"),
    dict(a="Japan", s="JPN", adj="Japanese", b="the Philippines", t="PHL", bcap="Manila",
         badj="Philippine", c="Vietnam", u="VNM", d="China", v="CHN", reg="Luzon"),
    dict(a="Turkey", s="TUR", adj="Turkish", b="Iraq", t="IRQ", bcap="Baghdad",
         badj="Iraqi", c="Jordan", u="JOR", d="Syria", v="SYR", reg="Kurdistan"),
    dict(a="Rwanda", s="RWA", adj="Rwandan", b="the Democratic Republic of Congo", t="COD",
         bcap="Kinshasa", badj="Congolese", c="Uganda", u="UGA", d="Burundi", v="BDI",
         reg="North Kivu"),
    dict(a="Germany", s="DEU", adj="German", b="Ukraine", t="UKR", bcap="Kyiv",
         badj="Ukrainian", c="France", u="FRA", d="Russia", v="RUS", reg="Kharkiv"),
    dict(a="Egypt", s="EGY", adj="Egyptian", b="Sudan", t="SDN", bcap="Khartoum",
         badj="Sudanese", c="Chad", u="TCD", d="Libya", v="LBY", reg="Darfur"),
]

Case = tuple[str, str, list[dict[str, Any]]]


def _ev(s: str, t: str, types: list[str], directed: bool = True,
        date: str = DAY) -> dict[str, Any]:
    return {"pair": [s, t], "directed": directed, "types": types, "date": date}


def _preps(g: dict[str, str]) -> list[Case]:
    """Targets behind prepositions of place."""
    a, b, s, t = g["a"], g["b"], g["s"], g["t"]
    return [
        ("deposit-in-bank", f"{a} deposited $3 billion in {b}'s central bank on Tuesday to "
         "shore up its dwindling reserves.", [_ev(s, t, ["AID", "SUPPORT"])]),
        ("withdrew-from-region-of", f"{a} withdrew its troops from the {g['reg']} region of "
         f"{b} on Tuesday, officials said.", [_ev(s, t, ["RETREAT"])]),
        ("alert-near", f"{a} put its forces on high alert near {b} on Tuesday after a week "
         "of border incidents.", [_ev(s, t, ["MOBILIZE"])]),
        ("massed-along-border-with", f"{a} massed troops along its border with {b} on "
         "Tuesday, satellite images showed.", [_ev(s, t, ["MOBILIZE", "THREATEN"])]),
        ("weight-behind", f"{a} threw its weight behind {g['bcap']} on Tuesday in its "
         f"dispute with {g['d']}.", [_ev(s, t, ["SUPPORT"])]),
        ("withdrew-out-of-north-of", f"{a} pulled its forces out of the north of {b} on "
         "Tuesday, ending a months-long deployment.", [_ev(s, t, ["RETREAT"])]),
        ("neg-deposit-considering", f"{a} is considering depositing $3 billion in {b}'s "
         "central bank, officials said on Tuesday.", []),
        ("recall-of-from", f"The recall of {a}'s ambassador from {g['bcap']} on Tuesday "
         "deepened the diplomatic rift.", [_ev(s, t, ["SANCTION"])]),
    ]


def _participles(g: dict[str, str]) -> list[Case]:
    """A second act after a participle, a mutual act, a fronted perfect participle."""
    a, b, s, t = g["a"], g["b"], g["s"], g["t"]
    return [
        ("calling-and-expelled", f"{a} rejected the allegations on Tuesday, calling them "
         f"absurd, and expelled six {g['badj']} diplomats.",
         [_ev(s, t, ["SANCTION"])]),
        ("calling-and-expelling", f"{a} on Tuesday summoned {b}'s envoy, calling the move "
         f"unfriendly and expelling six {g['badj']} diplomats.",
         [_ev(s, t, ["PROTEST"]), _ev(s, t, ["SANCTION"])]),  # a summons and an expulsion
        ("each-others-diplomats", f"{a} and {b} expelled each other's diplomats on Tuesday "
         "as the row deepened.", [_ev(s, t, ["SANCTION"]), _ev(t, s, ["SANCTION"])]),
        ("both-capitals-recalled", f"Relations between {a} and {b} soured on Tuesday when "
         "both capitals recalled their ambassadors.",
         [_ev(s, t, ["SANCTION"]), _ev(t, s, ["SANCTION"])]),
        ("mutual-tit-for-tat", f"{a} and {b} announced tit-for-tat expulsions of "
         "diplomats on Tuesday.", [_ev(s, t, ["SANCTION"]), _ev(t, s, ["SANCTION"])]),
        ("both-recalled-from-third", f"{a} and {g['c']} recalled their ambassadors from "
         f"{g['d']} on Tuesday.", [_ev(s, g['v'], ["SANCTION"]), _ev(g['u'], g['v'], ["SANCTION"])]),
        ("neg-each-other-could", f"{a} and {b} could expel each other's diplomats if the "
         "row deepens, analysts said on Tuesday.", []),
        ("neg-each-other-not", f"{a} and {b} have not expelled each other's diplomats "
         "despite the row, officials said on Tuesday.", []),
        ("invited-him-to-visit", f"{a}'s president spoke with {b}'s president by phone on "
         f"Tuesday and invited him to visit {a}.",
         [_ev(s, t, ["CONSULT"], False), _ev(s, t, ["REQUEST"])]),
        ("received-fronted", f"Received by {b}'s president on Tuesday, {a}'s foreign "
         "minister said ties were strong.", [_ev(s, t, ["CONSULT"], False)]),
        ("having-been-received", f"Having been received by {b}'s president on Tuesday, "
         f"{a}'s foreign minister flew home.", [_ev(s, t, ["CONSULT"], False)]),
    ]


def _plans(g: dict[str, str]) -> list[Case]:
    """Visits that are only planned: dated at the precision the text gives."""
    a, b, s, t = g["a"], g["b"], g["s"], g["t"]
    week = "2024-03"
    return [
        ("plan-due-to-visit", f"{a}'s foreign minister is due to visit {b} next week, "
         "officials said on Tuesday.", [_ev(s, t, ["CONSULT"], False, week)]),
        ("plan-set-to-travel", f"{a}'s prime minister is set to travel to {b} later this "
         "month for talks on trade, his office said on Tuesday.",
         [_ev(s, t, ["CONSULT"], False, week)]),
        ("plan-round-of", f"{a} and {b} agreed on Tuesday to hold a new round of "
         "negotiations on their disputed border.",
         [_ev(s, t, ["AGREE", "CONSULT"], False)]),
        ("neg-unlikely-to-visit", f"{a}'s foreign minister is unlikely to visit {b} "
         "next week, officials said on Tuesday.", []),
        ("neg-visit-called-off", f"{a}'s foreign minister called off a planned visit to "
         f"{b} on Tuesday, citing scheduling problems.", []),
    ]


def _vetoes(g: dict[str, str]) -> list[Case]:
    """Vetoes and mediation: the mediator is not the source of the swap."""
    a, b, c, d = g["a"], g["b"], g["c"], g["d"]
    s, t, v = g["s"], g["t"], g["v"]
    return [
        ("veto-of-to-entry", f"The veto of {a} to the entry of {b} into the regional bloc "
         "on Tuesday drew criticism.", [_ev(s, t, ["REJECT"])]),
        ("mediation-of-swap", f"{c}'s mediation of the prisoner swap between {b} and {d} "
         "on Tuesday was praised in both capitals.",
         [_ev(t, v, ["COOPERATE", "AGREE", "CONCEDE"], False)]),
        ("neg-denied-troops", f"{a} denied on Tuesday that it had massed troops along its "
         f"border with {b}.", []),
    ]


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for g in GROUPS:
        for fn in (_preps, _participles, _plans, _vetoes):
            for name, text, expect in fn(g):
                text = text[0].upper() + text[1:]
                rows.append({"construction": name, "text": text, "published": PUBLISHED,
                             "expect": expect})
    return rows


def main() -> None:
    out = Path(__file__).with_name("roles4.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")
    print(f"wrote {out} ({len(build())} cases)")


if __name__ == "__main__":
    main()
