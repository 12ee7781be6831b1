"""Write bench/constructions/coref.jsonl: the actor of an act named only by a back reference.

Real articles name a party once and then refer back to it: 'He', 'the president', 'the
Kenyan leader', a surname, 'the top diplomat', 'the visiting minister', 'his hosts', 'his
counterpart', 'the two leaders', 'both sides', 'the latter', 'the country', 'the island
nation', 'the bloc', 'the Azerbaijani side'. Each construction here introduces the parties
in a sentence that codes nothing (or only a meeting) and puts the act in a later sentence
whose actor is such a reference. Negatives hold references a reader resolves to no party
(a journalist, an analyst, a company chief, 'the two' among three, 'his counterparts' at a
multilateral meeting, 'the president' with two presidents in view) or to another party
than the one named first (a topic change).

Officials are those in office on 2024-03-05 (the Tuesday before publication).
Run: python bench/constructions/make_coref.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2024-03-08"
DATE = "2024-03-05"
MEET_DAY = "2024-03-04"

# code: name, adjective, capital, leader (title + name), leader title, leader surname,
# leader pronoun, foreign minister (title + name), minister surname, minister pronoun, epithet
P: dict[str, dict[str, str]] = {
    "KEN": dict(name="Kenya", adj="Kenyan", cap="Nairobi", ldr="President William Ruto",
                ttl="president", sur="Ruto", lp="he", fm="Foreign Minister Musalia Mudavadi",
                fsur="Mudavadi", fp="he", epi="the East African nation"),
    "KAZ": dict(name="Kazakhstan", adj="Kazakh", cap="Astana",
                ldr="President Kassym-Jomart Tokayev", ttl="president", sur="Tokayev", lp="he",
                fm="Foreign Minister Murat Nurtleu", fsur="Nurtleu", fp="he",
                epi="the Central Asian nation"),
    "BRA": dict(name="Brazil", adj="Brazilian", cap="Brasília",
                ldr="President Luiz Inácio Lula da Silva", ttl="president", sur="Lula", lp="he",
                fm="Foreign Minister Mauro Vieira", fsur="Vieira", fp="he",
                epi="the South American country"),
    "JPN": dict(name="Japan", adj="Japanese", cap="Tokyo", ldr="Prime Minister Fumio Kishida",
                ttl="prime minister", sur="Kishida", lp="he",
                fm="Foreign Minister Yoko Kamikawa", fsur="Kamikawa", fp="she",
                epi="the island nation"),
    "EGY": dict(name="Egypt", adj="Egyptian", cap="Cairo",
                ldr="President Abdel Fattah al-Sisi", ttl="president", sur="Sisi", lp="he",
                fm="Foreign Minister Sameh Shoukry", fsur="Shoukry", fp="he",
                epi="the North African country"),
    "ARG": dict(name="Argentina", adj="Argentine", cap="Buenos Aires",
                ldr="President Javier Milei", ttl="president", sur="Milei", lp="he",
                fm="Foreign Minister Diana Mondino", fsur="Mondino", fp="she",
                epi="the South American country"),
    "AZE": dict(name="Azerbaijan", adj="Azerbaijani", cap="Baku",
                ldr="President Ilham Aliyev", ttl="president", sur="Aliyev", lp="he",
                fm="Foreign Minister Jeyhun Bayramov", fsur="Bayramov", fp="he",
                epi="the Caspian nation"),
    "ZAF": dict(name="South Africa", adj="South African", cap="Pretoria",
                ldr="President Cyril Ramaphosa", ttl="president", sur="Ramaphosa", lp="he",
                fm="Foreign Minister Naledi Pandor", fsur="Pandor", fp="she",
                epi="the country"),
    "TUR": dict(name="Turkey", adj="Turkish", cap="Ankara",
                ldr="President Recep Tayyip Erdoğan", ttl="president", sur="Erdoğan", lp="he",
                fm="Foreign Minister Hakan Fidan", fsur="Fidan", fp="he", epi="the country"),
    "GBR": dict(name="Britain", adj="British", cap="London",
                ldr="Prime Minister Rishi Sunak", ttl="prime minister", sur="Sunak", lp="he",
                fm="Foreign Secretary David Cameron", fsur="Cameron", fp="he",
                epi="the country"),
    "SAU": dict(name="Saudi Arabia", adj="Saudi", cap="Riyadh",
                ldr="Crown Prince Mohammed bin Salman", ttl="crown prince", sur="bin Salman",
                lp="he", fm="Foreign Minister Prince Faisal bin Farhan", fsur="Prince Faisal",
                fp="he", epi="the kingdom"),
    "AUS": dict(name="Australia", adj="Australian", cap="Canberra",
                ldr="Prime Minister Anthony Albanese", ttl="prime minister", sur="Albanese",
                lp="he", fm="Foreign Minister Penny Wong", fsur="Wong", fp="she",
                epi="the country"),
    "ETH": dict(name="Ethiopia", adj="Ethiopian", cap="Addis Ababa",
                ldr="Prime Minister Abiy Ahmed", ttl="prime minister", sur="Abiy", lp="he",
                fm="Foreign Minister Taye Atske Selassie", fsur="Taye", fp="he",
                epi="the Horn of Africa nation"),
    "ARM": dict(name="Armenia", adj="Armenian", cap="Yerevan",
                ldr="Prime Minister Nikol Pashinyan", ttl="prime minister", sur="Pashinyan",
                lp="he", fm="Foreign Minister Ararat Mirzoyan", fsur="Mirzoyan", fp="he",
                epi="the country"),
    "VNM": dict(name="Vietnam", adj="Vietnamese", cap="Hanoi",
                ldr="Prime Minister Pham Minh Chinh", ttl="prime minister", sur="Chinh",
                lp="he", fm="Foreign Minister Bui Thanh Son", fsur="Son", fp="he",
                epi="the Southeast Asian nation"),
}

# source, target, type, directed, act with {T} for the target's name
EVENTS: list[tuple[str, str, str, bool, str]] = [
    ("KEN", "ETH", "REQUEST", True, "urged {T} to reopen its border crossings to traders"),
    ("KAZ", "VNM", "AGREE", False, "signed an agreement with {T} on visa-free travel"),
    ("BRA", "ARG", "ACCUSE", True, "accused {T} of meddling in its election campaign"),
    ("JPN", "AUS", "SUPPORT", True, "praised {T}'s decision to deepen defence cooperation"),
    ("EGY", "ETH", "ACCUSE", True, "accused {T} of acting unilaterally on the Nile dam"),
    ("ARG", "GBR", "REJECT", True, "rejected {T}'s claim to the Falkland Islands"),
    ("AZE", "ARM", "ACCUSE", True, "accused {T} of violating the ceasefire"),
    ("ZAF", "KEN", "SUPPORT", True, "praised {T}'s mediation efforts"),
    ("TUR", "AZE", "AID", True, "sent humanitarian aid to {T}"),
    ("GBR", "SAU", "REQUEST", True, "urged {T} to release the detained activists"),
    ("SAU", "EGY", "AID", True, "pledged $2 billion in financial aid to {T}"),
    ("AUS", "VNM", "AGREE", False, "signed a strategic partnership agreement with {T}"),
]


def _case(construction: str, text: str, expect: list[dict[str, Any]]) -> dict[str, Any]:
    return {"construction": construction, "text": text, "published": PUBLISHED,
            "expect": expect}


def _ev(src: str, tgt: str, kind: str, directed: bool, date: str = DATE) -> dict[str, Any]:
    return {"pair": [src, tgt], "directed": directed, "types": [kind], "date": date}


def _meet(a: str, b: str) -> dict[str, Any]:
    return _ev(a, b, "CONSULT", False, MEET_DAY)


def _intro(s: dict[str, str]) -> str:
    """A sentence that names the source's leader and codes nothing."""
    return f"{s['adj']} {s['ldr']} addressed a business forum in {s['cap']} on Monday."


