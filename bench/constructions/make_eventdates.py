"""Write bench/constructions/eventdates.jsonl: the day of an event told with no date of its own.

Blind-set misses of this kind are acts a report tells right after a dated deed, framed as
part of the same exchange: an earlier step on the same day told in the past perfect ('Hours
earlier, X had warned ...'), and an answer introduced by a verb of responding ('Israel
responded by accusing Spain ...', 'Moscow hit back by expelling ...'). Each case opens with a
dated deed between two parties, then tells the second event without a date.

Negatives: a step of months ('Two months earlier') is not the same day; an answer that is
planned ('will respond by expelling') is no event of the deed's day; an answer told after a
dated paragraph about a quite different time with its own year keeps that year.

Run: python bench/constructions/make_eventdates.py   (stdlib only, deterministic)
"""

from __future__ import annotations

from casekit import expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: 'on Tuesday' is 2024-03-05
DEEDS = [  # (first sentence, its pair, types, the answerer's sentence subject, answer pair)
    ("Poland expelled two Belarusian diplomats on Tuesday.", ("POL", "BLR"), "SANCTION",
     "Belarus", ("BLR", "POL")),
    ("Japan lodged a protest with South Korea over the islands on Tuesday.", ("JPN", "KOR"),
     "PROTEST ACCUSE", "Seoul", ("KOR", "JPN")),
    ("Kenya recalled its ambassador from Somalia on Tuesday.", ("KEN", "SOM"), "SANCTION",
     "Somalia", ("SOM", "KEN")),
    ("Turkey summoned the Swedish ambassador on Tuesday.", ("TUR", "SWE"),
     "PROTEST ACCUSE CONSULT", "Sweden", ("SWE", "TUR")),
    ("Algeria closed its airspace to Moroccan aircraft on Tuesday.", ("DZA", "MAR"),
     "SANCTION COERCE", "Morocco", ("MAR", "DZA")),
    ("Vietnam accused China of violating its sovereignty on Tuesday.", ("VNM", "CHN"),
     "ACCUSE", "Beijing", ("CHN", "VNM")),
    ("Armenia withdrew its envoy from Azerbaijan on Tuesday.", ("ARM", "AZE"), "SANCTION",
     "Baku", ("AZE", "ARM")),
]
ANSWERS = {  # construction -> (template with {who}, answer types)
    "responded-by-accusing": ("{who} responded by accusing {them} of provoking the crisis.",
                              "ACCUSE"),
    "reacted-by-condemning": ("{who} reacted by condemning the decision of {them}.",
                              "ACCUSE REJECT"),
    "hit-back-by-expelling": ("{who} hit back by expelling two diplomats of {them}.",
                              "SANCTION"),
    "retaliated-by-summoning": ("{who} retaliated by summoning the ambassador of {them}.",
                                "PROTEST ACCUSE CONSULT"),
}
STEPS = {  # construction -> a same-day step told before the deed
    "hours-earlier-pluperfect": "Hours earlier, {who} had warned that it would cut ties with {them}.",
    "earlier-that-day": "Earlier that day, {who} had threatened to sanction {them}.",
    "a-few-hours-later": "A few hours later, {who} threatened to cut ties with {them}.",
    "earlier-in-the-day": "Earlier in the day, {who} warned {them} against any escalation.",
}
NAMES = {"POL": "Poland", "KOR": "South Korea", "SOM": "Somalia", "SWE": "Sweden",
         "MAR": "Morocco", "CHN": "China", "AZE": "Azerbaijan", "BLR": "Belarus",
         "JPN": "Japan", "KEN": "Kenya", "TUR": "Turkey", "DZA": "Algeria", "VNM": "Vietnam",
         "ARM": "Armenia"}
DAY = "2024-03-05"


def _case(construction: str, text: str, expect: list[dict[str, object]]) -> dict[str, object]:
    return {"construction": construction, "text": text, "published": PUBLISHED, "expect": expect}


