"""Write bench/constructions/r23_actors.jsonl: bare chamber names belong to the story's state.

'Senate', 'House of Representatives' and 'Chamber of Deputies' name a chamber in many states.
A report filed from a foreign capital ('MANILA, March 5 -') or a chamber office that the US
chambers do not have ('Senate President X') does not speak of an American chamber. The
near misses keep the chamber American: a US wire with no foreign dateline ('The Senate
ratified the treaty'), a qualified chamber ('the US Senate', 'the Philippine Senate'), an
American chamber office ('Senate Majority Leader'), and a foreign dateline over a chamber
that is named with its own state.

A house of government entered ('signed the accord in the Oval Office', 'held talks in the
Kremlin') hosts the act as 'at' does; a ministry after 'in' is a workplace. A state-owned
company ('Saudi Aramco', 'Lithuanian Railways') acts for its state.

Deterministic and stdlib only: run `python bench/constructions/make_r23_actors.py`.
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

# (dateline capital, home code, chamber, verb phrase, counterpart code, types, directed)
DATELINE_CHAMBERS: list[tuple[str, str, str, str, str, str, bool]] = [
    ("MANILA", "PHL", "the Senate", "ratified the free trade agreement with South Korea", "KOR",
     "AGREE", False),
    ("KATHMANDU", "NPL", "the House of Representatives", "ratified the grant compact with the "
     "United States", "USA", "AGREE", False),
    ("JAKARTA", "IDN", "the House of Representatives", "ratified the airspace agreement with "
     "Singapore", "SGP", "AGREE", False),
    ("ROME", "ITA", "the Chamber of Deputies", "condemned Russia over the missile strikes", "RUS",
     "ACCUSE", True),
]


def dateline_cases() -> list[dict[str, Any]]:
    """A bare chamber under a foreign dateline acts for the dateline's state."""
    out = []
    for capital, home, chamber, verb, other, types, directed in DATELINE_CHAMBERS:
        text = f"{capital}, March 6 (Wire) - On Tuesday {chamber} {verb}."
        out.append(_case("bare chamber under a foreign dateline", text,
                         [expected_event(home, other, types, directed, TUESDAY)]))
    return out


def title_cases() -> list[dict[str, Any]]:
    """A chamber office the US chambers lack is no American official."""
    return [
        _case("foreign chamber office, unnamed state",
              "On Tuesday Senate President Ilona Kovacs landed in Taipei with a business delegation.",
              []),
        _case("foreign chamber office, unnamed state, meeting",
              "On Tuesday Senate President Marek Dvorak met Japanese Prime Minister Fumio Kishida "
              "in Tokyo.", []),
        _case("foreign chamber office under a dateline",
              "MANILA, March 6 (Wire) - On Tuesday Senate President Juan Reyes met Japanese Prime "
              "Minister Fumio Kishida in Tokyo.",
              [expected_event("PHL", "JPN", "CONSULT", False, TUESDAY)]),
        _case("US 'Senate President pro tempore' stays American",
              "On Tuesday Senate President pro tempore Chuck Grassley met Australia's ambassador.",
              [expected_event("USA", "AUS", "CONSULT", False, TUESDAY)]),
    ]


def negatives() -> list[dict[str, Any]]:
    """Chambers that stay American, and qualified chambers that keep their own state."""
    return [
        _case("bare chamber in a US wire stays American",
              "On Tuesday the Senate ratified the accession treaty with Finland.",
              [expected_event("USA", "FIN", "AGREE", False, TUESDAY)]),
        _case("American chamber office stays American",
              "On Tuesday Senate Majority Leader Chuck Schumer met Chinese President Xi Jinping "
              "in Beijing.", [expected_event("USA", "CHN", "CONSULT", False, TUESDAY)]),
        _case("qualified chamber under a foreign dateline keeps its state",
              "MANILA, March 6 (Wire) - On Tuesday the US Senate ratified the defence accord with "
              "Japan.", [expected_event("USA", "JPN", "AGREE", False, TUESDAY)]),
        _case("demonym-qualified chamber",
              "On Tuesday the Philippine Senate ratified the trade agreement with South Korea.",
              [expected_event("PHL", "KOR", "AGREE", False, TUESDAY)]),
    ]


# (subject, act told with 'in <seat of government>', host code, subject code, types)
SEAT_ROOMS: list[tuple[str, str, str, str, str]] = [
    ("Guatemala's interior minister", "signed a migration agreement in the Oval Office", "USA", "GTM",
     "AGREE"),
    ("Kenyan President William Ruto", "held talks in the White House", "USA", "KEN", "CONSULT"),
    ("The Hungarian prime minister", "held talks in the Kremlin", "RUS", "HUN", "CONSULT"),
]


def seat_cases() -> list[dict[str, Any]]:
    """A house of government entered ('in the Oval Office') hosts the act, as 'at' does."""
    out = [_case("act inside a seat of government", f"On Tuesday {who} {act}.",
                 [expected_event(guest, host, types, False, TUESDAY)])
           for who, act, host, guest, types in SEAT_ROOMS]
    out += [
        _case("own leader in his own seat of government",
              "On Tuesday President Joe Biden signed the budget bill in the Oval Office.", []),
        _case("ministry after 'in' is a workplace, not a host",
              "On Tuesday the Kenyan trade minister met the Chinese ambassador in the State "
              "Department.", [expected_event("KEN", "CHN", "CONSULT", False, TUESDAY)]),
        _case("a capital named by its state's adjective is a city, not a host",
              "On Tuesday the foreign ministers of Armenia and Azerbaijan held talks in the Kazakh "
              "capital.", [expected_event("ARM", "AZE", "CONSULT", False, TUESDAY)]),
        _case("a call has no host, whatever room it is made from",
              "On Tuesday Tokayev held a call with Mirziyoyev in the Kremlin.",
              [expected_event("KAZ", "UZB", "CONSULT", False, TUESDAY)]),
    ]
    return out


def state_firm_cases() -> list[dict[str, Any]]:
    """A state-owned company acts for its state; with no other state named it is no event."""
    return [
        _case("state oil company halts supplies",
              "On Tuesday Saudi Aramco halted fuel shipments to Egypt.",
              [expected_event("SAU", "EGY", "SANCTION", True, TUESDAY)]),
        _case("state railway refuses transit",
              "On Tuesday Lithuanian Railways refused to carry Russian cargo to Kaliningrad.",
              [expected_event("LTU", "RUS", "REJECT SANCTION", True, TUESDAY)]),
        _case("state firm with a private partner only",
              "On Tuesday Rosneft signed a supply contract with TotalEnergies.", []),
        _case("state firm's own results",
              "On Tuesday Pemex reported a quarterly loss and cut its output forecast.", []),
    ]


def main() -> None:
    write_cases(__file__, "r23_actors", dateline_cases() + title_cases() + negatives()
                + seat_cases() + state_firm_cases())


if __name__ == "__main__":
    main()
