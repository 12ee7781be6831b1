"""Write bench/constructions/r23b_dates.jsonl: dates that name another time than the event's.

Two recurring shapes. A 'since' phrase measures how long it has been since an earlier
occasion ('his first trip there since 2019', 'their first meeting since the visit in June
last year'): its date is background and never the day of the trip or meeting the sentence
tells; it still dates what a 'when' clause hung on it tells ('since 2019, when he also
visited X'). And a sentence that opens on a bare day ('On the 24th the minister met ...')
is dated by that day in the month the text is in, as '... on the 24th' is; an ordinal with
a noun of its own ('On the 5th anniversary') is no day.

Deterministic and stdlib only: run `python bench/constructions/make_r23b_dates.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05, "Wednesday" 2024-03-06
TUE, WED = "2024-03-05", "2024-03-06"

SINCE_BACKGROUND: list[Case] = [
    ("since-year-when-clause",
     "Narendra Modi was in Tokyo on Tuesday for talks with Fumio Kishida, his first visit to "
     "Japan since 2018, when he also toured Osaka.",
     [expected_event("IND", "JPN", "CONSULT", False, TUE)]),
    ("since-year-when-clause-ministers",
     "Annalena Baerbock held talks with Wang Yi in Beijing on Wednesday, the first such trip "
     "since 2021, when her predecessor last went.",
     [expected_event("DEU", "CHN", "CONSULT", False, WED)]),
    ("since-occasion-last-year",
     "Pedro Sanchez met Emmanuel Macron in Paris on Tuesday, their first meeting since the "
     "French president's visit to Madrid in May last year.",
     [expected_event("ESP", "FRA", "CONSULT", False, TUE)]),
    ("since-occasion-month-year",
     "On Wednesday Recep Tayyip Erdogan hosted Ilham Aliyev in Ankara, the first such talks "
     "since the Baku summit of October 2022.",
     [expected_event("TUR", "AZE", "CONSULT", False, WED)]),
]

SINCE_OWN_DATE: list[Case] = [  # near misses: the date is the event's own
    ("date-before-trailing-since",
     "In June 2019 Canada recalled its ambassador from China, and relations have been cold "
     "since.",
     [expected_event("CAN", "CHN", "SANCTION", True, "2019-06")]),
    ("since-step-own-day",
     "Canada recalled its ambassador from China on Tuesday, the first such step since 2019.",
     [expected_event("CAN", "CHN", "SANCTION", True, TUE)]),
    ("not-since-on-day",
     "Javier Milei met Giorgia Meloni in Rome on Tuesday, after a year of preparation.",
     [expected_event("ARG", "ITA", "CONSULT", False, TUE)]),
]

OPENING_DAY: list[Case] = [
    ("opening-day-name",
     "Ghana recalled its ambassador from Burkina Faso in February. On the 20th Nana Akufo-Addo "
     "met Bola Tinubu in Abuja.",
     [expected_event("GHA", "BFA", "SANCTION", True, "2024-02"),
      expected_event("GHA", "NGA", "CONSULT", False, "2024-02-20")]),
    ("opening-day-article",
     "Turkey halted its trade with Israel in May 2023. On the 14th the Turkish president met "
     "Viktor Orban in Budapest.",
     [expected_event("TUR", "ISR", "SANCTION", True, "2023-05"),
      expected_event("TUR", "HUN", "CONSULT", False, "2023-05-14")]),
    ("opening-day-comma",
     "Ghana recalled its ambassador from Burkina Faso in February. On the 20th, Nana "
     "Akufo-Addo met Bola Tinubu in Abuja.",
     [expected_event("GHA", "BFA", "SANCTION", True, "2024-02"),
      expected_event("GHA", "NGA", "CONSULT", False, "2024-02-20")]),
]


def cases() -> list[dict[str, Any]]:
    """Each text as one case, published on a Friday."""
    return cases_of(SINCE_BACKGROUND + SINCE_OWN_DATE + OPENING_DAY, published=PUBLISHED)


if __name__ == "__main__":
    write_cases(__file__, "r23b_dates", cases())
