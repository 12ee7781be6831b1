"""Write bench/constructions/actors.jsonl: one event, many ways to name its parties.

"No actor" is among the largest miss classes on blind sets: the event verb is found
but one side of the pair is named in a way the coder does not resolve (a capital, a
seat of government, "the Chinese side", an office without a name, "the bloc").  Each
construction here names the source (or the target) one way, over states from every
region and over organisations, with a verb frame that the coder handles when the
parties are named plainly; a failure is therefore a failure of the actor reference.

Officials are those in office on 2024-03-05 (the Tuesday before publication).
Run: python bench/constructions/make_actors.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import json
from pathlib import Path

PUBLISHED = "2024-03-08"
DATE = "2024-03-05"

# (type, directed, verb phrase with {T} for the target reference)
FRAMES = [
    ("ACCUSE", True, "accused {T} of violating the ceasefire"),
    ("AGREE", False, "signed a defence cooperation agreement with {T}"),
    ("SANCTION", True, "imposed sanctions on {T}"),
    ("CONSULT", False, "held talks with {T}"),
    ("REQUEST", True, "urged {T} to release the detained journalists"),
    ("THREATEN", True, "threatened {T} with retaliatory tariffs"),
    ("REJECT", True, "rejected {T}'s proposal for a ceasefire"),
    ("SUPPORT", True, "praised {T}'s mediation efforts"),
    ("AID", True, "sent humanitarian aid to {T}"),
]
# frames a speaking body (ministry, spokesperson, official) can plausibly carry
SPOKEN = [0, 3, 4, 6, 7]

# code: plain, variant name, capital, seat, adjective, leader (title + name), surname,
# office-only, foreign minister (title + name)
STATES: dict[str, dict[str, str]] = {
    "BRA": dict(plain="Brazil", variant="the Federative Republic of Brazil", capital="Brasília",
                seat="the Planalto", adj="Brazilian",
                leader="Brazilian President Luiz Inácio Lula da Silva", surname="Lula",
                office="the Brazilian president", fm="Foreign Minister Mauro Vieira"),
    "IND": dict(plain="India", variant="Bharat", capital="New Delhi", seat="South Block",
                adj="Indian", leader="Indian Prime Minister Narendra Modi", surname="Modi",
                office="the Indian prime minister",
                fm="External Affairs Minister S. Jaishankar"),
    "TUR": dict(plain="Turkey", variant="Türkiye", capital="Ankara", seat="Beştepe",
                adj="Turkish", leader="Turkish President Recep Tayyip Erdoğan",
                surname="Erdoğan", office="the Turkish president",
                fm="Foreign Minister Hakan Fidan"),
    "KEN": dict(plain="Kenya", variant="the Republic of Kenya", capital="Nairobi",
                seat="", adj="Kenyan", leader="Kenyan President William Ruto",
                surname="Ruto", office="the Kenyan president",
                fm="Foreign Affairs Cabinet Secretary Musalia Mudavadi"),
    "FRA": dict(plain="France", variant="the French Republic", capital="Paris",
                seat="the Élysée", adj="French", leader="French President Emmanuel Macron",
                surname="Macron", office="the French president",
                fm="Foreign Minister Stéphane Séjourné"),
    "GBR": dict(plain="Britain", variant="the United Kingdom", capital="London",
                seat="Downing Street", adj="British",
                leader="British Prime Minister Rishi Sunak", surname="Sunak",
                office="the British prime minister", fm="Foreign Secretary David Cameron"),
    "JPN": dict(plain="Japan", variant="Japan", capital="Tokyo", seat="the Kantei",
                adj="Japanese", leader="Japanese Prime Minister Fumio Kishida",
                surname="Kishida", office="the Japanese prime minister",
                fm="Foreign Minister Yoko Kamikawa"),
    "RUS": dict(plain="Russia", variant="the Russian Federation", capital="Moscow",
                seat="the Kremlin", adj="Russian", leader="Russian President Vladimir Putin",
                surname="Putin", office="the Russian president",
                fm="Foreign Minister Sergei Lavrov"),
    "ARE": dict(plain="the United Arab Emirates", variant="the UAE", capital="Abu Dhabi",
                seat="", adj="Emirati",
                leader="UAE President Sheikh Mohamed bin Zayed Al Nahyan",
                surname="Sheikh Mohamed", office="the Emirati president",
                fm="Foreign Minister Sheikh Abdullah bin Zayed"),
    "NGA": dict(plain="Nigeria", variant="the Federal Republic of Nigeria", capital="Abuja",
                seat="Aso Rock", adj="Nigerian", leader="Nigerian President Bola Tinubu",
                surname="Tinubu", office="the Nigerian president",
                fm="Foreign Minister Yusuf Tuggar"),
    "MEX": dict(plain="Mexico", variant="the United Mexican States", capital="Mexico City",
                seat="", adj="Mexican",
                leader="Mexican President Andrés Manuel López Obrador",
                surname="López Obrador", office="the Mexican president",
                fm="Foreign Minister Alicia Bárcena"),
    "AZE": dict(plain="Azerbaijan", variant="the Republic of Azerbaijan", capital="Baku",
                seat="", adj="Azeri", leader="Azerbaijani President Ilham Aliyev",
                surname="Aliyev", office="the Azerbaijani president",
                fm="Foreign Minister Jeyhun Bayramov"),
    "COD": dict(plain="the Democratic Republic of the Congo", variant="DR Congo",
                capital="Kinshasa", seat="", adj="Congolese",
                leader="Congolese President Félix Tshisekedi", surname="Tshisekedi",
                office="the Congolese president",
                fm="Foreign Minister Christophe Lutundula"),
    "CIV": dict(plain="Ivory Coast", variant="Côte d'Ivoire", capital="Abidjan", seat="",
                adj="Ivorian", leader="Ivorian President Alassane Ouattara",
                surname="Ouattara", office="the Ivorian president",
                fm="Foreign Minister Léon Kacou Adom"),
    "CZE": dict(plain="the Czech Republic", variant="Czechia", capital="Prague",
                seat="Prague Castle", adj="Czech", leader="Czech Prime Minister Petr Fiala",
                surname="Fiala", office="the Czech prime minister",
                fm="Foreign Minister Jan Lipavský"),
    "CHN": dict(plain="China", variant="the People's Republic of China", capital="Beijing",
                seat="Zhongnanhai", adj="Chinese", leader="Chinese President Xi Jinping",
                surname="Xi", office="the Chinese president", fm="Foreign Minister Wang Yi"),
    "USA": dict(plain="the United States", variant="the U.S.", capital="Washington",
                seat="the White House", adj="American", leader="U.S. President Joe Biden",
                surname="Biden", office="the American president",
                fm="Secretary of State Antony Blinken"),
    "ARG": dict(plain="Argentina", variant="the Argentine Republic", capital="Buenos Aires",
                seat="the Casa Rosada", adj="Argentine",
                leader="Argentine President Javier Milei", surname="Milei",
                office="the Argentine president", fm="Foreign Minister Diana Mondino"),
    "ZAF": dict(plain="South Africa", variant="the Republic of South Africa",
                capital="Pretoria", seat="the Union Buildings", adj="South African",
                leader="South African President Cyril Ramaphosa", surname="Ramaphosa",
                office="the South African president",
                fm="Foreign Minister Naledi Pandor"),
    "IDN": dict(plain="Indonesia", variant="the Republic of Indonesia", capital="Jakarta",
                seat="", adj="Indonesian", leader="Indonesian President Joko Widodo",
                surname="Widodo", office="the Indonesian president",
                fm="Foreign Minister Retno Marsudi"),
    "EGY": dict(plain="Egypt", variant="the Arab Republic of Egypt", capital="Cairo",
                seat="", adj="Egyptian", leader="Egyptian President Abdel Fattah al-Sisi",
                surname="Sisi", office="the Egyptian president",
                fm="Foreign Minister Sameh Shoukry"),
    "KAZ": dict(plain="Kazakhstan", variant="the Republic of Kazakhstan", capital="Astana",
                seat="Akorda", adj="Kazakh",
                leader="Kazakh President Kassym-Jomart Tokayev", surname="Tokayev",
                office="the Kazakh president", fm="Foreign Minister Murat Nurtleu"),
}
SOURCES = list(STATES)
# plain targets, one per source in turn (never the source itself)
TARGETS = [("ARG", "Argentina"), ("JPN", "Japan"), ("SWE", "Sweden"), ("SOM", "Somalia"),
           ("MLI", "Mali"), ("IRN", "Iran"), ("VEN", "Venezuela"), ("ARM", "Armenia"),
           ("RWA", "Rwanda"), ("BFA", "Burkina Faso"), ("HUN", "Hungary"),
           ("PHL", "the Philippines"), ("QAT", "Qatar"), ("ETH", "Ethiopia"),
           ("VNM", "Vietnam"), ("POL", "Poland"), ("MAR", "Morocco"), ("SRB", "Serbia"),
           ("CHL", "Chile"), ("NER", "Niger"), ("UKR", "Ukraine"), ("AUS", "Australia")]

ORGS: dict[str, dict[str, str]] = {
    "EU": dict(plain="the European Union", short="the EU", anaphor="the bloc",
               body="the European Commission", leader="EU foreign policy chief Josep Borrell",
               intro="European Union foreign ministers gathered in Brussels on Monday."),
    "NATO": dict(plain="the North Atlantic Treaty Organization", short="NATO",
                 anaphor="the alliance", body="the North Atlantic Council",
                 leader="NATO Secretary General Jens Stoltenberg",
                 intro="NATO defence ministers gathered in Brussels on Monday."),
    "UN": dict(plain="the United Nations", short="the U.N.", anaphor="the world body",
               body="the Security Council",
               leader="U.N. Secretary-General António Guterres",
               intro="The United Nations opened its annual human rights session on Monday."),
    "AU": dict(plain="the African Union", short="the AU", anaphor="the continental body",
               body="the AU Peace and Security Council",
               leader="AU Commission chairperson Moussa Faki Mahamat",
               intro="The African Union convened an extraordinary session on Monday."),
    "ASEAN": dict(plain="the Association of Southeast Asian Nations", short="ASEAN",
                  anaphor="the regional bloc", body="the ASEAN Secretariat",
                  leader="ASEAN Secretary-General Kao Kim Hourn",
                  intro="ASEAN foreign ministers gathered in Luang Prabang on Monday."),
    "ECOWAS": dict(plain="the Economic Community of West African States", short="ECOWAS",
                   anaphor="the regional bloc", body="the ECOWAS Commission",
                   leader="ECOWAS Commission President Omar Touray",
                   intro="ECOWAS heads of state gathered in Abuja on Monday."),
    "IAEA": dict(plain="the International Atomic Energy Agency", short="the IAEA",
                 anaphor="the agency", body="the IAEA Board of Governors",
                 leader="IAEA Director General Rafael Grossi",
                 intro="The International Atomic Energy Agency's board met in Vienna on Monday."),
    "OSCE": dict(plain="the Organization for Security and Co-operation in Europe",
                 short="the OSCE", anaphor="the organisation", body="the OSCE Permanent Council",
                 leader="OSCE Secretary General Helga Schmid",
                 intro="The OSCE's permanent council met in Vienna on Monday."),
    "LAS": dict(plain="the League of Arab States", short="the Arab League",
                anaphor="the pan-Arab body", body="the Arab League council",
                leader="Arab League Secretary-General Ahmed Aboul Gheit",
                intro="Arab League foreign ministers gathered in Cairo on Monday."),
    "GCC": dict(plain="the Gulf Cooperation Council", short="the GCC",
                anaphor="the six-nation bloc", body="the GCC Secretariat",
                leader="GCC Secretary-General Jasem Albudaiwi",
                intro="Gulf Cooperation Council ministers gathered in Riyadh on Monday."),
}
ORG_TARGETS = [("RUS", "Russia"), ("MMR", "Myanmar"), ("SDN", "Sudan"), ("NER", "Niger"),
               ("MMR", "Myanmar"), ("NER", "Niger"), ("IRN", "Iran"), ("BLR", "Belarus"),
               ("ISR", "Israel"), ("IRN", "Iran")]
ORG_FRAMES = [2, 0, 4, 3, 4, 4, 0, 0, 0, 4]


def case(construction: str, text: str, expect: list[dict[str, object]]) -> dict[str, object]:
    """One bench line."""
    return {"construction": construction, "text": text, "published": PUBLISHED,
            "expect": expect}


def event(src: str, tgt: str, frame: int) -> dict[str, object]:
    """The expected event of frame `frame` from src to tgt, on the bench date."""
    kind, directed, _ = FRAMES[frame]
    return {"pair": [src, tgt], "directed": directed, "types": [kind], "date": DATE}


def sentence(subject: str, frame: int, target: str) -> str:
    """'On Tuesday, SUBJECT VERB-PHRASE.' with the target inserted."""
    return f"On Tuesday, {subject} {FRAMES[frame][2].format(T=target)}."


def possessive(name: str) -> str:
    """'Kenya's', 'the United States'' (a plural-looking name takes a bare apostrophe)."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def source_forms() -> list[dict[str, object]]:
    """The source named one way, target plain; one case per state in turn."""
    forms = {
        "src-plain": lambda s: s["plain"],
        "src-variant-name": lambda s: s["variant"],
        "src-capital": lambda s: s["capital"],
        "src-seat": lambda s: s["seat"],
        "src-adj-foreign-ministry": lambda s: f"the {s['adj']} foreign ministry",
        "src-adj-officials": lambda s: f"{s['adj']} officials",
        "src-adj-authorities": lambda s: f"{s['adj']} authorities",
        "src-the-x-side": lambda s: f"the {s['adj']} side",
        "src-possessive-government": lambda s: f"{possessive(s['plain'])} government",
        "src-government-of": lambda s: f"the government of {s['plain']}",
        "src-leader-title-name": lambda s: s["leader"],
        "src-office-only": lambda s: s["office"],
        "src-possessive-top-diplomat": lambda s: f"{possessive(s['plain'])} top diplomat",
        "src-adj-fm-name": lambda s: f"{s['adj']} {s['fm']}",
        "src-fm-name-only": lambda s: s["fm"],
    }
    out = []
    for name, form in forms.items():
        frames = SPOKEN if "diplomat" in name or "fm" in name or "office" in name \
            or "officials" in name else list(range(len(FRAMES)))
        n = 0
        for i, code in enumerate(SOURCES):
            subject = form(STATES[code])
            if not subject or n >= 10:
                continue
            tcode, tname = TARGETS[(i + len(name)) % len(TARGETS)]
            if tcode == code:
                tcode, tname = TARGETS[(i + len(name) + 1) % len(TARGETS)]
            frame = frames[(i + n) % len(frames)]
            out.append(case(name, sentence(subject, frame, tname), [event(code, tcode, frame)]))
            n += 1
    return out


