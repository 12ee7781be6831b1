"""Write bench/constructions/parse.jsonl: sentence shapes the small parser gets wrong.

Each event is told in many shapes that news copy uses (a fronted date with no comma,
a dateline, a titled official, a capital city, a headline, a multi-word or word-like
country name). When the parser misreads the shape the actor loses its subject role
and no rule downstream can recover it, so each shape is measured across events.
Run: python bench/constructions/make_parse.py  (stdlib only, deterministic).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
TUESDAY = "2024-03-05"

# name, code, capital, demonym, official with title, official's name, target code,
# past predicate, base predicate, headline (present) predicate, types, directed
EVENTS: list[dict[str, Any]] = [
    dict(n="Turkey", c="TUR", cap="Ankara", adj="Turkish", title="Foreign Minister",
         who="Hakan Fidan", t="SWE", past="criticised Sweden", base="criticise Sweden",
         pres="criticises Sweden", types=["ACCUSE"], d=True),
    dict(n="Germany", c="DEU", cap="Berlin", adj="German", title="Foreign Minister",
         who="Annalena Baerbock", t="RUS", past="expelled two Russian diplomats",
         base="expel two Russian diplomats", pres="expels two Russian diplomats",
         types=["SANCTION"], d=True),
    dict(n="Brazil", c="BRA", cap="Brasilia", adj="Brazilian", title="Foreign Minister",
         who="Mauro Vieira", t="ISR", past="recalled its ambassador from Israel",
         base="recall its ambassador from Israel", pres="recalls ambassador from Israel",
         types=["SANCTION"], d=True),
    dict(n="Kenya", c="KEN", cap="Nairobi", adj="Kenyan", title="Foreign Minister",
         who="Musalia Mudavadi", t="SOM", past="signed a security pact with Somalia",
         base="sign a security pact with Somalia", pres="signs security pact with Somalia",
         types=["AGREE"], d=False),
    dict(n="Japan", c="JPN", cap="Tokyo", adj="Japanese", title="Foreign Minister",
         who="Yoko Kamikawa", t="PHL", past="signed a defence agreement with the Philippines",
         base="sign a defence agreement with the Philippines",
         pres="signs defence agreement with the Philippines", types=["AGREE"], d=False),
    dict(n="India", c="IND", cap="New Delhi", adj="Indian", title="External Affairs Minister",
         who="Subrahmanyam Jaishankar", t="CAN",
         past="accused Canada of interfering in its internal affairs",
         base="accuse Canada of interfering in its internal affairs",
         pres="accuses Canada of interference", types=["ACCUSE"], d=True),
    dict(n="Egypt", c="EGY", cap="Cairo", adj="Egyptian", title="Foreign Minister",
         who="Sameh Shoukry", t="ISR", past="condemned Israel", base="condemn Israel",
         pres="condemns Israel", types=["ACCUSE"], d=True),
    dict(n="South Korea", c="KOR", cap="Seoul", adj="South Korean", title="Foreign Minister",
         who="Cho Tae-yul", t="PRK", past="condemned North Korea", base="condemn North Korea",
         pres="condemns North Korea", types=["ACCUSE"], d=True),
    dict(n="Saudi Arabia", c="SAU", cap="Riyadh", adj="Saudi", title="Foreign Minister",
         who="Prince Faisal bin Farhan", t="YEM", past="delivered humanitarian aid to Yemen",
         base="deliver humanitarian aid to Yemen", pres="delivers aid to Yemen",
         types=["AID"], d=True),
    dict(n="the United Arab Emirates", c="ARE", cap="Abu Dhabi", adj="Emirati",
         title="Foreign Minister", who="Sheikh Abdullah bin Zayed", t="SDN",
         past="sent humanitarian aid to Sudan", base="send humanitarian aid to Sudan",
         pres="sends aid to Sudan", types=["AID"], d=True),
    dict(n="Poland", c="POL", cap="Warsaw", adj="Polish", title="Foreign Minister",
         who="Radoslaw Sikorski", t="BLR", past="criticised Belarus", base="criticise Belarus",
         pres="criticises Belarus", types=["ACCUSE"], d=True),
    dict(n="Mexico", c="MEX", cap="Mexico City", adj="Mexican", title="Foreign Minister",
         who="Alicia Barcena", t="ECU", past="suspended diplomatic relations with Ecuador",
         base="suspend diplomatic relations with Ecuador",
         pres="suspends diplomatic relations with Ecuador", types=["SANCTION"], d=True),
]

# country names that are also common English words or names
WORDLIKE: list[tuple[str, str, str, str, list[str]]] = [
    ("Chad", "TCD", "FRA", "expelled two French diplomats", ["SANCTION"]),
    ("Jordan", "JOR", "ISR", "condemned Israel", ["ACCUSE"]),
    ("Georgia", "GEO", "RUS", "criticised Russia", ["ACCUSE"]),
    ("Niger", "NER", "FRA", "expelled the French ambassador", ["SANCTION"]),
    ("Guinea", "GIN", "SEN", "signed a trade agreement with Senegal", ["AGREE"]),
    ("Turkey", "TUR", "GRC", "criticised Greece", ["ACCUSE"]),
    ("China", "CHN", "PHL", "accused the Philippines of provocation", ["ACCUSE"]),
    ("Malta", "MLT", "LBY", "signed a migration agreement with Libya", ["AGREE"]),
]

# (construction, template, expected date or None for a negative case)
SHAPES: list[tuple[str, str, str | None]] = [
    ("fronted-weekday-comma", "On Tuesday, {S} {past}.", TUESDAY),
    ("fronted-weekday-nocomma", "On Tuesday {S} {past}.", TUESDAY),
    ("fronted-daymonth-nocomma", "On 5 March {S} {past}.", TUESDAY),
    ("fronted-monthday-nocomma", "On March 5 {S} {past}.", TUESDAY),
    ("fronted-month-nocomma", "In March {S} {past}.", "2024-03"),
    ("fronted-earlier-on-nocomma", "Earlier on Tuesday {S} {past}.", TUESDAY),
    ("fronted-late-on-nocomma", "Late on Tuesday {S} {past}.", TUESDAY),
    ("fronted-last-week", "Last week {S} {past}.", "2024"),
    ("dateline", "{CAP_UP}, March 5 (Wire) - {S} {past} on Tuesday.", TUESDAY),
    ("dateline-fronted-date", "{CAP_UP}, March 5 (Wire) - On Tuesday {S} {past}.", TUESDAY),
    ("apposition-subject", "{N_POSS} foreign minister, {WHO}, {past} on Tuesday.", TUESDAY),
    ("title-name-subject", "{ADJ} {TITLE} {WHO} {past} on Tuesday.", TUESDAY),
    ("title-name-fronted-date", "On Tuesday {ADJ} {TITLE} {WHO} {past}.", TUESDAY),
    ("capital-subject", "{CAP} {past} on Tuesday.", TUESDAY),
    ("capital-fronted-date", "On Tuesday {CAP} {past}.", TUESDAY),
    ("subject-date-verb", "{S_CAP} on Tuesday {past}.", TUESDAY),
    ("subject-date-verb-title", "{ADJ} {TITLE} {WHO} on Tuesday {past}.", TUESDAY),
    ("fronted-date-ministry", "On Tuesday {N_POSS} foreign ministry {past}.", TUESDAY),
    ("fronted-participle", "Speaking in Geneva on Tuesday, {WHO} said {S} had {past}.",
     TUESDAY),
    ("fronted-date-comma-title", "On Tuesday, {TITLE} {WHO} {past}.", TUESDAY),
    ("fronted-daymonth-nocomma-said", "On 5 March {S} said it had {past}.", TUESDAY),
    ("fronted-month-nocomma-title", "In March {ADJ} {TITLE} {WHO} {past}.", "2024-03"),
    ("fronted-year-nocomma", "In 2023 {S} {past}.", "2023"),
    ("fronted-daymonth-nocomma-neg", "On 5 March {S} denied reports that it had {past}.", None),
    ("agency-day-after-subject", "{S_CAP} Tuesday {past}.", TUESDAY),
    ("agency-said-day", "{S_CAP} said Tuesday it had {past}.", TUESDAY),
    ("neg-did-not", "On Tuesday {S} did not {base}.", None),
    ("neg-denied", "On Tuesday {S} denied that it had {past_pp}.", None),
    ("neg-conditional", "{S_CAP} would {base} if talks failed, officials said on Tuesday.",
     None),
]

WORDLIKE_SHAPES: list[tuple[str, str, str | None]] = [
    ("wordlike-plain", "{S} {past} on Tuesday.", TUESDAY),
    ("wordlike-fronted-weekday-nocomma", "On Tuesday {S} {past}.", TUESDAY),
    ("wordlike-fronted-daymonth-nocomma", "On 5 March {S} {past}.", TUESDAY),
    ("wordlike-agency-day", "{S} Tuesday {past}.", TUESDAY),
    ("wordlike-neg-did-not", "On Tuesday {S} did not {base}.", None),
]


def _base(past: str) -> str:
    """A base form for the simple predicates of WORDLIKE (negative cases only)."""
    verb, _, rest = past.partition(" ")
    stem = {"expelled": "expel", "condemned": "condemn", "criticised": "criticise",
            "signed": "sign", "accused": "accuse"}[verb]
    return f"{stem} {rest}"


def _poss(name: str) -> str:
    return (name[0].upper() + name[1:]) + "'s"


def _case(shape: str, text: str, date: str | None, ev: dict[str, Any]) -> dict[str, Any]:
    expect = [] if date is None else [
        {"pair": [ev["c"], ev["t"]], "directed": ev["d"], "types": ev["types"], "date": date}]
    return {"construction": shape, "text": text, "published": PUBLISHED, "expect": expect}


def cases() -> list[dict[str, Any]]:
    out = []
    for shape, tmpl, date in SHAPES:
        for ev in EVENTS:
            name = ev["n"]
            text = tmpl.format(
                S=name, S_CAP=name[0].upper() + name[1:], past=ev["past"], base=ev["base"],
                pres=ev["pres"], past_pp=ev["past"], CAP=ev["cap"], CAP_UP=ev["cap"].upper(),
                N_POSS=_poss(name), WHO=ev["who"], ADJ=ev["adj"], TITLE=ev["title"])
            out.append(_case(shape, text, date, ev))
    for shape, tmpl, date in WORDLIKE_SHAPES:
        for name, src, tgt, past, types in WORDLIKE:
            ev = {"c": src, "t": tgt, "d": True, "types": types}
            text = tmpl.format(S=name, past=past, base=_base(past))
            out.append(_case(shape, text, date, ev))
    return out


def main() -> None:
    path = Path(__file__).parent / "parse.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for case in cases():
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
