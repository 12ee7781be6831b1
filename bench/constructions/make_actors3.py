"""Write bench/constructions/actors3.jsonl: who an actor is, as blind articles write it.

Round 19 opened a blind set and found parties lost or misread in ways the team's own
wording never tried: a double surname whose second half is a leader's surname ('Garcia-Pena'
is no Mexican president), a chronology entry whose date the tagger runs on into the name
after the dash ('March 4 - Aoun and ...'), office holders of 2024-2025 missing from the
tables, nationality adjectives written after their noun by translations from French or
Spanish ('the government malian'), a briefing whose unnamed spokesperson's state only the
journalists' questions name ('What is China's comment?'), airports standing for the country
reached, and an attack named again by a bare noun long after its author ('the strikes').
Each construction varies the parties, the verbs and the dates, with near-miss negatives.
Run: python bench/constructions/make_actors3.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import expected_event, write_cases

PUBLISHED = "2025-04-10"
DATE = "2025-04-08"


def ev(a: str, b: str, types: str, directed: bool = True, date: str = DATE) -> dict[str, Any]:
    return expected_event(a, b, types, directed, date)


def case(con: str, text: str, expect: list[dict[str, Any]],
         published: str = PUBLISHED) -> dict[str, Any]:
    return {"construction": con, "text": text, "published": published, "expect": expect}


# (double surname whose second half is an official's surname, the person's state, partner)
DOUBLES = [("Daniel Garcia-Pena", "Colombia", "COL", "Kenya", "KEN"),
           ("Lucia Ortiz-Sanchez", "Peru", "PER", "Ghana", "GHA"),
           ("Martin Vidal-Macron", "Chile", "CHL", "Japan", "JPN"),
           ("Ana Torres-Petro", "Ecuador", "ECU", "Egypt", "EGY"),
           ("Jorge Reyes-Milei", "Bolivia", "BOL", "Poland", "POL"),
           ("Paula Mendes-Lula", "Angola", "AGO", "Vietnam", "VNM"),
           ("Tomas Herrera-Noboa", "Panama", "PAN", "Norway", "NOR"),
           ("Elena Ramos-Boric", "Uruguay", "URY", "Thailand", "THA")]


def double_surnames() -> list[dict[str, Any]]:
    """A hyphened double surname is one person's name, not the leader sharing its second half."""
    out = []
    for name, state, code, partner, pcode in DOUBLES:
        out.append(case("double_surname_is_another_person",
                        f"{name}, the ambassador of {state}, met officials of {partner} on Tuesday.",
                        [ev(code, pcode, "CONSULT", False)]))
    out.append(case("double_surname_is_another_person",
                    "The Erdogan-Putin meeting in Sochi took place on Tuesday.",
                    [ev("TUR", "RUS", "CONSULT", False)]))
    out.append(case("double_surname_is_another_person",
                    "Talks between Macron and Ana Garcia-Lula, a banker, ended on Tuesday.",
                    []))
    return out


# (entry's opening names, parties, verb phrase, types)
ENTRIES = [("Aoun and al-Sharaa met", "LBN", "SYR", "CONSULT"),
           ("Aoun met Erdogan", "LBN", "TUR", "CONSULT"),
           ("Salam held talks with al-Sharaa", "LBN", "SYR", "CONSULT"),
           ("Menassa and Abu Qasra agreed on a ceasefire", "LBN", "SYR", "AGREE"),
           ("Pezeshkian met Aoun", "IRN", "LBN", "CONSULT"),
           ("Sheinbaum spoke by telephone with Carney", "MEX", "CAN", "CONSULT"),
           ("Lai accused China of coercion", "TWN", "CHN", "ACCUSE"),
           ("Nawrocki met Zelensky", "POL", "UKR", "CONSULT")]