def target_forms() -> list[dict[str, object]]:
    """The target named one way, source plain."""
    forms = {
        "tgt-capital": ("capital", [0, 2, 3, 4, 5]),
        "tgt-leader": ("leader", [0, 3, 4, 7]),
        "tgt-seat": ("seat", [0, 4, 6, 7]),
        "tgt-variant-name": ("variant", [0, 1, 2, 3, 4, 5, 6, 7, 8]),
    }
    out = []
    for name, (field, frames) in forms.items():
        n = 0
        for i, code in enumerate(SOURCES):
            tref = STATES[code][field]
            if not tref or n >= 10:
                continue
            scode, sname = TARGETS[(i * 3 + 1) % len(TARGETS)]
            if scode == code:
                continue
            frame = frames[(i + n) % len(frames)]
            out.append(case(name, sentence(sname, frame, tref), [event(scode, code, frame)]))
            n += 1
    return out


def discourse_forms() -> list[dict[str, object]]:
    """References that lean on an earlier sentence: surname, pronoun, epithet."""
    out = []
    for i, code in enumerate(SOURCES[:10]):
        s = STATES[code]
        tcode, tname = TARGETS[(i + 5) % len(TARGETS)]
        frame = SPOKEN[i % len(SPOKEN)]
        intro = f"{s['leader']} addressed parliament in {s['capital']} on Monday."
        out.append(case("surname-after-intro", f"{intro} {sentence(s['surname'], frame, tname)}",
                        [event(code, tcode, frame)]))
        intro = f"{cap(possessive(s['plain']))} foreign ministry issued a statement on Tuesday."
        text = f"{intro} It {FRAMES[frame][2].format(T=tname)}."
        out.append(case("pronoun-it-ministry", text, [event(code, tcode, frame)]))
        intro = f"{s['leader']} chaired a cabinet meeting on Monday."
        text = f"{intro} On Tuesday, he {FRAMES[frame][2].format(T=tname)}."
        out.append(case("pronoun-he-leader", text, [event(code, tcode, frame)]))
    return out