def _fm_intro(s: dict[str, str]) -> str:
    return f"{s['adj']} {s['fm']} briefed lawmakers in {s['cap']} on Monday."


def positives(src: str, tgt: str, kind: str, directed: bool, act: str) -> list[dict[str, Any]]:
    s, t = P[src], P[tgt]
    a = act.format(T=t["name"])
    want = [_ev(src, tgt, kind, directed)]
    cases = [
        _case("control-named", f"{_intro(s)} {s['sur']} {a} on Tuesday.", want),
        _case("pron-leader", f"{_intro(s)} On Tuesday, {s['lp']} {a}.", want),
        _case("pron-opens", f"{_intro(s)} {s['lp'].capitalize()} {a} on Tuesday, "
              "according to a statement from the presidency.", want),
        _case("pron-minister", f"{_fm_intro(s)} {s['fp'].capitalize()} {a} on Tuesday.", want),
        _case("the-title", f"{_intro(s)} The {s['ttl']} {a} on Tuesday.", want),
        _case("the-adj-leader", f"{_intro(s)} The {s['adj']} leader {a} on Tuesday.", want),
        _case("surname-later", f"{_intro(s)} The forum drew several hundred delegates. "
              f"{s['sur']} also {a} on Tuesday.", want),
        _case("top-diplomat", f"{_fm_intro(s)} The top diplomat {a} on Tuesday.", want),
        _case("the-minister", f"{_fm_intro(s)} The minister {a} on Tuesday.", want),
        _case("the-country", f"{s['name']} hosted a regional energy forum on Monday. "
              f"On Tuesday, the country {a}.", want),
        _case("state-epithet", f"{s['name']} hosted a regional energy forum on Monday. "
              f"On Tuesday, {s['epi']} {a}.", want),
        _case("adj-side", f"{s['adj']} and {t['adj']} officials held talks in {t['cap']} on "
              f"Monday. On Tuesday, the {s['adj']} side {a}.", [_meet(src, tgt), *want]),
    ]
    if directed and "{T}" in act and kind in {"REQUEST", "ACCUSE", "SUPPORT", "REJECT"}:
        host = act.replace("{T}'s", "his hosts'").replace("{T}", "his hosts")
        cases.append(_case("his-hosts", f"{s['adj']} {s['ldr']} arrived in {t['cap']} on "
                           f"Monday for a two-day visit. On Tuesday, {s['lp']} {host}.",
                           [_meet(src, tgt), *want]))
        guest = act.format(T=t["name"])
        cases.append(_case("visiting-minister", f"{t['adj']} {t['ldr']} received "
                           f"{s['adj']} {s['fm']} in {t['cap']} on Monday. On Tuesday, the "
                           f"visiting minister {guest}.", [_meet(src, tgt), *want]))
        cases.append(_case("the-latter", f"{t['adj']} {t['ldr']} received {s['adj']} "
                           f"{s['fm']} in {t['cap']} on Monday, and on Tuesday the latter "
                           f"{guest}.", [_meet(src, tgt), *want]))
        cpart = act.replace("{T}'s", "the other side's").replace("{T}", "his counterpart")
        if s["fp"] == "she":
            cpart = cpart.replace("his counterpart", "her counterpart")
        cases.append(_case("counterpart-target", f"{s['adj']} {s['fm']} spoke by phone with "
                           f"{t['adj']} {t['fm']} on Monday. On Tuesday, {s['fsur']} {cpart}.",
                           [_meet(src, tgt), *want]))
    if not directed:
        for ref in ("the two leaders", "both sides", "the two countries", "the sides"):
            verb = act.format(T="each other").replace(" with each other", "")
            cases.append(_case("joint-" + ref.replace(" ", "-"),
                               f"{s['adj']} {s['ldr']} hosted {t['adj']} {t['ldr']} in "
                               f"{s['cap']} on Monday. On Tuesday, {ref} {verb}.",
                               [_meet(src, tgt), *want]))
    return cases


