"""Write bench/constructions/roles5.jsonl: who is paired with whom when several are named.

Blind articles name many parties around one act: states that restored ties 'with' one
capital (each with it, not each other), leaders who attended a head of state's
inauguration or funeral (each with the host), a person the article leaves unresolved who
met officials 'from A, B and C' (no pairs among the listed), beside true several-sided
acts ('signed a trilateral pact') that do pair everyone. Each shape is told for eight sets
of states, with near misses.

Deterministic and stdlib only: run `python bench/constructions/make_roles5.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# a, b, c: three states acting alike; d: the one they act with; dcap its capital;
# dadj its adjective; aadj, badj the adjectives of a and b
SETS: list[dict[str, str]] = [
    dict(a="Kenya", s="KEN", aadj="Kenyan", b="Uganda", t="UGA", badj="Ugandan", c="Tanzania",
         u="TZA", d="Somalia", v="SOM", dcap="Mogadishu", dadj="Somali"),
    dict(a="Poland", s="POL", aadj="Polish", b="Lithuania", t="LTU", badj="Lithuanian",
         c="Latvia", u="LVA", d="Ukraine", v="UKR", dcap="Kyiv", dadj="Ukrainian"),
    dict(a="Brazil", s="BRA", aadj="Brazilian", b="Argentina", t="ARG", badj="Argentine",
         c="Chile", u="CHL", d="Bolivia", v="BOL", dcap="La Paz", dadj="Bolivian"),
    dict(a="Japan", s="JPN", aadj="Japanese", b="Australia", t="AUS", badj="Australian",
         c="Canada", u="CAN", d="the Philippines", v="PHL", dcap="Manila", dadj="Philippine"),
    dict(a="Ghana", s="GHA", aadj="Ghanaian", b="Senegal", t="SEN", badj="Senegalese",
         c="Togo", u="TGO", d="Nigeria", v="NGA", dcap="Abuja", dadj="Nigerian"),
    dict(a="Jordan", s="JOR", aadj="Jordanian", b="Oman", t="OMN", badj="Omani", c="Kuwait",
         u="KWT", d="Syria", v="SYR", dcap="Damascus", dadj="Syrian"),
    dict(a="Sweden", s="SWE", aadj="Swedish", b="Norway", t="NOR", badj="Norwegian",
         c="Finland", u="FIN", d="Estonia", v="EST", dcap="Tallinn", dadj="Estonian"),
    dict(a="Vietnam", s="VNM", aadj="Vietnamese", b="Thailand", t="THA", badj="Thai",
         c="Malaysia", u="MYS", d="Cambodia", v="KHM", dcap="Phnom Penh", dadj="Cambodian"),
]
UNKNOWN = ["Tor Hasvik", "Dana Morrow", "Ilse Brandvold", "Paulo Mendez", "Kiri Onanga",
           "Sami Haddour", "Lena Quist", "Arun Chaidee"]

Case = tuple[str, str, list[dict[str, Any]]]


def _each_with(g: dict[str, str], kind: str) -> list[dict[str, Any]]:
    return [expected_event(x, g["v"], kind, False, DAY) for x in (g["s"], g["t"], g["u"])]


def _ties(g: dict[str, str]) -> list[Case]:
    """Coordinated subjects acting with one object: each with the object."""
    a, b, c, dcap = g["a"], g["b"], g["c"], g["dcap"]
    return [
        ("coord-with-later-count",
         f"{a}, {b} and {c} restored diplomatic ties with {dcap} on Tuesday, and their "
         f"envoys returned three weeks later.", _each_with(g, "AGREE COOPERATE")),
        ("coord-with-months-after",
         f"On Tuesday {a}, {b} and {c} signed a trade accord with {g['d']}, two months after "
         f"the four governments first drafted it.", _each_with(g, "AGREE")),
        ("coord-with-plain",
         f"{a}, {b} and {c} restored diplomatic relations with {g['d']} on Tuesday.",
         _each_with(g, "AGREE COOPERATE")),
        ("several-sided-trilateral",
         f"{a}, {b} and {c} signed a trilateral security pact on Tuesday.",
         [expected_event(x, y, "AGREE", False, DAY)
          for x, y in ((g["s"], g["t"]), (g["s"], g["u"]), (g["t"], g["u"]))]),
    ]


def _ceremonies(g: dict[str, str]) -> list[Case]:
    """Leaders at a head of state's inauguration or funeral meet the host."""
    aadj, badj, dadj = g["aadj"], g["badj"], g["dadj"]
    two = [expected_event(x, g["v"], "CONSULT", False, DAY) for x in (g["s"], g["t"])]
    return [
        ("attend-inauguration-two",
         f"The {aadj} president and the {badj} prime minister attended the inauguration of "
         f"the new {dadj} president on Tuesday.", two),
        ("attend-inauguration-among",
         f"The {aadj} president and the {badj} president were among the heads of state who "
         f"attended the inauguration of the {dadj} president on Tuesday.", two),
        ("attend-funeral-possessive",
         f"On Tuesday the {aadj} and {badj} foreign ministers attended the funeral of the "
         f"former {dadj} president.", two),
        ("attend-inauguration-one",
         f"The {aadj} president attended the swearing-in of the {dadj} president on Tuesday.",
         two[:1]),
        ("attend-summit-no-pair",
         f"The {aadj} president and the {badj} president attended the climate summit in "
         f"Geneva on Tuesday.", []),
    ]


