"""Write bench/constructions/r22_triggers.jsonl: notices, pleadings, membership steps, exits.

Sanctions notices list people and firms with 'designate': the measure is a listing when the
object is a count of individuals or entities, when the clause names its legal basis or
sanctions, or when a sanctions office designates. Near misses keep the verb and change the
object (an envoy, a venue). 'Authorised sanctions on' a sector is a measure too.

A state put out of a joint programme or exercise is punished; taken off a sanctions list it
is eased (that stays a concession), and tariffs removed stay a concession.

Pleadings in a case titled '(A v. B)' are acts against the other side: the applicant's
memorial and an intervener's declaration accuse the respondent; the respondent's
preliminary objections and counter-memorial reject the applicant. Near misses: a memorial
unveiled to the dead, a declaration filed with no case titled.

Membership steps: applying to join or for membership asks the organisation; lifting a veto
on accession talks concedes to the candidate, and the talks the veto held up were not held.

Deterministic and stdlib only: run `python bench/constructions/make_r22_triggers.py`.
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
    ("On Tuesday the United States designated 12 individuals and 4 entities tied to the "
     "Nicaraguan government.", "USA", "NIC", "SANCTION", "designated N individuals and entities"),
    ("On Tuesday OFAC designated two senior Eritrean army commanders.",
     "USA", "ERI", "SANCTION", "a sanctions office designates"),
    ("On Tuesday Washington designated Venezuela's state oil company pursuant to Executive "
     "Order 13850.", "USA", "VEN", "SANCTION", "designated ... pursuant to an order"),
    ("Britain on Tuesday designated three Iranian generals under its sanctions regime.",
     "GBR", "IRN", "SANCTION", "designated under a sanctions regime"),
    ("On Tuesday the United States authorized sanctions on Burma's jet fuel sector.",
     "USA", "MMR", "SANCTION", "authorized sanctions on"),
    ("Japan on Tuesday removed South Korea from the joint missile-defence programme.",
     "JPN", "KOR", "SANCTION", "removed X from a programme"),
    ("Australia on Tuesday excluded China from the naval exercise.",
     "AUS", "CHN", "SANCTION", "excluded X from an exercise"),
    ("Australia on Tuesday removed North Korea from its blacklist of terrorism sponsors.",
     "AUS", "PRK", "CONCEDE", "removed from a sanctions list stays a concession"),
    ("Bolivia on Tuesday applied to join Mercosur.",
     "BOL", "MERCOSUR", "REQUEST", "applied to join"),
    ("On Tuesday Georgia deposited its request for membership of the European Union.",
     "GEO", "EU", "REQUEST", "deposited its request"),
    ("On Tuesday Burkina Faso announced its immediate withdrawal from ECOWAS.",
     "BFA", "ECOWAS", "SANCTION REJECT", "withdrawal from an organisation"),
    ("On Tuesday Venezuela withdrew from the Organization of American States.",
     "VEN", "OAS", "SANCTION REJECT", "withdrew from an organisation"),
    ("On Tuesday the Dutch parliament adopted a motion rejecting China's treatment of the "
     "Uyghurs.", "NLD", "CHN", "ACCUSE", "rejecting a party's conduct"),
    ("Croatia on Tuesday lifted its veto on Bosnia's membership talks with the EU.",
     "HRV", "BIH", "CONCEDE", "lifted its veto on talks"),
]

# pleadings: (text, source, target, accepted types, construction)
CASE_TITLE = "Land and Maritime Boundary (Ecuador v. Peru). "
PLEADINGS: list[tuple[str, str, str, str, str]] = [
    (CASE_TITLE + "On Tuesday Ecuador filed its Memorial.",
     "ECU", "PER", "ACCUSE", "applicant filed its memorial"),
    (CASE_TITLE + "On Tuesday Peru submitted three preliminary objections.",
     "PER", "ECU", "REJECT", "respondent submitted preliminary objections"),
    (CASE_TITLE + "On Tuesday Peru filed its Counter-Memorial.",
     "PER", "ECU", "REJECT", "respondent filed its counter-memorial"),
    (CASE_TITLE + "On Tuesday Colombia filed a declaration of intervention.",
     "COL", "PER", "ACCUSE", "intervener filed a declaration"),
]

# the act keeps its old type: (text, source, target, type, construction)
KEPT: list[tuple[str, str, str, str, str]] = [
    ("On Tuesday Russia announced the withdrawal of its troops from Armenia.",
     "RUS", "ARM", "RETREAT", "troops withdrawn from a state stay a retreat"),
    ("On Tuesday Chad withdrew its soldiers from the African Union force.",
     "TCD", "AU", "RETREAT", "soldiers withdrawn from a force stay a retreat"),
    ("On Tuesday Spain rejected Morocco's proposal.",
     "ESP", "MAR", "REJECT", "rejecting a proposal stays a refusal"),
]

NEGATIVE: list[tuple[str, str]] = [
    ("On Tuesday the United States designated a special envoy for the Venezuelan talks.",
     "designated an envoy"),
    ("On Tuesday Kenya designated Geneva as the venue for its talks with Somalia.",
     "designated a venue"),
    ("On Tuesday Japan removed the disputed clause from its programme with Korea.",
     "removed a clause, no one removed"),
    ("On Tuesday Serbia applied the new customs rules to imports from Kosovo.",
     "applied rules"),
    ("On Tuesday Kenya applied for a loan from the World Bank.", "applied for a loan"),
    ("On Tuesday the Polish president unveiled a memorial to the victims of the war.",
     "a memorial unveiled"),
    ("On Tuesday Ecuador filed a declaration of its assets with the tax office.",
     "a declaration with no case titled"),
    ("Slovakia's legislature on Tuesday agreed to lift its veto over the opening of Moldova's "
     "EU accession talks.", "talks a veto held up (no CONSULT)"),
]


def cases() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for text, src, tgt, types, how in POSITIVE + PLEADINGS + KEPT:
        rows.append(case(f"r22t: {how}", text, [expected_event(src, tgt, types, True, DAY)],
                         published=PUBLISHED))
    for text, how in NEGATIVE:
        rows.append(case(f"r22t near miss: {how}", text, [], published=PUBLISHED))
    return rows


if __name__ == "__main__":
    write_cases(__file__, "r22_triggers", cases())