def negatives(i: int, src: str, tgt: str, kind: str, directed: bool,
              act: str) -> list[dict[str, Any]]:
    s, t = P[src], P[tgt]
    a = act.format(T=t["name"])
    other = EVENTS[(i + 3) % len(EVENTS)][0]
    u = P[other if other not in (src, tgt) else EVENTS[(i + 4) % len(EVENTS)][0]]
    cases = [
        _case("neg-journalist", f"{_intro(s)} BBC correspondent Mark Lowen, who covered the "
              f"forum, filed his report on Monday night. On Tuesday, he {a}.", []),
        _case("neg-analyst", f"{_intro(s)} Analyst Jonathan Pierce of the Eurasia Group said "
              f"the speech broke little new ground. He {a} on Tuesday.", []),
        _case("neg-analyst-appos", f"{_intro(s)} Jonathan Pierce, a senior analyst at the "
              f"Eurasia Group, said the speech broke little new ground. He {a} on Tuesday.",
              []),
        _case("neg-company-chief", f"{_intro(s)} Shell chief executive Wael Sawan said on "
              f"Monday the company would expand its investment. He {a} on Tuesday.", []),
        _case("neg-three-parties", f"Officials from {s['name']}, {t['name']} and "
              f"{u['name']} gathered in Geneva on Monday. On Tuesday, "
              f"the two leaders {act.format(T='each other').replace(' with each other', '')}"
              ".", []),
        _case("neg-multilateral-counterparts", f"{s['adj']} {s['fm']} attended a meeting of "
              f"foreign ministers in Geneva on Monday. On Tuesday, {s['fp']} urged "
              f"{'her' if s['fp'] == 'she' else 'his'} counterparts to back a ceasefire.", []),
    ]
    if directed and "{T}" in act and u_code(u) != tgt:
        poss = "her" if s["fp"] == "she" else "his"
        cpart = act.replace("{T}'s", f"{poss} counterpart's").replace("{T}",
                                                                      f"{poss} counterpart")
        cases.append(_case("neg-counterpart-two-in-view", f"{s['adj']} {s['fm']} held talks "
                           f"with {t['adj']} and {u['adj']} officials in Geneva on Monday. On "
                           f"Tuesday, {s['fsur']} {cpart}.",
                           [_meet(src, tgt), _meet(src, u_code(u))]))  # officials of two states: no pair
                           # between those two (bench noevents, met_x_and_y_officials)
    if directed and u["lp"] == "he" and s["lp"] == "he":
        cases.append(_case("topic-change", f"{_intro(s)} In {u['name']}, meanwhile, "
                           f"{u['ldr']} opened a new port on Monday. On Tuesday, he {a}.",
                           [_ev(u_code(u), tgt, kind, directed)] if u_code(u) != tgt else []))
    return cases