def org_forms() -> list[dict[str, object]]:
    """Organisations by full name, short name, anaphor, body and leader."""
    out = []
    for i, (code, org) in enumerate(ORGS.items()):
        tcode, tname = ORG_TARGETS[i]
        frame = ORG_FRAMES[i]
        for field in ("plain", "short", "body", "leader"):
            out.append(case(f"org-{field}", sentence(org[field], frame, tname),
                            [event(code, tcode, frame)]))
        text = f"{org['intro']} {cap(sentence(org['anaphor'], frame, tname)[13:])}"
        text = f"{org['intro']} On Tuesday, {org['anaphor']} " \
               f"{FRAMES[frame][2].format(T=tname)}."
        out.append(case("org-anaphor-after-intro", text, [event(code, tcode, frame)]))
        out.append(case("org-possessive-body", sentence(f"{org['short']}'s executive"
                        if code == "EU" else f"{org['short']}'s leadership", frame, tname),
                        [event(code, tcode, frame)]))
    described = [
        ("IAEA", "the U.N. nuclear watchdog", "", "IRN", "Iran", 4),
        ("IAEA", "the UN atomic watchdog", "", "IRN", "Iran", 0),
        ("WHO", "the U.N. health agency", "", "SDN", "Sudan", 4),
        ("IAEA", "the watchdog", "The IAEA board met in Vienna on Monday.", "RUS",
         "Russia", 4),
        ("NATO", "the Western military alliance", "NATO envoys met in Brussels on Monday.",
         "RUS", "Russia", 0),
        ("UN", "the world body", "U.N. envoys met in Geneva on Monday.", "MMR", "Myanmar", 4)]
    for code, ref, intro, tcode, tname, frame in described:
        text = f"{intro} {sentence(ref, frame, tname)}".strip()
        out.append(case("org-descriptor", text, [event(code, tcode, frame)]))
    eu = [("RUS", "Russia", 2), ("BLR", "Belarus", 2), ("CHN", "China", 4),
          ("SRB", "Serbia", 4), ("IRN", "Iran", 0), ("HUN", "Hungary", 6),
          ("MDA", "Moldova", 8), ("TUR", "Turkey", 3)]
    for tcode, tname, frame in eu:
        out.append(case("org-brussels", sentence("Brussels", frame, tname),
                        [event("EU", tcode, frame)]))
    return out


