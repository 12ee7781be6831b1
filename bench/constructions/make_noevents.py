"""Write bench/constructions/noevents.jsonl: text that names parties and an event word
but holds no event between two of them, or holds one and invites a second false pair.

The largest false-event class on the blind sets is a pair the annotator did not code:
several leaders at one summit, 'met X and Y officials', a venue city that is a party's
capital, background and history, opinion and forecasts, the third party as topic.
Deterministic and stdlib only: run `python bench/constructions/make_noevents.py`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

PUBLISHED = "2025-02-12"  # a Wednesday: "Tuesday" is 2025-02-11
DAY = "2025-02-11"

C: dict[str, tuple[str, str]] = {  # code: (country, adjective)
    "KAZ": ("Kazakhstan", "Kazakh"), "UZB": ("Uzbekistan", "Uzbek"),
    "BRA": ("Brazil", "Brazilian"), "IND": ("India", "Indian"),
    "ZAF": ("South Africa", "South African"), "IDN": ("Indonesia", "Indonesian"),
    "EGY": ("Egypt", "Egyptian"), "KEN": ("Kenya", "Kenyan"),
    "MEX": ("Mexico", "Mexican"), "ARG": ("Argentina", "Argentine"),
    "POL": ("Poland", "Polish"), "ITA": ("Italy", "Italian"),
    "VNM": ("Vietnam", "Vietnamese"), "PHL": ("the Philippines", "Philippine"),
    "NGA": ("Nigeria", "Nigerian"), "GHA": ("Ghana", "Ghanaian"),
    "SAU": ("Saudi Arabia", "Saudi"), "QAT": ("Qatar", "Qatari"),
    "JPN": ("Japan", "Japanese"), "AUS": ("Australia", "Australian"),
    "CHL": ("Chile", "Chilean"), "PER": ("Peru", "Peruvian"),
}
TRIPLES = [("KAZ", "UZB", "IND"), ("BRA", "ARG", "CHL"), ("ZAF", "NGA", "KEN"),
           ("IDN", "VNM", "PHL"), ("EGY", "SAU", "QAT"), ("MEX", "PER", "CHL"),
           ("POL", "ITA", "JPN"), ("JPN", "AUS", "IDN"), ("GHA", "NGA", "EGY"),
           ("IND", "BRA", "ZAF")]
CITIES = ["Vienna", "Geneva", "Doha", "Istanbul", "Oslo", "Riyadh", "Baku", "Abu Dhabi",
          "Jakarta", "Nairobi"]
BLOCS = ["BRICS", "G20", "ASEAN", "African Union", "Arab League", "G20", "NATO", "APEC",
         "ECOWAS", "BRICS"]
TOPICS = ["Iran's nuclear programme", "the war in Sudan", "Venezuela's election",
          "North Korea's missile tests", "the crisis in Myanmar", "Haiti's gangs",
          "the fighting in eastern Congo", "Syria's transition", "the Red Sea attacks",
          "Afghanistan's economy"]
COMPANIES = ["Siemens", "Samsung", "the Red Cross", "Airbus", "Human Rights Watch",
             "Toyota", "Oxfam", "Shell", "Amnesty International", "Hyundai"]

Shape = Callable[[str, str, str, int], tuple[str, list[dict[str, Any]]]]


def n(code: str) -> str:
    return C[code][0]


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def adj(code: str) -> str:
    return C[code][1]


def consult(a: str, b: str, day: str = DAY) -> dict[str, Any]:
    return {"pair": [a, b], "directed": False, "types": ["CONSULT"], "date": day}


SHAPES: dict[str, Shape] = {
    "summit_attendance": lambda a, b, c, i: (
        f"Leaders of {n(a)}, {n(b)} and {n(c)} gathered in {CITIES[i]} on Tuesday for the "
        f"{BLOCS[i]} summit, where trade and climate finance dominated the agenda.", []),
    "summit_attended_by": lambda a, b, c, i: (
        f"The {BLOCS[i]} summit in {CITIES[i]} on Tuesday was attended by the {adj(a)} "
        f"president and the {adj(b)} prime minister, among other leaders.", []),
    "met_x_and_y_officials": lambda a, b, c, i: (
        f"The {adj(c)} foreign minister met {adj(a)} and {adj(b)} officials in "
        f"{CITIES[i]} on Tuesday to discuss regional security.",
        [consult(c, a), consult(c, b)]),
    "met_company": lambda a, b, c, i: (
        f"{cap(n(a))}'s trade minister met executives of {COMPANIES[i]} on Tuesday to discuss "
        f"investment in the country's ports.", []),
    "background_strained": lambda a, b, c, i: (
        f"Relations between {n(a)} and {n(b)} have been strained since a border dispute "
        f"flared in 2008, and trade between them remains modest.", []),
    "history_war": lambda a, b, c, i: (
        f"{cap(n(a))} and {n(b)} fought a brief war over the disputed region decades ago, "
        f"a conflict that still shapes their politics.", []),
    "anniversary": lambda a, b, c, i: (
        f"{cap(n(a))} on Tuesday marked the 50th anniversary of the establishment of "
        f"diplomatic relations with {n(b)} with a concert in the capital.", []),
    "ambassador_said": lambda a, b, c, i: (
        f"{cap(n(a))}'s ambassador to {n(b)} said on Tuesday that the economy of "
        f"{n(c)} was growing faster than expected.", []),
    "opinion_could": lambda a, b, c, i: (
        f"Analysts say {n(a)} could seek closer ties with {n(b)} if the talks with "
        f"{n(c)} stall later this year.", []),
    "analysts_expect": lambda a, b, c, i: (
        f"Analysts expect {n(a)} to press {n(b)} on market access when ministers meet "
        f"next month.", []),
    "venue_capital": lambda a, b, c, i: (
        f"Officials from {n(a)} and {n(b)} held talks in {CITIES[i]} on Tuesday on a "
        f"new transit agreement.", [consult(a, b)]),
    "un_host": lambda a, b, c, i: (
        f"Speaking at the UN General Assembly in New York on Tuesday, the {adj(a)} "
        f"president called for reform of the Security Council.", []),
    "third_party_topic": lambda a, b, c, i: (
        f"The foreign ministers of {n(a)} and {n(b)} discussed {TOPICS[i]} by telephone "
        f"on Tuesday.", [consult(a, b)]),
    "third_party_country_topic": lambda a, b, c, i: (
        f"{cap(n(a))} and {n(b)} discussed the situation in {n(c)} during talks in the "
        f"{adj(a)} capital on Tuesday.", [consult(a, b)]),
    "headline_list": lambda a, b, c, i: (
        f"Also in the news: {n(a)} raises interest rates; {n(b)} opens new airport; "
        f"{n(c)} names new central bank chief.", []),
    "bloc_summit_members": lambda a, b, c, i: (
        f"{BLOCS[i]} leaders, including the presidents of {n(a)} and {n(b)}, met in "
        f"{CITIES[i]} on Tuesday to discuss food security.", []),
    "sidelines_bilateral": lambda a, b, c, i: (
        f"On the sidelines of the {BLOCS[i]} summit in {CITIES[i]} on Tuesday, the leaders "
        f"of {n(a)} and {n(b)} held a bilateral meeting, while {n(c)} sent its vice president.",
        [consult(a, b)]),
    # a plan the parties' officials announce is a planned meeting, dated to the year (as in
    # the modality bench); devset gold marks such plans optional, so coding it costs nothing
    "plan_to_meet": lambda a, b, c, i: (
        f"The {adj(a)} and {adj(b)} leaders are expected to meet at the {BLOCS[i]} summit "
        f"later this year, officials said on Tuesday.", [consult(a, b, DAY[:4])]),
    "no_plan_to_meet": lambda a, b, c, i: (
        f"There are no plans for the {adj(a)} and {adj(b)} leaders to meet at the "
        f"{BLOCS[i]} summit later this year, officials said on Tuesday.", []),
    "summit_attended_active": lambda a, b, c, i: (
        f"The {adj(a)} president and the {adj(b)} prime minister attended the {BLOCS[i]} "
        f"summit in {CITIES[i]} on Tuesday, where leaders adopted a statement on food prices.",
        []),
    "summit_attended_acl": lambda a, b, c, i: (
        f"The {BLOCS[i]} summit in {CITIES[i]}, attended by the leaders of {n(a)} and "
        f"{n(b)}, closed on Tuesday without a joint communique.", []),
    "summit_attended_then_met": lambda a, b, c, i: (
        f"The {adj(a)} president met the {adj(b)} prime minister in {CITIES[i]} on Tuesday on "
        f"the sidelines of the {BLOCS[i]} summit, which was attended by some 30 leaders.",
        [consult(a, b)]),
    "talks_with_x_and_y_officials": lambda a, b, c, i: (
        f"{cap(n(c))}'s deputy foreign minister held talks with {adj(a)} and {adj(b)} "
        f"diplomats in {CITIES[i]} on Tuesday on the transit corridor.",
        [consult(c, a), consult(c, b)]),
    "met_counterparts_trilateral": lambda a, b, c, i: (
        f"The {adj(c)} president met his {adj(a)} and {adj(b)} counterparts in {CITIES[i]} "
        f"on Tuesday for a three-way summit on energy.",
        [consult(c, a), consult(c, b), consult(a, b)]),
    "economists_predict": lambda a, b, c, i: (
        f"Economists predict {n(a)} will lift its tariffs on {n(b)}'s steel once the "
        f"elections are over, a survey showed on Tuesday.", []),
    "analysts_say_will": lambda a, b, c, i: (
        f"Analysts say {n(a)} will eventually recognise {n(b)}'s claim to the islands, "
        f"though officials in both capitals declined to comment on Tuesday.", []),
    "expected_to_sign_plan": lambda a, b, c, i: (
        f"{cap(n(a))} is expected to sign a trade agreement with {n(b)} next week, officials "
        f"said on Tuesday.", [{"pair": [a, b], "directed": False, "types": ["AGREE"],
                              "date": DAY[:7]}]),
}


def build() -> list[dict[str, Any]]:
    cases = []
    for name, shape in SHAPES.items():
        for i, (a, b, c) in enumerate(TRIPLES):
            text, expect = shape(a, b, c, i)
            cases.append({"construction": name, "text": text, "published": PUBLISHED,
                          "expect": expect})
    return cases


def main() -> None:
    out = Path(__file__).with_name("noevents.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for case in build():
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
