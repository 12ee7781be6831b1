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


if __name__ == "__main__":
    write_cases(__file__, "eventdates", answers() + steps() + negatives() + story_years())
