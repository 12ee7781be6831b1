"""Write bench/constructions/r20_roles.jsonl: the guest of a host, the opponent in a withdrawn case.

News prose tells a visit from the host's side as often as from the guest's: 'the Emir
received the Kenyan president', 'Lavrov hosted his Iranian counterpart'. The guest
travelled to the host, so the event is the guest's visit (guest first), just as 'was
received by' and 'visited' name it. Each shape is told for eight pairs of states, with
near misses: a host who receives a letter (the sender wrote to it, sender first as well), a
guest named first in a passive, a visit told by the guest's own verb, a city hosting games.
Greetings a received guest conveys go to the host, though they name only their author, of
the guest's own side.

A case withdrawn before a court concedes to the party it was brought against (named
'against X', or as the one who announced the withdrawal or took the step before it), never
to the court or the organisation a court belongs to.

Deterministic and stdlib only: run `python bench/constructions/make_r20_roles.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# h: the host state (hadj its adjective, hlead its leader as written, hcap its capital);
# g: the guest state (gadj its adjective)
SETS: list[dict[str, str]] = [
    dict(h="QAT", hlead="Emir Tamim bin Hamad Al Thani", hcap="Doha", g="KEN", gadj="Kenyan"),
    dict(h="TUR", hlead="President Recep Tayyip Erdogan", hcap="Ankara", g="SOM", gadj="Somali"),
    dict(h="RUS", hlead="Foreign Minister Sergei Lavrov", hcap="Moscow", g="IRN", gadj="Iranian"),
    dict(h="CHN", hlead="President Xi Jinping", hcap="Beijing", g="BRA", gadj="Brazilian"),
    dict(h="FRA", hlead="President Emmanuel Macron", hcap="Paris", g="NGA", gadj="Nigerian"),
    dict(h="JPN", hlead="Prime Minister Fumio Kishida", hcap="Tokyo", g="VNM",
         gadj="Vietnamese"),
    dict(h="EGY", hlead="President Abdel Fattah al-Sisi", hcap="Cairo", g="JOR",
         gadj="Jordanian"),
    dict(h="IND", hlead="Prime Minister Narendra Modi", hcap="New Delhi", g="LKA",
         gadj="Sri Lankan"),
]

def _visit(g: dict[str, str]) -> list[dict[str, Any]]:
    return [expected_event(g["g"], g["h"], "CONSULT", True, DAY)]


def _hosting(g: dict[str, str]) -> list[Case]:
    """The host is the subject of 'received' or 'hosted': the guest visits."""
    lead, gadj, cap = g["hlead"], g["gadj"], g["hcap"]
    return [
        ("host-received-guest",
         f"{lead} received the {gadj} president in {cap} on Tuesday.", _visit(g)),
        ("host-hosted-counterpart",
         f"On Tuesday {lead} hosted his {gadj} counterpart for talks on trade.", _visit(g)),
        ("host-received-delegation",
         f"{lead} on Tuesday received a {gadj} delegation led by the foreign minister.",
         _visit(g)),
        ("host-received-guest-who-conveyed",
         f"{lead} received the {gadj} foreign minister on Tuesday, who conveyed the greetings "
         "of his president.", _visit(g)),
        ("host-received-at-palace",
         f"{lead} received the {gadj} prime minister at the presidential palace on Tuesday "
         "and discussed energy links.", _visit(g)),
    ]


def _near_misses(g: dict[str, str]) -> list[Case]:
    """The guest's own verbs keep the guest first; a letter or a call is no visit."""
    lead, gadj, cap = g["hlead"], g["gadj"], g["hcap"]
    return [
        ("guest-received-by-host",
         f"The {gadj} president was received by {lead} in {cap} on Tuesday.", _visit(g)),
        ("guest-visited-host",
         f"The {gadj} president visited {cap} on Tuesday and met {lead}.", _visit(g)),
        ("host-received-letter-sender-first",
         f"{lead} received a letter from the {gadj} president on Tuesday.", _visit(g)),
        ("host-hosted-games-none",
         f"{cap} hosted the regional games on Tuesday, and a {gadj} team took part.", []),
    ]


def _court_cases(g: dict[str, str]) -> list[Case]:
    """A case withdrawn before a court concedes to the party it was brought against, never
    to the court (or the organisation the court belongs to)."""
    gadj, cap, h, gst = g["gadj"], g["hcap"], g["h"], g["g"]
    conceded = [expected_event(gst, h, "CONCEDE RETREAT", True, DAY)]
    return [
        ("case-withdrawn-announced-by-opponent",
         f"Officials in {cap} said on Tuesday that the {gadj} government had withdrawn its "
         "complaint to the International Court of Justice.", conceded),
        ("case-withdrawn-after-opponent-step",
         f"Last month {cap} returned the seized files, and on Tuesday the {gadj} government "
         "withdrew its case at the International Court of Justice.", conceded),
        ("case-withdrawn-against-named",
         f"On Tuesday the {gadj} government withdrew its lawsuit against {cap} at the "
         "International Court of Justice.", conceded),
        ("case-withdrawn-court-only-none",
         f"On Tuesday the {gadj} government withdrew its complaint to the EU Court of "
         "Justice.", []),
    ]


def main() -> None:
    rows = cases_of((shape for g in SETS
                     for shape in _hosting(g) + _near_misses(g) + _court_cases(g)),
                    published=PUBLISHED)
    write_cases(__file__, "r20_roles", rows)


if __name__ == "__main__":
    main()
