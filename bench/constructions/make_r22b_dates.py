"""Write bench/constructions/r22b_dates.jsonl: steps counted in words above ten.

Stories step on from their last day by counts written out past ten as readily as by small
ones ('Twelve days later', 'fourteen months later', 'Eighteen months later', 'twelve days
earlier'; seen in anniversary pieces, magazines and op-eds of several fresh sets). Such a
step moves the day (or the month, for months) like 'two days later' does, rather than
leaving only the month that 'days later' would.

Near misses: a counted step from a month says the month at most; a count that is not a step
('a twelve-day visit', 'twelve diplomats') moves nothing; a story's day with no step stays.

Deterministic and stdlib only: run `python bench/constructions/make_r22b_dates.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2025-04-10"

COUNTED: list[Case] = [
    ("twelve-days-later",
     "On 3 May 2021 Chile and Peru signed a fisheries accord. Twelve days later Peru "
     "expelled a Chilean military attaché.",
     [expected_event("CHL", "PER", "AGREE", False, "2021-05-03"),
      expected_event("PER", "CHL", "SANCTION", True, "2021-05-15")]),
    ("fifteen-days-later-next-month",
     "Hungary and Serbia opened a gas link on 24 October 2022. Fifteen days later, Serbia "
     "signed a supply contract with Hungary.",
     [expected_event("HUN", "SRB", "AGREE", False, "2022-11-08")]),
    ("twenty-one-days-later",
     "Estonia summoned the Russian ambassador on 2 February 2023. Twenty-one days later "
     "Estonia expelled a Russian diplomat.",
     [expected_event("EST", "RUS", "PROTEST", True, "2023-02-02"),
      expected_event("EST", "RUS", "SANCTION", True, "2023-02-23")]),
    ("eleven-days-earlier",
     "Kenya recalled its envoy from Somalia on 20 March 2021. Eleven days earlier, Somalia "
     "had accused Kenya of meddling in its elections.",
     [expected_event("KEN", "SOM", "SANCTION", True, "2021-03-20"),
      expected_event("SOM", "KEN", "ACCUSE", True, "2021-03-09")]),
    ("fourteen-weeks-later",
     "On 1 June 2019 Ghana and Togo agreed to patrol their border jointly. Fourteen weeks "
     "later Ghana accused Togo of harbouring smugglers.",
     [expected_event("GHA", "TGO", "AGREE", False, "2019-06-01"),
      expected_event("GHA", "TGO", "ACCUSE", True, "2019-09-07")]),
    ("eighteen-months-later",
     "On 3 May 2021 Chile and Peru signed a fisheries accord. Eighteen months later Chile "
     "recalled its ambassador from Lima.",
     [expected_event("CHL", "PER", "AGREE", False, "2021-05-03"),
      expected_event("CHL", "PER", "SANCTION", True, "2022-11")]),
    ("thirteen-months-later-from-month",
     "In March 2020 Bolivia broke off relations with Venezuela. Thirteen months later "
     "Bolivia restored relations with Venezuela.",
     [expected_event("BOL", "VEN", "SANCTION", True, "2020-03"),
      expected_event("BOL", "VEN", "COOPERATE AGREE", True, "2021-04")]),
]

NEAR: list[Case] = [
    ("twelve-day-visit-no-step",
     "On 3 May 2021 the Chilean president began a twelve-day tour. Peru expelled a Chilean "
     "military attaché on 6 May.",
     [expected_event("PER", "CHL", "SANCTION", True, "2021-05-06")]),
    ("twelve-diplomats-no-step",
     "On 3 May 2021 Peru expelled twelve Chilean diplomats.",
     [expected_event("PER", "CHL", "SANCTION", True, "2021-05-03")]),
    ("small-count-unchanged",
     "On 3 May 2021 Chile and Peru signed a fisheries accord. Two days later Peru expelled a "
     "Chilean military attaché.",
     [expected_event("CHL", "PER", "AGREE", False, "2021-05-03"),
      expected_event("PER", "CHL", "SANCTION", True, "2021-05-05")]),
]


def cases() -> list[dict[str, Any]]:
    """Each story as one case, published on a Thursday well after it."""
    return cases_of(COUNTED + NEAR, published=PUBLISHED)


if __name__ == "__main__":
    write_cases(__file__, "r22b_dates", cases())
