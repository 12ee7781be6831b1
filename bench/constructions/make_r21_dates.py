"""Write bench/constructions/r21_dates.jsonl: a look back does not end the report's news day.

A dated report or readout tells its day's news, and its undated sentences go on in that day.
A date that belongs to something looked back on does not move the report to another time:
a date inside a participle or relative clause that describes a noun ('welcomed the pact,
signed in Oslo on 2 May 2022'), one after a verb of memory ('recalled his first visit to the
region in June last year', 'recalled that talks opened on ...') or one on a past perfect, even a
reported one ('said X had shelled villages late on Monday'). Sentences after such a look
back keep the news day.

Near misses keep the old behaviour: a date the main clause states for its own act ('On
Monday, the ministers signed ...' after the news day) moves the report, and 'recalled its
ambassador ... on 1 March' is a withdrawal dated by its own day, not a memory.

Deterministic and stdlib only: run `python bench/constructions/make_r21_dates.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05, "Monday" 2024-03-04

# a: the state the readout speaks for; b: its guest or partner; c: a third state (cadj: its
# adjective, for 'two Russian diplomats')
TRIOS: list[dict[str, str]] = [
    dict(a="Kenya", an="KEN", b="Ethiopia", bn="ETH", c="Russia", cn="RUS", cadj="Russian",
         city="Nairobi"),
    dict(a="Vietnam", an="VNM", b="Japan", bn="JPN", c="China", cn="CHN", cadj="Chinese",
         city="Hanoi"),
    dict(a="Chile", an="CHL", b="Argentina", bn="ARG", c="Venezuela", cn="VEN",
         cadj="Venezuelan", city="Santiago"),
    dict(a="Poland", an="POL", b="Lithuania", bn="LTU", c="Belarus", cn="BLR",
         cadj="Belarusian", city="Warsaw"),
    dict(a="Egypt", an="EGY", b="Jordan", bn="JOR", c="Israel", cn="ISR", cadj="Israeli",
         city="Cairo"),
    dict(a="Indonesia", an="IDN", b="Australia", bn="AUS", c="China", cn="CHN", cadj="Chinese",
         city="Jakarta"),
]

def _lede(p: dict[str, str]) -> str:
    """A readout's dated opening: the talks are the day's news."""
    return (f"{p['city']}, 8 March 2024\n\nToday in {p['city']} the President of {p['a']} "
            f"met the President of {p['b']}, who is on a state visit.")


def _look_back_cases(p: dict[str, str]) -> list[Case]:
    """A dated look back in the middle leaves the sentences after it on the news day."""
    an, bn, cn, c = p["an"], p["bn"], p["cn"], p["c"]
    talks = expected_event(an, bn, "CONSULT", False, PUBLISHED)
    condemn = expected_event(an, cn, "ACCUSE PROTEST", True, PUBLISHED)
    return [
        ("memory-object-noun",
         f"{_lede(p)}\n\nThe President of {p['a']} recalled his own state visit to {p['b']} "
         f"in June last year.\n\nThe President of {p['a']} condemned {c} for its cyber "
         f"attacks.", [talks, expected_event(an, bn, "CONSULT", True, "2023-06"), condemn]),
        ("memory-that-clause",
         f"{_lede(p)}\n\nThe two presidents recalled that their foreign ministers signed a "
         f"trade agreement on 1 July 2019.\n\n{p['a']} condemned {c} for the attacks on "
         f"its shipping.", [talks, condemn]),
        ("participle-on-object",
         f"{_lede(p)}\n\nThe presidents welcomed the port accord between {p['a']} and "
         f"{p['b']}, signed in Geneva on 12 May 2022.\n\n{p['a']} condemned {c} for the "
         f"attacks on its shipping.",
         [talks, expected_event(an, bn, "AGREE", False, "2022-05-12"), condemn]),
        ("reported-past-perfect",
         f"{_lede(p)}\n\n{p['a']}'s army said {c} had shelled two border villages late on "
         f"Monday.\n\nThe President of {p['a']} condemned {c} for its cyber attacks.",
         [talks, condemn]),
    ]


def _kept_cases(p: dict[str, str]) -> list[Case]:
    """Near misses: a date of the main clause's own act moves the report; 'recalled its
    ambassador' is a withdrawal on its own day, not a memory."""
    an, bn, cn, c = p["an"], p["bn"], p["cn"], p["c"]
    talks = expected_event(an, bn, "CONSULT", False, PUBLISHED)
    return [
        ("kept-own-day-moves",
         f"{_lede(p)} On Monday the foreign ministers of the two countries signed a "
         f"fisheries agreement. {p['a']} also expelled two {p['cadj']} diplomats.",
         [talks, expected_event(an, bn, "AGREE", False, "2024-03-04"),
          expected_event(an, cn, "SANCTION COERCE", True, "2024-03-04")]),
        ("kept-recalled-envoy",
         f"{p['a']} recalled its ambassador from {c} on Tuesday over the detention "
         f"of two of its citizens.",
         [expected_event(an, cn, "SANCTION", True, "2024-03-05")]),
    ]


def cases() -> list[dict[str, Any]]:
    return [row for p in TRIOS
            for row in cases_of(_look_back_cases(p) + _kept_cases(p), published=PUBLISHED)]


if __name__ == "__main__":
    write_cases(__file__, "r21_dates", cases())