def coordinated() -> list[dict[str, object]]:
    """'Washington and Tokyo ...': two sources, each coded against the target."""
    pairs = [("USA", "JPN", "Washington and Tokyo", "PRK", "North Korea", 0),
             ("GBR", "FRA", "London and Paris", "RUS", "Russia", 2),
             ("SAU", "ARE", "Riyadh and Abu Dhabi", "SDN", "Sudan", 4),
             ("BRA", "ARG", "Brazil and Argentina", "VEN", "Venezuela", 0),
             ("KEN", "ETH", "Kenya and Ethiopia", "SSD", "South Sudan", 4),
             ("IND", "AUS", "India and Australia", "PHL", "the Philippines", 1),
             ("DEU", "POL", "Germany and Poland", "BLR", "Belarus", 2),
             ("CHN", "RUS", "Beijing and Moscow", "USA", "the United States", 0)]
    return [case("coordinated-sources", sentence(ref, frame, tname),
                 [event(a, tcode, frame), event(b, tcode, frame)])
            for a, b, ref, tcode, tname, frame in pairs]


def envoys() -> list[dict[str, object]]:
    """Ambassadors and envoys: the sending state acts, not the host."""
    rows = [("China's ambassador to Australia, Xiao Qian,", "CHN", "AUS", "Australia", 0),
            ("Russia's ambassador to the United Nations, Vassily Nebenzia,", "RUS", "UKR",
             "Ukraine", 0),
            ("The U.S. ambassador to Japan, Rahm Emanuel,", "USA", "CHN", "China", 0),
            ("Iran's ambassador to Iraq", "IRN", "USA", "the United States", 0),
            ("Britain's ambassador to the U.N., Barbara Woodward,", "GBR", "RUS", "Russia",
             4),
            ("The U.S. special envoy for Sudan, Tom Perriello,", "USA", "SDN", "Sudan", 4),
            ("Israel's ambassador to the U.N., Gilad Erdan,", "ISR", "IRN", "Iran", 0),
            ("India's envoy to Canada", "IND", "CAN", "Canada", 6)]
    return [case("envoy", sentence(ref, frame, tname), [event(src, tgt, frame)])
            for ref, src, tgt, tname, frame in rows]


