"""Write bench/constructions/r21b_triggers.jsonl: ended pacts, orders to leave, recognition.

A state sanctions another by taking back what it had granted: it withdraws its consent to a
consulate, revokes the accord that let foreign troops stay, suspends joint operations, or
says it will not renew a memorandum. The verbs are common words, so the near misses keep the
verb and change the object (a minister withdrew his candidacy, a court revoked a licence of
a domestic firm) or keep the object and change the act (the two states renewed the pact).

An expulsion is often told without 'expel': 'told the ambassador to leave', 'gave the
diplomats 72 hours to leave'. Near misses: a visitor told reporters he would leave.

Breaking off or ending talks is a sanction and no meeting: the noun 'talks' under such a
verb names what ended. Near misses: talks that were held, or resumed.

Recognising a state's sovereignty over a territory is support for its claim (SUPPORT), not
a concession; condemning an attack that happened in a country is sympathy with it, and
calling another state's act 'shameful' is an accusation, not a rejection.

Deterministic and stdlib only: run `python bench/constructions/make_r21b_triggers.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# (text, source, target, accepted types, construction)
POSITIVE: list[tuple[str, str, str, str, str]] = [
    ("On Tuesday Finland withdrew its consent for the operation of the Russian consulate in Turku.",
     "FIN", "RUS", "SANCTION", "withdraw consent"),
    ("Lithuania on Tuesday withdrew its approval for the Belarusian trade office in Vilnius.",
     "LTU", "BLR", "SANCTION", "withdraw approval"),
    ("On Tuesday Mali revoked with immediate effect the accord that allowed French troops to stay.",
     "MLI", "FRA", "SANCTION REJECT COERCE", "revoke accord"),
    ("Chad on Tuesday revoked the authorisation for Sudanese military flights over its territory.",
     "TCD", "SDN", "SANCTION REJECT", "revoke authorisation"),
    ("Italy suspended joint naval operations with Libyan forces on Tuesday.",
     "ITA", "LBY", "SANCTION", "suspend joint operations"),
    ("On Tuesday Ecuador said it would not renew its memorandum with Peru.",
     "ECU", "PER", "SANCTION REJECT", "will not renew"),
    ("Honduras announced on Tuesday that it would not renew the security accord with Taiwan.",
     "HND", "TWN", "SANCTION REJECT", "announced ... would not renew"),
    ("On Tuesday Estonia told the Russian ambassador to leave the country by 20 March.",
     "EST", "RUS", "SANCTION", "told the ambassador to leave"),
    ("On Tuesday Chile gave the Venezuelan diplomats in Santiago 72 hours to leave the country.",
     "CHL", "VEN", "SANCTION", "N hours to leave"),
    ("On Tuesday the United States terminated all trade talks with Canada.",
     "USA", "CAN", "SANCTION", "terminate talks"),
    ("Bolivia broke off its negotiations with Chile on Tuesday.",
     "BOL", "CHL", "SANCTION", "break off negotiations"),
    ("On Tuesday Paraguay suspended negotiations with Brazil on the dam treaty.",
     "PRY", "BRA", "SANCTION", "suspend negotiations (no CONSULT)"),
    ("On Tuesday the United States recognised Moroccan sovereignty over Western Sahara.",
     "USA", "MAR", "SUPPORT", "recognise sovereignty"),
    ("Kenya on Tuesday recognised the sovereignty of Morocco over the territory.",
     "KEN", "MAR", "SUPPORT", "recognise sovereignty of"),
    ("On Tuesday Iran called Bahrain's decision shameful.",
     "IRN", "BHR", "ACCUSE", "call X shameful"),
    ("On Tuesday Egypt condemned Israel's attack on the hospital in Gaza.",
     "EGY", "ISR", "ACCUSE", "condemn a named culprit's attack"),
]

# (text, construction): no event, or no event of the kind the positive cases code
NEGATIVE: list[tuple[str, str]] = [
    ("On Tuesday the Finnish minister withdrew his candidacy for the party leadership.",
     "withdraw candidacy (domestic)"),
    ("On Tuesday Ecuador's parliament voted not to renew the mandate of the electoral board.",
     "not renew a domestic mandate"),
    ("The Estonian ambassador told reporters on Tuesday that he would leave his post in the summer.",
     "told reporters he would leave"),
    ("On Tuesday Finland told the Russian ambassador that it expected an answer.",
     "told the ambassador (no leaving)"),
    ("On Tuesday Qatar condemned in the strongest terms the terrorist attack in Moscow.",
     "condemn an attack in X"),
    ("On Tuesday Pakistan condemned the terrorist attack at a concert hall near Moscow.",
     "condemn an attack at a place near X (no assault)"),
    ("On Tuesday Pakistan condemned the terrorist attack at a concert hall near Moscow last "
     "Friday, which killed more than 100 people.", "condemn an attack near X with its day"),
    ("On Tuesday India condemned the bombing of a mosque in Kabul.",
     "condemn the bombing of a thing in X"),
    ("The ministers said on Tuesday that they would not comment on the memorandum with Peru.",
     "would not comment"),
]

# a round of talks closed is still a meeting (undirected CONSULT), not a measure
MEETINGS: list[tuple[str, str, str, str]] = [
    ("Kenya and Somalia ended their talks in Nairobi on Tuesday.", "KEN", "SOM",
     "ended talks (a meeting, no sanction)"),
    ("Serbia and Kosovo concluded their negotiations in Brussels on Tuesday.", "SRB", "XKX",
     "concluded negotiations (a meeting)"),
]


def cases() -> list[dict[str, Any]]:
    """All cases, positives first."""
    rows: list[dict[str, Any]] = []
    for text, one, other, how in MEETINGS:
        rows.append(case(f"r21b near miss: {how}", text,
                         [expected_event(one, other, "CONSULT", False, DAY)], published=PUBLISHED))
    for text, src, tgt, types, how in POSITIVE:
        rows.append(case(f"r21b: {how}", text, [expected_event(src, tgt, types, True, DAY)],
                         published=PUBLISHED))
    for text, how in NEGATIVE:
        rows.append(case(f"r21b near miss: {how}", text, [], published=PUBLISHED))
    return rows


if __name__ == "__main__":
    write_cases(__file__, "r21b_triggers", cases())