def chronology_entries() -> list[dict[str, Any]]:
    """'April 8 - Aoun met ...': a name right after a chronology entry's dash."""
    out = []
    for text, a, b, typ in ENTRIES:
        directed = typ not in ("CONSULT", "AGREE")
        out.append(case("chronology_dash_then_surname", f"2025\n\nApril 8 - {text} in Cairo.",
                        [ev(a, b, typ, directed)], "2025-12-01"))
    out.append(case("chronology_dash_then_surname",
                    "2025\n\nApril 8 - May and June were dry months in Cairo.", [], "2025-12-01"))
    return out


# (sentence naming an official of 2024-2025 by name only, the expected event, published)
HOLDERS = [
    ("Luis Gilberto Murillo met Kenyan officials in Nairobi on 8 January.",
     ev("COL", "KEN", "CONSULT", False, "2025-01-08"), "2025-01-10"),
    ("Foreign Minister Murillo accused Venezuela of fraud on 8 January.",
     ev("COL", "VEN", "ACCUSE", True, "2025-01-08"), "2025-01-10"),
    ("Harini Amarasuriya met Indian officials in Colombo on 8 April.",
     ev("LKA", "IND", "CONSULT", False), PUBLISHED),
    ("Lin Chia-lung accused China of intimidation on 8 April.",
     ev("TWN", "CHN", "ACCUSE"), PUBLISHED),
    ("Nawaf Salam visited Damascus on 8 April.", ev("LBN", "SYR", "CONSULT"), PUBLISHED),
    ("Joseph Aoun received Ahmed al-Sharaa on 8 April.", ev("LBN", "SYR", "CONSULT", False),
     PUBLISHED),
    ("Tene Birahima Ouattara visited Bamako on 8 April.", ev("CIV", "MLI", "CONSULT"), PUBLISHED),
    ("Laura Sarabia met Chinese officials in Beijing on 8 April.",
     ev("COL", "CHN", "CONSULT", False), PUBLISHED),
]


def office_holders() -> list[dict[str, Any]]:
    """Office holders of 2024-2025 named by name only."""
    out = [case("office_holder_2024_2025", text, [event], pub) for text, event, pub in HOLDERS]
    out.append(case("office_holder_2024_2025",
                    "Carlos Murillo, a football coach, met Kenyan officials in Nairobi on 8 April.",
                    []))
    return out


# (post-posed phrase, code, partner sentence part, partner code, verb, types, directed)
POSTPOSED = [("The government malian", "MLI", "Côte d'Ivoire", "CIV", "accused", "ACCUSE"),
             ("The spokesman of the government burkinabe", "BFA", "France", "FRA", "accused",
              "ACCUSE"),
             ("The minister of the foreign affairs senegalese", "SEN", "Bamako", "MLI", "visited",
              "CONSULT"),
             ("The head of the transition guinean", "GIN", "Togo", "TGO", "visited", "CONSULT"),
             ("The authorities nigerien", "NER", "Benin", "BEN", "accused", "ACCUSE"),
             ("The president ivorian", "CIV", "Ghana", "GHA", "thanked", "SUPPORT"),
             ("The army colombian", "COL", "Venezuela", "VEN", "accused", "ACCUSE"),
             ("The chancellery mexican", "MEX", "Ecuador", "ECU", "condemned", "ACCUSE")]


def postposed_adjectives() -> list[dict[str, Any]]:
    """Translations from French or Spanish put the nationality after its noun, in lower case."""
    out = []
    for subject, code, partner, pcode, verb, typ in POSTPOSED:
        out.append(case("postposed_nationality_adjective",
                        f"{subject} {verb} {partner} on 8 April.", [ev(code, pcode, typ)]))
    out.append(case("postposed_nationality_adjective",
                    "The ministers polish their speeches before the summit on 8 April.", []))
    out.append(case("postposed_nationality_adjective",
                    "The government spanish-language channel criticised Peru on 8 April.", []))
    return out


