"""Write bench/constructions/falsepairs.jsonl: sentences that invite a false pair.

On unseen articles about half of the coder's events are false, mostly a meeting or an
agreement between a pair the annotator never coded: an organisation whose gathering was only
attended, states named inside a gathering's name, two deliverers of aid paired with each
other, a venue city read as a party. Each construction varies the states, the bloc and the
verb; most expect no event or only the one right pair, and a few near misses keep the true
event the rule must not remove. Deterministic and stdlib only:
run `python bench/constructions/make_falsepairs.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casekit import expected_event, write_cases

PUBLISHED = "2025-06-12"  # a Thursday: 'Tuesday' is 2025-06-10, 'tomorrow' 2025-06-13
DAY = "2025-06-10"

C: dict[str, tuple[str, str, str]] = {  # code: (country, adjective, leader)
    "KAZ": ("Kazakhstan", "Kazakh", "President Kassym-Jomart Tokayev"),
    "IND": ("India", "Indian", "Prime Minister Narendra Modi"),
    "BRA": ("Brazil", "Brazilian", "President Luiz Inacio Lula da Silva"),
    "KEN": ("Kenya", "Kenyan", "President William Ruto"),
    "EGY": ("Egypt", "Egyptian", "President Abdel Fattah al-Sisi"),
    "IDN": ("Indonesia", "Indonesian", "President Prabowo Subianto"),
    "MEX": ("Mexico", "Mexican", "President Claudia Sheinbaum"),
    "POL": ("Poland", "Polish", "Prime Minister Donald Tusk"),
    "VNM": ("Vietnam", "Vietnamese", "Prime Minister Pham Minh Chinh"),
    "NGA": ("Nigeria", "Nigerian", "President Bola Tinubu"),
    "JPN": ("Japan", "Japanese", "Prime Minister Shigeru Ishiba"),
    "FRA": ("France", "French", "President Emmanuel Macron"),
}
# (state, bloc code, bloc name, body of the bloc, host city)
BLOC_ROWS = [
    ("KAZ", "SCO", "SCO", "Council of Heads of State", "Astana"),
    ("KEN", "AU", "African Union", "Assembly of Heads of State and Government", "Addis Ababa"),
    ("IDN", "ASEAN", "ASEAN", "Council of Foreign Ministers", "Kuala Lumpur"),
    ("EGY", "LAS", "Arab League", "Council of Ministers", "Cairo"),
    ("POL", "NATO", "NATO", "Council of Defence Ministers", "Brussels"),
    ("NGA", "ECOWAS", "ECOWAS", "Authority of Heads of State", "Abuja"),
    ("MEX", "OAS", "OAS", "Permanent Council", "Washington"),
    ("IND", "SCO", "Shanghai Cooperation Organisation", "Council of Foreign Ministers", "Qingdao"),
]
PAIRS = [("KAZ", "IND"), ("BRA", "KEN"), ("EGY", "IDN"), ("MEX", "POL"), ("VNM", "NGA"),
         ("JPN", "FRA"), ("IND", "EGY"), ("KEN", "VNM")]
ATTEND = ["took part on Tuesday in", "attended on Tuesday", "addressed on Tuesday",
          "joined on Tuesday", "took part on Tuesday in", "attended on Tuesday",
          "addressed on Tuesday", "joined on Tuesday"]

Row = tuple[str, str, str, str, str]
Shape = Callable[[int], tuple[str, list[dict[str, Any]]]]


def leader(code: str) -> str:
    return C[code][2]


def adj(code: str) -> str:
    return C[code][1]


def consult(a: str, b: str, day: str = DAY) -> dict[str, Any]:
    return expected_event(a, b, "CONSULT", directed=False, date=day)


def organ_meeting(i: int) -> tuple[str, list[dict[str, Any]]]:
    state, _, bloc, body, city = BLOC_ROWS[i]
    return (f"{leader(state)} {ATTEND[i]} the meeting of the {body} of the {bloc} in {city}, "
            f"which adopted a declaration on trade.", [])


def organ_meeting_planned(i: int) -> tuple[str, list[dict[str, Any]]]:
    state, _, bloc, body, _ = BLOC_ROWS[i]
    return (f"Tomorrow {leader(state)} will take part in the session of the {body} of the "
            f"{bloc}.", [])


def organ_meeting_sideline(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    _, _, bloc, body, city = BLOC_ROWS[i]
    return (f"On the sidelines of the meeting of the {body} of the {bloc} in {city} on "
            f"Tuesday, the {adj(a)} foreign minister held talks with his {adj(b)} "
            f"counterpart.", [consult(a, b)])


def officer_of_bloc(i: int) -> tuple[str, list[dict[str, Any]]]:
    state, code, bloc, _, city = BLOC_ROWS[i]
    return (f"{leader(state)} met the Secretary General of the {bloc} in {city} on Tuesday "
            f"to discuss the bloc's budget.", [consult(state, code)])


def chair_of_body(i: int) -> tuple[str, list[dict[str, Any]]]:
    state, code, bloc, body, _ = BLOC_ROWS[i]
    return (f"On Tuesday {leader(state)} received the chair of the {body} of the {bloc}, "
            f"who briefed him on the bloc's mediation.", [consult(state, code)])


TOPICS = ["climate", "water", "nuclear security", "food security", "ocean", "migration",
          "artificial intelligence", "health"]
CITIES = ["Geneva", "Vienna", "Lisbon", "Nairobi", "Oslo", "Montreal", "Bern", "Dakar"]
OPEN = ["summit", "conference", "forum", "summit", "conference", "forum", "summit",
        "conference"]
# bodies whose own name holds a nationality or region word
NAMED_BODIES = [("OAS", "Organization of American States"),
                ("ECOWAS", "Economic Community of West African States"),
                ("CELAC", "Community of Latin American and Caribbean States"),
                ("OAS", "Organisation of American States"),
                ("ECOWAS", "Economic Community of West African States"),
                ("CELAC", "Community of Latin American and Caribbean States"),
                ("OAS", "Organization of American States"),
                ("ECOWAS", "Economic Community of West African States")]
BODY_HOSTS = ["Washington", "Abuja", "Tegucigalpa", "Asuncion", "Accra", "Santo Domingo",
              "Lima", "Dakar"]


def open_summit_pair(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    return (f"The {adj(a)} and {adj(b)} leaders attended the {TOPICS[i]} {OPEN[i]} in "
            f"{CITIES[i]} on Tuesday.", [])


def open_summit_states(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    return (f"{C[a][0]} and {C[b][0]} attended a {TOPICS[i]} {OPEN[i]} in {CITIES[i]} on "
            f"Tuesday, where a declaration was adopted.", [])


def summit_between_pair(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    return (f"The {adj(a)} and {adj(b)} leaders held a summit in {CITIES[i]} on Tuesday "
            f"on {TOPICS[i]}.", [consult(a, b)])


def met_at_open_summit(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    return (f"The {adj(a)} and {adj(b)} leaders met on the sidelines of the {TOPICS[i]} "
            f"{OPEN[i]} in {CITIES[i]} on Tuesday.", [consult(a, b)])


def summit_with_leader(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    return (f"On Tuesday {leader(a)} attended a summit with {leader(b)} in {CITIES[i]}.",
            [consult(a, b)])


def named_body_meeting(i: int) -> tuple[str, list[dict[str, Any]]]:
    a = PAIRS[i][0]
    _, body = NAMED_BODIES[i]
    return (f"On Tuesday the {adj(a)} foreign minister flew to {BODY_HOSTS[i]} for the "
            f"meeting of the {body}.", [])


def named_body_officer(i: int) -> tuple[str, list[dict[str, Any]]]:
    a = PAIRS[i][0]
    code, body = NAMED_BODIES[i]
    return (f"On Tuesday the {adj(a)} foreign minister met the Secretary General of the "
            f"{body} in {BODY_HOSTS[i]}.", [consult(a, code)])


def parallel_deliverers(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    return ("Relief flights reached the island on Thursday once the runway was cleared. "
            f"A {adj(a)} air force transport plane delivered tents, blankets and generators, "
            f"and a {adj(b)} navy ship arrived with food a few hours later.", [])


MEMBER_BLOCS = [("EU", "European Union"), ("ASEAN", "ASEAN"), ("AU", "African Union"),
                ("EU", "EU"), ("NATO", "NATO"), ("ASEAN", "ASEAN"), ("AU", "African Union"),
                ("EU", "EU")]
MEMBER_OFFICES = ["head of state", "foreign minister", "leader", "prime minister",
                  "defence minister", "head of government", "president", "finance minister"]


def members_officer(i: int) -> tuple[str, list[dict[str, Any]]]:
    _, b = PAIRS[i]
    _, bloc = MEMBER_BLOCS[i]
    article = "an" if bloc[0] in "AEIOU" else "a"
    return (f"On Tuesday {article} {bloc} {MEMBER_OFFICES[i]} met the {adj(b)} foreign "
            f"minister, according to diplomats who declined to say which country he "
            f"represented.", [])


def visit_by_members_officer(i: int) -> tuple[str, list[dict[str, Any]]]:
    a, b = PAIRS[i]
    _, bloc = MEMBER_BLOCS[i]
    article = "an" if bloc[0] in "AEIOU" else "a"
    return (f"{leader(a)} arrived in {C[b][0]} on Tuesday, the first visit there by "
            f"{article} {bloc} {MEMBER_OFFICES[i]} in a decade.",
            [expected_event(a, b, "CONSULT", directed=True, date=DAY)])


def blocs_own_officer(i: int) -> tuple[str, list[dict[str, Any]]]:
    _, b = PAIRS[i]
    code, bloc = MEMBER_BLOCS[i]
    office = ["foreign policy chief", "envoy", "chief negotiator", "envoy", "Secretary General",
              "special envoy", "commission chairperson", "trade commissioner"][i]
    return (f"The {bloc} {office} met the {adj(b)} foreign minister on Tuesday.",
            [consult(code, b)])


SHAPES: dict[str, Shape] = {
    "members_officer_indefinite": members_officer,
    "visit_by_a_members_officer": visit_by_members_officer,
    "blocs_own_officer_kept": blocs_own_officer,
    "open_summit_attended_pair": open_summit_pair,
    "open_summit_attended_states": open_summit_states,
    "summit_held_by_pair": summit_between_pair,
    "summit_with_leader_attended": summit_with_leader,
    "met_on_open_summit_sidelines": met_at_open_summit,
    "named_body_meeting_trip": named_body_meeting,
    "named_body_officer_met": named_body_officer,
    "parallel_deliverers_no_recipient": parallel_deliverers,
    "organ_meeting_attended": organ_meeting,
    "organ_meeting_planned": organ_meeting_planned,
    "organ_meeting_sideline_talks": organ_meeting_sideline,
    "officer_of_bloc_met": officer_of_bloc,
    "chair_of_bloc_body_received": chair_of_body,
}


def build() -> list[dict[str, Any]]:
    cases = []
    for name, shape in SHAPES.items():
        for i in range(len(BLOC_ROWS)):
            text, expect = shape(i)
            cases.append({"construction": name, "text": text, "published": PUBLISHED,
                          "expect": expect})
    return cases


if __name__ == "__main__":
    write_cases(__file__, "falsepairs", build())
