"""Write bench/constructions/inmeeting.jsonl: acts told inside a meeting, call or talks.

Wire copy and readouts rarely tell a pledge, a demand or an agreement on its
own: it is made "during talks in Cairo", "in a phone call", "at the meeting",
or the talks "ended with an agreement". Gold sets code both the encounter
(CONSULT) and the act made in it (AID, REQUEST, AGREE, SUPPORT, ACCUSE...), and
the scorer matches each gold event to one prediction, so the coder must emit
both. Near misses sit beside them: aid that was only discussed, talks that
failed to agree, sides that agreed to disagree, and two states discussing a
third state's offensive (no event with the third).

Deterministic and stdlib only: run `python bench/constructions/make_inmeeting.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2025-02-12"  # a Wednesday: "Tuesday" is 2025-02-11
DAY = "2025-02-11"

# c: country, adj: adjective, lt/ln: leader title and name, fn: foreign minister, cap: capital
P: dict[str, dict[str, str]] = {
    "KAZ": dict(c="Kazakhstan", adj="Kazakh", lt="President", ln="Kassym-Jomart Tokayev",
                fn="Murat Nurtleu", cap="Astana"),
    "HUN": dict(c="Hungary", adj="Hungarian", lt="Prime Minister", ln="Viktor Orban",
                fn="Peter Szijjarto", cap="Budapest"),
    "TUR": dict(c="Turkey", adj="Turkish", lt="President", ln="Recep Tayyip Erdogan",
                fn="Hakan Fidan", cap="Ankara"),
    "KEN": dict(c="Kenya", adj="Kenyan", lt="President", ln="William Ruto",
                fn="Musalia Mudavadi", cap="Nairobi"),
    "EGY": dict(c="Egypt", adj="Egyptian", lt="President", ln="Abdel Fattah al-Sisi",
                fn="Badr Abdelatty", cap="Cairo"),
    "SRB": dict(c="Serbia", adj="Serbian", lt="President", ln="Aleksandar Vucic",
                fn="Marko Djuric", cap="Belgrade"),
    "PAK": dict(c="Pakistan", adj="Pakistani", lt="Prime Minister", ln="Shehbaz Sharif",
                fn="Ishaq Dar", cap="Islamabad"),
    "MYS": dict(c="Malaysia", adj="Malaysian", lt="Prime Minister", ln="Anwar Ibrahim",
                fn="Mohamad Hasan", cap="Kuala Lumpur"),
    "BRA": dict(c="Brazil", adj="Brazilian", lt="President", ln="Luiz Inacio Lula da Silva",
                fn="Mauro Vieira", cap="Brasilia"),
    "NGA": dict(c="Nigeria", adj="Nigerian", lt="President", ln="Bola Tinubu",
                fn="Yusuf Tuggar", cap="Abuja"),
    "IDN": dict(c="Indonesia", adj="Indonesian", lt="President", ln="Prabowo Subianto",
                fn="Sugiono", cap="Jakarta"),
    "VNM": dict(c="Vietnam", adj="Vietnamese", lt="Prime Minister", ln="Pham Minh Chinh",
                fn="Bui Thanh Son", cap="Hanoi"),
    "ITA": dict(c="Italy", adj="Italian", lt="Prime Minister", ln="Giorgia Meloni",
                fn="Antonio Tajani", cap="Rome"),
    "ARG": dict(c="Argentina", adj="Argentine", lt="President", ln="Javier Milei",
                fn="Gerardo Werthein", cap="Buenos Aires"),
    "JPN": dict(c="Japan", adj="Japanese", lt="Prime Minister", ln="Shigeru Ishiba",
                fn="Takeshi Iwaya", cap="Tokyo"),
    "SAU": dict(c="Saudi Arabia", adj="Saudi", lt="Crown Prince", ln="Mohammed bin Salman",
                fn="Faisal bin Farhan", cap="Riyadh"),
}

PAIRS: list[tuple[str, str]] = [
    ("KAZ", "HUN"), ("TUR", "KEN"), ("EGY", "SRB"), ("PAK", "MYS"),
    ("BRA", "NGA"), ("IDN", "VNM"), ("ITA", "ARG"), ("JPN", "SAU"),
]
THIRD = {"KAZ": "VNM", "TUR": "BRA", "EGY": "JPN", "PAK": "ITA",
         "BRA": "KEN", "IDN": "SRB", "ITA": "PAK", "JPN": "HUN"}

Case = tuple[str, list[dict[str, Any]]]


def fm(code: str) -> str:
    """The foreign minister with his title and country adjective."""
    return f"{P[code]['adj']} Foreign Minister {P[code]['fn']}"


def lead(code: str) -> str:
    """The leader with title and country adjective."""
    return f"{P[code]['adj']} {P[code]['lt']} {P[code]['ln']}"


def ev(a: str, b: str, types: list[str], directed: bool = True) -> dict[str, Any]:
    return {"pair": [a, b], "directed": directed, "types": types, "date": DAY}


def meet(a: str, b: str) -> dict[str, Any]:
    return ev(a, b, ["CONSULT"], directed=False)


def shapes(a: str, b: str) -> dict[str, Case]:
    """Each construction for one pair: (text, expected events)."""
    A, B = P[a], P[b]
    t = THIRD[a]
    fa, fb, la, lb = fm(a), fm(b), lead(a), lead(b)
    return {
        "talks-in-capital-pledged-aid": (
            f"During talks in {B['cap']} on Tuesday, {la} pledged $500 million in aid to "
            f"{B['c']} to rebuild roads and power lines damaged by floods.",
            [ev(a, b, ["AID"]), meet(a, b)]),
        "phone-call-pressed": (
            f"In a phone call on Tuesday, {fa} pressed his counterpart {B['fn']} to release "
            f"the {A['adj']} sailors held in {B['cap']} since last month.",
            [ev(a, b, ["REQUEST"]), meet(a, b)]),
        "used-call-to-urge": (
            f"{la} used a telephone call with {lb} on Tuesday to urge {B['c']} to reopen "
            f"its border crossings to {A['adj']} trucks.",
            [ev(a, b, ["REQUEST"]), meet(a, b)]),
        "at-meeting-agreed": (
            f"{fa} met {fb} in {B['cap']} on Tuesday. At the meeting, the two ministers "
            f"agreed to reopen consulates closed since 2020.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "talks-produced-agreement": (
            f"Talks between {fa} and {fb} in {A['cap']} on Tuesday produced an agreement "
            f"to resume direct flights between the two countries.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "talks-ended-with-deal": (
            f"Two days of talks between {A['c']} and {B['c']} ended on Tuesday with a deal "
            f"on fishing rights and a joint patrol schedule.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "reached-understanding": (
            f"{fa} and {fb} met in {B['cap']} on Tuesday, and the sides reached an "
            f"understanding on the exchange of prisoners, officials said.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "adopted-joint-declaration": (
            f"{la} and {lb} held talks in {A['cap']} on Tuesday and adopted a joint "
            f"declaration on strategic partnership.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "assured-of-support": (
            f"Receiving {fb} in {A['cap']} on Tuesday, {la} assured {B['c']} of "
            f"{A['c']}'s full support in its bid for a seat on the UN Security Council.",
            [ev(a, b, ["SUPPORT"]), meet(a, b)]),
        "reaffirmed-territorial-integrity": (
            f"In a phone call on Tuesday, {fa} reaffirmed {A['c']}'s support for the "
            f"sovereignty and territorial integrity of {B['c']}.",
            [ev(a, b, ["SUPPORT"]), meet(a, b)]),
        "voiced-concern-to": (
            f"Meeting {fb} on Tuesday, {fa} voiced concern to {B['c']} over the treatment "
            f"of {A['adj']} workers in its ports.",
            [ev(a, b, ["ACCUSE", "PROTEST"]), meet(a, b)]),
        "raised-detained-citizens": (
            f"During talks with {fb} on Tuesday, {fa} raised the case of {A['adj']} citizens "
            f"detained in {B['c']} and demanded their release.",
            [ev(a, b, ["REQUEST"]), meet(a, b)]),
        "invited-to-visit": (
            f"{la} spoke with {lb} by phone on Tuesday and invited him to visit {A['cap']} "
            f"later this year.",
            [meet(a, b), ev(a, b, ["REQUEST"])]),  # an invitation: optional REQUEST in gold
        "met-and-agreed": (
            f"{fa} and {fb} met in {A['cap']} on Tuesday and agreed to set up a joint "
            f"commission on trade.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "threw-weight-behind": (
            f"{A['c']} on Tuesday threw its weight behind {B['c']}'s candidate for the "
            f"post of WTO director-general.",
            [ev(a, b, ["SUPPORT"])]),
        "held-talk-with": (
            f"{fa} held talk with {fb} in {B['cap']} on Tuesday on bilateral cooperation.",
            [meet(a, b)]),
        "presented-credentials": (
            f"The Ambassador of {A['c']}, Ali Hassan, presented his credentials to "
            f"{B['lt']} {B['ln']} in {B['cap']} on Tuesday.",
            [meet(a, b)]),
        "video-call-agreed": (
            f"In a video call on Tuesday, {la} and {lb} agreed to double the number of "
            f"student exchange places by 2027.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "phone-conversation-pledged-aid": (
            f"In a telephone conversation on Tuesday, {la} pledged $50 million in emergency "
            f"aid to {B['c']} for the victims of the earthquake.",
            [ev(a, b, ["AID"]), meet(a, b)]),
        "during-the-talks-pledged": (
            f"{la} held talks with {lb} in {B['cap']} on Tuesday. During the talks, "
            f"{A['c']} pledged $200 million in aid to {B['c']} for its power grid.",
            [ev(a, b, ["AID"]), meet(a, b)]),
        "in-the-call-agreed": (
            f"{la} spoke by phone with {lb} on Tuesday. In the call, the two leaders agreed "
            f"to reopen their embassies, closed since the border war.",
            [ev(a, b, ["AGREE"], False), meet(a, b)]),
        "rejected-claims": (
            f"{A['c']} on Tuesday rejected {B['c']}'s claims that {A['adj']} trawlers had "
            f"entered its waters.",
            [ev(a, b, ["REJECT"])]),
        # near misses
        "neg-bloc-meeting-urged": (
            f"At a meeting of Group of 20 finance ministers on Tuesday, {fa} urged "
            f"{B['c']} to lift its curbs on {A['adj']} grain.",
            [ev(a, b, ["REQUEST"])]),
        "neg-in-statement-urged": (
            f"In a statement on Tuesday, the {A['adj']} foreign ministry urged {B['c']} to "
            f"lift its curbs on {A['adj']} grain.",
            [ev(a, b, ["REQUEST"])]),
        "neg-call-with-reporters": (
            f"In a conference call with reporters on Tuesday, {fa} urged {B['c']} to lift "
            f"its curbs on {A['adj']} grain.",
            [ev(a, b, ["REQUEST"])]),
        "neg-press-conference-accused": (
            f"At a press conference on Tuesday, {fa} accused {B['c']} of mistreating "
            f"{A['adj']} workers.",
            [ev(a, b, ["ACCUSE"])]),
        "neg-dismissed-talk-of-rift": (
            f"{la} on Tuesday dismissed talk of a rift with {B['c']} over the fishing "
            f"quota, calling relations excellent.",
            []),
        "neg-dismissed-speculation": (
            f"{A['c']}'s foreign ministry on Tuesday dismissed speculation about a secret "
            f"arms deal with {B['c']}.",
            []),
        "neg-discussed-aid": (
            f"{fa} and {fb} discussed aid for flood victims when they met on Tuesday.",
            [meet(a, b)]),
        "neg-failed-to-agree": (
            f"{fa} and {fb} met in {A['cap']} on Tuesday but failed to agree on the "
            f"route of the new pipeline.",
            [meet(a, b)]),
        "neg-agreed-to-disagree": (
            f"After three hours of talks on Tuesday, {fa} and {fb} agreed to disagree on "
            f"the future of the fishing quota.",
            [meet(a, b)]),
        "neg-weight-behind-plan": (
            f"{A['c']} on Tuesday threw its weight behind a ceasefire plan for "
            f"{P[t]['c']}'s eastern provinces.",
            []),
        "neg-held-talk-students": (
            f"{fa} held talk on climate policy with students of a university in "
            f"{B['cap']} on Tuesday.",
            []),
        "neg-third-party-offensive": (
            f"{fa} and {fb} discussed {P[t]['c']}'s military offensive when they met in "
            f"{B['cap']} on Tuesday.",
            [meet(a, b)]),
    }


def build() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for a, b in PAIRS:
        for name, (text, expect) in shapes(a, b).items():
            cases.append({"construction": name, "text": text, "published": PUBLISHED,
                          "expect": expect})
    return cases


def main() -> None:
    out = Path(__file__).parent / "inmeeting.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for case in build():
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
