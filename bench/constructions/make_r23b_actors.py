"""Write bench/constructions/r23b_actors.jsonl: a body named after 'non-' is no party.

'A major non-NATO ally', 'non-EU fleets', 'non-OPEC producers' name what stands outside the
body: the body neither acts nor is acted on, and it must not be kept as one of the parties a
later 'the two governments' or 'the two sides' points back to. The near misses keep the body
a party where it is named plainly ('criticised the EU'), in a compound it leads ('the
EU-led mission'), and where the group reference follows a plain two-state sentence.

Deterministic and stdlib only: run `python bench/constructions/make_r23b_actors.py`.
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

# (body written after 'non-', subject code, subject name, sentence tail naming 'non-<body>')
EXCLUDED: list[tuple[str, str, str, str]] = [
    ("EU", "ESP", "Spain", "criticised non-EU trawlers fishing off the Canaries"),
    ("NATO", "SWE", "Sweden", "condemned non-NATO arms shipments through the Baltic"),
    ("OPEC", "NOR", "Norway", "rejected calls for non-OPEC producers to trim output"),
    ("ASEAN", "AUS", "Australia", "criticised non-ASEAN fishing fleets in the South China Sea"),
]

# (host code, host leader, guest code, guest leader, body after 'non-')
ALLY_VISITS: list[tuple[str, str, str, str, str]] = [
    ("USA", "President Biden", "KEN", "President Ruto", "NATO"),
    ("USA", "President Biden", "BRA", "President Lula", "NATO"),
    ("USA", "President Biden", "QAT", "Emir Tamim", "NATO"),
]


def excluded_cases() -> list[dict[str, Any]]:
    """A body after 'non-' in the object: no event with the body."""
    return [_case(f"non-{body} names no party", f"On Tuesday {name} {tail}.", [])
            for body, _code, name, tail in EXCLUDED]


def group_cases() -> list[dict[str, Any]]:
    """'the two governments' after a 'non-NATO ally' sentence: the host and the guest (the
    visit itself is their meeting)."""
    rows = []
    for host, host_name, guest, guest_name, body in ALLY_VISITS:
        text = (f"{guest_name} visited the White House on Tuesday. {host_name} said he would name "
                f"the country a major non-{body} ally; the two governments also signed a "
                "space cooperation agreement.")
        rows.append(_case(f"non-{body} ally then 'the two governments'", text,
                          [expected_event(guest, host, "CONSULT", False, TUESDAY),
                           expected_event(host, guest, "AGREE", False, TUESDAY)]))
    return rows


def negatives() -> list[dict[str, Any]]:
    """The body named plainly or leading a compound stays a party."""
    return [
        _case("body named plainly stays a party",
              "On Tuesday Spain criticised the EU over its fishing quotas.",
              [expected_event("ESP", "EU", "ACCUSE", True, TUESDAY)]),
        _case("body leading a compound stays a party",
              "On Tuesday Mali criticised the EU-led training mission.",
              [expected_event("MLI", "EU", "ACCUSE", True, TUESDAY)]),
        _case("body as a plain signatory",
              "On Tuesday Finland and NATO signed a host nation support agreement.",
              [expected_event("FIN", "NATO", "AGREE", False, TUESDAY)]),
    ]


def main() -> None:
    write_cases(__file__, "r23b_actors", excluded_cases() + group_cases() + negatives())


if __name__ == "__main__":
    main()