def answers() -> list[dict[str, object]]:
    rows = []
    for construction, (template, types) in ANSWERS.items():
        for first, pair, kinds, who, answer in DEEDS:
            second = template.format(who=who, them=NAMES[pair[0]])
            rows.append(_case(construction, f"{first} {second}", [
                expected_event(*pair, kinds, date=DAY),
                expected_event(*answer, types, date=DAY)]))
    return rows


def steps() -> list[dict[str, object]]:
    rows = []
    for construction, template in STEPS.items():
        for first, pair, kinds, who, answer in DEEDS:
            second = template.format(who=who, them=NAMES[pair[0]])
            rows.append(_case(construction, f"{first} {second}", [
                expected_event(*pair, kinds, date=DAY),
                expected_event(*answer, "THREATEN", date=DAY)]))
    return rows


def negatives() -> list[dict[str, object]]:
    rows = []
    for first, pair, kinds, who, answer in DEEDS:
        them = NAMES[pair[0]]
        rows.append(_case("neg-months-earlier", f"{first} Two months earlier, {who} had "
                          f"expelled two diplomats of {them}.", [
                              expected_event(*pair, kinds, date=DAY),
                              expected_event(*answer, "SANCTION", date="2024-01")]))
        rows.append(_case("neg-will-respond", f"{first} {who} said it would respond by "
                          f"expelling diplomats of {them} next month.", [
                              expected_event(*pair, kinds, date=DAY)]))
        rows.append(_case("neg-answer-own-year", f"{first} In 2019, {who} had responded "
                          f"to a similar step by recalling its ambassador from {them}.", [
                              expected_event(*pair, kinds, date=DAY),
                              expected_event(*answer, "SANCTION", date="2019")]))
    return rows


STORY = [  # (older year, scene, event sentence with a yearless day, pair, types)
    ("2019", "The photograph was taken in Warsaw on a cold March evening in 2019.",
     "The Ukrainian president's visit to Poland, on 14 and 15 March, took him to the port of Gdansk.",
     ("UKR", "POL"), "CONSULT"),
    ("2020", "The crisis began on a hot August night in 2020.",
     "Poland expelled two Belarusian diplomats on 12 August, citing the crackdown.",
     ("POL", "BLR"), "SANCTION"),
    ("2018", "It was a wet spring in Tokyo in 2018.",
     "Japan lodged a protest with South Korea over the islands on 9 April.",
     ("JPN", "KOR"), "PROTEST ACCUSE"),
    ("2021", "The turning point came in the summer of 2021.",
     "Kenya recalled its ambassador from Somalia on 3 July, after a row over the border.",
     ("KEN", "SOM"), "SANCTION"),
]


def story_years() -> list[dict[str, object]]:
    """A yearless day in the paragraph that just named an older year is that year's;
    a year named only in a relative clause lends itself to nothing after it."""
    rows = []
    for year, scene, told, pair, kinds in STORY:
        day = {"UKR": "03-14", "POL": "08-12", "JPN": "04-09", "KEN": "07-03"}[pair[0]]
        rows.append({"construction": "story-year-paragraph", "text": f"{scene} {told}",
                     "published": "2025-02-10",
                     "expect": [expected_event(*pair, kinds, date=f"{year}-{day}")]})
        background = f"The deal builds on the accord that the two signed on 7 December {year}."
        rows.append({"construction": "neg-year-in-relative-clause",
                     "text": f"{background} {told}", "published": "2025-10-06",
                     "expect": [expected_event(*pair, kinds, date=f"2025-{day}")]})
    return rows


