"""Write bench/constructions/r21b_pairs.jsonl: meetings told with what was signed at them.

A met-and-agreed occasion is often told in one sentence that names the parties only on the
signing: 'talks followed at the palace, where A and B signed ...', 'the joint commission met
in the capital, at which A and B signed ...'. Annotators code a CONSULT and an AGREE for it.
Near misses keep the meeting out when it is what was agreed ('agreed to hold annual talks'),
another occasion ('the next summit'), a third party's gathering ('the OSCE meeting'), a bare
'the visit' told before, or a bloc's own summit that a state joined.

Deterministic and stdlib only: run `python bench/constructions/make_r21b_pairs.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05, "Wednesday" 2024-03-06
TUE, WED = "2024-03-05", "2024-03-06"


def both(a: str, b: str, day: str) -> list[dict[str, Any]]:
    """The two lines of a met-and-agreed occasion."""
    return [expected_event(a, b, "CONSULT", False, day), expected_event(a, b, "AGREE", False, day)]


MET_AND_SIGNED: list[Case] = [
    ("where-clause-after-talks",
     "Formal talks followed at the Presidential Palace on Tuesday, where Kenya and Ethiopia "
     "signed a memorandum on cross-border power trade.", both("KEN", "ETH", TUE)),
    ("at-which-after-meeting",
     "Ties were renewed at the joint commission meeting held in Hanoi on Wednesday, at which "
     "Japan and Vietnam signed nine cooperation agreements.", both("JPN", "VNM", WED)),
    ("meeting-then-signed-conj",
     "A working meeting was held in Santiago on Tuesday and Chile and Peru signed a fisheries "
     "protocol.", both("CHL", "PER", TUE)),
    ("at-which-dated-main-clause",
     "Ties were renewed on Wednesday at the joint commission meeting in Hanoi, at which "
     "Japan and Vietnam signed nine cooperation agreements.", both("JPN", "VNM", WED)),
    ("during-commission-meeting",
     "During the third meeting of the intergovernmental commission in Baku on Tuesday, "
     "Azerbaijan and Turkey signed a transit agreement.", both("AZE", "TUR", TUE)),
    ("after-the-meeting-signed",
     "After the meeting in Warsaw on Wednesday, Poland and Lithuania signed a declaration on "
     "energy security.", both("POL", "LTU", WED)),
]

NOT_THE_MEETING: list[Case] = [
    ("agreed-to-hold-talks",
     "Japan and Vietnam signed an agreement on Tuesday to hold annual talks on maritime "
     "security.", [expected_event("JPN", "VNM", "AGREE", False, TUE)]),
    ("agreement-on-dialogue",
     "Chile and Peru signed an accord on a new strategic dialogue on Tuesday.",
     [expected_event("CHL", "PER", "AGREE", False, TUE)]),
    ("next-summit-planned",
     "Kenya and Ethiopia signed a power-trade deal on Tuesday, and the next summit is "
     "planned for June.", [expected_event("KEN", "ETH", "AGREE", False, TUE)]),
    ("third-party-gathering",
     "On the sidelines of the NATO meeting on Tuesday, Poland and Lithuania signed a "
     "declaration on energy security.", [expected_event("POL", "LTU", "AGREE", False, TUE)]),
    ("at-bloc-named-meeting",
     "At the OSCE meeting in Vienna on Tuesday, Sweden and Turkey signed a memorandum on "
     "counter-terrorism.", [expected_event("SWE", "TUR", "AGREE", False, TUE)]),
    ("definite-visit-told-before",
     "During the visit, Nepal and India decided on Tuesday to upgrade their ties to a "
     "strategic partnership.", [expected_event("NPL", "IND", "AGREE", False, TUE)]),
    ("joined-bloc-at-its-summit",
     "Timor-Leste was admitted as the eleventh member of ASEAN at the summit in Kuala Lumpur "
     "on Tuesday.", [expected_event("TLS", "ASEAN", "AGREE SUPPORT", False, TUE)]),
]


def cases() -> list[dict[str, Any]]:
    """Each sentence as one case, published on a Friday."""
    return cases_of(MET_AND_SIGNED + NOT_THE_MEETING, published=PUBLISHED)


if __name__ == "__main__":
    write_cases(__file__, "r21b_pairs", cases())