def negatives() -> list[dict[str, object]]:
    """Names that look like parties but are not: movements, firms, places, people."""
    texts = [
        "On Tuesday, Houthi rebels threatened commercial shipping in the Red Sea.",
        "On Tuesday, M23 rebels accused Congolese troops of violating the ceasefire.",
        "On Tuesday, Gazprom signed a supply agreement with a Chinese energy firm.",
        "At a conference in Paris on Tuesday, analysts urged restraint.",
        "On Tuesday, The Washington Post accused the Pentagon's critics of exaggeration.",
        "On Tuesday, Jordan Bardella accused Emmanuel Macron of weakness.",
        "On Tuesday, the Kenyan athletics federation praised its marathon runners.",
        "On Tuesday, Sudan's Rapid Support Forces accused the army of shelling Omdurman.",
        "On Tuesday, Georgia's state legislature rejected a proposal on voting machines.",
        "On Tuesday, Turkish Airlines signed a purchase agreement with Airbus.",
    ]
    return [case("nonparty-negative", text, []) for text in texts]


# states with the regional epithet wire copy uses for them once named
REGIONAL = [("KAZ", "Kazakhstan", "Central Asian nation"), ("NPL", "Nepal", "Himalayan nation"),
            ("IDN", "Indonesia", "Southeast Asian nation"), ("PER", "Peru", "Andean nation"),
            ("SEN", "Senegal", "West African country"), ("EST", "Estonia", "Baltic state"),
            ("SRB", "Serbia", "Balkan country"), ("ARM", "Armenia", "South Caucasus nation"),
            ("JAM", "Jamaica", "Caribbean nation"), ("NOR", "Norway", "Nordic country"),
            ("TZA", "Tanzania", "East African nation"), ("GTM", "Guatemala",
                                                          "Central American country")]
