"""Write bench/constructions/r22b_cases.jsonl: pleadings under a case title in another paragraph.

A case note titles its case once ('Maritime Delimitation (Ghana v. Togo)') in a heading and
tells each written pleading in a paragraph of its own, without naming the other side: the
applicant's memorial and an intervener's declaration accuse the respondent; the respondent's
preliminary objections and counter-memorial reject the applicant. A note on two cases
switches at the second title. Near misses: a memorial by a state that is no party to the
titled case (it belongs to a case the note has not titled), a title whose parties are not
states (it ends the earlier case), the respondent beside a passive 'the application was filed'
(a respondent only answers), a memorial unveiled with no case titled at all.

Deterministic and stdlib only: run `python bench/constructions/make_r22b_cases.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event

PUBLISHED = "2024-03-08"

SHAPES: list[Case] = [
    ("heading title, memorial in a later paragraph",
     "Land and Maritime Boundary (Gabon v. Equatorial Guinea)\n\n"
     "Stage: written proceedings.\n\n"
     "Gabon filed its Memorial on 14 March 2022.",
     [expected_event("GAB", "GNQ", "ACCUSE", True, "2022-03-14")]),
    ("heading title, objections by the respondent two paragraphs down",
     "CASE NOTE\nSovereignty over the Islets (Honduras v. Nicaragua)\n\n"
     "Background. The islets lie off both coasts.\n\n"
     "Nicaragua submitted three preliminary objections on 9 September 2021.",
     [expected_event("NIC", "HND", "REJECT", True, "2021-09-09")]),
    ("heading title, counter-memorial by the respondent",
     "Dispute over Fishing Rights (Iceland v. Norway)\n\n"
     "Merits. Norway filed its Counter-Memorial in May 2020, denying every claim.",
     [expected_event("NOR", "ISL", "REJECT", True, "2020-05")]),
    ("heading title, interveners' declarations listed below",
     "Application of the Torture Convention (Canada v. Syria)\n\n"
     "Interventions:\n"
     "- Denmark filed its declaration on 2 February 2024.\n"
     "- Austria filed its declaration on 11 April 2024.",
     [expected_event("DNK", "SYR", "ACCUSE", True, "2024-02-02"),
      expected_event("AUT", "SYR", "ACCUSE", True, "2024-04-11")]),
    ("two cases in one note: each pleading takes the nearest title above",
     "CASE 1. River Waters (Uruguay v. Argentina)\n\n"
     "Uruguay filed its Memorial on 3 June 2019.\n\n"
     "CASE 2. Airspace Incidents (Argentina v. Uruguay)\n\n"
     "Argentina filed its Memorial on 8 October 2021.",
     [expected_event("URY", "ARG", "ACCUSE", True, "2019-06-03"),
      expected_event("ARG", "URY", "ACCUSE", True, "2021-10-08")]),
    ("near miss: a memorial by a state outside the titled case",
     "Border Crossings (Kenya v. Somalia)\n\n"
     "In an unrelated matter, Peru filed its memorial on 4 April 2023.",
     []),
    ("near miss: a later title whose sides are no states ends the case",
     "Territorial Question (Belize v. Guatemala)\n\n"
     "Related: Smith v. Jones Holdings (a commercial arbitration)\n\n"
     "Jones Holdings filed its memorial on 2 May 2023.",
     []),
    ("near miss: the respondent named beside a passive filing files nothing",
     "Coastal Waters (Ecuador v. Peru)\n\n"
     "Peru disputes that a dispute existed on 2 March 2023, when the application was filed.",
     []),
    ("near miss: a memorial unveiled, no case titled",
     "Commemoration\n\nOn 5 March 2024 Poland unveiled a memorial to the victims in Warsaw.",
     []),
]


def cases() -> list[dict[str, Any]]:
    """Each note as one case, published on a Friday."""
    return cases_of(SHAPES, published=PUBLISHED)


if __name__ == "__main__":
    from casekit import write_cases

    write_cases(__file__, "r22b_cases", cases())
