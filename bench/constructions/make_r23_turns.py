"""Write bench/constructions/r23_turns.jsonl: speakers, reactions and announcements.

Speaker turns name the speaker's state without a country: a joint appearance labels each
turn with its speaker, sometimes with an interpreter's note in brackets ('J. DOE
[interpretation from French]:') or by a word of a name billed in full in the heading
('PRESIDENT SILVA:' after 'President Marina Osório Silva Neto'); 'our ministers signed'
at such an appearance is both delegations. In an interview with one state's minister the
interviewer's 'you' is that state. A reaction may name the other party only through its
deed ('condemned the visit', 'dismissed the allegation', 'welcomed the decision of
parliament'). Aid that is committed or that a donor says it would contribute is an event
of the day it was announced.

Near misses: a 'you' at a joint appearance of two leaders (either could be meant), an
owner noun that names a body other than the doer, a conditional contribution, and money a
state commits to its own budget.

Deterministic and stdlib only: run `python bench/constructions/make_r23_turns.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" before it is 2024-03-05

E = expected_event
SHAPES: list[tuple[str, str, list[dict[str, Any]]]] = [
    ("label_bracket_note",
     "JOINT PRESS STATEMENTS\nChancellor of Germany Olaf Scholz and Prime Minister of Poland "
     "Donald Tusk\nBerlin, Friday, 8 March\n\nO. SCHOLZ [interpretation from German]: Dear "
     "Donald, welcome. We held long talks this morning.\n\nToday we signed a declaration on "
     "border security and rail links.",
     [E("DEU", "POL", "AGREE", False, "2024-03-08"),
      E("DEU", "POL", "CONSULT", False, "2024-03-08")]),
    ("label_bracket_note",
     "JOINT STATEMENTS TO THE PRESS\nPresident of Chile Gabriel Boric and President of "
     "Argentina Javier Milei\nSantiago, 8 March\n\nJ. MILEI [in Spanish; pool translation]: "
     "Thank you, Gabriel. Today we signed an agreement on lithium exploration.",
     [E("ARG", "CHL", "AGREE", False, "2024-03-08")]),
    ("label_quoted_note",
     "REMARKS TO THE MEDIA\nPresident of Kazakhstan Kassym-Jomart Tokayev and President of "
     "Uzbekistan Shavkat Mirziyoyev\nSamarkand, 8 March 2024\n\nS. MIRZIYOYEV [translated]: "
     "Esteemed guest, greetings.\n\nWe want Kazakhstan to remain a close partner [interpreter: "
     "\"our closest partner\"]. Today we signed a treaty on water sharing.",
     [E("UZB", "KAZ", "AGREE", False, "2024-03-08")]),
    ("label_billed_middle_name",
     "Record of the press appearance of President Gustavo Petro of Colombia and President "
     "Luiz Inácio Lula da Silva\nBogotá, 8 March 2024\n\nPRESIDENT LULA: Dear Gustavo, "
     "thank you. Today we signed an accord to protect the Amazon together.",
     [E("BRA", "COL", "AGREE", False, "2024-03-08")]),
    ("our_ministers_signed",
     "Transcript: joint statement by Prime Minister Narendra Modi and President Mohamed "
     "Muizzu of Maldives\nNew Delhi, 8 March 2024\n\nPRIME MINISTER MODI: Excellency, "
     "welcome. Today our ministers signed five agreements on health and fisheries.",
     [E("IND", "MDV", "AGREE", False, "2024-03-08")]),
    ("interviewer_you",
     "INTERVIEW\nMargus Tsahkna, Estonia's foreign minister, spoke to the Baltic Courier in "
     "Tallinn.\n\nBaltic Courier: Relations with Moscow are at a low point.\n\nMargus "
     "Tsahkna: They are. We have no illusions about the regime.\n\nBaltic Courier: On "
     "Tuesday you expelled a Russian diplomat for espionage. Was that planned?",
     [E("EST", "RUS", "SANCTION", True, "2024-03-05")]),
    ("interviewer_you",
     "INTERVIEW\nPenny Wong, Australia's foreign minister, spoke to the Pacific Desk in "
     "Canberra.\n\nPacific Desk: The region is watching.\n\nPenny Wong: It is, and we are "
     "listening.\n\nPacific Desk: On Tuesday you summoned the Chinese ambassador over the "
     "incident at sea. What did you tell him?",
     [E("AUS", "CHN", "ACCUSE PROTEST CONSULT", True, "2024-03-05")]),
    ("reaction_decision_of_body",
     "Yerevan, 8 March 2024. The Armenian parliament ratified the Rome Statute on Tuesday. "
     "Hours later the Ukrainian embassy welcomed the decision of parliament.",
     [E("UKR", "ARM", "SUPPORT", True, "2024-03-05")]),
    ("reaction_visit",
     "Budapest, 8 March 2024. Hungary's prime minister visited Minsk on Tuesday. Lithuania's "
     "foreign ministry condemned the visit.",
     [E("HUN", "BLR", "CONSULT", True, "2024-03-05"),
      E("LTU", "HUN", "ACCUSE PROTEST", True, "2024-03")]),
    ("reaction_dismissed_allegation",
     "Baku, 8 March 2024. On Tuesday Azerbaijan accused Armenia of shelling its positions. "
     "Armenia's defence ministry dismissed the allegation.",
     [E("AZE", "ARM", "ACCUSE", True, "2024-03-05"),
      E("ARM", "AZE", "REJECT", True, "2024-03")]),
    ("aid_committed",
     "Port Moresby, 8 March 2024. Australia on Tuesday committed A$200 million over four "
     "years for policing in Papua New Guinea.",
     [E("AUS", "PNG", "AID", True, "2024-03-05")]),
    ("aid_would_contribute",
     "Ottawa, 8 March 2024. Canada said on Wednesday it would contribute $25 million to "
     "Haiti's national police.",
     [E("CAN", "HTI", "AID", True, "2024-03-06")]),
    ("aid_would_contribute",
     "Tokyo, 8 March 2024. Japan announced on Tuesday that it would contribute $12 million "
     "towards Mongolia's new power grid.",
     [E("JPN", "MNG", "AID", True, "2024-03-05")]),
    # near misses
    ("joint_press_you_before_second_speaker_near_miss",
     "Joint press conference of President Andrzej Duda and Chancellor Olaf Scholz\n\n"
     "PRESIDENT DUDA: Welcome to Warsaw, dear Olaf.\n\nREPORTER (Radio Baltyk): Chancellor, "
     "you protested to Iran on Tuesday.",
     []),
    ("joint_question_you_near_miss",
     "Transcript: joint statement by President Emmanuel Macron and Chancellor Olaf Scholz\n"
     "Paris, 8 March 2024\n\nPRESIDENT MACRON: Dear Olaf, welcome to Paris.\n\nCHANCELLOR "
     "SCHOLZ: Thank you, Emmanuel.\n\nQUESTION (Radio Nord): On Tuesday you called the "
     "Chinese premier.",
     []),
    ("deed_noun_with_own_venue_near_miss",
     "Vilnius, 8 March 2024. The Latvian parliament ratified the accord with Canada on "
     "Tuesday. Belarus criticised the vote in the Council of Europe on Moldova.",
     [E("LVA", "CAN", "AGREE", False, "2024-03-05")]),
    ("decision_of_two_parliaments_near_miss",
     "Vilnius, 8 March 2024. The Latvian parliament ratified the accord with Canada. "
     "Estonia's parliament ratified a treaty with Finland. Belarus criticised the decision "
     "of parliament.",
     [E("LVA", "CAN", "AGREE", False, "2024-03-08"),
      E("EST", "FIN", "AGREE", False, "2024-03-08")]),
    ("decision_of_other_body_near_miss",
     "Yerevan, 8 March 2024. The Armenian parliament ratified the Rome Statute on Tuesday. "
     "Hours later the Ukrainian embassy welcomed the decision of the court.",
     []),
    ("conditional_contribution_near_miss",
     "Ottawa, 8 March 2024. Canada said on Wednesday it would contribute $25 million to "
     "Haiti's police if the mission were approved.",
     []),
    ("own_budget_commitment_near_miss",
     "Tokyo, 8 March 2024. Japan committed $3 billion to its own coast guard on Tuesday.",
     []),
]


def cases() -> list[dict[str, Any]]:
    """Every shape, published on one Friday."""
    return [case(name, text, expect, published=PUBLISHED) for name, text, expect in SHAPES]


if __name__ == "__main__":
    write_cases(__file__, "r23_turns", cases())
