"""Write bench/constructions/r21_actors.jsonl: parties a text leaves for the reader to supply.

Two habits of news and policy writing name a party only once and then lean on it:

- a brief about one relationship ('Peru-Chile relations after the border ruling') ends with
  key dates written in shorthand ('14 March - Third meeting of the special envoys, in
  Quito.'): under such a headline a party-less entry concerns the pair the brief is about;
  an entry naming its own parties, or a brief whose headline names no single pair, is read
  as written;
- a reporter names a party's craft again by another word ('a Norwegian trawler ... ordered
  the boat back'; 'Russian jets flew into its airspace ... called the flight a
  provocation'); when two parties' craft are in view the word stays unresolved, unless each
  was named by its own word ('a coast guard vessel rammed a supply boat ... the vessel').

Deterministic and stdlib only: run `python bench/constructions/make_r21_actors.py`.
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
MONDAY = "2024-03-04"

# (first, second, code1, code2, envoys word, meeting place)
BRIEFS: list[tuple[str, str, str, str, str, str]] = [
    ("Peru", "Chile", "PER", "CHL", "special envoys", "Quito"),
    ("Serbia", "Kosovo", "SRB", "XKX", "chief negotiators", "Brussels"),
    ("Kenya", "Somalia", "KEN", "SOM", "special representatives", "Addis Ababa"),
    ("Greece", "Turkey", "GRC", "TUR", "envoys", "Geneva"),
]


_case = partial(case, published=PUBLISHED)


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
    # 'Decision:' opens no dated entry; 'call on Bolivia' names a party, not a place
    not_month = _brief(f"{first}-{second} relations after the border ruling", first, second,
                       f"Decision: The {envoys} agree to reopen the border crossing.")
    on_party = _brief(f"{first}-{second} relations after the border ruling", first, second,
                      f"14 June - The {envoys} call on Bolivia to mediate.")
    return [
        _case("line opened by a word that is no month: no entry", not_month, []),
        _case("chronology entry names a party after 'on'", on_party, []),
        _case("chronology entry, headline and lead name no pair", no_pair, []),
        _case("chronology entry, headline names three states", three, []),
        _case("meeting of envoys told in prose, not an entry", prose, []),
        _case("chronology entry names its own parties", own,
              [expected_event("BOL", "ECU", "CONSULT", False, "2023-06-14")]),
    ]


# (determiner, craft as first named, craft named again, owner, owner code, other state,
# other code)
CRAFT: list[tuple[str, str, str, str, str, str, str]] = [
    ("A", "research vessel", "ship", "Chinese", "CHN", "the Philippines", "PHL"),
    ("Two", "fighter jets", "flight", "Russian", "RUS", "Finland", "FIN"),
    ("An", "patrol boat", "vessel", "Iranian", "IRN", "the United Arab Emirates", "ARE"),
    ("Three", "warplanes", "aircraft", "Syrian", "SYR", "Jordan", "JOR"),
]
# (owner's craft, other craft, owner, owner code, other state, its adjective, other code):
# each party's craft named by its own word; the word named again is the owner's
OWN_WORDS: list[tuple[str, str, str, str, str, str, str]] = [
    ("coast guard vessel", "fishing boat", "Chinese", "CHN", "Vietnam", "Vietnamese", "VNM"),
    ("patrol boat", "cargo ship", "Iranian", "IRN", "Oman", "Omani", "OMN"),
]


def craft_cases() -> list[dict[str, Any]]:
    """A party's craft named again by another word; near miss: two parties' craft."""
    out = []
    for det, first, again, owner, code, other, other_code in CRAFT:
        other_det = "a" if det in ("A", "An") else det.lower()
        text = (f"{det} {owner} {first} entered the waters and airspace claimed by {other} on Monday "
                f"morning, officials said. On Tuesday {other} accused the {again} of a grave "
                "violation of its sovereignty.")
        out.append(_case("craft named again by another word", text,
                         [expected_event(other_code, code, "ACCUSE", True, DAY)]))
        both = (f"{det} {owner} {first} and {other_det} Turkish {first} entered the zone on "
                f"Monday, officials said. On Tuesday {other} accused the {again} of a grave "
                "violation of its sovereignty.")
        out.append(_case("craft of two parties named again: unresolved", both, []))
    for craft, other_craft, owner, code, other, adjective, other_code in OWN_WORDS:
        det = "An" if owner[0] in "AEIOU" else "A"
        other_det = "an" if adjective[0] in "AEIOU" else "a"
        text = (f"{det} {owner} {craft} rammed {other_det} {adjective} {other_craft} near the "
                f"disputed reef on Monday. On Tuesday {other} accused the {craft.split()[-1]} of "
                "dangerous manoeuvres.")
        out.append(_case("two parties' craft, each named by its own word", text,
                         [expected_event(code, other_code, "ASSAULT", True, MONDAY),
                          expected_event(other_code, code, "ACCUSE", True, DAY)]))
    return out


def main() -> None:
    write_cases(__file__, "r21_actors", entry_cases() + entry_negatives() + craft_cases())


if __name__ == "__main__":
    main()
