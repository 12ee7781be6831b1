"""Write bench/constructions/roles.jsonl: who did what to whom, across constructions.

Each event is held fixed (same actor, same target, same deed, same day) and told
in many constructions: coordinated verbs, participle clauses, relative clauses,
reported speech, passives, nominalisations, the actor named by its capital, its
leader or its ministry, and so on. Negative constructions (negated, denied,
refused, hypothetical) tell the same deed without it happening, so precision is
measured on the very wording that recall is measured on.

Deterministic and stdlib only: run `python bench/constructions/make_roles.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# Each event: the actor by name, capital, leader and ministry; the target; the
# deed as past tense, base form, -ing form and past participle; a passive and a
# nominal telling; the PLOVER type and whether the pair is directed.
EVENTS: list[dict[str, Any]] = [
    dict(src="Pakistan", s="PAK", cap="Islamabad", leader="Prime Minister Shehbaz Sharif",
         t="IRN", tadj="Iranian", type="SANCTION", past="recalled its ambassador from Tehran",
         base="recall its ambassador from Tehran", ing="recalling its ambassador from Tehran",
         pp="recalled its ambassador from Tehran",
         passive="Pakistan's ambassador to Iran was recalled on Tuesday by Islamabad",
         noun="Pakistan's recall of its ambassador from Tehran on Tuesday"),
    dict(src="France", s="FRA", cap="Paris", leader="President Emmanuel Macron",
         t="MLI", tadj="Malian", type="SANCTION", past="suspended military cooperation with Mali",
         base="suspend military cooperation with Mali",
         ing="suspending military cooperation with Mali",
         pp="suspended military cooperation with Mali",
         passive="Military cooperation with Mali was suspended by France on Tuesday",
         noun="France's suspension of military cooperation with Mali on Tuesday"),
    dict(src="Germany", s="DEU", cap="Berlin", leader="Chancellor Olaf Scholz",
         t="RUS", tadj="Russian", type="SANCTION", past="expelled four Russian diplomats",
         base="expel four Russian diplomats", ing="expelling four Russian diplomats",
         pp="expelled four Russian diplomats",
         passive="Four Russian diplomats were expelled by Germany on Tuesday",
         noun="Germany's expulsion of four Russian diplomats on Tuesday"),
    dict(src="Turkey", s="TUR", cap="Ankara", leader="President Recep Tayyip Erdogan",
         t="SWE", tadj="Swedish", type="ACCUSE", past="criticised Sweden", base="criticise Sweden",
         ing="criticising Sweden", pp="criticised Sweden",
         passive="Sweden was criticised by Turkey on Tuesday",
         noun="Turkey's criticism of Sweden on Tuesday"),
    dict(src="Kenya", s="KEN", cap="Nairobi", leader="President William Ruto",
         t="SOM", tadj="Somali", type="AGREE", past="signed a security pact with Somalia",
         base="sign a security pact with Somalia", ing="signing a security pact with Somalia",
         pp="signed a security pact with Somalia",
         passive="A security pact with Somalia was signed by Kenya on Tuesday",
         noun="Kenya's signing of a security pact with Somalia on Tuesday"),
    dict(src="Japan", s="JPN", cap="Tokyo", leader="Prime Minister Fumio Kishida",
         t="PHL", tadj="Philippine", type="AID", past="pledged $50 million in aid to the Philippines",
         base="pledge $50 million in aid to the Philippines",
         ing="pledging $50 million in aid to the Philippines",
         pp="pledged $50 million in aid to the Philippines",
         passive="The Philippines was pledged $50 million in aid by Japan on Tuesday",
         noun="Japan's pledge of $50 million in aid to the Philippines on Tuesday"),
    dict(src="the United States", s="USA", cap="Washington", leader="President Joe Biden",
         fm="Secretary of State Antony Blinken",
         t="VEN", tadj="Venezuelan", type="THREATEN", past="threatened Venezuela with new sanctions",
         base="threaten Venezuela with new sanctions",
         ing="threatening Venezuela with new sanctions",
         pp="threatened Venezuela with new sanctions",
         passive="Venezuela was threatened with new sanctions by the United States on Tuesday",
         noun="The United States' threat of new sanctions against Venezuela on Tuesday"),
    dict(src="India", s="IND", cap="New Delhi", leader="Prime Minister Narendra Modi",
         t="BGD", tadj="Bangladeshi", type="REQUEST", past="asked Bangladesh to extradite two suspects",
         base="ask Bangladesh to extradite two suspects",
         ing="asking Bangladesh to extradite two suspects",
         pp="asked Bangladesh to extradite two suspects",
         passive="Bangladesh was asked by India on Tuesday to extradite two suspects",
         noun="India's request to Bangladesh on Tuesday for the extradition of two suspects"),
    dict(src="Russia", s="RUS", cap="Moscow", leader="President Vladimir Putin",
         t="UKR", tadj="Ukrainian", type="ASSAULT", past="launched missile strikes on Ukraine",
         base="launch missile strikes on Ukraine", ing="launching missile strikes on Ukraine",
         pp="launched missile strikes on Ukraine",
         passive="Missile strikes were launched on Ukraine by Russia on Tuesday",
         noun="Russia's missile strikes on Ukraine on Tuesday"),
    dict(src="Nigeria", s="NGA", cap="Abuja", leader="President Bola Tinubu",
         t="NER", tadj="Nigerien", type="CONCEDE", past="lifted sanctions on Niger",
         base="lift sanctions on Niger",
         ing="lifting sanctions on Niger", pp="lifted sanctions on Niger",
         passive="Sanctions on Niger were lifted by Nigeria on Tuesday",
         noun="Nigeria's lifting of sanctions on Niger on Tuesday"),
]

# Positive constructions: template over the event's fields; {S} is the actor.
POSITIVE: dict[str, str] = {
    "fronted-date-no-comma": "On Tuesday {S} {past}.",
    "second-of-two-verbs": "On Tuesday, {S} voiced concern and {past}.",
    "second-of-three-verbs": ("On Tuesday, {S} held an emergency cabinet meeting, {past} "
                              "and promised further steps."),
    "participle-clause": "{S} issued a statement on Tuesday, {ing}.",
    "participle-fronted": "Citing security concerns, {S} on Tuesday {past}.",
    "decided-to": "On Tuesday, {S} decided to {base}.",
    "moved-to": "{S} on Tuesday moved to {base}, officials said.",
    "relative-which": "{S}, which {past} on Tuesday, said further steps were under review.",
    "reported-said": "Officials said {S} {past} on Tuesday.",
    "reported-had": "A government spokesman said on Wednesday that {S} had {pp} on Tuesday.",
    "according-to": "According to a foreign ministry statement, {S} {past} on Tuesday.",
    "in-a-statement": "In a statement on Tuesday, {S} said it had {pp}.",
    "actor-capital": "On Tuesday, {cap} {past}.",
    "actor-leader": "{leader} on Tuesday {past}.",
    "actor-ministry": "{src_poss} foreign ministry on Tuesday {past}.",
    "after-clause": "{S} {past} on Tuesday after talks broke down.",
    "passive-by": "{passive}.",
    "nominalisation": "{noun} marked a sharp shift in policy.",
    "headline-colon": "{S} {past} on Tuesday: officials.",
    "decision-noun": "{src_poss} decision on Tuesday to {base} drew a sharp response.",
    "pronoun-next-sentence": "{S} voiced alarm over the incident. On Tuesday, it {past}.",
    "announced-that-had": "{S} announced on Tuesday that it had {pp}.",
    "present-perfect-said": "{S} has {pp}, its foreign ministry said on Tuesday.",
    "latest-to": "{S} on Tuesday became the latest country to {base}.",
    "in-response": "In response, {S} on Tuesday {past}.",
    "as-clause": "{S} {past} on Tuesday, as tensions rose in the region.",
    "also-later": "Later on Tuesday, {S} also {past}.",
    "according-to-target-media": "According to {tadj} state media, {S} {past} on Tuesday.",
    "meanwhile": "{S}, meanwhile, {past} on Tuesday.",
    "said-it-past": "{S} said on Tuesday it {past}.",
    "quote-we": "\"We have {pp_we},\" {src_poss} foreign ministry said in a statement on Tuesday.",
    "nominal-by": "Tuesday's decision by {S} to {base} surprised diplomats.",
    "minister-his-country": "{fm} said on Tuesday that his country had {pp}.",
}

NEGATIVE: dict[str, str] = {
    "neg-did-not": "On Tuesday, {S} said it would not {base}.",
    "neg-denied": "On Tuesday, {S} denied that it had {pp}.",
    "neg-refused": "On Tuesday, {S} refused to {base}.",
    "neg-hypothetical": "{S} could {base} if talks fail, analysts said on Tuesday.",
    "neg-considering": "{S} is considering whether to {base}, a spokesman said on Tuesday.",
    "neg-dismissed-reports": "On Tuesday, {cap} dismissed reports that {S} had {pp}.",
    "neg-reports-false": "Reports that {S} had {pp} were false, officials said on Tuesday.",
    "neg-never": "{S} has never {pp}, a spokesman said on Tuesday.",
    "neg-stopped-short": "{S} on Tuesday stopped short of {ing}.",
    "neg-yet-to": "{S} has yet to {base}, officials said on Tuesday.",
    "neg-calls-for": "Calls for {S} to {base} grew louder on Tuesday.",
    "neg-would-if": "If {S} {past}, it would face a backlash, diplomats said on Tuesday.",
}

# Joint actors: two states do the same deed to a third.
JOINT: list[tuple[str, str, str, str, str, str, str]] = [
    # (actor A, code, actor B, code, target text, code, type)
    ("Britain", "GBR", "France", "FRA", "Iran", "IRN", "ACCUSE"),
    ("Canada", "CAN", "Australia", "AUS", "China", "CHN", "ACCUSE"),
    ("Egypt", "EGY", "Jordan", "JOR", "Israel", "ISR", "ACCUSE"),
    ("Ghana", "GHA", "Senegal", "SEN", "Guinea", "GIN", "ACCUSE"),
    ("Poland", "POL", "Lithuania", "LTU", "Belarus", "BLR", "ACCUSE"),
    ("South Korea", "KOR", "Japan", "JPN", "North Korea", "PRK", "ACCUSE"),
    ("Argentina", "ARG", "Chile", "CHL", "Venezuela", "VEN", "ACCUSE"),
    ("Qatar", "QAT", "Saudi Arabia", "SAU", "Sudan", "SDN", "ACCUSE"),
]

# name -> (template, expected events as (which actor: "A" or "B", type; "*" = the row's type))
JOINT_TEMPLATES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "joined-in": ("On Tuesday, {A} joined {B} in condemning {T}.", [("A", "*"), ("B", "*")]),
    "along-with": ("On Tuesday, {A}, along with {B}, condemned {T}.", [("A", "*"), ("B", "*")]),
    "a-and-b-subject": ("On Tuesday, {A} and {B} condemned {T}.", [("A", "*"), ("B", "*")]),
    "shared-object": ("On Tuesday, {A} condemned and sanctioned {T}.",
                      [("A", "*"), ("A", "SANCTION")]),
    "relative-object": ("The sanctions that {A} imposed on {T} on Tuesday target its oil sector.",
                        [("A", "SANCTION")]),
    "passive-on-by": ("Sanctions were imposed on {T} by {A} on Tuesday.", [("A", "SANCTION")]),
    "accused-of": ("On Tuesday, {A} accused {T} of violating the ceasefire.", [("A", "*")]),
    "envoy-expelled-passive": ("{T_poss} ambassador was expelled by {A} on Tuesday.",
                               [("A", "SANCTION")]),
    "recall-of-envoy-from": ("The recall of {A_poss} ambassador from {T} on Tuesday deepened "
                             "the rift.", [("A", "SANCTION")]),
    "expulsion-of-diplomats": ("{A_poss} expulsion of {T_poss} diplomats on Tuesday was "
                               "announced in a brief statement.", [("A", "SANCTION")]),
    "cut-ties-with": ("{A} cut diplomatic ties with {T} on Tuesday.", [("A", "SANCTION")]),
    "appealed-to": ("{A} on Tuesday appealed to {T} to release the detained crew.",
                    [("A", "REQUEST")]),
    "summoned-envoy": ("{A} summoned {T_poss} ambassador on Tuesday to protest the move.",
                       [("A", "PROTEST")]),
}

# Bilateral deeds told with both parties as subject.
BILATERAL: list[tuple[str, str, str, str, str]] = [
    ("Kenya", "KEN", "Somalia", "SOM", "a security pact"),
    ("Vietnam", "VNM", "Indonesia", "IDN", "a maritime boundary agreement"),
    ("Brazil", "BRA", "Paraguay", "PRY", "an energy deal"),
    ("Morocco", "MAR", "Mauritania", "MRT", "a fisheries accord"),
    ("Greece", "GRC", "Cyprus", "CYP", "a defence cooperation agreement"),
    ("Uzbekistan", "UZB", "Kazakhstan", "KAZ", "a water-sharing agreement"),
    ("Ethiopia", "ETH", "Djibouti", "DJI", "a port access deal"),
    ("Peru", "PER", "Ecuador", "ECU", "a border security agreement"),
]

BILATERAL_TEMPLATES: dict[str, str] = {
    "a-and-b-signed": "On Tuesday, {A} and {B} signed {X}.",
    "a-and-b-signed-between": "{X} between {A} and {B} was signed on Tuesday.",
    "a-signed-with-b-relative": ("{A}, which signed {X} with {B} on Tuesday, "
                                 "said talks would continue."),
}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _event_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for event in EVENTS:
        fields = dict(event, S=event["src"], src_poss=_possessive(event["src"]))
        fields.setdefault("fm", f"{_possessive(event['src'])} foreign minister")
        fields["pp_we"] = event["pp"].replace(" its ", " our ")
        want = [{"pair": [event["s"], event["t"]], "directed": True,
                 "types": [event["type"]], "date": DAY}]
        for name, template in POSITIVE.items():
            cases.append({"construction": name, "text": _cap(template.format(**fields)),
                          "published": PUBLISHED, "expect": want})
        for name, template in NEGATIVE.items():
            cases.append({"construction": name, "text": _cap(template.format(**fields)),
                          "published": PUBLISHED, "expect": []})
    return cases


def _joint_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for a, ac, b, bc, target, tc, kind in JOINT:
        codes = {"A": ac, "B": bc}
        for name, (template, wants) in JOINT_TEMPLATES.items():
            expect = [{"pair": [codes[who], tc], "directed": True,
                       "types": [kind if what == "*" else what], "date": DAY}
                      for who, what in wants]
            text = template.format(A=a, B=b, T=target, T_poss=_possessive(target),
                                   A_poss=_possessive(a))
            cases.append({"construction": name, "text": _cap(text),
                          "published": PUBLISHED, "expect": expect})
    return cases


def _bilateral_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for a, ac, b, bc, deal in BILATERAL:
        expect = [{"pair": [ac, bc], "directed": False, "types": ["AGREE"], "date": DAY}]
        for name, template in BILATERAL_TEMPLATES.items():
            text = template.format(A=a, B=b, X=deal)
            cases.append({"construction": name, "text": _cap(text),
                          "published": PUBLISHED, "expect": expect})
    return cases


def main() -> None:
    out = Path(__file__).with_name("roles.jsonl")
    cases = _event_cases() + _joint_cases() + _bilateral_cases()
    out.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
