"""Write bench/constructions/modality.jsonl: one act told as done, undone, planned or rumoured.

Precision on blind sets suffers most from acts that never happened being coded as
if they did: 'has yet to', 'stopped short of', 'would ... if talks failed', 'denied
reports that', a call or an urging taken for the deed urged, a plan dated to the day
it was announced, and a summit named only as the occasion of a meeting taken for a
party to it. Each event below is told in those shapes (negative cases: nothing, or
only the request, may be coded) and, beside them, in shapes that do report the deed
('reportedly', 'confirmed that', 'despite warnings') so recall is measured too.

Fixed day: Tuesday 5 March 2024, published Friday 8 March 2024 unless said; a plan
with an explicit day is told on Friday 1 March about Tuesday 5 March.

Run: python bench/constructions/make_modality.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Event:
    subject: str
    past: str
    base: str
    gerund: str
    participle: str
    pair: tuple[str, str]
    directed: bool
    types: tuple[str, ...]
    pronoun: str = "it"
    urger: tuple[str, str] | None = None  # (name, code) of a third party that urges the act


EVENTS = [
    Event("Pakistan", "recalled its ambassador from Tehran", "recall its ambassador from Tehran",
          "recalling its ambassador from Tehran", "recalled its ambassador from Tehran",
          ("PAK", "IRN"), True, ("SANCTION",), urger=("Saudi Arabia", "SAU")),
    Event("Germany", "expelled four Russian diplomats", "expel four Russian diplomats",
          "expelling four Russian diplomats", "expelled four Russian diplomats",
          ("DEU", "RUS"), True, ("SANCTION",), urger=("Ukraine", "UKR")),
    Event("Kenya and Ethiopia", "signed a border security agreement",
          "sign a border security agreement", "signing a border security agreement",
          "signed a border security agreement", ("KEN", "ETH"), False, ("AGREE", "COOPERATE"),
          "they", ("The African Union", "AU")),
    Event("Brazil", "accused Venezuela of violating the Guyana accord",
          "accuse Venezuela of violating the Guyana accord",
          "accusing Venezuela of violating the Guyana accord",
          "accused Venezuela of violating the Guyana accord", ("BRA", "VEN"), True, ("ACCUSE",),
          urger=("Guyana", "GUY")),
    Event("The United States", "imposed sanctions on Iranian drone makers",
          "impose sanctions on Iranian drone makers", "imposing sanctions on Iranian drone makers",
          "imposed sanctions on Iranian drone makers", ("USA", "IRN"), True, ("SANCTION",),
          urger=("Israel", "ISR")),
    Event("Saudi Arabia", "sent 50 tonnes of humanitarian aid to Sudan",
          "send 50 tonnes of humanitarian aid to Sudan",
          "sending 50 tonnes of humanitarian aid to Sudan",
          "sent 50 tonnes of humanitarian aid to Sudan", ("SAU", "SDN"), True, ("AID",),
          urger=("The United Nations", "UN")),
    Event("Japanese Prime Minister Fumio Kishida",
          "held talks with South Korean President Yoon Suk Yeol",
          "hold talks with South Korean President Yoon Suk Yeol",
          "holding talks with South Korean President Yoon Suk Yeol",
          "held talks with South Korean President Yoon Suk Yeol", ("JPN", "KOR"), False,
          ("CONSULT",), "he", ("The United States", "USA")),
    Event("Nigeria", "closed its border with Niger", "close its border with Niger",
          "closing its border with Niger", "closed its border with Niger", ("NGA", "NER"), True,
          ("SANCTION",), urger=("ECOWAS", "ECOWAS")),
    Event("France", "delivered 12 Caesar howitzers to Armenia",
          "deliver 12 Caesar howitzers to Armenia", "delivering 12 Caesar howitzers to Armenia",
          "delivered 12 Caesar howitzers to Armenia", ("FRA", "ARM"), True,
          ("AID", "COOPERATE", "SUPPORT")),
    Event("Indonesian President Joko Widodo", "visited Beijing", "visit Beijing",
          "visiting Beijing", "visited Beijing", ("IDN", "CHN"), True, ("CONSULT",), "he"),
    Event("Chinese coast guard vessels", "fired water cannon at a Philippine supply boat",
          "fire water cannon at a Philippine supply boat",
          "firing water cannon at a Philippine supply boat",
          "fired water cannon at a Philippine supply boat", ("CHN", "PHL"), True,
          ("ASSAULT", "COERCE"), "they", ("The United States", "USA")),
]

PUB = "2024-03-08"
DAY = "2024-03-05"
EARLY_PUB = "2024-03-01"  # a Friday before the Tuesday a plan names

# (construction, template, published, expectation): expectation "event" = the act on DAY;
# "none" = nothing; "urge" = only the urger's REQUEST to the subject, on DAY; "month" and
# "year" = a plan with no day of its own. The shared gold keeps such plans (optional) at the
# month or year the text supports, and a prediction matches when its date starts with the
# gold's, so a plan dated any day of that month or year is credited, and one left undated
# is no error in the eval but is counted missing here.
# {S} subject, {P} past, {B} base, {G} gerund, {PP} participle, {R} pronoun, {U} urger.
CASES: list[tuple[str, str, str, str]] = [
    # real acts beside the negative shapes, so recall is kept
    ("real-plain", "{S} {P} on Tuesday.", PUB, "event"),
    ("real-reportedly", "{S} reportedly {P} on Tuesday, according to two officials.", PUB,
     "event"),
    ("real-confirmed-that", "Officials confirmed on Tuesday that {S} had {PP}.", PUB, "event"),
    ("real-despite-denials", "{S} {P} on Tuesday, despite earlier denials that {R} would do so.",
     PUB, "event"),
    ("real-after-refusing", "{S} {P} on Tuesday after weeks in which {R} had refused to act.",
     PUB, "event"),
    ("real-short-notice", "{S} {P} at short notice on Tuesday, officials said.", PUB, "event"),
    ("real-after-ruling-out", "{S} {P} on Tuesday, a week after {R} had ruled out such a step.",
     PUB, "event"),
    # negation
    ("neg-did-not", "{S} did not {B} on Tuesday, officials said.", PUB, "none"),
    ("neg-never", "Officials said on Tuesday that {S} had never {PP}.", PUB, "none"),
    ("neg-failed-to", "{S} failed to {B} on Tuesday as had been expected.", PUB, "none"),
    ("neg-declined-to", "{S} on Tuesday declined to {B}, saying the time was not right.", PUB,
     "none"),
    ("neg-no-longer", "Officials said on Tuesday that {S} was no longer {G}.", PUB, "none"),
    ("neg-yet-to", "{S} has yet to {B}, officials said on Tuesday.", PUB, "none"),
    ("neg-stopped-short", "{S} on Tuesday stopped short of {G}.", PUB, "none"),
    ("neg-ruled-out", "{S} on Tuesday ruled out {G} for now.", PUB, "none"),
    ("neg-denied-that", "{S} on Tuesday denied that {R} had {PP}.", PUB, "none"),
    # reports and rumours that are denied
    ("rumour-dismissed-reports", "{S} on Tuesday dismissed reports that {R} had {PP}.", PUB,
     "none"),
    ("rumour-reports-false",
     "Reports that {S} had {PP} were false, a government spokesman said on Tuesday.", PUB, "none"),
    # hypotheticals and conditionals
    ("hyp-would-if", "{S} would {B} if the talks failed, a spokesman said on Tuesday.", PUB,
     "none"),
    ("hyp-could-analysts", "{S} could {B} within weeks, analysts said on Tuesday.", PUB, "none"),
    ("hyp-in-case-of",
     "{S} might {B} in case of further escalation, diplomats said on Tuesday.", PUB, "none"),
    ("question-whether", "It remained unclear on Tuesday whether {S} would {B}.", PUB, "none"),
    # wishes, calls and urgings
    ("call-should", "{S} should {B}, opposition lawmakers said on Tuesday.", PUB, "none"),
    ("call-calls-for", "Calls mounted on Tuesday for {S} to {B}.", PUB, "none"),
    ("call-urged", "{U} on Tuesday urged {S} to {B}.", PUB, "urge"),
    # future and planning
    ("plan-will-explicit", "{S} will {B} on Tuesday, officials said.", EARLY_PUB, "event"),
    ("plan-plans-to", "{S} plans to {B}, officials said on Tuesday.", PUB, "year"),
    ("plan-expected-next-week", "{S} is expected to {B} next week, officials said on Tuesday.",
     PUB, "month"),
    ("plan-due-later", "{S} is due to {B} later this month, officials said on Tuesday.", PUB,
     "month"),
    ("plan-set-to", "{S} is set to {B} in the coming weeks, a source said on Tuesday.", PUB,
     "year"),
]

# Summit and forum shapes: a meeting at a forum is between the two who meet, not with
# the forum; travelling to or attending a summit is no event between two parties.
SUMMITS: list[tuple[str, str, str, list[dict[str, Any]]]] = []


def _consult(a: str, b: str, day: str = DAY) -> dict[str, Any]:
    return {"pair": [a, b], "directed": False, "types": ["CONSULT"], "date": day}


def _summits() -> None:
    add = SUMMITS.append
    add(("venue-sidelines", "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping "
         "on the sidelines of the BRICS summit in Johannesburg on Tuesday.", PUB,
         [_consult("IND", "CHN")]))
    add(("venue-sidelines", "On the sidelines of the NATO summit in Vilnius on Tuesday, Turkish "
         "President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson.", PUB,
         [_consult("TUR", "SWE")]))
    add(("venue-sidelines", "French President Emmanuel Macron held talks with Brazilian President "
         "Luiz Inacio Lula da Silva on the margins of the G7 summit in Hiroshima on Tuesday.", PUB,
         [_consult("FRA", "BRA")]))
    add(("venue-sidelines", "Vietnamese Prime Minister Pham Minh Chinh met Philippine President "
         "Ferdinand Marcos Jr. on the sidelines of the ASEAN summit in Jakarta on Tuesday.", PUB,
         [_consult("VNM", "PHL")]))
    add(("venue-sidelines", "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed "
         "held talks on Tuesday on the sidelines of the African Union summit in Addis Ababa.", PUB,
         [_consult("KEN", "ETH")]))
    add(("venue-at-summit", "At the NATO summit in Madrid on Tuesday, Sweden, Finland and Turkey "
         "signed a memorandum on arms exports.", PUB,
         [{"pair": p, "directed": False, "types": ["AGREE", "COOPERATE"], "date": DAY}
          for p in (["TUR", "SWE"], ["TUR", "FIN"], ["SWE", "FIN"])]))
    add(("venue-at-summit", "At the G7 summit in Apulia on Tuesday, Japan and Canada agreed to "
         "deepen cooperation on critical minerals.", PUB,
         [{"pair": ["JPN", "CAN"], "directed": False, "types": ["AGREE", "COOPERATE"],
           "date": DAY}]))
    add(("venue-travel", "South African President Cyril Ramaphosa flew to Rio de Janeiro on "
         "Tuesday for the G20 summit.", PUB, []))
    add(("venue-travel", "Canadian Prime Minister Justin Trudeau arrived in Vilnius on Tuesday "
         "for the NATO summit.", PUB, []))
    add(("venue-travel", "Egyptian President Abdel Fattah al-Sisi travelled to Johannesburg on "
         "Tuesday to attend the BRICS summit.", PUB, []))
    add(("venue-attend", "Argentine President Javier Milei attended the G7 summit in Italy on "
         "Tuesday.", PUB, []))
    # the forum as the real counterpart: its own officer met
    add(("venue-org-counterpart", "Ukrainian President Volodymyr Zelensky met NATO Secretary "
         "General Jens Stoltenberg on the sidelines of the summit in Vilnius on Tuesday.", PUB,
         [_consult("UKR", "NATO")]))
    add(("venue-org-counterpart", "Indonesian President Joko Widodo met UN Secretary-General "
         "Antonio Guterres in New York on Tuesday.", PUB, [_consult("IDN", "UN")]))
    # summits and talks that are only planned
    add(("plan-summit-due", "A summit between Japan and South Korea is due on Tuesday in Tokyo.",
         EARLY_PUB, [_consult("JPN", "KOR")]))
    add(("plan-summit-due-vague", "A summit between Egypt and Turkey is due later this year.",
         PUB, [_consult("EGY", "TUR", DAY[:4])]))
    add(("plan-agreed-resume", "Serbia and Kosovo agreed on Tuesday to resume talks on "
         "normalising relations.", PUB,
         [{"pair": ["SRB", "XKX"], "directed": False, "types": ["AGREE", "CONSULT"],
           "date": DAY}]))
    for giver, gcode, taker, tcode in (("Qatar", "QAT", "Afghanistan", "AFG"),
                                       ("Norway", "NOR", "Somalia", "SOM"),
                                       ("South Korea", "KOR", "Ukraine", "UKR"),
                                       ("The United Arab Emirates", "ARE", "Sudan", "SDN")):
        aid = {"pair": [gcode, tcode], "directed": True, "types": ["AID"], "date": DAY}
        add(("plan-pledged-to-send", f"{giver} pledged on Tuesday to send humanitarian aid to "
             f"{taker}.", PUB, [aid]))
        add(("plan-will-pledge", f"{giver} will pledge humanitarian aid to {taker} at a donor "
             "conference next week, officials said.", PUB, [dict(aid, date=DAY[:7])]))
    add(("plan-pledged-aid", "Qatar on Tuesday pledged $50 million in humanitarian aid to "
         "Afghanistan.", PUB,
         [{"pair": ["QAT", "AFG"], "directed": True, "types": ["AID", "SUPPORT", "AGREE"],
           "date": DAY}]))


def _text(template: str, ev: Event) -> str:
    urger = ev.urger[0] if ev.urger else ""
    text = template.format(S=ev.subject, P=ev.past, B=ev.base, G=ev.gerund, PP=ev.participle,
                           R=ev.pronoun, U=urger)
    if ev.subject.endswith("and Ethiopia") or ev.pronoun == "they":
        text = text.replace(" has yet", " have yet").replace(" plans to", " plan to")
        text = text.replace(" is expected", " are expected").replace(" is due", " are due")
        text = text.replace(" is set", " are set").replace(" was no", " were no")
    text = text.replace("Calls mounted on Tuesday for The", "Calls mounted on Tuesday for the")
    text = text.replace("urged The", "urged the").replace("that The", "that the")
    text = text.replace("whether The", "whether the").replace("that Chinese", "that Chinese")
    return text[0].upper() + text[1:]


def _expect(kind: str, ev: Event, day: str) -> list[dict[str, Any]]:
    if kind == "none":
        return []
    if kind in ("month", "year"):
        day = day[:7] if kind == "month" else day[:4]
    if kind == "urge":
        assert ev.urger is not None
        # 'urged Kenya and Ethiopia to sign': each of the two is asked
        asked = ev.pair if " and " in ev.subject else ev.pair[:1]
        return [{"pair": [ev.urger[1], code], "directed": True, "types": ["REQUEST"],
                 "date": day} for code in asked]
    return [{"pair": list(ev.pair), "directed": ev.directed, "types": list(ev.types),
             "date": day}]


# pairs that agree, pledge or warn in the plan cases below: (first, second, codes)
PLAN_PAIRS = [
    ("Armenia", "Azerbaijan", ("ARM", "AZE")), ("Serbia", "Kosovo", ("SRB", "XKX")),
    ("Ethiopia", "Somalia", ("ETH", "SOM")), ("India", "China", ("IND", "CHN")),
    ("Peru", "Chile", ("PER", "CHL")), ("Thailand", "Cambodia", ("THA", "KHM")),
    ("Morocco", "Algeria", ("MAR", "DZA")), ("Greece", "Turkey", ("GRC", "TUR")),
    ("Colombia", "Venezuela", ("COL", "VEN")), ("Japan", "South Korea", ("JPN", "KOR")),
]
PLANS: list[tuple[str, str, str, list[dict[str, Any]]]] = []


def _agreed(codes: tuple[str, str], day: str = DAY) -> dict[str, Any]:
    return {"pair": list(codes), "directed": False, "types": ["AGREE"], "date": day}


def _plans() -> None:
    """A day phrase hung on a past verb that governs a plan dates the verb, not the plan;
    a chronology entry told in the future keeps its heading's year; a deadline set is no
    plan of the act it sets a deadline for."""
    add = PLANS.append
    for a, b, codes in PLAN_PAIRS:
        add(("plan-governor-day", f"{a} and {b} agreed on Tuesday to resume talks on their "
             "disputed border.", "2024-03-08", [_agreed(codes)]))
        add(("plan-governor-day-fronted", f"On Tuesday, {a} and {b} agreed to hold a new round "
             "of negotiations.", "2024-03-08", [_agreed(codes)]))
        add(("plan-governor-day-aside", f"{a} and {b} agreed late on Tuesday, after hours of "
             "haggling, to open talks on a ceasefire.", "2024-03-08", [_agreed(codes)]))
        add(("plan-timeline-future-entry", f"Timeline of the row.\n\n5 March - {a} says it "
             f"will expel {b}'s ambassador.\n\n12 March - {b} recalls its envoy from {a}.",
             "2024-04-10", [{"pair": list(codes), "directed": True, "types": ["SANCTION"],
                             "date": "2024"},
                            {"pair": [codes[1], codes[0]], "directed": True,
                             "types": ["SANCTION"], "date": "2024-03-12"}]))
        add(("plan-deadline-set", f"{a} on Tuesday set a deadline for {b}'s troops to leave "
             "the disputed area.", "2024-03-08", []))


def main() -> None:
    _summits()
    _plans()
    lines = []
    for construction, template, published, kind in CASES:
        for ev in EVENTS:
            if kind == "urge" and ev.urger is None:
                continue
            case = {"construction": construction, "text": _text(template, ev),
                    "published": published, "expect": _expect(kind, ev, DAY)}
            lines.append(json.dumps(case, ensure_ascii=False))
    for construction, text, published, expect in SUMMITS:
        lines.append(json.dumps({"construction": construction, "text": text,
                                 "published": published, "expect": expect}, ensure_ascii=False))
    for construction, text, published, expect in PLANS:
        lines.append(json.dumps({"construction": construction, "text": text,
                                 "published": published, "expect": expect}, ensure_ascii=False))
    out = Path(__file__).parent / "modality.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} cases -> {out}")


if __name__ == "__main__":
    main()
