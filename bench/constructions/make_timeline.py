"""Write bench/constructions/timeline.jsonl: chronologies, digests and many-act sentences.

Analysts' chronologies tell each act under a date heading, in the historic present
('14 May - Ethiopia recalls its ambassador ...'), with ISO, dotted, numbered, bulleted or
month-only headings, and let an entry go on for more sentences; wire copy packs two or
three acts into one sentence ('..., calling it ... and accusing ...'). Each scenario
holds a few acts fixed (a hostile act, a second act by the same party, a meeting) and
the constructions vary only the frame around them. Negative cases (denied, planned,
hypothetical acts, background sentences in the present) measure what a date carried
to the wrong sentence costs.

Run: python bench/constructions/make_timeline.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Act:
    pres: str  # after the subject, historic present
    past: str
    base: str
    gerund: str
    pair: tuple[str, str]
    directed: bool
    types: tuple[str, ...]


@dataclass(frozen=True)
class Scenario:
    subject: str
    pronoun: str
    capital: str
    target: str  # the other party named as a country
    first: Act
    second: Act
    meet_pres: str
    meet_past: str
    leader_a: str
    leader_b: str
    place: str
    meet_pair: tuple[str, str]
    day: dt.date


def _hostile(pres: str, past: str, base: str, ger: str, pair: tuple[str, str],
             *types: str) -> Act:
    return Act(pres, past, base, ger, pair, True, types)


SCENARIOS = [
    Scenario("Poland", "It", "Warsaw", "Belarus",
             _hostile("expels a Belarusian diplomat", "expelled a Belarusian diplomat",
                      "expel a Belarusian diplomat", "expelling a Belarusian diplomat",
                      ("POL", "BLR"), "SANCTION"),
             _hostile("accuses Minsk of orchestrating migrant crossings",
                      "accused Minsk of orchestrating migrant crossings",
                      "accuse Minsk of orchestrating migrant crossings",
                      "accusing Minsk of orchestrating migrant crossings",
                      ("POL", "BLR"), "ACCUSE"),
             "Polish Foreign Minister Radoslaw Sikorski meets Lithuanian Foreign Minister "
             "Gabrielius Landsbergis in Vilnius",
             "Polish Foreign Minister Radoslaw Sikorski met Lithuanian Foreign Minister "
             "Gabrielius Landsbergis in Vilnius",
             "Polish Foreign Minister Radoslaw Sikorski",
             "Lithuanian Foreign Minister Gabrielius Landsbergis", "Vilnius", ("POL", "LTU"),
             dt.date(2024, 3, 5)),
    Scenario("China", "It", "Beijing", "the Philippines",
             _hostile("summons the Philippine ambassador", "summoned the Philippine ambassador",
                      "summon the Philippine ambassador", "summoning the Philippine ambassador",
                      ("CHN", "PHL"), "PROTEST", "ACCUSE"),
             _hostile("accuses Manila of provocations at Second Thomas Shoal",
                      "accused Manila of provocations at Second Thomas Shoal",
                      "accuse Manila of provocations at Second Thomas Shoal",
                      "accusing Manila of provocations at Second Thomas Shoal",
                      ("CHN", "PHL"), "ACCUSE"),
             "Chinese Foreign Minister Wang Yi meets Vietnamese Prime Minister Pham Minh Chinh "
             "in Hanoi",
             "Chinese Foreign Minister Wang Yi met Vietnamese Prime Minister Pham Minh Chinh "
             "in Hanoi",
             "Chinese Foreign Minister Wang Yi", "Vietnamese Prime Minister Pham Minh Chinh",
             "Hanoi", ("CHN", "VNM"), dt.date(2024, 6, 18)),
    Scenario("The United States", "It", "Washington", "Iran",
             _hostile("imposes sanctions on Iranian drone makers",
                      "imposed sanctions on Iranian drone makers",
                      "impose sanctions on Iranian drone makers",
                      "imposing sanctions on Iranian drone makers", ("USA", "IRN"), "SANCTION"),
             _hostile("accuses Tehran of supplying ballistic missiles to Russia",
                      "accused Tehran of supplying ballistic missiles to Russia",
                      "accuse Tehran of supplying ballistic missiles to Russia",
                      "accusing Tehran of supplying ballistic missiles to Russia",
                      ("USA", "IRN"), "ACCUSE"),
             "US Secretary of State Antony Blinken meets Saudi Crown Prince Mohammed bin Salman "
             "in Riyadh",
             "US Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman "
             "in Riyadh",
             "US Secretary of State Antony Blinken", "Saudi Crown Prince Mohammed bin Salman",
             "Riyadh", ("USA", "SAU"), dt.date(2024, 9, 10)),
    Scenario("Algeria", "It", "Algiers", "France",
             _hostile("recalls its ambassador from Paris", "recalled its ambassador from Paris",
                      "recall its ambassador from Paris", "recalling its ambassador from Paris",
                      ("DZA", "FRA"), "SANCTION"),
             _hostile("accuses France of backing Moroccan claims over Western Sahara",
                      "accused France of backing Moroccan claims over Western Sahara",
                      "accuse France of backing Moroccan claims over Western Sahara",
                      "accusing France of backing Moroccan claims over Western Sahara",
                      ("DZA", "FRA"), "ACCUSE"),
             "Algerian President Abdelmadjid Tebboune receives Italian Prime Minister Giorgia "
             "Meloni in Algiers",
             "Algerian President Abdelmadjid Tebboune received Italian Prime Minister Giorgia "
             "Meloni in Algiers",
             "Italian Prime Minister Giorgia Meloni", "Algerian President Abdelmadjid Tebboune",
             "Algiers", ("DZA", "ITA"), dt.date(2024, 7, 30)),
    Scenario("Saudi Arabia", "It", "Riyadh", "Sudan",
             _hostile("sends 50 tonnes of humanitarian aid to Sudan",
                      "sent 50 tonnes of humanitarian aid to Sudan",
                      "send 50 tonnes of humanitarian aid to Sudan",
                      "sending 50 tonnes of humanitarian aid to Sudan", ("SAU", "SDN"), "AID"),
             Act("hosts Sudanese army envoys for ceasefire talks in Jeddah",
                 "hosted Sudanese army envoys for ceasefire talks in Jeddah",
                 "host Sudanese army envoys for ceasefire talks in Jeddah",
                 "hosting Sudanese army envoys for ceasefire talks in Jeddah", ("SAU", "SDN"),
                 False, ("CONSULT",)),
             "Saudi Foreign Minister Prince Faisal bin Farhan meets Egyptian Foreign Minister "
             "Sameh Shoukry in Cairo",
             "Saudi Foreign Minister Prince Faisal bin Farhan met Egyptian Foreign Minister "
             "Sameh Shoukry in Cairo",
             "Saudi Foreign Minister Prince Faisal bin Farhan",
             "Egyptian Foreign Minister Sameh Shoukry", "Cairo", ("SAU", "EGY"),
             dt.date(2024, 2, 13)),
    Scenario("India", "It", "New Delhi", "Canada",
             _hostile("rejects Canadian allegations of interference",
                      "rejected Canadian allegations of interference",
                      "reject Canadian allegations of interference",
                      "rejecting Canadian allegations of interference", ("IND", "CAN"), "REJECT"),
             _hostile("expels six Canadian diplomats", "expelled six Canadian diplomats",
                      "expel six Canadian diplomats", "expelling six Canadian diplomats",
                      ("IND", "CAN"), "SANCTION"),
             "Indian Prime Minister Narendra Modi meets Singaporean Prime Minister Lawrence "
             "Wong in Singapore",
             "Indian Prime Minister Narendra Modi met Singaporean Prime Minister Lawrence "
             "Wong in Singapore",
             "Indian Prime Minister Narendra Modi", "Singaporean Prime Minister Lawrence Wong",
             "Singapore", ("IND", "SGP"), dt.date(2024, 10, 14)),
    Scenario("Russia", "It", "Moscow", "Moldova",
             _hostile("expels a Moldovan diplomat", "expelled a Moldovan diplomat",
                      "expel a Moldovan diplomat", "expelling a Moldovan diplomat",
                      ("RUS", "MDA"), "SANCTION"),
             _hostile("accuses Chisinau of hostile actions against Russian citizens",
                      "accused Chisinau of hostile actions against Russian citizens",
                      "accuse Chisinau of hostile actions against Russian citizens",
                      "accusing Chisinau of hostile actions against Russian citizens",
                      ("RUS", "MDA"), "ACCUSE"),
             "Moldovan President Maia Sandu meets Romanian President Klaus Iohannis in Bucharest",
             "Moldovan President Maia Sandu met Romanian President Klaus Iohannis in Bucharest",
             "Moldovan President Maia Sandu", "Romanian President Klaus Iohannis", "Bucharest",
             ("MDA", "ROU"), dt.date(2024, 4, 9)),
    Scenario("Colombia", "It", "Bogota", "Argentina",
             _hostile("expels several Argentine diplomats", "expelled several Argentine diplomats",
                      "expel several Argentine diplomats", "expelling several Argentine diplomats",
                      ("COL", "ARG"), "SANCTION"),
             _hostile("accuses Argentina of insulting the Colombian president",
                      "accused Argentina of insulting the Colombian president",
                      "accuse Argentina of insulting the Colombian president",
                      "accusing Argentina of insulting the Colombian president",
                      ("COL", "ARG"), "ACCUSE"),
             "Brazilian President Luiz Inacio Lula da Silva meets Colombian President Gustavo "
             "Petro in Bogota",
             "Brazilian President Luiz Inacio Lula da Silva met Colombian President Gustavo "
             "Petro in Bogota",
             "Brazilian President Luiz Inacio Lula da Silva", "Colombian President Gustavo Petro",
             "Bogota", ("BRA", "COL"), dt.date(2024, 3, 27)),
    Scenario("Germany", "It", "Berlin", "Ukraine",
             _hostile("delivers a Patriot air defence system to Ukraine",
                      "delivered a Patriot air defence system to Ukraine",
                      "deliver a Patriot air defence system to Ukraine",
                      "delivering a Patriot air defence system to Ukraine", ("DEU", "UKR"), "AID"),
             _hostile("summons the Russian ambassador over a cyberattack",
                      "summoned the Russian ambassador over a cyberattack",
                      "summon the Russian ambassador over a cyberattack",
                      "summoning the Russian ambassador over a cyberattack",
                      ("DEU", "RUS"), "PROTEST", "ACCUSE"),
             "German Chancellor Olaf Scholz meets French President Emmanuel Macron in Paris",
             "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris",
             "German Chancellor Olaf Scholz", "French President Emmanuel Macron", "Paris",
             ("DEU", "FRA"), dt.date(2024, 5, 21)),
    Scenario("Turkey", "It", "Ankara", "Israel",
             _hostile("suspends all trade with Israel", "suspended all trade with Israel",
                      "suspend all trade with Israel", "suspending all trade with Israel",
                      ("TUR", "ISR"), "SANCTION"),
             _hostile("accuses Israel of blocking aid deliveries to Gaza",
                      "accused Israel of blocking aid deliveries to Gaza",
                      "accuse Israel of blocking aid deliveries to Gaza",
                      "accusing Israel of blocking aid deliveries to Gaza",
                      ("TUR", "ISR"), "ACCUSE"),
             "Turkish President Recep Tayyip Erdogan meets Egyptian President Abdel Fattah "
             "el-Sisi in Cairo",
             "Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah "
             "el-Sisi in Cairo",
             "Turkish President Recep Tayyip Erdogan", "Egyptian President Abdel Fattah el-Sisi",
             "Cairo", ("TUR", "EGY"), dt.date(2024, 2, 14)),
    Scenario("Japan and South Korea", "They", "Tokyo", "South Korea",
             Act("sign a defence cooperation agreement", "signed a defence cooperation agreement",
                 "sign a defence cooperation agreement", "signing a defence cooperation agreement",
                 ("JPN", "KOR"), False, ("AGREE", "COOPERATE")),
             Act("hold talks on North Korea's missile launches",
                 "held talks on North Korea's missile launches",
                 "hold talks on North Korea's missile launches",
                 "holding talks on North Korea's missile launches",
                 ("JPN", "KOR"), False, ("CONSULT",)),
             "Japanese Prime Minister Fumio Kishida meets Australian Prime Minister Anthony "
             "Albanese in Canberra",
             "Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony "
             "Albanese in Canberra",
             "Japanese Prime Minister Fumio Kishida", "Australian Prime Minister Anthony Albanese",
             "Canberra", ("JPN", "AUS"), dt.date(2024, 1, 16)),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _dm(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def _wd(day: dt.date) -> str:
    return day.strftime("%A")


def _exp(act: Act, day: dt.date | str) -> dict[str, object]:
    date = day if isinstance(day, str) else day.isoformat()
    return {"pair": list(act.pair), "directed": act.directed, "types": list(act.types),
            "date": date}


def _meet(s: Scenario, day: dt.date) -> dict[str, object]:
    return {"pair": list(s.meet_pair), "directed": False, "types": ["CONSULT"],
            "date": day.isoformat()}


def _lower(subject: str) -> str:
    return subject[0].lower() + subject[1:] if subject.startswith("The ") else subject


def _upper(name: str) -> str:
    return name[0].upper() + name[1:]


def _cases(s: Scenario) -> list[tuple[str, str, list[dict[str, object]]]]:
    """(construction, text, expected events) for one scenario; d1 = the act's day."""
    d1, d2 = s.day, s.day + dt.timedelta(days=9)
    prev = d1 - dt.timedelta(days=1)
    old = d1.replace(year=d1.year - 2)  # a chronology reaching back past the page's year
    subj, sub = s.subject, _lower(s.subject)
    a, b = s.first, s.second
    mon = MONTHS[d1.month - 1]
    return [
        ("entry-dash-present", f"Timeline\n\n{_dm(d1)} - {subj} {a.pres}.", [_exp(a, d1)]),
        ("entry-colon-two", f"Key dates\n\n{_dm(d1)}: {subj} {a.pres}.\n\n"
         f"{_dm(d2)}: {s.meet_pres}.", [_exp(a, d1), _meet(s, d2)]),
        ("entry-iso", f"{d1.isoformat()} — {subj} {a.pres}.\n\n{d2.isoformat()} — "
         f"{s.meet_pres}.", [_exp(a, d1), _meet(s, d2)]),
        ("entry-dotted", f"{d1.strftime('%d.%m.%Y')} – {subj} {a.pres}.\n\n"
         f"{d2.strftime('%d.%m.%Y')} – {s.meet_pres}.", [_exp(a, d1), _meet(s, d2)]),
        ("entry-numbered", f"Chronology\n\n1. {_dm(d1)} - {subj} {a.pres}.\n\n"
         f"2. {_dm(d2)} - {s.meet_pres}.", [_exp(a, d1), _meet(s, d2)]),
        ("entry-bulleted", f"What happened so far:\n\n• {_dm(d1)}: {subj} {a.pres}.\n\n"
         f"• {_dm(d2)}: {s.meet_pres}.", [_exp(a, d1), _meet(s, d2)]),
        ("entry-weekday-heading", f"{_wd(d1)}, {_dm(d1)}: {subj} {a.pres}.", [_exp(a, d1)]),
        ("entry-two-verbs", f"{_dm(d1)} - {subj} {a.pres} and {b.pres}.",
         [_exp(a, d1), _exp(b, d1)]),
        ("entry-second-sentence", f"{_dm(d1)} - {subj} {a.pres}. {s.pronoun} also {b.pres}.",
         [_exp(a, d1), _exp(b, d1)]),
        ("entry-background-after", f"{_dm(d1)} - {subj} {a.pres}. Relations between the two "
         f"remain tense. {_upper(s.target)} is a major trading partner. Analysts say {sub} could "
         f"{b.base}.", [_exp(a, d1)]),
        ("entry-month-only", f"{mon} (no single date): {subj} {a.pres}.",
         [_exp(a, d1.isoformat()[:7])]),
        ("entry-delegation", f"{_dm(d1)} - A delegation led by {s.leader_a} meets "
         f"{s.leader_b} in {s.place}.", [_meet(s, d1)]),
        ("entry-back-in", f"{_dm(d2)} - {s.meet_pres}.\n\n{_dm(d1 + dt.timedelta(days=20))} - "
         f"Back in {s.capital}, {sub} {a.pres}.",
         [_meet(s, d2), _exp(a, d1 + dt.timedelta(days=20))]),
        ("entry-past", f"{_dm(d1)} - {subj} {a.past}.", [_exp(a, d1)]),
        ("wire-calling-accusing", f"{subj} {a.past} on {_wd(d1)} evening, calling "
         f"the move a necessary response and {b.gerund}.", [_exp(a, d1), _exp(b, d1)]),
        ("wire-three-acts", f"{subj} {a.past} on {_wd(d1)} and {b.past}, a day after "
         f"{s.meet_past}.", [_exp(a, d1), _exp(b, d1), _meet(s, prev)]),
        ("wire-day-parts", f"On {_wd(d1)} morning {sub} {a.past}. In the afternoon "
         f"{s.pronoun.lower()} {b.past}.", [_exp(a, d1), _exp(b, d1)]),
        ("digest-bullets", f"The week in review\n\n* {subj} {a.past} on {_wd(d1)}.\n\n"
         f"* {s.meet_past} on {_wd(d1 + dt.timedelta(days=2))}.",
         [_exp(a, d1), _meet(s, d1 + dt.timedelta(days=2))]),
        ("entry-year-carried", f"Chronology\n\n- {_dm(old)} {old.year}: {subj} {a.pres}.\n\n"
         f"- {_dm(old + dt.timedelta(days=9))}: {subj} {b.pres}.",  # office-holders differ
         [_exp(a, old), _exp(b, old + dt.timedelta(days=9))]),
        ("entry-habitual-after", f"{_dm(d1)} - {subj} {a.pres}. {_upper(s.target)} regularly "
         f"accuses {sub} of meddling in its affairs.", [_exp(a, d1)]),
        ("entry-analysts-after", f"{_dm(d1)} - {subj} {a.pres}. Analysts say the move "
         f"signals a wider break, and diplomats expect {sub} to {b.base} soon.", [_exp(a, d1)]),
        ("neg-entry-denied", f"{_dm(d1)} - {subj} denies that it plans to {a.base}.", []),
        ("neg-entry-hypothetical", f"{_dm(d1)} - Officials say {sub} could {a.base} if "
         f"talks fail.", []),
        ("neg-entry-background", f"{_dm(d1)} - Relations between {sub} and {s.target} "
         f"remain tense. {_upper(s.target)} is the main trading partner of {sub}.", []),
        ("neg-entry-planned", f"{_dm(d1)} - {subj} says it will {a.base} next month.", []),
    ]


def _published(text_days: int, s: Scenario) -> str:
    return (s.day + dt.timedelta(days=text_days)).isoformat()


def main() -> None:
    out = Path(__file__).with_name("timeline.jsonl")
    lines = []
    for s in SCENARIOS:
        for name, text, expect in _cases(s):
            weekday_case = name.startswith(("wire", "digest"))
            pub = _published(3 if weekday_case else 40, s)
            lines.append(json.dumps({"construction": name, "text": text, "published": pub,
                                     "expect": expect}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} cases -> {out}")


if __name__ == "__main__":
    main()
