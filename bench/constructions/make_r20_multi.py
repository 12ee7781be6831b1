"""Write bench/constructions/r20_multi.jsonl: one party who deals with several others in turn.

A sentence that names three or more parties is where the coder pairs too many: when one
leader calls two counterparts, holds 'separate' or 'bilateral' talks with them, or meets
them 'respectively' on a tour, each counterpart dealt with the leader alone, and the two
counterparts never met. Annotators code the leader with each, not the counterparts among
themselves. Near misses keep the pairing: a joint or three-way call, talks that all sides
held together, a host who brought guests to one table, a plural subject that met.

Deterministic and stdlib only: run `python bench/constructions/make_r20_multi.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# s: the subject's state and leader; a, b: two counterparts (state, leader as written)
SETS: list[dict[str, str]] = [
    dict(s="BRA", slead="President Luiz Inacio Lula da Silva", a="ESP",
         alead="Pedro Sanchez", b="DEU", blead="Olaf Scholz", acty="Spain", bcty="Germany"),
    dict(s="IND", slead="Prime Minister Narendra Modi", a="JPN",
         alead="Fumio Kishida", b="AUS", blead="Anthony Albanese", acty="Japan",
         bcty="Australia"),
    dict(s="TUR", slead="President Recep Tayyip Erdogan", a="HUN",
         alead="Viktor Orban", b="SRB", blead="Aleksandar Vucic", acty="Hungary",
         bcty="Serbia"),
    dict(s="FRA", slead="President Emmanuel Macron", a="NGA",
         alead="Bola Tinubu", b="KEN", blead="William Ruto", acty="Nigeria", bcty="Kenya"),
    dict(s="CHN", slead="President Xi Jinping", a="MYS", alead="Anwar Ibrahim", b="IDN",
         blead="Prabowo Subianto", acty="Malaysia", bcty="Indonesia"),
    dict(s="USA", slead="President Joe Biden", a="EGY",
         alead="Abdel Fattah al-Sisi", b="QAT", blead="Emir Tamim bin Hamad Al Thani",
         acty="Egypt", bcty="Qatar"),
]

def _with_each(g: dict[str, str]) -> list[dict[str, Any]]:
    return [expected_event(g["s"], g["a"], "CONSULT", False, DAY),
            expected_event(g["s"], g["b"], "CONSULT", False, DAY)]


def _all_three(g: dict[str, str]) -> list[dict[str, Any]]:
    return [*_with_each(g), expected_event(g["a"], g["b"], "CONSULT", False, DAY)]


def _apart(g: dict[str, str]) -> list[Case]:
    """The subject dealt with each counterpart on its own: no pair between them."""
    lead, a, b = g["slead"], g["alead"], g["blead"]
    return [
        ("calls-two-leaders",
         f"{lead} telephoned {a} and {b} on Tuesday to discuss the crisis.", _with_each(g)),
        ("spoke-by-phone-with-two",
         f"On Tuesday {lead} spoke by phone with {a} and {b}.", _with_each(g)),
        ("separate-talks",
         f"{lead} held separate talks with {a} and {b} on Tuesday.", _with_each(g)),
        ("bilateral-meetings",
         f"On Tuesday {lead} had bilateral meetings with {a} and {b}.", _with_each(g)),
        ("met-respectively",
         f"On Tuesday {lead} met {a} and {b} respectively, on the second day of the tour.",
         _with_each(g)),
    ]


def _together(g: dict[str, str]) -> list[Case]:
    """Near misses: the sentence puts all parties at one table, so every pair met."""
    lead, a, b = g["slead"], g["alead"], g["blead"]
    return [
        ("three-way-call",
         f"{lead} held a three-way call with {a} and {b} on Tuesday.", _all_three(g)),
        ("joint-phone-call",
         f"On Tuesday {lead} held a joint phone call with {a} and {b}.", _all_three(g)),
        ("plural-subject-met",
         f"{lead}, {a} and {b} met in Geneva on Tuesday.", _all_three(g)),
    ]


def cases() -> list[dict[str, Any]]:
    return [row for g in SETS for row in cases_of(_apart(g) + _together(g), published=PUBLISHED)]


if __name__ == "__main__":
    write_cases(__file__, "r20_multi", cases())