# (asking phrase, answerer, answer sentence, partner, types)
BRIEFINGS = [("What is China's comment?", "CHN", "We urge the Philippines to stop its provocations.",
              "PHL", "REQUEST"),
             ("What is China's response?", "CHN", "We firmly reject the accusations of Japan.",
              "JPN", "REJECT"),
             ("What is Russia's position?", "RUS", "We call on Moldova to release the detained men.",
              "MDA", "REQUEST"),
             ("What is Iran's reaction?", "IRN", "We condemn the statement of Germany.", "DEU",
              "ACCUSE"),
             ("What is India's response?", "IND", "We reject the remarks made by Canada.", "CAN",
              "REJECT"),
             ("What is Turkey's comment?", "TUR", "We urge Greece to respect the agreements.",
              "GRC", "REQUEST")]


def briefing_answerer() -> list[dict[str, Any]]:
    """An unnamed spokesperson speaks for the party whose comment the journalist asks for."""
    out = []
    for ask, code, answer, pcode, typ in BRIEFINGS:
        text = (f"Foreign Ministry Spokesperson's Regular Press Conference on April 8, 2025\n\n"
                f"Reuters: Officials raised the matter this week. {ask}\n\n"
                f"Spokesperson: {answer}")
        out.append(case("briefing_answerer_from_question", text, [ev(code, pcode, typ)]))
    out.append(case("briefing_answerer_from_question",
                    "Foreign Ministry Spokesperson's Regular Press Conference on April 8, 2025\n\n"
                    "Reuters: Officials raised the matter this week. Do you have a comment?\n\n"
                    "Spokesperson: We urge restraint by all sides.", []))
    return out


# (airport or capital, state, code, donor, donor code)
LANDINGS = [("Fua'amotu airport", "TON", "New Zealand", "NZL"),
            ("Faleolo airport", "WSM", "Australia", "AUS"),
            ("Bauerfield airport", "VUT", "France", "FRA"),
            ("Bonriki airport", "KIR", "Japan", "JPN"),
            ("Nuku'alofa", "TON", "Australia", "AUS"),
            ("Funafuti", "TUV", "New Zealand", "NZL")]


def airports() -> list[dict[str, Any]]:
    """A country's airport or capital as where aid was delivered."""
    out = []
    for place, code, donor, dcode in LANDINGS:
        out.append(case("airport_stands_for_country",
                        f"{donor} delivered relief supplies to {place} on 8 April.",
                        [ev(dcode, code, "AID")]))
    out.append(case("airport_stands_for_country",
                    "The Chinese and Japanese envoys met at Heathrow on 8 April.",
                    [ev("CHN", "JPN", "CONSULT", False)]))
    return out


# (author's deed, author code, struck code, condemner, condemner code)
ATTACKS = [("Iran's Revolutionary Guards fired missiles at Erbil", "IRN", "IRQ", "Washington", "USA"),
           ("Russia's army fired rockets at Kharkiv", "RUS", "UKR", "Berlin", "DEU"),
           ("North Korea's military launched missiles toward Japan", "PRK", "JPN", "Seoul", "KOR"),
           ("Israel's air force struck targets in Beirut", "ISR", "LBN", "Paris", "FRA"),
           ("Pakistan's forces fired shells at Indian posts", "PAK", "IND", "London", "GBR"),
           ("Azerbaijan's troops fired drones at Armenian posts", "AZE", "ARM", "Paris", "FRA")]


def attack_named_again() -> list[dict[str, Any]]:
    """'the strikes', some sentences later, are the known author's."""
    out = []
    for deed, author, struck, condemner, ccode in ATTACKS:
        text = (f"{deed} on Monday. Officials said the strikes killed four people. "
                f"Local leaders called for calm. Rescue teams searched the rubble. "
                f"On 8 April, {condemner} condemned the strikes as reckless.")
        out.append(case("attack_author_from_context", text, [
            ev(author, struck, "ASSAULT", True, "2025-04-07"), ev(ccode, author, "ACCUSE")]))
    out.append(case("attack_author_from_context",
                    "Police fired tear gas at protesters in Lima on Monday. On 8 April, Washington "
                    "condemned the strikes by unions as illegal.", []))
    return out


def main() -> None:
    rows = (double_surnames() + chronology_entries() + office_holders() + postposed_adjectives()
            + briefing_answerer() + airports() + attack_named_again())
    write_cases(__file__, "actors3", rows)


if __name__ == "__main__":
    main()
