"""Write bench/constructions/actors2.jsonl: actor phrases that real text writes oddly.

Round 18a found parties still unresolved when named as readouts and wire copy name them:
a bare title with no article ("Deputy Minister of Foreign Affairs of X"), "the Chinese
side" as the party itself, a ship's flag ("a Greek-flagged tanker", "flagged in Liberia"),
an organisation used as a noun modifier ("UN resolutions", which is no actor), "its envoy to Vietnam" (the
envoy belongs to the owner of 'its'), a former office holder (speaks for no state),
buildings standing for governments ("Zhongnanhai") and leaders by epithet ("the emir").
Round 18c added long portfolios ("First Deputy Minister of Energy and Mines of the Republic
of X"), a flag beside an owner (the owner's state is no party unless it acts), ships that act
(no event), state firms (their state) and armed movements (never a state, so no event).
Each construction holds the verb frame fixed and varies only the actor reference.
Run: python bench/constructions/make_actors2.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import json
from pathlib import Path

PUBLISHED = "2024-03-08"
DATE = "2024-03-05"
DAY = "On Tuesday"


def ev(a: str, b: str, typ: str, directed: bool = True) -> dict[str, object]:
    """One expected event on the fixed date."""
    return {"pair": [a, b], "directed": directed, "types": [typ], "date": DATE}


def case(con: str, text: str, expect: list[dict[str, object]]) -> dict[str, object]:
    """One bench line."""
    return {"construction": con, "text": text, "published": PUBLISHED, "expect": expect}


# (code, adjective, country name)
ADJ = [("CHN", "Chinese", "China"), ("AZE", "Azerbaijani", "Azerbaijan"),
       ("USA", "American", "the United States"), ("RUS", "Russian", "Russia"),
       ("IND", "Indian", "India"), ("TUR", "Turkish", "Turkey"),
       ("EGY", "Egyptian", "Egypt"), ("BRA", "Brazilian", "Brazil"),
       ("VNM", "Vietnamese", "Vietnam"), ("NGA", "Nigerian", "Nigeria")]
PARTNER = [("ARM", "Armenia"), ("PAK", "Pakistan"), ("KEN", "Kenya"), ("JPN", "Japan"),
           ("MEX", "Mexico"), ("IRN", "Iran"), ("POL", "Poland"), ("ZAF", "South Africa"),
           ("IDN", "Indonesia"), ("CAN", "Canada")]


def bare_title() -> list[dict[str, object]]:
    """Readout English: a title with no article and no name."""
    out = []
    for (c, _adj, name), (p, pname) in zip(ADJ, PARTNER, strict=True):
        out.append(case("bare_title_side",
                        f"{DAY}, Deputy Minister of Foreign Affairs of {pname} and the "
                        f"{_adj} side exchanged views on bilateral relations.",
                        [ev(p, c, "CONSULT", False)]))
        out.append(case("bare_title_object",
                        f"{DAY}, Minister of Foreign Affairs of {pname} held talks with "
                        f"Ambassador of {name} in the capital.",
                        [ev(p, c, "CONSULT", False)]))
    return out + portfolio_titles()


PORTFOLIOS = ["Industry and Trade", "Economy and Finance", "Foreign Affairs and Trade",
              "Defence", "Energy and Mines", "Foreign Affairs and International Cooperation",
              "Agriculture and Rural Development", "Foreign Affairs"]


def portfolio_titles() -> list[dict[str, object]]:
    """A long portfolio between a bare title and its state, 'of the Republic of' included;
    a venue city after the party is no party."""
    out = []
    for (c, adj, _n), (p, pname), port in zip(ADJ[:8], PARTNER[:8], PORTFOLIOS, strict=True):
        state = f"the Republic of {pname}" if p in ("ARM", "KEN", "POL") else pname
        out.append(case("bare_portfolio_title",
                        f"{DAY}, First Deputy Minister of {port} of {state} held consultations "
                        f"with the {adj} side in Geneva.", [ev(p, c, "CONSULT", False)]))
    return out


def side_party() -> list[dict[str, object]]:
    """'the Chinese side' is the party itself, as subject and as object."""
    out = []
    for (c, adj, _n), (p, pname) in zip(ADJ, PARTNER, strict=True):
        out.append(case("side_subject",
                        f"{DAY}, the {adj} side accused {pname} of violating the agreement.",
                        [ev(c, p, "ACCUSE")]))
        out.append(case("side_object",
                        f"{DAY}, the foreign minister of {pname} met with the {adj} side "
                        "in Geneva.", [ev(p, c, "CONSULT", False)]))
    return out


FLAGS = [("GRC", "Greek"), ("PAN", "Panama"), ("LBR", "Liberian"), ("MLT", "Maltese"),
         ("NOR", "Norwegian"), ("GBR", "British"), ("JPN", "Japanese"), ("SGP", "Singapore")]
SEIZERS = [("IRN", "Iran"), ("IRN", "Iran's Revolutionary Guards"), ("RUS", "Russia"), ("CHN", "China"),
           ("VEN", "Venezuela"), ("IRN", "Iranian forces"), ("PRK", "North Korea"),
           ("ERI", "Eritrea")]


def flagged() -> list[dict[str, object]]:
    """A flag state is a party to what happens to its ship (only as target)."""
    out = []
    for (f, fadj), (s, sname) in zip(FLAGS, SEIZERS, strict=True):
        out.append(case("flagged_tanker",
                        f"{DAY}, {sname} seized a {fadj}-flagged tanker in the Gulf.",
                        [ev(s, f, "COERCE")]))
    return out + flag_shapes()


# (flag code, flag country, seizer code, seizer, owner adjective)
FLAG_IN = [("LBR", "Liberia", "IRN", "Iran", "Greek"), ("PAN", "Panama", "RUS", "Russia", "Turkish"),
           ("MLT", "Malta", "VEN", "Venezuela", "Danish"), ("MHL", "the Marshall Islands", "CHN",
            "China", "Japanese"), ("BHS", "the Bahamas", "PRK", "North Korea", "Norwegian"),
           ("CYP", "Cyprus", "ERI", "Eritrea", "Italian")]
OWNERS = {"Greek": ("GRC", "Greece"), "Turkish": ("TUR", "Turkey"), "Danish": ("DNK", "Denmark"),
          "Japanese": ("JPN", "Japan"), "Norwegian": ("NOR", "Norway"), "Italian": ("ITA", "Italy")}


def flag_shapes() -> list[dict[str, object]]:
    """Wire shapes of a flag: 'flagged in X', 'X-registered', owner beside flag; the owner's
    state is no party unless it acts itself, and a ship that acts makes its flag no doer."""
    out = []
    for f, fname, s, sname, owner in FLAG_IN:
        ocode, oname = OWNERS[owner]
        out.append(case("flagged_in", f"{DAY}, {sname} seized an oil tanker flagged in {fname} "
                        "after accusing it of smuggling fuel.", [ev(s, f, "COERCE")]))
        out.append(case("flag_and_owner", f"{DAY}, {sname} seized a {owner}-owned tanker sailing "
                        f"under the flag of {fname}.", [ev(s, f, "COERCE")]))
        out.append(case("owner_state_acts",
                        f"{DAY}, {oname} condemned the seizure by {sname} of a tanker operated "
                        f"by a {owner} company.", [ev(ocode, s, "ACCUSE")]))
        out.append(case("flagged_ship_acts_negative",
                        f"{DAY}, a {owner}-flagged bulk carrier collided with a fishing boat off "
                        f"{fname}, the coastguard said.", []))
    return out


ORGS = ["UN", "EU", "NATO", "OSCE", "WTO", "IAEA", "ASEAN", "African Union"]
ORG_NOUN = ["resolutions", "rules", "standards", "principles", "regulations",
            "safeguards", "norms", "guidelines"]


def org_modifier() -> list[dict[str, object]]:
    """An organisation naming a document is no actor: only the plain pair counts."""
    out = []
    for (c, _a, name), (p, pname), org, noun in zip(
            ADJ[:8], PARTNER[:8], ORGS, ORG_NOUN, strict=True):
        out.append(case("org_modifier",
                        f"{DAY}, {pname} accused {name} of breaching {org} {noun}.",
                        [ev(p, c, "ACCUSE")]))
    return out


ENVOY = [("GBR", "Britain", "VNM", "Vietnam"), ("FRA", "France", "NGA", "Nigeria"),
         ("JPN", "Japan", "IND", "India"), ("DEU", "Germany", "BRA", "Brazil"),
         ("AUS", "Australia", "IDN", "Indonesia"), ("CAN", "Canada", "MEX", "Mexico"),
         ("ITA", "Italy", "EGY", "Egypt"), ("KOR", "South Korea", "KEN", "Kenya")]


def its_envoy() -> list[dict[str, object]]:
    """'its envoy to Vietnam' belongs to the owner of 'its'."""
    out = []
    for a, aname, b, bname in ENVOY:
        out.append(case("its_envoy",
                        f"{aname} said on Tuesday that its ambassador to {bname} had "
                        f"protested to {bname}'s foreign ministry over the arrests.",
                        [ev(a, b, "PROTEST")]))
    return out


FORMER = [("The former president of Kenya, Uhuru Kenyatta,", "ETH", "Ethiopia"),
          ("Former British prime minister Boris Johnson", "CHN", "China"),
          ("Former US secretary of state Mike Pompeo", "IRN", "Iran"),
          ("Brazil's former president Jair Bolsonaro", "VEN", "Venezuela"),
          ("A former Indian diplomat", "PAK", "Pakistan"),
          ("Reuters journalist John Smith", "RUS", "Russia"),
          ("The oil company Shell", "NGA", "Nigeria"),
          ("A retired Japanese general", "PRK", "North Korea")]


def former() -> list[dict[str, object]]:
    """A former official, journalist or company speaks for no state."""
    return [case("former_or_private_negative",
                 f"{DAY}, {who} criticised {tname} over its handling of the crisis.", [])
            for who, _t, tname in FORMER]


# State firms and state forces stand for their state (parties.json institutions); armed
# movements are never a state (movements.json), so a bare movement makes no event.
BODIES = [("Rosatom", "RUS", "signed a nuclear fuel agreement with", "HUN", "Hungary", "AGREE"),
          ("The IRGC", "IRN", "seized a vessel belonging to", "ISR", "Israel", "COERCE"),
          ("The Tatmadaw", "MMR", "launched air strikes near the border with", "THA", "Thailand",
           "ASSAULT"),
          ("Gazprom", "RUS", "halted gas deliveries to", "AUT", "Austria", "SANCTION"),
          ("The Pentagon", "USA", "announced new military aid to", "UKR", "Ukraine", "AID"),
          ("Naftogaz", "UKR", "accused", "RUS", "Russia of stealing its assets in Crimea", "ACCUSE"),
          ("Sonatrach", "DZA", "stopped gas exports to", "MAR", "Morocco", "SANCTION"),
          ("Myanmar's military", "MMR", "shelled villages along the border with", "BGD",
           "Bangladesh", "ASSAULT")]
MOVEMENTS = [("Hezbollah", "fired rockets at", "Israel"),
             ("The Houthis", "attacked a ship bound for", "Israel"),
             ("Hamas", "accused", "Israel of breaking the truce"),
             ("Yemen's Houthi rebels", "launched a drone at", "Saudi Arabia"),
             ("Lebanon's Hezbollah", "threatened", "Israel with retaliation"),
             ("The Arakan Army", "seized a border post from", "Myanmar"),
             ("Al-Shabaab", "attacked a base of", "Kenya"),
             ("The M23 rebels", "accused", "Congo of shelling civilians")]


def bodies() -> list[dict[str, object]]:
    """Agencies, state firms and movements named bare."""
    out = [case("named_body", f"{DAY}, {who} {verb} {tname}.", [ev(c, t, typ)])
           for who, c, verb, t, tname, typ in BODIES]
    out += [case("movement_negative", f"{DAY}, {who} {verb} {tname}.", [])
            for who, verb, tname in MOVEMENTS]
    return out


BUILDINGS = [("Zhongnanhai", "CHN", "JPN", "Japan"), ("The Quai d'Orsay", "FRA", "MLI", "Mali"),
             ("The Farnesina", "ITA", "EGY", "Egypt"), ("Bankova", "UKR", "RUS", "Russia"),
             ("The Ballhausplatz", "AUT", "HUN", "Hungary"),
             ("The Bundeskanzleramt", "DEU", "POL", "Poland"),
             ("The Blue House", "KOR", "PRK", "North Korea"),
             ("Downing Street", "GBR", "IRN", "Iran")]


def buildings() -> list[dict[str, object]]:
    """A seat of government stands for it."""
    return [case("building", f"{DAY}, {b} accused {tname} of interfering in its internal affairs.",
                 [ev(c, t, "ACCUSE")]) for b, c, t, tname in BUILDINGS]


EPITHETS = [("Iran's supreme leader", "IRN", "USA", "the United States"),
            ("The emir of Qatar", "QAT", "EGY", "Egypt"),
            ("Saudi Arabia's crown prince", "SAU", "TUR", "Turkey"),
            ("The Kremlin chief", "RUS", "KAZ", "Kazakhstan"),
            ("The Sultan of Oman", "OMN", "IRN", "Iran"),
            ("The Iranian supreme leader", "IRN", "ISR", "Israel"),
            ("The Jordanian monarch", "JOR", "SYR", "Syria"),
            ("The Thai king", "THA", "KHM", "Cambodia")]


def epithets() -> list[dict[str, object]]:
    """Leaders named by office epithet."""
    return [case("epithet", f"{DAY}, {who} held talks with the foreign minister of {tname}.",
                 [ev(c, t, "CONSULT", False)]) for who, c, t, tname in EPITHETS]


def main() -> None:
    """Write the bench file next to this script."""
    rows = (bare_title() + side_party() + flagged() + org_modifier() + its_envoy() + former()
            + bodies() + buildings() + epithets())
    path = Path(__file__).with_name("actors2.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {path}")


if __name__ == "__main__":
    main()
