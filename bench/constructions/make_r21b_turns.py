"""Write bench/constructions/r21b_turns.jsonl: plans that fell through.

A report written after a planned visit or meeting was meant to take place tells the plan in
the past perfect ('had been due to travel on Monday', 'had been scheduled to sign') or with
a perfect infinitive ('was to have met'), and 'was supposed to meet' says the same: had the
act happened, the writer would simply say so. Such a plan is no event.

Near misses keep their events: a plan still ahead ('is due to visit on Monday' in a report
of the Friday before), an act told in the past perfect ('had travelled'), and an act that
happened 'as had been expected'.

Deterministic and stdlib only: run `python bench/constructions/make_r21b_turns.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Monday" before it is 2024-03-04

LAPSED: list[str] = [
    "Finland's foreign minister had been due to travel to Oslo on Monday to discuss Arctic fisheries.",
    "Chile's president had been scheduled to visit Peru on Monday, officials said.",
    "The foreign ministers of Kenya and Uganda were to have met in Kampala on Monday.",
    "Hungary and Serbia were supposed to sign a pipeline accord on Monday.",
    "The Ghanaian trade minister had been expected to visit Togo on Monday to open a border post.",
    "Egypt's foreign minister had planned to travel to Jordan on Monday, his office said.",
]

# a near miss: (sentence, pair, types, directed, date)
KEPT: list[tuple[str, tuple[str, str], str, bool, str]] = [
    ("Finland's foreign minister had travelled to Oslo on Monday to discuss Arctic fisheries.",
     ("FIN", "NOR"), "CONSULT", True, "2024-03-04"),
    ("Chile's president visited Peru on Monday, as had been expected.",
     ("CHL", "PER"), "CONSULT", True, "2024-03-04"),
    ("Hungary and Serbia signed a pipeline accord on Monday, a day later than planned.",
     ("HUN", "SRB"), "AGREE", False, "2024-03-04"),
]


def lapsed_cases() -> list[dict[str, Any]]:
    """A plan told from after its time is no event."""
    return [case("lapsed_plan", text, [], published=PUBLISHED) for text in LAPSED]


def kept_cases() -> list[dict[str, Any]]:
    """Acts told in the past perfect, or that happened as planned, stay events."""
    return [case("lapsed_plan_near_miss", text,
                 [expected_event(pair[0], pair[1], kinds, directed, day)], published=PUBLISHED)
            for text, pair, kinds, directed, day in KEPT]


if __name__ == "__main__":
    write_cases(__file__, "r21b_turns", lapsed_cases() + kept_cases())