REGIONAL_TARGETS = [("TUR", "Turkey", 1), ("IND", "India", 6), ("MYS", "Malaysia", 7),
                    ("MEX", "Mexico", 0), ("MLI", "Mali", 4), ("RUS", "Russia", 0),
                    ("HRV", "Croatia", 3), ("AZE", "Azerbaijan", 0), ("HTI", "Haiti", 8),
                    ("DEU", "Germany", 1), ("KEN", "Kenya", 1), ("HND", "Honduras", 6)]


def epithets() -> list[dict[str, object]]:
    """'the Andean nation', 'the Baltic state': a regional epithet for the state in view, and
    the same words where two states of the region are in view (no source can be picked)."""
    out = []
    for (code, name, epithet), (tcode, tname, frame) in zip(REGIONAL, REGIONAL_TARGETS, strict=True):
        text = f"{possessive(name)} economy grew by 3 percent last year. " \
               f"On Tuesday, the {epithet} {FRAMES[frame][2].format(T=tname)}."
        out.append(case("regional-epithet", text, [event(code, tcode, frame)]))
        text = f"{possessive(name)} economy grew by 3 percent last year. " \
               f"On Tuesday, the country {FRAMES[frame][2].format(T=tname)}."
        out.append(case("the-country", text, [event(code, tcode, frame)]))
    named = [("IRN", "Iran", "the Islamic Republic", "SAU", "Saudi Arabia", 0),
             ("ISR", "Israel", "the Jewish state", "TUR", "Turkey", 0),
             ("TWN", "Taiwan", "the self-ruled island", "CHN", "China", 0),
             ("SGP", "Singapore", "the city-state", "MYS", "Malaysia", 1),
             ("GEO", "Georgia", "the former Soviet republic", "RUS", "Russia", 0),
             ("UZB", "Uzbekistan", "the Central Asian republic", "AFG", "Afghanistan", 3),
             ("CUB", "Cuba", "the communist-run island", "USA", "the United States", 6),
             ("SAU", "Saudi Arabia", "the Gulf kingdom", "SDN", "Sudan", 4)]
    for code, name, ref, tcode, tname, frame in named:
        text = f"{possessive(name)} economy grew by 3 percent last year. " \
               f"On Tuesday, {ref} {FRAMES[frame][2].format(T=tname)}."
        out.append(case("epithet-other", text, [event(code, tcode, frame)]))
    pairs = [("Estonia and Latvia", "Baltic state", "Russia", 0),
             ("Nepal and Bhutan", "Himalayan nation", "India", 6),
             ("Peru and Bolivia", "Andean nation", "Chile", 0),
             ("Senegal and Ghana", "West African country", "Mali", 4)]
    for names, epithet, tname, frame in pairs:
        text = f"{names} both reported growth last year. " \
               f"On Tuesday, the {epithet} {FRAMES[frame][2].format(T=tname)}."
        out.append(case("regional-epithet-ambiguous", text, []))
    regions = [("Latin American leaders", "Venezuela", 4), ("Central American governments",
               "Nicaragua", 0), ("South American ministers", "Venezuela", 6),
               ("North American officials", "Mexico", 3)]
    for ref, tname, frame in regions:
        out.append(case("region-adjective-negative", sentence(ref, frame, tname), []))
    return out


