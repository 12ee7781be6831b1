"""Write bench/constructions/r22b_roles.jsonl: parties of a measure hidden in phrases or unsaid.

Two ways a measure's parties escape the ordinary role rules: the state acted against sits
deep in the measure's object ('withdrew its consent for the operation of the consulate of
X', 'announced the suspension of flights to and from X'), and an announced measure is
passive with no agent ('said flights to X will be suspended'), so its doer is whoever
announced it. Near misses: a state named in a place phrase of an unrelated act, a passive
with its own agent, a speaker that is no party, an act that is no measure, and a measure
whose chain names only the doer's own places.

Deterministic and stdlib only: run `python bench/constructions/make_r22b_roles.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
TUE = "2024-03-05"

CHAINS: list[Case] = [
    ("consent withdrawn for a consulate of X",
     "On Tuesday the Czech foreign minister withdrew his consent for the operation of the "
     "Consulate General of the Russian Federation in Brno.",
     [expected_event("CZE", "RUS", "SANCTION", True, TUE)]),
    ("consent withdrawn for the activities of a mission of X",
     "On Tuesday Lithuania withdrew its consent for the activities of the Consulate of Belarus "
     "in Klaipeda.",
     [expected_event("LTU", "BLR", "SANCTION", True, TUE)]),
    ("suspension of flights to and from X and Y",
     "On Tuesday Algeria's transport minister announced the suspension of all flights to and "
     "from Morocco and Mauritania.",
     [expected_event("DZA", "MAR", "SANCTION", True, TUE),
      expected_event("DZA", "MRT", "SANCTION", True, TUE)]),
    ("suspension of imports from X",
     "On Tuesday the Chinese government ordered the suspension of imports of timber from Australia.",
     [expected_event("CHN", "AUS", "SANCTION", True, TUE)]),
    ("near miss: consulate of X as the place of an unrelated act",
     "On Tuesday Polish police withdrew their officers from the street outside the Consulate of "
     "Ukraine in Lublin.", []),
    ("near miss: chain names only the doer's own places",
     "On Tuesday Norway suspended the operation of its consulate in Bergen.", []),
    ("near miss: a cancelled trip to X's capital for a summit",
     "The Egyptian president cancelled his trip to Khartoum for the African Union summit on "
     "Tuesday.", []),
    ("near miss: no measure, a chain of places",
     "On Tuesday Kenya announced the opening of a consulate of Uganda in Mombasa.", []),
]

PASSIVES: list[Case] = [
    ("announced passive: flights to and from X will be suspended",
     "Peru's government said on Tuesday that flights to and from Bolivia and Paraguay will be "
     "suspended.",
     [expected_event("PER", "BOL", "SANCTION", True, TUE),
      expected_event("PER", "PRY", "SANCTION", True, TUE)]),
    ("announced passive: flights between A and X would be suspended",
     "On Tuesday Ecuador's civil aviation agency announced that flights between Ecuador and "
     "Mexico would be suspended.",
     [expected_event("ECU", "MEX", "SANCTION", True, TUE)]),
    ("announced passive: imports from X were suspended",
     "Vietnam's trade ministry said on Tuesday that imports of pork from Thailand had been "
     "suspended.",
     [expected_event("VNM", "THA", "SANCTION", True, TUE)]),
    ("near miss: passive with its own agent",
     "Chile's government said on Tuesday that flights to Argentina were suspended by the airline.",
     []),
    ("near miss: speaker is no party",
     "A pilots' union said on Tuesday that flights to and from Cuba will be suspended.", []),
    ("near miss: passive with no measure",
     "Colombia's government said on Tuesday that flights to and from Ecuador will be expanded.",
     []),
]


def cases() -> list[dict[str, Any]]:
    """Each sentence as one case, published on a Friday."""
    return cases_of(CHAINS + PASSIVES, published=PUBLISHED)


if __name__ == "__main__":
    write_cases(__file__, "r22b_roles", cases())
