"""Write bench/constructions/r22b_reactions.jsonl: a reaction that names the other side
only by its deed.

News copy tells a deed and its doer ('Mali expelled France's ambassador on Monday'), then
the other side's answer names the deed alone ('Paris condemned the expulsion'). The doer of
the deed is the target of the reaction when the deed noun is definite ('the decision',
'this move', 'the closure') and the object of a reaction verb (regret, condemn, reject,
deplore, denounce, welcome).

Near misses: a reaction to something that is no deed ('regretted the loss of life'), a
reaction by the doer itself ('Berlin regretted the decision' after Germany's own act), 'a
decision' with no deed told before, and a deed told too long before.

Deterministic and stdlib only: run `python bench/constructions/make_r22b_reactions.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Monday" before it is 2024-03-04

# (construction, text, deed (source, target, type, date), reaction (source, target, type, date))
NAMED: list[tuple[str, str, tuple[str, str, str, str], tuple[str, str, str, str]]] = [
    ("regret_decision", "Burundi closed its border with Rwanda on Thursday. Rwanda said on Friday "
     "that it regretted the unilateral decision.", ("BDI", "RWA", "SANCTION", "2024-03-07"),
     ("RWA", "BDI", "PROTEST", "2024-03-08")),
    ("reject_decision", "Australia expelled two Chinese diplomats on Tuesday. Beijing said on "
     "Wednesday it firmly rejected the decision.", ("AUS", "CHN", "SANCTION", "2024-03-05"),
     ("CHN", "AUS", "REJECT", "2024-03-06")),
    ("condemn_nominal", "Mali expelled the French ambassador on Monday. Paris condemned the "
     "expulsion on Tuesday.", ("MLI", "FRA", "SANCTION", "2024-03-04"),
     ("FRA", "MLI", "ACCUSE", "2024-03-05")),
    ("deplore_move", "Hungary suspended gas deliveries to Croatia on Monday. On Tuesday Croatia "
     "deplored the move.", ("HUN", "HRV", "SANCTION", "2024-03-04"),
     ("HRV", "HUN", "ACCUSE PROTEST", "2024-03-05")),
    ("decided_to", "Nicaragua decided on Monday to expel the Spanish ambassador. Spain "
     "denounced the decision on Wednesday.", ("NIC", "ESP", "SANCTION", "2024-03-04"),
     ("ESP", "NIC", "ACCUSE", "2024-03-06")),
    ("reject_allegation", "Guyana filed a complaint at the Court on Monday, alleging that "
     "Venezuela had moved troops to the border. On Wednesday Venezuela rejected the allegation.",
     ("GUY", "VEN", "ACCUSE", "2024-03-04"), ("VEN", "GUY", "REJECT", "2024-03-06")),
]

# (construction, text, the deed told, if any)
ONLY_DEED: list[tuple[str, str, tuple[str, str, str, str] | None]] = [
    ("no_deed_noun", "Germany suspended aid to Niger on Monday. Niger regretted the loss of "
     "life on Tuesday.", ("DEU", "NER", "SANCTION", "2024-03-04")),
    ("own_deed", "Germany suspended aid to Niger on Monday. Berlin said on Tuesday it regretted "
     "the decision.", ("DEU", "NER", "SANCTION", "2024-03-04")),
    ("no_deed_told", "Peru said on Tuesday it regretted the decision.", None),
]

# (construction, text, the deed, the reaction to a party the reaction names itself)
OWNER_NAMED: list[tuple[str, str, tuple[str, str, str, str], tuple[str, str, str, str]]] = [
    ("owner_named", "Poland closed its border with Belarus on Monday. Lithuania welcomed "
     "the Latvian decision on Tuesday.", ("POL", "BLR", "SANCTION", "2024-03-04"),
     ("LTU", "LVA", "SUPPORT", "2024-03-05")),
]

# (construction, text, the deed done to the reactor, another deed told since, the reaction)
TWO_DEEDS: list[tuple[str, str, tuple[str, str, str, str], tuple[str, str, str, str],
                      tuple[str, str, str, str]]] = [
    ("done_to_reactor", "Togo recalled its ambassador from Ghana on Monday. On Tuesday Benin "
     "expelled two Nigerien diplomats. Ghana regretted the decision on Wednesday.",
     ("TGO", "GHA", "SANCTION RETREAT", "2024-03-04"), ("BEN", "NER", "SANCTION", "2024-03-05"),
     ("GHA", "TGO", "PROTEST", "2024-03-06")),
]

# a deed told many sentences before the reaction: 'the decision' is another one by then
LONG_AGO = ("long_ago", "Kenya expelled a Ugandan diplomat on Monday. The two countries share "
            "a long border. Trade between them has grown. Many families live on both sides. "
            "Officials met farmers in the region. On Wednesday Uganda rejected the decision.")


def _event(parts: tuple[str, str, str, str]) -> dict[str, Any]:
    return expected_event(parts[0], parts[1], parts[2], date=parts[3])


def rows() -> list[dict[str, Any]]:
    out = [case(name, text, [_event(deed), _event(reaction)], published=PUBLISHED)
           for name, text, deed, reaction in NAMED]
    out += [case(name, text, [_event(deed)] if deed else [], published=PUBLISHED)
            for name, text, deed in ONLY_DEED]
    out += [case(name, text, [_event(deed), _event(other)], published=PUBLISHED)
            for name, text, deed, other in OWNER_NAMED]
    out += [case(name, text, [_event(first), _event(second), _event(reaction)],
                 published=PUBLISHED) for name, text, first, second, reaction in TWO_DEEDS]
    out.append(case(LONG_AGO[0], LONG_AGO[1], [_event(("KEN", "UGA", "SANCTION", "2024-03-04"))],
                    published=PUBLISHED))
    return out


if __name__ == "__main__":
    write_cases(__file__, "r22b_reactions", rows())