def located() -> list[dict[str, object]]:
    """Officials named by the capital they sit in, and statements from a seat."""
    rows = [("RUS", "Moscow", "UKR", "Ukraine", 0), ("KEN", "Nairobi", "SOM", "Somalia", 6),
            ("CHN", "Beijing", "PHL", "the Philippines", 0), ("IRN", "Tehran", "ISR", "Israel", 0),
            ("VEN", "Caracas", "GUY", "Guyana", 6), ("SRB", "Belgrade", "XKX", "Kosovo", 0),
            ("ETH", "Addis Ababa", "SOM", "Somalia", 6), ("KOR", "Seoul", "JPN", "Japan", 7)]
    out = []
    for code, capital, tcode, tname, frame in rows:
        out.append(case("officials-in-capital", sentence(f"officials in {capital}", frame,
                                                         tname), [event(code, tcode, frame)]))
    seats = [("RUS", "the Kremlin", "UKR", "Ukraine", 0), ("FRA", "the Élysée", "AZE",
             "Azerbaijan", 0), ("GBR", "Downing Street", "IRN", "Iran", 0),
             ("USA", "the White House", "CHN", "China", 0),
             ("IND", "India's foreign ministry", "CAN", "Canada", 6),
             ("JPN", "Japan's foreign ministry", "PRK", "North Korea", 0),
             ("TUR", "the Turkish presidency", "SWE", "Sweden", 7),
             ("EGY", "Egypt's foreign ministry", "ISR", "Israel", 0)]
    for code, seat, tcode, tname, frame in seats:
        text = f"A statement from {seat} on Tuesday {FRAMES[frame][2].format(T=tname)}."
        out.append(case("statement-from", text, [event(code, tcode, frame)]))
    return out


