"""Write bench/constructions/r23_dates.jsonl: acts whose date comes from another verb.

Two shapes of one failure (an occasion dated once, later acts about it left undated):
(1) the act sits in the clause of a saying or deciding verb ('announced that it was
suspending', 'said it would deliver', 'has decided to withdraw'), whose tense, not the
act's own, tells that it was made known in the past; (2) a charge names its deed with a
date of the deed ('accused X of closing the border on 3 January'): that day is not the
charge's, and it must not move the report off its news day, so that later undated
charges still take it, unless the sentence puts itself back then ('Back then, X accused
...') or the story is told that far back (the running day of a chronology). Near misses: a
plain future plan, a perfect of long standing, a charge given its own day. A month named
with its year carries that year to the next day of that month only when it tells a past
sentence's time ('harder than March 2016'), not as a modifier ('the March 2016 embargo').
A single bare month line in an ordinary story heads no section.
Run: python bench/constructions/make_r23_dates.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
TUESDAY = "2024-03-05"
LATE_2019 = "2019-12-20"

PAIRS: list[dict[str, str]] = [
    dict(a="Ghana", an="GHA", b="Togo", bn="TGO", c="Benin", cn="BEN"),
    dict(a="Peru", an="PER", b="Bolivia", bn="BOL", c="Chile", cn="CHL"),
    dict(a="Thailand", an="THA", b="Cambodia", bn="KHM", c="Laos", cn="LAO"),
    dict(a="Hungary", an="HUN", b="Slovakia", bn="SVK", c="Austria", cn="AUT"),
    dict(a="Senegal", an="SEN", b="Gambia", bn="GMB", c="Mali", cn="MLI"),
]

HEAD = "Foreign ministry statement\n\n"


def _governed(p: dict[str, str]) -> list[Case]:
    """A lede act told in the clause of a past saying or a present-perfect decision."""
    a, b, an, bn = p["a"], p["b"], p["an"], p["bn"]
    sanction = [expected_event(an, bn, "SANCTION", True, PUBLISHED)]
    return [
        ("decided-to-recall-lede",
         f"{HEAD}The Cabinet of {a} has decided to withdraw its envoy from {b} "
         "pending a review.", sanction),
        ("announced-was-suspending-lede",
         f"{HEAD}The {a} cabinet announced that it was suspending cooperation with "
         f"{b} on river fisheries.", sanction),
        ("decided-plain-past-control",
         f"{HEAD}The Government of {a} recalled its ambassador in {b} for consultations.",
         sanction),
        ("had-decided-lookback-negative",
         f"{HEAD}Years earlier the Cabinet of {a} had decided to withdraw its envoy "
         f"from {b}.", []),
    ]


def _charged(p: dict[str, str]) -> list[Case]:
    """A dated deed inside a charge, then an undated charge in the next paragraph."""
    a, b, c, an, bn, cn = p["a"], p["b"], p["c"], p["an"], p["bn"], p["cn"]
    head = (f"Council hears complaints\n\nThe regional council met on Tuesday to discuss "
            f"the crisis.\n\nThe envoy of {a} said the situation was grave. ")
    later = f"\n\nThe envoy of {c} spoke next. She accused {b} of arming the rebels."
    return [
        ("charge-with-deed-date-then-undated",
         f"{head}He accused {b} of closing the border on 3 January.{later}",
         [expected_event(an, bn, "ACCUSE", True, TUESDAY),
          expected_event(cn, bn, "ACCUSE", True, TUESDAY)]),
        ("charge-recent-deed-day-kept",
         f"{a} accused {b} of shelling a border post on Tuesday.",
         [expected_event(an, bn, "ACCUSE", True, TUESDAY)]),
        ("charge-own-day-kept",
         f"{a} on Tuesday accused {b} of closing the border.",
         [expected_event(an, bn, "ACCUSE", True, TUESDAY)]),
        ("charge-back-then-keeps-deed-day",
         f"Back then, {a} accused {b} of shutting its consulate on 3 May 2023.",
         [expected_event(an, bn, "ACCUSE", True, "2023-05-03")]),
        ("charge-old-deed-in-old-story",
         f"On 2 March 2023 {a} recalled its ambassador from {b}. {a} accused {b} of "
         "seizing the trucks on 14 February 2023.",
         [expected_event(an, bn, "SANCTION", True, "2023-03-02"),
          expected_event(an, bn, "ACCUSE", True, "2023-03-02")]),
    ]


def _stepped(p: dict[str, str]) -> list[Case]:
    """'the same day' / 'the next day' after a day the same sentence spells, and a
    yearless day in the month the sentence before named with its year."""
    a, b, c, an, bn, cn = p["a"], p["b"], p["c"], p["an"], p["bn"], p["cn"]
    head = f"Looking back\n\nIn May the {a} premier toured the region.\n\n"
    return [
        ("same-day-after-own-date",
         f"{head}On 16 September {b} recalled its ambassador from {c}, and the same day "
         f"{a} signed a trade pact with {c}; on 2 October {a} and {b} signed a port deal.",
         [expected_event(bn, cn, "SANCTION", True, "2019-09-16"),
          expected_event(an, cn, "AGREE", False, "2019-09-16"),
          expected_event(an, bn, "AGREE", False, "2019-10-02")]),
        ("next-day-after-own-date",
         f"{head}On 2 May {c} recalled its ambassador from {b}, and {a} expelled two {b} "
         f"diplomats the following day.",
         [expected_event(cn, bn, "SANCTION", True, "2019-05-02"),
          expected_event(an, bn, "SANCTION", True, "2019-05-03")]),
        ("month-named-then-day",
         f"{b} and the border dispute\n\nNo period strained the alliance harder than March "
         f"2016. On 4 March, {a} cut its diplomatic ties with {b}.",
         [expected_event(an, bn, "SANCTION", True, "2016-03-04")]),
        ("month-named-other-month-negative",
         f"{b} and the border dispute\n\nNo period strained the alliance harder than March "
         f"2016. On 4 August, {a} cut its diplomatic ties with {b}.",
         [expected_event(an, bn, "SANCTION", True, "2019-08-04")]),
        ("month-year-modifier-negative",
         f"{b} and the border dispute\n\n{a}'s president marked the anniversary of the "
         f"March 2016 embargo. On 4 March, {a} expelled two {b} diplomats.",
         [expected_event(an, bn, "SANCTION", True, "2019-03-04")]),
        ("month-year-of-noun-negative",
         f"{b} and the border dispute\n\nOfficials recalled the talks of March 2016 in "
         f"their speeches. On 4 March, {a} cut its diplomatic ties with {b}.",
         [expected_event(an, bn, "SANCTION", True, "2019-03-04")]),
    ]


def _month_line(p: dict[str, str]) -> list[Case]:
    """One bare month line in an ordinary story is a caption, not a review's heading:
    the year a body sentence names does not date the entry below it."""
    a, b, an, bn = p["a"], p["b"], p["an"], p["bn"]
    return [
        ("lone-month-line-negative",
         f"Trade figures for 2019 were released.\n\nMarch\n\n{a} signed a trade pact "
         f"with {b} on Tuesday.",
         [expected_event(an, bn, "AGREE", False, TUESDAY)]),
    ]


def main() -> None:
    """Write the cases for every pair."""
    shapes = [s for p in PAIRS for s in (*_governed(p), *_charged(p), *_month_line(p))]
    stepped = [s for p in PAIRS for s in _stepped(p)]
    write_cases(__file__, "r23_dates", cases_of(shapes, published=PUBLISHED)
                + cases_of(stepped, published=LATE_2019))


if __name__ == "__main__":
    main()
