"""Write bench/constructions/r21b_actors.jsonl: words that name a party, or seem to.

Three habits of news writing about who the parties are:

- a journey's destination is its host: 'the President flew to Canberra and the two allies
  signed ...' pairs the traveller with the state he reached, when the story already
  treats that state as a party; a neutral venue ('flew to Geneva, where the two sides
  ...') is only where it happened;
- many states have a body with the same bare name ('the Security Council', 'the Foreign
  Office', 'the Chancellery'): a state written as its owner ('Iran's Security Council',
  'the Chilean Chancellery', translated 'the Chancellery Chilean') makes it that state's,
  not the body the bare name usually means; a name carrying its party ('the UN Security
  Council') or a bare name with no owner stands;
- a region whose name holds a state's ('Latin America', 'South America', an
  'Inter-American' body) is not that state.

Deterministic and stdlib only: run `python bench/constructions/make_r21b_actors.py`.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# (visitor title, visitor code, host state, host code, host capital, host leader, verb, rank)
JOURNEYS: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("Japanese Prime Minister Fumio Kishida", "JPN", "the Philippines", "PHL", "Manila",
     "President Ferdinand Marcos", "flew", "a reciprocal access agreement"),
    ("Indian Prime Minister Narendra Modi", "IND", "Egypt", "EGY", "Cairo",
     "President Abdel Fattah al-Sisi", "travelled", "a strategic partnership"),
    ("French President Emmanuel Macron", "FRA", "Morocco", "MAR", "Rabat",
     "King Mohammed VI", "went", "an exceptional partnership"),
]

# (owner as written, owner code, body, its usual party, acted-on state, code)
OWNED: list[tuple[str, str, str, str, str, str]] = [
    ("Iran's", "IRN", "Security Council", "UN", "Israel", "ISR"),
    ("the Chilean", "CHL", "Chancellery", "DEU", "Bolivia", "BOL"),
    ("Kenya's", "KEN", "Foreign Office", "GBR", "Somalia", "SOM"),
]


_case = partial(case, published=PUBLISHED)


def journey_cases() -> list[dict[str, Any]]:
    out = []
    for visitor, vcode, host, hcode, capital, leader, verb, deal in JOURNEYS:
        story = f"Relations between {host} and China have soured over the sea. "
        text = story + (f"On Tuesday {visitor} {verb} to {capital} and the two former rivals "
                        f"signed {deal}.")
        out.append(_case("a journey's destination is a side of 'the two'", text,
                         [expected_event(vcode, hcode, "CONSULT", False, DAY),
                          expected_event(vcode, hcode, "AGREE", False, DAY)]))
        neutral = (f"{visitor} met {leader} in Tokyo in February. On Tuesday the envoy of {host} "
                   f"{verb} to Geneva and the two sides signed {deal}.")
        out.append(_case("a neutral venue is no side of 'the two'", neutral,
                         [expected_event(vcode, hcode, "CONSULT", False, "2024-02"),
                          expected_event(vcode, hcode, "AGREE", False, DAY)]))
    return out


def owned_cases() -> list[dict[str, Any]]:
    out = []
    for owner, ocode, body, _usual, other, other_code in OWNED:
        text = f"On Tuesday the secretary of {owner} {body} warned {other} against any attack."
        out.append(_case("a bare body name owned by another state", text,
                         [expected_event(ocode, other_code, "THREATEN", True, DAY)]))
    text = "The Chancellery Peruvian ordered on Tuesday the expulsion of two Ecuadorian diplomats."
    out.append(_case("a translated owner set after the body", text,
                     [expected_event("PER", "ECU", "SANCTION", True, DAY)]))
    text = "On Tuesday Brazil urged the Security Council to sanction Israel."
    out.append(_case("a bare body name with no owner stands", text,
                     [expected_event("BRA", "UN", "REQUEST", True, DAY)]))
    text = "On Tuesday the UN Security Council condemned Iran's strikes on Pakistan."
    out.append(_case("a body name carrying its party stands", text,
                     [expected_event("UN", "IRN", "ACCUSE", True, DAY)]))
    return out


def region_cases() -> list[dict[str, Any]]:
    return [
        _case("a region named after a continent is no state",
              "On Tuesday the leaders of Latin America and the Caribbean met in Santiago.", []),
        _case("a region named after a continent is no state",
              "South America's foreign ministers met in Quito on Tuesday to discuss migration.", []),
        _case("an Inter-American body is not the United States",
              "On Tuesday the Inter-American Court of Human Rights condemned Guatemala.", []),
        _case("the state's own name still stands",
              "On Tuesday America imposed new sanctions on Venezuela.",
              [expected_event("USA", "VEN", "SANCTION", True, DAY)]),
    ]


def official_cases() -> list[dict[str, Any]]:
    """Officials named with no state: the knowledge supplies it."""
    return [
        _case("an official known by name",
              "On Tuesday Niteretse, the interior minister, announced the closure of the "
              "border with Rwanda.",
              [expected_event("BDI", "RWA", "SANCTION", True, DAY)]),
        _case("an official known by name",
              "On Tuesday Ortega broke off diplomatic relations with the Netherlands.",
              [expected_event("NIC", "NLD", "SANCTION", True, DAY)]),
        _case("an official known by name",
              "Agio Pereira and Julie Bishop signed the maritime boundary treaty on 6 March 2018.",
              [expected_event("TLS", "AUS", "AGREE", False, "2018-03-06")]),
    ]


# (earlier host, code, visited state, code, its president, visitor code)
TOURS: list[tuple[str, str, str, str, str]] = [
    ("Mexico", "MEX", "Honduras", "HND", "President Xiomara Castro"),
    ("Kenya", "KEN", "Tanzania", "TZA", "President Samia Suluhu Hassan"),
    ("Vietnam", "VNM", "Laos", "LAO", "President Thongloun Sisoulith"),
]


def tour_cases() -> list[dict[str, Any]]:
    """A tour: 'the two governments' after a stop are the visitor and that stop's host,
    not the pair the tour's first stop listed."""
    out = []
    for first, fcode, second, scode, president in TOURS:
        text = (f"The United States and {first} held talks on Monday. On Tuesday US Secretary "
                f"of State Antony Blinken was received by {president} in the capital of {second}. The two "
                "governments also signed a memorandum on energy cooperation.")
        out.append(_case("'the two governments' after a tour's stop", text, [
            expected_event("USA", fcode, "CONSULT", False, "2024-03-04"),
            expected_event("USA", scode, "CONSULT", False, DAY),
            expected_event("USA", scode, "AGREE", False, DAY)]))
        near = (f"The United States and {first} held talks on Monday. On Tuesday US Secretary "
                f"of State Antony Blinken was received by {president} in the capital of {second}, and "
                "Guatemala's envoy joined them. The two governments also signed a memorandum on "
                "energy cooperation.")
        out.append(_case("'the two governments' after a stop with a third party: unresolved",
                         near, [expected_event("USA", fcode, "CONSULT", False, "2024-03-04"),
                                expected_event("USA", scode, "CONSULT", False, DAY)]))
    return out


def main() -> None:
    write_cases(__file__, "r21b_actors", journey_cases() + owned_cases() + region_cases()
                + official_cases() + tour_cases())


if __name__ == "__main__":
    main()
