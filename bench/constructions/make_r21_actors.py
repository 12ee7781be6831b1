"""Write bench/constructions/r21_actors.jsonl: parties a text leaves for the reader to supply.

Two habits of news and policy writing name a party only once and then lean on it:

- a brief about one relationship ('Peru-Chile relations after the border ruling') ends with
  key dates written in shorthand ('14 March - Third meeting of the special envoys, in
  Quito.'): under such a headline a party-less entry concerns the pair the brief is about;
  an entry naming its own parties, or a brief whose headline names no single pair, is read
  as written;
- a reporter names a party's craft again by another word ('the Chinese survey vessel ...
  permission for the ship to dock'; 'Russian jets flew into its airspace ... called the
  flight a provocation'); when two parties' craft are in view the word stays unresolved.

Deterministic and stdlib only: run `python bench/constructions/make_r21_actors.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# (first, second, code1, code2, envoys word, meeting place)
BRIEFS: list[tuple[str, str, str, str, str, str]] = [
    ("Peru", "Chile", "PER", "CHL", "special envoys", "Quito"),
    ("Serbia", "Kosovo", "SRB", "XKX", "chief negotiators", "Brussels"),
    ("Kenya", "Somalia", "KEN", "SOM", "special representatives", "Addis Ababa"),
    ("Greece", "Turkey", "GRC", "TUR", "envoys", "Geneva"),
]


def _case(construction: str, text: str, expect: list[dict[str, Any]]) -> dict[str, Any]:
    return {"construction": construction, "text": text, "published": PUBLISHED, "expect": expect}


def _brief(headline: str, first: str, second: str, entries: str, lead: str = "") -> str:
    lead = lead or f"The dispute between {first} and {second} has outlasted three governments."
    return (f"REGIONAL POLICY FORUM\nBrief No. 7\n\n{headline}\n\nSummary\n{lead} Trade between "
            f"{first} and {second} has halved since the ruling.\n\nKey dates\n\n2023\n{entries}\n")


def entry_cases() -> list[dict[str, Any]]:
    """A party-less meeting entry under a headline naming the pair."""
    out = []
    for first, second, a, b, envoys, place in BRIEFS:
        entry = f"14 June - Second meeting of the {envoys}, in {place}."
        text = _brief(f"{first}-{second} relations after the border ruling", first, second, entry)
        out.append(_case("party-less chronology entry, pair in the headline", text,
                         [expected_event(a, b, "CONSULT", False, "2023-06-14")]))
    return out


def entry_negatives() -> list[dict[str, Any]]:
    """Near misses: the headline names no single pair, or names a third state; the entry
    names a party of its own; the meeting is no entry of a chronology."""
    first, second, _, _, envoys, place = BRIEFS[0]
    entry = f"14 June - Second meeting of the {envoys}, in {place}."
    no_pair = _brief("Border rulings and their aftermath", first, second, entry,
                     f"Courts have redrawn the borders of {first}, {second} and Bolivia.")
    three = _brief(f"{first}, {second} and Bolivia after the border ruling", first, second, entry,
                   "Three neighbours, one ruling.")
    prose = _brief(f"{first}-{second} relations after the border ruling", first, second,
                   f"In June the {envoys} held a second meeting in {place}.")
    own = _brief(f"{first}-{second} relations after the border ruling", first, second,
                 f"14 June - Second meeting of the {envoys} of Bolivia and Ecuador, in {place}.")
    return [
        _case("chronology entry, headline and lead name no pair", no_pair, []),
        _case("chronology entry, headline names three states", three, []),
        _case("meeting of envoys told in prose, not an entry", prose, []),
        _case("chronology entry names its own parties", own,
              [expected_event("BOL", "ECU", "CONSULT", False, "2023-06-14")]),
    ]


# (craft as first named, craft named again, owner, owner code, other state, other code)
CRAFT: list[tuple[str, str, str, str, str, str]] = [
    ("research vessel", "ship", "Chinese", "CHN", "the Philippines", "PHL"),
    ("fighter jets", "flight", "Russian", "RUS", "Finland", "FIN"),
    ("patrol boat", "vessel", "Iranian", "IRN", "the United Arab Emirates", "ARE"),
    ("warplanes", "aircraft", "Syrian", "SYR", "Jordan", "JOR"),
]


def craft_cases() -> list[dict[str, Any]]:
    """A party's craft named again by another word; near miss: two parties' craft."""
    out = []
    for first, again, owner, code, other, other_code in CRAFT:
        text = (f"A {owner} {first} entered the waters and airspace claimed by {other} on Monday "
                f"morning, officials said. On Tuesday {other} accused the {again} of a grave "
                "violation of its sovereignty.")
        out.append(_case("craft named again by another word", text,
                         [expected_event(other_code, code, "ACCUSE", True, DAY)]))
        both = (f"A {owner} {first} and a Turkish {first} entered the zone on Monday, officials "
                f"said. On Tuesday {other} accused the {again} of a grave violation of its "
                "sovereignty.")
        out.append(_case("craft of two parties named again: unresolved", both, []))
    return out


def main() -> None:
    write_cases(__file__, "r21_actors", entry_cases() + entry_negatives() + craft_cases())


if __name__ == "__main__":
    main()