def _unresolved(g: dict[str, str], who: str) -> list[Case]:
    """A person the text leaves unresolved met officials from several states."""
    a, b, c = g["a"], g["b"], g["c"]
    return [
        ("unknown-meets-officials-from",
         f"{who} met ministers and senior officials from {a}, {b} and {c} on Tuesday.", []),
        ("unknown-holds-talks-with-list",
         f"On Tuesday {who} met envoys from {a} and {b}.", []),
    ]


BLOCS = ["African Union", "European Union", "Organization of American States", "G7", "ECOWAS",
         "Arab League", "Nordic Council", "ASEAN"]  # each a body its set's first state is in


def _hosting(g: dict[str, str], bloc: str) -> list[Case]:
    """A state hosting a body's gathering meets no one; hosting a guest does."""
    a = g["a"]
    return [
        ("host-bloc-gathering-passive",
         f"The next {bloc} leaders' summit will be hosted by {a} in 2025.", []),
        ("host-bloc-gathering-active", f"{a} will host the next {bloc} summit in 2025.", []),
        ("host-guest-control",
         f"{a} hosted the {g['dadj']} president on Tuesday.",
         [expected_event(g["s"], g["v"], "CONSULT", False, DAY)]),
    ]


def _joint_effort(g: dict[str, str]) -> list[Case]:
    """Two sides discussing their joint effort with a third: the third is not met."""
    a, b, d = g["a"], g["b"], g["d"]
    pair = [expected_event(g["s"], g["t"], "CONSULT", False, DAY)]
    return [
        ("discuss-joint-effort-with-third",
         f"On Tuesday the leaders of {a} and {b} discussed their joint mediation with {d}.", pair),
        ("discuss-topic-with-partner-control",
         f"On Tuesday the {g['aadj']} president discussed trade with {d}.",
         [expected_event(g["s"], g["v"], "CONSULT", False, DAY)]),
    ]


def _rootless(g: dict[str, str], who: str) -> list[Case]:
    """A long subject with a name in apposition, then the verb and a date before its object:
    the parse hangs the verb on the subject noun or the object on the date; the doer and
    the deed stay the same."""
    a, dcap = g["a"], g["dcap"]
    visit = [expected_event(g["s"], g["v"], "CONSULT", True, DAY)]
    return [
        ("rootless-apposed-name-visit",
         f"The president of {a}, {who}, made on Tuesday a visit to {dcap}.", visit),
        ("date-apposed-object-visit",
         f"The president of {a} realized this Tuesday the 5 of March a visit of work to {dcap}.",
         visit),
        ("rootless-near-miss-elected",
         f"The president of {a}, {who}, elected on Tuesday in a landslide.", []),
        ("date-apposed-near-miss-planned",
         f"The president of {a} said on Tuesday the 5 of March that a visit to {dcap} was "
         f"not planned.", []),
    ]


def _custody(g: dict[str, str]) -> list[Case]:
    """A call to free people held in a state is addressed to that state, named only as the
    place they are held."""
    a, aadj, d = g["a"], g["aadj"], g["d"]
    asked = [expected_event(g["s"], g["v"], "REQUEST", True, DAY)]
    return [
        ("custody-call-release-held-in",
         f"On Tuesday {a} called for the release of {aadj} fishermen held in {d}.", asked),
        ("custody-requested-detained-in",
         f"{a} on Tuesday requested the early release of two {aadj} nationals detained in {d}.",
         asked),
        ("custody-raised-then-requested",
         f"On Tuesday {a} raised the case of {aadj} sailors jailed in {d} and requested their "
         f"release.", asked),
        ("custody-two-places-each",
         f"On Tuesday {a} called for the release of journalists held in {d} and {g['c']}.",
         [*asked, expected_event(g["s"], g["u"], "REQUEST", True, DAY)]),
        ("custody-near-miss-no-call",
         f"On Tuesday {a} said {aadj} fishermen were still held in {d}.", []),
        ("custody-near-miss-documents",
         f"On Tuesday {a} called for the release of documents held in its national archives.",
         []),
    ]


def main() -> None:
    rows = []
    for g, who, bloc in zip(SETS, UNKNOWN, BLOCS, strict=True):
        cases = _ties(g) + _ceremonies(g) + _unresolved(g, who) + _hosting(g, bloc) + \
            _joint_effort(g) + _rootless(g, who) + _custody(g)
        for name, text, expect in cases:
            rows.append({"construction": name, "text": text, "published": PUBLISHED,
                         "expect": expect})
    write_cases(__file__, "roles5", rows)


if __name__ == "__main__":
    main()
