"""Write bench/constructions/r21b_dates.jsonl: dates that headings and a story's year give.

Three rules of news writing, each with near misses:

* a live blog's clocked entry tells the news of its day heading ('Monday 4 March' above
  '16:20'), also when the act is reported in the present ('the minister announced that
  her country is withdrawing its ambassador') -- the saying is in the past, the act
  unfolds as it is told;
* a travel itinerary heads each stop with its day and place ('Tuesday, March 5 - Hanoi,
  Vietnam', 'Hanoi, March 5'): the meetings below it happened that day;
* a long read with no date line that tells an older story in order gives a yearless
  month or day ('In October', 'On 10 December') the year the story stands in, not the
  latest year the piece names (often a flash-forward to later events).

Near misses: a heading line followed by a clause ('5 March - Hanoi recalls its envoy.')
is a dated entry, not a heading; a reported future ('said it will recall') under a day
heading is a plan; in an undated history, 'In May' after a story in November of a year
looks to a later year and is not pulled back into the story's year.

Deterministic and stdlib only: run `python bench/constructions/make_r21b_dates.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: 'Monday 4 March', 'Tuesday, March 5'

# a: the acting state; b: its counterpart; the minister speaks for a
PAIRS: list[dict[str, str]] = [
    dict(a="Ecuador", an="ECU", b="Mexico", bn="MEX", city="Quito", minister="Gabriela Sommerfeld"),
    dict(a="Lithuania", an="LTU", b="Belarus", bn="BLR", city="Vilnius",
         minister="Gabrielius Landsbergis"),
    dict(a="Kenya", an="KEN", b="Somalia", bn="SOM", city="Nairobi", minister="Musalia Mudavadi"),
    dict(a="Peru", an="PER", b="Venezuela", bn="VEN", city="Lima", minister="Javier Gonzalez"),
    dict(a="Algeria", an="DZA", b="Spain", bn="ESP", city="Algiers", minister="Ahmed Attaf"),
    dict(a="Vietnam", an="VNM", b="Japan", bn="JPN", city="Hanoi", minister="Bui Thanh Son"),
]

Case = tuple[str, str | None, str, list[dict[str, Any]]]


def _blog(p: dict[str, str], entry: str) -> str:
    """A live page: a later day's part first, then the day the entry sits under."""
    return (f"Live: the dispute between {p['a']} and {p['b']}\n\nLast updated: Friday 8 March "
            f"2024, 19:00\n\nFriday 8 March\n\n18:40\n\nMarkets were calm in {p['city']} "
            f"this evening.\n\nMonday 4 March\n\n16:20\n\n{entry}")


def _blog_cases(p: dict[str, str]) -> list[Case]:
    an, bn, a, b, m = p["an"], p["bn"], p["a"], p["b"], p["minister"]
    recall = expected_event(an, bn, "SANCTION", True, "2024-03-04")
    return [
        ("blog-reported-present",
         PUBLISHED, _blog(p, f"Envoy pulled. Foreign Minister {m} announced that {a} is "
                             f"withdrawing its ambassador from {b} with immediate effect."),
         [recall]),
        ("blog-reported-simple-present",
         PUBLISHED, _blog(p, f"A sharp turn. Foreign Minister {m} said that {a} recalls its "
                             f"ambassador from {b} for consultations."),
         [recall]),
        ("blog-near-miss-reported-future",
         PUBLISHED, _blog(p, f"A warning. Foreign Minister {m} said {a} will consider "
                             f"recalling its ambassador from {b} if the detentions go on."),
         []),
    ]


def _itinerary(p: dict[str, str], heading: str, body: str) -> str:
    return (f"The Secretary's Week\n\nMarch 8, 2024\n\nSecretary of State Antony Blinken "
            f"returned on Thursday from a tour of the region.\n\n{heading}\n\n{body}")


def _itinerary_cases(p: dict[str, str]) -> list[Case]:
    an, a, city = p["an"], p["a"], p["city"]
    met = expected_event("USA", an, "CONSULT", False, "2024-03-05")
    at_palace = f"Blinken met the President of {a} at the presidential palace."
    return [
        ("itinerary-day-place-heading",
         PUBLISHED, _itinerary(p, f"Tuesday, March 5 - {city}, {a}", at_palace), [met]),
        ("itinerary-day-place-pipe",
         PUBLISHED, _itinerary(p, f"Tuesday 5 March | {city}",
                               f"In {city}, Blinken held talks with {a}'s foreign "
                               f"minister."),
         [met]),
        ("itinerary-place-day-heading",
         PUBLISHED, _itinerary(p, f"{city}, March 5", at_palace), [met]),
        ("itinerary-near-miss-entry-with-clause",
         PUBLISHED, _itinerary(p, f"5 March - {city} recalls its envoy to Washington.",
                               f"Markets in {city} were calm."),
         [expected_event(an, "USA", "SANCTION", True, "2024-03-05")]),
    ]


def _history_cases(p: dict[str, str]) -> list[Case]:
    an, bn, a, b = p["an"], p["bn"], p["a"], p["b"]
    opening = (f"A long read\n\nFew quarrels in the region have lasted as long as the one "
               f"between {a} and {b}. Diplomats on both sides still argue about who started "
               f"it. The quarrel turned open on 14 March 2019, when {a} expelled two {b} "
               f"diplomats.")
    flash = "\n\nBy June 2023 the two were trading again, and in 2024 they reopened flights."
    return [
        ("history-month-story-year",
         None, f"{opening}\n\nIn October, {a} and {b} signed a fisheries agreement in "
               f"{p['city']}.{flash}",
         [expected_event(an, bn, "SANCTION COERCE", True, "2019-03-14"),
          expected_event(an, bn, "AGREE", False, "2019-10")]),
        ("history-day-look-back-in-month",
         None, f"{opening}\n\nOn 2 March, {a} had already recalled its ambassador. "
               f"On 9 March, {a} accused {b} of spying.{flash}",
         [expected_event(an, bn, "SANCTION COERCE", True, "2019-03-14"),
          expected_event(an, bn, "ACCUSE", True, "2019-03-09")]),
    ]


def cases() -> list[dict[str, Any]]:
    return [case(construction, text, expect, published=published) for p in PAIRS
            for construction, published, text, expect in
            _blog_cases(p) + _itinerary_cases(p) + _history_cases(p)]


if __name__ == "__main__":
    write_cases(__file__, "r21b_dates", cases())
