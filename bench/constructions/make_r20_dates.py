"""Write bench/constructions/r20_dates.jsonl: a date that names another noun's term.

A date an 'of' or 'for' phrase hangs on a noun other than the act ('the treaty of 1994',
'a programme for 2026 to 2030', 'the accord of the year 2011') names that thing's year or
term, not the day of the act the sentence tells: the act keeps the day its clause or its
report gives (here the lede's publication day, or a weekday of its own). Near misses keep
the date: a time noun ('on the morning of 5 March', 'at the end of February'), an occasion
('at the ceremony of 5 March'), the act's own object or instrument ('signed the declaration
of 5 March', 'restored ties under the accord of January 2021'), and a date the act's clause
states itself.

An undated long read tells an older story in order: a yearless day ('On 10 October') goes
on from the last day told, in that year or the next, not from the estimated 'now'.

Deterministic and stdlib only: run `python bench/constructions/make_r20_dates.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import ABSENT, Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
TUESDAY = "2024-03-05"

# a: the acting state as written (an, its code); b: the other state (bn, its code)
PAIRS: list[dict[str, str]] = [
    dict(a="Kenya", an="KEN", b="Ethiopia", bn="ETH", cap="NAIROBI"),
    dict(a="Vietnam", an="VNM", b="Japan", bn="JPN", cap="HANOI"),
    dict(a="Chile", an="CHL", b="Argentina", bn="ARG", cap="SANTIAGO"),
    dict(a="Poland", an="POL", b="Lithuania", bn="LTU", cap="WARSAW"),
    dict(a="Egypt", an="EGY", b="Jordan", bn="JOR", cap="CAIRO"),
    dict(a="Indonesia", an="IDN", b="Australia", bn="AUS", cap="JAKARTA"),
]

def _term_cases(p: dict[str, str]) -> list[Case]:
    """The noun's own year or term must not date the act."""
    a, b, an, bn = p["a"], p["b"], p["an"], p["bn"]
    line = f"{p['cap']}, March 8 (Wire) - "  # a dated lede: the act is the day's news
    agree = [expected_event(an, bn, "AGREE", False, PUBLISHED)]
    return [
        ("term-for-years-lede",
         f"{line}{a} and {b} signed a joint action plan for 2026 to 2030.", agree),
        ("term-for-year-lede",
         f"{line}{a} and {b} signed a shared work plan for 2027 covering trade and ports.",
         agree),
        ("term-of-year-lede",
         f"{line}{a} and {b} signed a new border protocol that replaces the protocol of 2009.",
         agree),
        ("term-of-the-year-accuse",
         f"{line}{a} accused {b} of a grave breach of the water accord of the year 1996.",
         [expected_event(an, bn, "ACCUSE", True, PUBLISHED)]),
        ("term-weekday-kept",
         f"{a} and {b} on Tuesday signed a border protocol that replaces the protocol of 2009.",
         [expected_event(an, bn, "AGREE", False, TUESDAY)]),
    ]


def _kept_cases(p: dict[str, str]) -> list[Case]:
    """Near misses: the 'of' phrase is a time or an occasion, and dates the act."""
    a, b, an, bn = p["a"], p["b"], p["an"], p["bn"]
    return [
        ("kept-morning-of",
         f"{a} expelled two {b} diplomats on the morning of 5 March.",
         [expected_event(an, bn, "SANCTION", True, TUESDAY)]),
        ("kept-end-of-month",
         f"{a} and {b} signed a transit agreement at the end of February.",
         [expected_event(an, bn, "AGREE", False, "2024-02")]),
        ("kept-ceremony-of",
         f"{a} and {b} signed a trade pact at the ceremony of 5 March in Geneva.",
         [expected_event(an, bn, "AGREE", False, TUESDAY)]),
        ("kept-under-instrument",
         f"{a} restored diplomatic ties with {b} under the accord of January 2021.",
         [expected_event(an, bn, "AGREE", True, "2021-01")]),
        ("kept-object-of-day",
         f"{a} and {b} signed the border declaration of 5 March in Geneva.",
         [expected_event(an, bn, "AGREE", False, TUESDAY)]),
        ("kept-own-day",
         f"{a} and {b} signed an accord on 5 March that replaces the accord of 2012.",
         [expected_event(an, bn, "AGREE", False, TUESDAY)]),
    ]


def _history_cases(p: dict[str, str]) -> list[Case]:
    """An undated long read tells an older story in order: a yearless day goes on from the
    last day told (the first such day on or after it), not from the estimated 'now'."""
    a, b, an, bn = p["a"], p["b"], p["an"], p["bn"]
    later = f"\n\nIn March 2021 {a} and {b} opened a new border crossing."
    return [
        ("history-same-year",
         f"THE LONG READ\n\nThe quarrel is older than most of the diplomats now handling it. "
         f"{a} recalled its ambassador from {b} on 3 March 2016.\n\n"
         f"On 10 October {a} and {b} signed a border accord.{later}",
         [expected_event(an, bn, "SANCTION", True, "2016-03-03"),
          expected_event(an, bn, "AGREE", False, "2016-10-10")]),
        ("history-turns-year",
         f"THE LONG READ\n\nThe quarrel is older than most of the diplomats now handling it. "
         f"{a} recalled its ambassador from {b} on 5 December 2016.\n\n"
         f"On 10 February {a} and {b} signed a border accord.{later}",
         [expected_event(an, bn, "SANCTION", True, "2016-12-05"),
          expected_event(an, bn, "AGREE", False, "2017-02-10")]),
    ]


def cases() -> list[dict[str, Any]]:
    rows = []
    for p in PAIRS:
        rows += cases_of(_term_cases(p) + _kept_cases(p), published=PUBLISHED)
        rows += cases_of(_history_cases(p), published=ABSENT)  # a long read with no date line
    return rows


if __name__ == "__main__":
    write_cases(__file__, "r20_dates", cases())