def u_code(u: dict[str, str]) -> str:
    return next(code for code, row in P.items() if row is u)


def orgs() -> list[dict[str, Any]]:
    """Organisations named once and then by their kind."""
    rows = [
        ("EU", "the European Union", "the bloc", "RUS", "imposed new sanctions on Russia",
         "SANCTION"),
        ("NATO", "NATO", "the alliance", "RUS", "accused Russia of waging a sabotage campaign",
         "ACCUSE"),
        ("ASEAN", "ASEAN", "the bloc", "MMR", "urged Myanmar to end the violence", "REQUEST"),
        ("EU", "The European Union", "the bloc", "ARM", "pledged new aid to Armenia", "AID"),
    ]
    cases = []
    for code, name, ref, tgt, act, kind in rows:
        lead = name[0].upper() + name[1:]
        cases.append(_case("org-kind", f"{lead} held a meeting of its foreign ministers in "
                           f"a closed session on Monday. On Tuesday, {ref} {act}.",
                           [_ev(code, tgt, kind, True)]))
    return cases


def main() -> None:
    cases: list[dict[str, Any]] = []
    for i, event in enumerate(EVENTS):
        cases += positives(*event)
        cases += negatives(i, *event)
    cases += orgs()
    out = Path(__file__).with_suffix("").parent / "coref.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {out}")


if __name__ == "__main__":
    main()
