"""Write bench/constructions/readouts.jsonl: ministry and presidential readouts.

Readouts and machine-translated regional outlets tell a meeting in their own
syntax: "A telephone conversation took place between ...", "Was held a meeting
of the Minister ... with ...", "received in audience", "received the
credentials of", "handed over a message of President X addressed to ...",
"expressed condolences to", "congratulated X on", long titles with 'of' before
the name, "the Head of State", "the interlocutors", "the Azerbaijani side".
Gold sets code a message, a letter, congratulations and condolences as a
directed CONSULT (with SUPPORT for congratulations and condolences), a
reception or a call as an undirected CONSULT and a visit as a directed one.
Near misses sit beside them: readiness to hold talks, the prospects of a visit,
an ambassador meeting a company, a minister meeting a body of his own state;
a letter one intends to send is coded as a plan, as the modality bench has it.

Deterministic and stdlib only: run `python bench/constructions/make_readouts.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2025-02-12"  # a Wednesday: "Tuesday" is 2025-02-11
DAY = "2025-02-11"
WHEN = "On 11 February"

# s: state code, c: country, adj: adjective, lt/ln: leader's title and name,
# ft/fn: foreign minister's title and name, cap: capital.
P: dict[str, dict[str, str]] = {
    "KAZ": dict(c="Kazakhstan", adj="Kazakh", lt="President", ln="Kassym-Jomart Tokayev",
                fn="Murat Nurtleu", cap="Astana"),
    "UZB": dict(c="Uzbekistan", adj="Uzbek", lt="President", ln="Shavkat Mirziyoyev",
                fn="Bakhtiyor Saidov", cap="Tashkent"),
    "AZE": dict(c="Azerbaijan", adj="Azerbaijani", lt="President", ln="Ilham Aliyev",
                fn="Jeyhun Bayramov", cap="Baku"),
    "HUN": dict(c="Hungary", adj="Hungarian", lt="Prime Minister", ln="Viktor Orban",
                fn="Peter Szijjarto", cap="Budapest"),
    "TUR": dict(c="Turkey", adj="Turkish", lt="President", ln="Recep Tayyip Erdogan",
                fn="Hakan Fidan", cap="Ankara"),
    "EGY": dict(c="Egypt", adj="Egyptian", lt="President", ln="Abdel Fattah al-Sisi",
                fn="Badr Abdelatty", cap="Cairo"),
    "PAK": dict(c="Pakistan", adj="Pakistani", lt="Prime Minister", ln="Shehbaz Sharif",
                fn="Ishaq Dar", cap="Islamabad"),
    "BRA": dict(c="Brazil", adj="Brazilian", lt="President", ln="Luiz Inacio Lula da Silva",
                fn="Mauro Vieira", cap="Brasilia"),
    "KEN": dict(c="Kenya", adj="Kenyan", lt="President", ln="William Ruto",
                fn="Musalia Mudavadi", cap="Nairobi"),
    "IDN": dict(c="Indonesia", adj="Indonesian", lt="President", ln="Prabowo Subianto",
                fn="Sugiono", cap="Jakarta"),
    "SRB": dict(c="Serbia", adj="Serbian", lt="President", ln="Aleksandar Vucic",
                fn="Marko Djuric", cap="Belgrade"),
    "KGZ": dict(c="Kyrgyzstan", adj="Kyrgyz", lt="President", ln="Sadyr Japarov",
                fn="Jeenbek Kulubaev", cap="Bishkek"),
    "ARM": dict(c="Armenia", adj="Armenian", lt="Prime Minister", ln="Nikol Pashinyan",
                fn="Ararat Mirzoyan", cap="Yerevan"),
    "DZA": dict(c="Algeria", adj="Algerian", lt="President", ln="Abdelmadjid Tebboune",
                fn="Ahmed Attaf", cap="Algiers"),
    "MYS": dict(c="Malaysia", adj="Malaysian", lt="Prime Minister", ln="Anwar Ibrahim",
                fn="Mohamad Hasan", cap="Kuala Lumpur"),
    "ITA": dict(c="Italy", adj="Italian", lt="Prime Minister", ln="Giorgia Meloni",
                fn="Antonio Tajani", cap="Rome"),
    "NGA": dict(c="Nigeria", adj="Nigerian", lt="President", ln="Bola Tinubu",
                fn="Yusuf Tuggar", cap="Abuja"),
    "VNM": dict(c="Vietnam", adj="Vietnamese", lt="Prime Minister", ln="Pham Minh Chinh",
                fn="Bui Thanh Son", cap="Hanoi"),
    "GEO": dict(c="Georgia", adj="Georgian", lt="Prime Minister", ln="Irakli Kobakhidze",
                fn="Maka Botchorishvili", cap="Tbilisi"),
    "MEX": dict(c="Mexico", adj="Mexican", lt="President", ln="Claudia Sheinbaum",
                fn="Juan Ramon de la Fuente", cap="Mexico City"),
}

FEMALE = {"ITA", "MEX"}

PAIRS: list[tuple[str, str]] = [
    ("KAZ", "HUN"), ("AZE", "UZB"), ("TUR", "KEN"), ("EGY", "SRB"), ("PAK", "MYS"),
    ("BRA", "NGA"), ("IDN", "VNM"), ("KGZ", "ITA"), ("ARM", "GEO"), ("DZA", "MEX"),
]

TOPICS = ["trade and energy", "transport corridors", "investment and agriculture",
          "regional security", "education and culture"]


def fm(code: str) -> str:
    """'Minister of Foreign Affairs of Hungary Peter Szijjarto' (title before name)."""
    p = P[code]
    return f"Minister of Foreign Affairs of {p['c']} {p['fn']}"


def leader(code: str) -> str:
    """'President of Kazakhstan Kassym-Jomart Tokayev'."""
    p = P[code]
    return f"{p['lt']} of {p['c']} {p['ln']}"


def consult(a: str, b: str, directed: bool = False) -> dict[str, Any]:
    return {"pair": [a, b], "directed": directed, "types": ["CONSULT"], "date": DAY}


def message(a: str, b: str) -> dict[str, Any]:
    return {"pair": [a, b], "directed": True, "types": ["CONSULT", "SUPPORT"], "date": DAY}


Case = tuple[str, list[dict[str, Any]]]


def shapes(a: str, b: str, i: int) -> dict[str, Case]:
    """Every construction told for the pair (a, b); i varies the topic."""
    pa, pb = P[a], P[b]
    topic = TOPICS[i % len(TOPICS)]
    return {
        "phone-took-place": (
            f"{WHEN}, a telephone conversation took place between {leader(a)} and "
            f"{leader(b)}. The sides discussed {topic}.", [consult(a, b)]),
        "was-held-meeting": (
            f"{WHEN} in {pa['cap']} was held a meeting of the {fm(a)} with the "
            f"{fm(b)}. Issues of {topic} were considered.", [consult(a, b)]),
        "title-of-met-with": (
            f"{WHEN}, {fm(a)} met with the {fm(b)} on the sidelines of the forum "
            f"to discuss {topic}.", [consult(a, b)]),
        "received-in-audience": (
            f"{WHEN}, {leader(a)} received in audience the Ambassador of {pb['c']} to "
            f"{pa['c']}. The interlocutors exchanged views on {topic}.", [consult(a, b)]),
        "received-credentials": (
            f"{WHEN}, {leader(a)} received the credentials of the newly appointed "
            f"Ambassador Extraordinary and Plenipotentiary of {pb['c']}.", [consult(a, b)]),
        "head-of-state-received": (
            f"{pa['cap']}, 11 February. The Head of State {pa['ln']} received the "
            f"{fm(b)}, who is in {pa['c']} on a working visit.", [consult(a, b)]),
        "framework-visit": (
            f"Within the framework of the official visit to {pb['c']}, {fm(a)} held "
            f"talks {WHEN[0].lower() + WHEN[1:]} with {pb['lt']} {pb['ln']}.",
            [consult(a, b)]),
        "paid-visit-invitation": (
            f"{WHEN}, {leader(a)} paid an official visit to {pb['c']} at the invitation "
            f"of {pb['lt']} {pb['ln']}.", [consult(a, b, True)]),
        "during-conversation-sides": (
            f"{WHEN}, {pa['lt']} {pa['ln']} had a telephone conversation with "
            f"{pb['lt']} {pb['ln']}. During the conversation, the sides discussed "
            f"{topic} and noted with satisfaction the growth of mutual trade.",
            [consult(a, b)]),
        "exchange-of-views": (
            f"{WHEN}, talks were held between the {fm(a)} and the {fm(b)}. An exchange "
            f"of views took place on {topic}, and the meeting was attended by the "
            f"ambassadors of the two countries.", [consult(a, b)]),
        "handed-message": (
            f"{WHEN}, the {fm(a)} handed over a message of {pa['lt']} {pa['ln']} "
            f"addressed to {pb['lt']} {pb['ln']}.", [message(a, b)]),
        "conveyed-greetings": (
            f"{WHEN}, {pb['lt']} {pb['ln']} received the {fm(a)}, who conveyed the "
            f"greetings of {pa['lt']} {pa['ln']}.", [consult(a, b)]),
        "expressed-condolences": (
            f"{WHEN}, {leader(a)} expressed condolences to {pb['lt']} {pb['ln']} over "
            f"the victims of the floods.", [message(a, b)]),
        "congratulated-on": (
            f"{WHEN}, {leader(a)} congratulated {pb['lt']} {pb['ln']} on the national "
            f"day of {pb['c']}.", [message(a, b)]),
        "adjective-side": (
            f"{WHEN}, the delegations of {pa['c']} and {pb['c']} held consultations in "
            f"{pb['cap']}. The {pa['adj']} side was headed by the {fm(a)}.",
            [consult(a, b)]),
        "received-message-of": (
            f"{WHEN}, {pb['lt']} {pb['ln']} received a message of {pa['lt']} {pa['ln']}, "
            f"which was handed over by the Ambassador of {pa['c']}.", [message(a, b)]),
        "presented-credentials": (
            f"{WHEN}, the newly appointed Ambassador of {pa['c']} presented his credentials "
            f"to {leader(b)}.", [consult(a, b)]),
        "neg-message-to-forum": (
            f"{WHEN}, the {fm(a)} read out a message of {pa['lt']} {pa['ln']} addressed to "
            f"the participants of the investment forum in {pb['cap']}.", []),
        "neg-meeting-with-diaspora": (
            f"{WHEN} in {pb['cap']} was held a meeting of the {fm(a)} with representatives "
            f"of the {pa['adj']} diaspora living in {pb['c']}.", []),
        "side-as-party": (
            f"{WHEN}, at the political consultations in {pa['cap']}, Deputy Minister of "
            f"Foreign Affairs of {pa['c']} and the {pb['adj']} side exchanged views on "
            f"{topic}.", [consult(a, b)]),
        "held-talk-no-article": (
            f"In the afternoon of 11 February, at the Presidential Palace, {pa['lt']} "
            f"{pa['ln']} held talk with {pb['lt']} of {pb['c']} {pb['ln']}.",
            [consult(a, b)]),
        "thanked-the-side": (
            f"{WHEN}, the {fm(a)} met with the Ambassador of {pb['c']} and thanked the "
            f"{pb['adj']} side for its support.",  # gold codes thanks as SUPPORT
            [consult(a, b), {**consult(a, b, True), "types": ["SUPPORT"]}]),
        "neg-readiness-talks": (
            f"{WHEN}, the {fm(a)} said in an interview that {pa['c']} expressed readiness "
            f"to hold talks with {pb['c']} on {topic}.", []),
        "neg-prospects-visit": (
            f"{WHEN}, {pa['lt']} {pa['ln']} chaired a session of the Security Council, "
            f"where the prospects of a visit to {pb['c']} were discussed.", []),
        "neg-ambassador-company": (
            f"{WHEN}, the Ambassador of {pa['c']} to {pb['c']} met with the management "
            f"of a {pb['adj']} construction company in {pb['cap']}.", []),
        "neg-ministry-domestic": (
            f"{WHEN}, the {fm(a)} met with the Chairman of the Chamber of Commerce of "
            f"{pa['c']} to discuss exports to {pb['c']}.", []),
        "plan-intends-letter": (  # a plan is coded, as the modality bench has it
            f"{WHEN}, {leader(a)} said {'she' if a in FEMALE else 'he'} intends to send a "
            f"letter to {pb['lt']} {pb['ln']} on {topic}.", [{**consult(a, b, True), "date": "2025"}]),
    }


def build() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for i, (a, b) in enumerate(PAIRS):
        # tell each pair both ways round on alternate rows so both orders are used
        x, y = (a, b) if i % 2 == 0 else (b, a)
        for name, (text, expect) in shapes(x, y, i).items():
            cases.append({"construction": name, "text": text, "published": PUBLISHED,
                          "expect": expect})
    return cases


def main() -> None:
    out = Path(__file__).with_name("readouts.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for case in build():
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(build())} cases)")


if __name__ == "__main__":
    main()
