"""Write bench/constructions/r23b_clauses.jsonl: one subject, a grievance and a deed.

A sentence often tells two acts of one doer joined by 'and': a verb of grievance that names
the other party ('accused Russia of ...', 'condemned Iran', 'summoned the Chinese envoy') and
then a deed done to the doer's own things ('closed four crossing points', 'suspended its
trade office', 'recalled its ambassador'). The deed names no party, yet it is aimed at the
party the grievance named. The near misses: a first verb of a meeting or of thanks (no
grievance to aim the deed), a deed with its own party ('closed its embassy in Kabul'), a
second verb with its own subject, a negated or conditional deed.

Two leaders pictured side by side ('sat beside X in the East Room', 'stood with X at the
memorial', 'standing next to X before the cameras') met: CONSULT. Near misses: a state or a
thing beside the doer ('stood beside Ukraine', 'beside the flag'), a person of no party
('next to his wife'), 'stood with X' with no place (backing, not a picture).

Deterministic and stdlib only: run `python bench/constructions/make_r23b_clauses.py`.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
TUESDAY = "2024-03-05"
_case = partial(case, published=PUBLISHED)

# (doer, doer code, grievance, party code, grievance type, deed, deed type)
PAIRS: list[tuple[str, str, str, str, str, str, str]] = [
    ("Estonia", "EST", "accused Russia of pushing asylum seekers towards the frontier", "RUS",
     "ACCUSE", "closed two border crossings", "SANCTION"),
    ("Chad", "TCD", "accused France of meddling in the election", "FRA", "ACCUSE",
     "expelled its ambassador", "SANCTION"),
    ("Lithuania", "LTU", "summoned the Chinese charge d'affaires", "CHN", "PROTEST",
     "suspended its trade office", "SANCTION"),
    ("The Bolivian government", "BOL", "condemned Israel over the strikes", "ISR", "ACCUSE",
     "recalled its ambassador", "SANCTION"),
    ("Poland", "POL", "blamed Belarus for the surge in crossings", "BLR", "ACCUSE",
     "sealed the border", "SANCTION"),
    ("Algeria", "DZA", "denounced Morocco for hostile acts", "MAR", "ACCUSE",
     "shut its airspace", "SANCTION"),
]


def deed_cases() -> list[dict[str, Any]]:
    """The grievance and the deed, both aimed at the party the grievance names."""
    rows = []
    for doer, code, grievance, party, kind, deed, deed_kind in PAIRS:
        rows.append(_case(
            "grievance and a deed on the doer's own things",
            f"On Tuesday {doer} {grievance} and {deed}.",
            [expected_event(code, party, kind, True, TUESDAY),
             expected_event(code, party, deed_kind, True, TUESDAY)]))
        rows.append(_case(
            "grievance and a deed with 'then'",
            f"{doer} {grievance} on Tuesday and then {deed}.",
            [expected_event(code, party, kind, True, TUESDAY),
             expected_event(code, party, deed_kind, True, TUESDAY)]))
    return rows


def negatives() -> list[dict[str, Any]]:
    """Deeds that the first verb does not aim."""
    return [
        _case("meeting, then closing crossings",
              "On Tuesday Finland met Russian officials and closed four crossing points.",
              [expected_event("FIN", "RUS", "CONSULT", False, TUESDAY)]),
        _case("thanks, then closing a crossing",
              "On Tuesday Poland thanked Ukraine and closed the crossing for repairs.",
              [expected_event("POL", "UKR", "SUPPORT", True, TUESDAY)]),
        _case("deed with its own party",
              "On Tuesday Turkey criticised Greece and closed its embassy in Kabul.",
              [expected_event("TUR", "GRC", "ACCUSE", True, TUESDAY),
               expected_event("TUR", "AFG", "SANCTION", True, TUESDAY)]),
        _case("negated deed",
              "On Tuesday Latvia accused Russia of lying but did not close the border.",
              [expected_event("LVA", "RUS", "ACCUSE", True, TUESDAY)]),
        _case("conditional deed",
              "On Tuesday Norway accused Russia of lying and said it would close the border "
              "if the flows continued.",
              [expected_event("NOR", "RUS", "ACCUSE", True, TUESDAY)]),
        _case("deed with its own subject",
              "On Tuesday Finland accused Russia of lying and Sweden closed its consulate.",
              [expected_event("FIN", "RUS", "ACCUSE", True, TUESDAY)]),
    ]


def presence_cases() -> list[dict[str, Any]]:
    """Side by side: the two leaders' states met; the near misses name no one met."""
    return [
        _case("sat beside a leader in a room",
              "On Tuesday the emir of Qatar sat beside Joe Biden in the Oval Office.",
              [expected_event("QAT", "USA", "CONSULT", False, TUESDAY)]),
        _case("stood with a leader at a memorial",
              "On Tuesday Fumio Kishida stood with Anthony Albanese at the war memorial.",
              [expected_event("JPN", "AUS", "CONSULT", False, TUESDAY)]),
        _case("standing next to a counterpart",
              "On Tuesday the Greek foreign minister was in Ankara, standing next to Hakan "
              "Fidan before the cameras.",
              [expected_event("GRC", "TUR", "CONSULT", False, TUESDAY)]),
        _case("stood alongside a leader at a podium",
              "On Tuesday Giorgia Meloni stood alongside Olaf Scholz at the podium.",
              [expected_event("ITA", "DEU", "CONSULT", False, TUESDAY)]),
        _case("stood beside a state",
              "On Tuesday the Czech president said his country stood beside Ukraine.", []),
        _case("sat beside a flag",
              "On Tuesday the Polish president sat beside the flag of Lithuania.", []),
        _case("sat next to a spouse",
              "On Tuesday Emmanuel Macron sat next to his wife at the opera.", []),
    ]


def main() -> None:
    write_cases(__file__, "r23b_clauses", deed_cases() + negatives())


if __name__ == "__main__":
    main()