# round 19b: dates lost or taken from the wrong clause
# (title, name, party, first day in office) of officials who took office after the acts below
LATER_LEADERS = [
    ("Chancellor", "Friedrich Merz", "DEU"), ("Prime Minister", "Keir Starmer", "GBR"),
    ("President", "Javier Milei", "ARG"), ("President", "Claudia Sheinbaum", "MEX"),
    ("Prime Minister", "Mark Carney", "CAN"), ("President", "Lee Jae-myung", "KOR"),
    ("President", "Masoud Pezeshkian", "IRN"), ("President", "Gustavo Petro", "COL"),
]
EARLIER_ACTS = {  # party -> (its act on a day before its leader's term, pair, types, day)
    "DEU": ("Germany expelled two Russian diplomats", ("DEU", "RUS"), "SANCTION", "2022-04-04"),
    "GBR": ("Britain imposed sanctions on Belarus", ("GBR", "BLR"), "SANCTION", "2022-02-24"),
    "ARG": ("Argentina recalled its ambassador from Nicaragua", ("ARG", "NIC"), "SANCTION",
            "2022-08-15"),
    "MEX": ("Mexico recalled its ambassador from Peru", ("MEX", "PER"), "SANCTION", "2023-02-24"),
    "CAN": ("Canada expelled a Chinese diplomat", ("CAN", "CHN"), "SANCTION", "2023-05-08"),
    "KOR": ("South Korea lodged a protest with Japan", ("KOR", "JPN"), "PROTEST ACCUSE",
            "2023-04-11"),
    "IRN": ("Iran summoned the British ambassador", ("IRN", "GBR"), "PROTEST ACCUSE CONSULT",
            "2022-10-03"),
    "COL": ("Colombia expelled two Venezuelan diplomats", ("COL", "VEN"), "SANCTION",
            "2021-06-09"),
}
LATER_CLAUSES = {  # construction -> how a later office-holder of the same state enters
    "office-later-leader-relative": "{act} on {day}, a step that {title} {name} reversed years later.",
    "office-later-leader-when": "{act} on {day}, long before {title} {name} took office.",
    "office-later-leader-passive": "{act} on {day}; the decision was kept when {title} {name} "
                                   "came to power.",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _long(day: str) -> str:
    year, month, number = day.split("-")
    return f"{int(number)} {MONTHS[int(month) - 1]} {year}"


def office_scope() -> list[dict[str, object]]:
    """Only the officials who stand for the event's own parties can contradict its date:
    a later leader named in another clause leaves it alone; a leader who is himself the
    actor on a day before his term still leaves the event undated."""
    rows = []
    for title, name, party in LATER_LEADERS:
        act, pair, kinds, day = EARLIER_ACTS[party]
        for construction, template in LATER_CLAUSES.items():
            text = template.format(act=act, day=_long(day), title=title, name=name)
            rows.append({"construction": construction, "text": text, "published": "2025-11-03",
                         "expect": [expected_event(*pair, kinds, date=day)]})
        target = {"DEU": "Poland", "GBR": "Ireland", "ARG": "Chile", "MEX": "Cuba",
                  "CAN": "Mexico", "KOR": "Vietnam", "IRN": "Iraq", "COL": "Ecuador"}[party]
        rows.append({"construction": "neg-office-actor-before-term",
                     "text": f"{title} {name} visited {target} on {_long(day)}.",
                     "published": "2025-11-03", "expect": []})
        rows.append({"construction": "neg-office-target-before-term",
                     "text": f"China sent a letter of protest to {title} {name} on {_long(day)}.",
                     "published": "2025-11-03", "expect": []})
    return rows


CHINESE_ORDER = [  # (host, guest minister's country, the deal, pair)
    ("Wang Yi", "Nauru", "a joint communique on diplomatic relations", ("CHN", "NRU")),
    ("Wang Yi", "Honduras", "a joint communique on diplomatic relations", ("CHN", "HND")),
    ("Wang Yi", "Cambodia", "a memorandum on port cooperation", ("CHN", "KHM")),
    ("Wang Yi", "Laos", "an agreement on railway cooperation", ("CHN", "LAO")),
    ("Wang Yi", "Serbia", "a free trade agreement", ("CHN", "SRB")),
    ("Wang Yi", "Nicaragua", "a memorandum on trade", ("CHN", "NIC")),
]


def after_talks() -> list[dict[str, object]]:
    """'The 2024 year January 24 day, X held talks with Y, after the talks two sides signed':
    'after' there takes a noun (the talks), so the signing is on the sentence's day; a
    finite 'after' clause ('after Y expelled ...') is still another day's event."""
    rows = []
    for number, (host, guest, deal, pair) in enumerate(CHINESE_ORDER):
        day = 10 + 2 * number
        text = (f"The 2024 year March {day} day, Foreign Minister {host} held talks in Beijing "
                f"with the foreign minister of {guest}, after the talks two sides signed {deal}.")
        rows.append({"construction": "mt-after-the-talks-signed", "text": text,
                     "published": "2024-03-30",
                     "expect": [expected_event(*pair, "CONSULT", directed=False,
                                               date=f"2024-03-{day}"),
                                expected_event(*pair, "AGREE COOPERATE", directed=False,
                                               date=f"2024-03-{day}")]})
    for first, second, pair in [("Poland", "Belarusian", ("POL", "BLR")),
                                ("Kenya", "Somali", ("KEN", "SOM")),
                                ("Armenia", "Azerbaijani", ("ARM", "AZE"))]:
        text = (f"{first} recalled its ambassador on Tuesday after the {second} government "
                f"expelled two of its diplomats.")
        rows.append({"construction": "neg-after-clause-own-day", "text": text,
                     "published": "2024-03-08",
                     "expect": [expected_event(*pair, "SANCTION", date="2024-03-05")]})
    return rows


INVITATIONS = [  # (meeting sentence, pair, the request sentence with a later time)
    ("Putin met President Tokayev of Kazakhstan in Astana on Tuesday.", ("RUS", "KAZ"),
     "Putin invited Tokayev to visit Moscow later this year."),
    ("Modi spoke with Japan's prime minister by phone on Tuesday.", ("IND", "JPN"),
     "Modi invited the Japanese leader to visit New Delhi in June."),
    ("Erdogan met the Hungarian prime minister in Ankara on Tuesday.", ("TUR", "HUN"),
     "Erdogan invited Orban to attend a summit in Istanbul next month."),
    ("Macron spoke with the Brazilian president by phone on Tuesday.", ("FRA", "BRA"),
     "Macron invited Lula to visit Paris in the autumn."),
    ("Xi met the Vietnamese president in Beijing on Tuesday.", ("CHN", "VNM"),
     "Xi invited the Vietnamese leader to return for a state visit in 2025."),
    ("Ramaphosa spoke with the Kenyan president by phone on Tuesday.", ("ZAF", "KEN"),
     "Ramaphosa invited Ruto to visit Pretoria in May."),
]


def invitations() -> list[dict[str, object]]:
    """'invited him to visit Moscow later this year': the time in the infinitive is the
    visit's, so the invitation keeps the day of the talks it was made at; a visit planned
    for that time keeps it."""
    rows = []
    for meeting, pair, invited in INVITATIONS:
        rows.append({"construction": "request-complement-time", "text": f"{meeting} {invited}",
                     "published": "2024-03-08",
                     "expect": [expected_event(*pair, "CONSULT", directed=False,
                                               date="2024-03-05"),
                                expected_event(*pair, "REQUEST", date="2024-03-05")]})
    return rows


BRIEFING = """Foreign Ministry Spokesperson's Regular Press Conference on March 8, 2024

Spokesperson: Good afternoon. The floor is open for questions.

{outlet}: {other} criticised the coast guard patrols yesterday. What is China's response?

Spokesperson: The islands are part of the territory of China. {answer}"""
ANSWERS_TODAY = [  # (outlet, asking party's phrase, answer, pair, types or None when no event)
    ("Reuters", "Japan's defence minister", "We reject the remarks of Japan.", ("CHN", "JPN"),
     "REJECT"),
    ("AFP", "The Philippine coast guard", "We firmly reject the claims of the Philippines.",
     ("CHN", "PHL"), "REJECT"),
    ("Bloomberg", "Vietnam's foreign ministry", "We strongly condemn the statement of Vietnam.",
     ("CHN", "VNM"), "ACCUSE PROTEST REJECT"),
    ("Kyodo", "Japan's foreign minister", "We urge Japan to stop its provocations.",
     ("CHN", "JPN"), "REQUEST"),
]
ANSWERS_NOT_TODAY = [
    ("Reuters", "Japan's defence minister", "We have always rejected the claims of Japan."),
    ("AFP", "The Philippine coast guard", "We will lodge a protest with the Philippines."),
    ("Bloomberg", "Vietnam's foreign ministry", "Should we reject the claims of Vietnam?"),
    ("Kyodo", "Japan's foreign minister", "We always reject the claims of Japan."),
]


def briefing_answers() -> list[dict[str, object]]:
    """A spokesperson's first-person present ('We reject ...') performs the act on the
    briefing's day, the day in the transcript's title; a stance ('We always reject'), a
    plan ('We will lodge') or a question does not."""
    rows = []
    for outlet, other, answer, pair, kinds in ANSWERS_TODAY:
        text = BRIEFING.format(outlet=outlet, other=other, answer=answer)
        rows.append({"construction": "briefing-performative-present", "text": text,
                     "published": None,
                     "expect": [expected_event(*pair, kinds, date="2024-03-08")]})
    for outlet, other, answer in ANSWERS_NOT_TODAY:
        text = BRIEFING.format(outlet=outlet, other=other, answer=answer)
        rows.append({"construction": "neg-briefing-not-performed", "text": text,
                     "published": None, "expect": []})
    return rows


TERM_YEARS = [  # (sentence with a yearless day and its weekday, pair, types, the day meant)
    ("The president of Colombia, Gustavo Petro, visited Caracas this Tuesday the 1 of "
     "November, where he met the president Nicolas Maduro.", ("COL", "VEN"), "CONSULT",
     "2022-11-01"),
    ("The president of Argentina, Javier Milei, met this Monday the 11 of December with the "
     "president of Ukraine, Volodymyr Zelensky, in Buenos Aires.", ("ARG", "UKR"), "CONSULT",
     "2023-12-11"),
    ("The president of Mexico, Claudia Sheinbaum, spoke this Thursday the 7 of November by "
     "telephone with the president of Brazil, Lula.", ("MEX", "BRA"), "CONSULT",
     "2024-11-07"),
    ("The prime minister of Canada, Mark Carney, met this Friday the 4 of April with the "
     "president of France, Emmanuel Macron, in Paris.", ("CAN", "FRA"), "CONSULT",
     "2025-04-04"),
    ("The president of Iran, Masoud Pezeshkian, held talks this Wednesday the 2 of October "
     "with the prime minister of Qatar in Tehran.", ("IRN", "QAT"), "CONSULT", "2024-10-02"),
]


def term_years() -> list[dict[str, object]]:
    """No publication date and no year beside the news: the terms of the officials named
    in full bound the year, and the weekday picks it. Older years told in passing ('since
    the year 2016') do not decide it; an explicit year still does."""
    rows = []
    for told, pair, kinds, day in TERM_YEARS:
        text = f"{told} It was the first such encounter since the year 2016."
        rows.append({"construction": "no-pubdate-term-weekday-year", "text": text,
                     "published": None,
                     "expect": [expected_event(*pair, kinds, directed=False, date=day)]})
        year = int(day[:4])
        stated = told.replace(day_words(day), f"{day_words(day)} of {year}")
        rows.append({"construction": "neg-term-explicit-year", "text": stated,
                     "published": None,
                     "expect": [expected_event(*pair, kinds, directed=False, date=day)]})
    return rows


def day_words(day: str) -> str:
    """'2022-11-01' -> 'the 1 of November', the translated form the sentences use."""
    return f"the {int(day[8:])} of {MONTHS[int(day[5:7]) - 1]}"


if __name__ == "__main__":
    write_cases(__file__, "eventdates", answers() + steps() + negatives() + story_years()
                + office_scope() + after_talks() + invitations() + briefing_answers()
                + term_years())