def counterparts() -> list[dict[str, object]]:
    """'held talks with his Turkish counterpart': the counterpart's state is the target."""
    rows = [("BRA", "TUR", "Turkish"), ("IND", "MDV", "Maldivian"), ("KEN", "ETH", "Ethiopian"),
            ("FRA", "NGA", "Nigerian"), ("JPN", "PHL", "Philippine"), ("RUS", "CHN", "Chinese"),
            ("MEX", "USA", "American"), ("AZE", "ARM", "Armenian"), ("EGY", "QAT", "Qatari"),
            ("CZE", "POL", "Polish")]
    out = []
    for code, tcode, adj in rows:
        s = STATES[code]
        fm = s["fm"].split(" ", 2) if s["fm"].startswith("Foreign Minister") else None
        who = f"{s['adj']} {s['fm']}" if fm else s["leader"]
        pronoun = "her" if code in ("MEX", "ARG", "IDN", "ZAF") else "his"
        text = f"On Tuesday, {who} held talks with {pronoun} {adj} counterpart in " \
               f"{s['capital']}."
        out.append(case("counterpart", text, [event(code, tcode, 3)]))
    return out


def targets_by_body() -> list[dict[str, object]]:
    """The target named by its forces, authorities or leader's office."""
    rows = [("EGY", "Egypt", "Israeli forces", "ISR", 0),
            ("GBR", "Britain", "the Nigerian authorities", "NGA", 4),
            ("USA", "The United States", "the Venezuelan government", "VEN", 2),
            ("CHN", "China", "the Philippine coast guard", "PHL", 0),
            ("KEN", "Kenya", "Ethiopian officials", "ETH", 3),
            ("ARM", "Armenia", "Azerbaijani troops", "AZE", 0),
            ("DEU", "Germany", "the Georgian government", "GEO", 4),
            ("JPN", "Japan", "the Chinese side", "CHN", 3),
            ("POL", "Poland", "the Belarusian regime", "BLR", 0),
            ("IND", "India", "the Prime Minister of Nepal", "NPL", 3)]
    return [case("tgt-body", sentence(sname, frame, tref), [event(code, tcode, frame)])
            for code, sname, tref, tcode, frame in rows]


def main() -> None:
    rows = source_forms() + target_forms() + discourse_forms() + org_forms() \
        + coordinated() + envoys() + negatives() + epithets() + located() \
        + counterparts() + targets_by_body()
    path = Path(__file__).parent / "actors.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    print(f"{len(rows)} cases -> {path}")


if __name__ == "__main__":
    main()
