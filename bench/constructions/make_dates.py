"""Write bench/constructions/dates.jsonl: one event held fixed, its date told many ways.

Each event is a subject and a predicate (in the past, base and participle forms) whose
coding is right when told plainly ('X did Y on Tuesday'); the constructions then vary
only how and where the day is told: a weekday in four positions, 'yesterday', a month
word, a calendar form, a day carried from the sentence or paragraph before, a live
blog's clock line under its day heading. Negative cases (no day can be had, or there is
no event) measure what a wrong or invented date costs.

Run: python bench/constructions/make_dates.py   (stdlib only, deterministic)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casekit import ABSENT, case, write_cases


@dataclass(frozen=True)
class Event:
    subject: str
    past: str
    base: str
    participle: str
    pair: tuple[str, str]
    directed: bool
    types: tuple[str, ...]
    pronoun: str = "It"


EVENTS = [
    Event("Pakistan", "recalled its ambassador from Tehran", "recall its ambassador from Tehran",
          "recalled its ambassador from Tehran", ("PAK", "IRN"), True, ("SANCTION",)),
    Event("Germany", "expelled four Russian diplomats", "expel four Russian diplomats",
          "expelled four Russian diplomats", ("DEU", "RUS"), True, ("SANCTION",)),
    Event("Japanese Prime Minister Fumio Kishida",
          "met South Korean President Yoon Suk Yeol in Tokyo",
          "meet South Korean President Yoon Suk Yeol in Tokyo",
          "met South Korean President Yoon Suk Yeol in Tokyo", ("JPN", "KOR"), False,
          ("CONSULT",), "He"),
    Event("China", "summoned the Philippine ambassador", "summon the Philippine ambassador",
          "summoned the Philippine ambassador", ("CHN", "PHL"), True, ("PROTEST", "ACCUSE")),
    Event("Kenya and Ethiopia", "signed a border security agreement",
          "sign a border security agreement", "signed a border security agreement",
          ("KEN", "ETH"), False, ("AGREE", "COOPERATE"), "They"),
    Event("Brazil", "accused Venezuela of violating the Guyana accord",
          "accuse Venezuela of violating the Guyana accord",
          "accused Venezuela of violating the Guyana accord", ("BRA", "VEN"), True, ("ACCUSE",)),
    Event("The United States", "imposed sanctions on Iranian drone makers",
          "impose sanctions on Iranian drone makers", "imposed sanctions on Iranian drone makers",
          ("USA", "IRN"), True, ("SANCTION",)),
    Event("Saudi Arabia", "sent 50 tonnes of humanitarian aid to Sudan",
          "send 50 tonnes of humanitarian aid to Sudan",
          "sent 50 tonnes of humanitarian aid to Sudan", ("SAU", "SDN"), True, ("AID",)),
    Event("India", "rejected Canadian allegations of interference",
          "reject Canadian allegations of interference",
          "rejected Canadian allegations of interference", ("IND", "CAN"), True, ("REJECT",)),
    Event("Turkish President Recep Tayyip Erdogan",
          "held talks with Egyptian President Abdel Fattah al-Sisi in Cairo",
          "hold talks with Egyptian President Abdel Fattah al-Sisi in Cairo",
          "held talks with Egyptian President Abdel Fattah al-Sisi in Cairo", ("TUR", "EGY"),
          False, ("CONSULT",), "He"),
    Event("Russian forces", "shelled the Ukrainian city of Kharkiv",
          "shell the Ukrainian city of Kharkiv", "shelled the Ukrainian city of Kharkiv",
          ("RUS", "UKR"), True, ("ASSAULT",), "They"),
    Event("Nigeria", "closed its border with Niger", "close its border with Niger",
          "closed its border with Niger", ("NGA", "NER"), True, ("SANCTION",)),
]

# (construction, template, published, expected date or None for 'no event counted').
# {S} subject, {P} past predicate, {B} base, {PP} participle, {R} pronoun, {H} has/have.
# Fixed event day: Tuesday 5 March 2024 (publication Friday 8 March unless said).
CASES: list[tuple[str, str, str | None, str | None]] = [
    ("weekday-fronted-comma", "On Tuesday, {S} {P}.", "2024-03-08", "2024-03-05"),
    ("weekday-fronted-nocomma", "On Tuesday {S} {P}.", "2024-03-08", "2024-03-05"),
    ("weekday-after-verb", "{S} {P} on Tuesday.", "2024-03-08", "2024-03-05"),
    ("weekday-mid", "{S} on Tuesday {P}.", "2024-03-08", "2024-03-05"),
    ("weekday-bare", "{S} Tuesday {P}.", "2024-03-08", "2024-03-05"),
    ("weekday-evening", "{S} {P} on Tuesday evening.", "2024-03-08", "2024-03-05"),
    ("weekday-late-on", "{S} {P} late on Tuesday, officials said.", "2024-03-08", "2024-03-05"),
    ("early-hours", "In the early hours of Tuesday, {S} {P}.", "2024-03-08", "2024-03-05"),
    ("weekday-subordinate", "{S} {P} after a cabinet meeting on Tuesday, the government said.",
     "2024-03-08", "2024-03-05"),
    ("over-the-weekend", "{S} {P} over the weekend, officials said on Monday.", "2024-03-11",
     "2024-03"),
    ("yesterday", "{S} {P} yesterday.", "2024-03-06", "2024-03-05"),
    ("today", "{S} {P} today.", "2024-03-05", "2024-03-05"),
    ("this-morning", "{S} {P} this morning, officials said.", "2024-03-05", "2024-03-05"),
    ("last-week-month", "{S} {P} last week.", "2024-03-13", "2024-03"),
    ("earlier-this-month", "{S} {P} earlier this month.", "2024-03-20", "2024-03"),
    ("last-month", "{S} {P} last month.", "2024-04-10", "2024-03"),
    ("late-last-year", "{S} {P} late last year.", "2024-03-08", "2023"),
    ("prev-sentence-it-also",
     "On Tuesday {S} condemned the violence in the region. {R} also {P}.",
     "2024-03-08", "2024-03-05"),
    ("prev-sentence-same-day",
     "Heavy fighting was reported in the border region on Tuesday. The same day, {S} {P}.",
     "2024-03-08", "2024-03-05"),
    ("prev-sentence-later",
     "Parliament opened its spring session on Tuesday. Later, {S} {P}.",
     "2024-03-08", "2024-03-05"),
    ("the-previous-day",
     "Parliament debated the crisis on Wednesday. {S} had {PP} the previous day.",
     "2024-03-08", "2024-03-05"),
    ("a-day-later", "Parliament debated the crisis on Monday. A day later, {S} {P}.",
     "2024-03-08", "2024-03-05"),
    ("two-days-later", "Protests broke out in the capital on Sunday. Two days later, {S} {P}.",
     "2024-03-08", "2024-03-05"),
    ("the-next-day", "Parliament debated the crisis on Monday. The next day {S} {P}.",
     "2024-03-08", "2024-03-05"),
    ("hours-after", "Hours after a bombing in the capital on Tuesday, {S} {P}.", "2024-03-08",
     "2024-03-05"),
    ("dm-5-march", "{S} {P} on 5 March.", "2024-03-08", "2024-03-05"),
    ("dm-march-5", "{S} {P} on March 5.", "2024-03-08", "2024-03-05"),
    ("dm-march-5th", "{S} {P} on March 5th.", "2024-03-08", "2024-03-05"),
    ("dm-5th-of-march", "On the 5th of March, {S} {P}.", "2024-03-08", "2024-03-05"),
    ("dm-mar-dot", "{S} {P} on Mar. 5, officials said.", "2024-03-08", "2024-03-05"),
    ("dm-full-nopub", "{S} {P} on 5 Mar 2024.", None, "2024-03-05"),
    ("iso-nopub", "{S} {P} on 2024-03-05.", None, "2024-03-05"),
    ("dotted-nopub", "{S} {P} on 05.03.2024.", None, "2024-03-05"),
    ("range-dash", "{S} {P} during a visit on 5-7 March.", "2024-03-12", "2024-03-05"),
    ("range-between", "Between 5 and 7 March, {S} {P}.", "2024-03-12", "2024-03-05"),
    ("on-the-5th", "{S} {P} on the 5th, officials said.", "2024-03-08", "2024-03-05"),
    # a live blog, newest part first: clock lines under the day heading of their part
    ("liveblog-earlier-day", "Live: regional crisis\n\nWednesday 6 March 2024\n\n08:05 GMT\n\n"
     "Markets opened lower in Asia.\n\nTuesday 5 March 2024\n\n14:32 GMT\n\n{S} {P}.\n\n"
     "13:10 GMT\n\nOil prices rose.", "2024-03-06", "2024-03-05"),
    ("liveblog-top-day", "Live: regional crisis\n\nWednesday 6 March 2024\n\n08:05 GMT\n\n"
     "{S} {P}.\n\nTuesday 5 March 2024\n\n14:32 GMT\n\nMarkets opened lower in Asia.",
     "2024-03-06", "2024-03-06"),
    ("liveblog-perfect", "Live: regional crisis\n\nWednesday 6 March 2024\n\n08:05 GMT\n\n"
     "Markets opened lower in Asia.\n\nTuesday 5 March 2024\n\n14:32 GMT\n\n{S} {H} {PP}.",
     "2024-03-06", "2024-03-05"),
    ("said-trailing", "{S} {P}, the foreign ministry said on Tuesday.", "2024-03-08",
     "2024-03-05"),
    ("said-that-pluperfect", "The foreign ministry said on Tuesday that {S} had {PP}.",
     "2024-03-08", "2024-03-05"),
    ("date-then-said", "{S} {P} on Tuesday, state media reported.", "2024-03-08",
     "2024-03-05"),
    ("paragraph-carry",
     "The government met in emergency session on Tuesday. {S} {P}.", "2024-03-08",
     "2024-03-05"),
    ("paragraph-carry-second",
     "On Tuesday the cabinet met to review the crisis. Ministers spoke for hours. {S} {P}.",
     "2024-03-08", "2024-03-05"),
    ("new-date-stops-carry",
     "The cabinet met on Tuesday. In 2019, {S} {P}.", "2024-03-08", "2019"),
    # negatives and undatable: nothing should be counted
    ("neg-weekday-nopub", "{S} {P} on Tuesday.", None, None),
    ("neg-recently", "{S} recently {P}.", "2024-03-08", None),
    ("neg-recent-years", "In recent years, {S} {P} several times.", "2024-03-08", None),
    ("neg-did-not", "On Tuesday {S} did not {B}, officials said.", "2024-03-08", None),
    ("neg-could", "{S} could {B} as early as next week, officials said on Tuesday.",
     "2024-03-08", None),
    ("neg-denied", "On Tuesday officials denied reports that {S} had {PP}.", "2024-03-08",
     None),
    ("neg-if", "If talks fail, {S} may {B}, a minister said on Tuesday.", "2024-03-08", None),
]


# A story of several sentences is told as a report's second paragraph, under a headline
# and a lede telling the news day (all such cases are published on Friday 8 March), as in a
# real article: a one-line text's first sentence is read as a title.
SENTENCES = re.compile(r"\. [A-Z]")  # a second sentence ('Mar. 5' is none)
STORY = ("Regional tensions rise\n\n"
         "Governments traded sharp statements on Friday as regional tensions rose.\n\n")


def _text(template: str, event: Event) -> str:
    subject = event.subject
    lower = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
    text = template.replace("{PP}", event.participle).replace("{P}", event.past)
    text = text.replace("{B}", event.base).replace("{R}", event.pronoun)
    text = text.replace("{H}", "have" if event.pronoun == "They" else "has")
    # a subject after a comma or mid-sentence takes a small 'the'
    out = text.replace(", {S}", ", " + lower).replace("{S}", lower)
    out = out.replace(". " + lower, ". " + subject).replace("\n" + lower, "\n" + subject)
    out = subject + out[len(lower):] if out.startswith(lower) else out
    return STORY + out if SENTENCES.search(out) and "\n" not in out else out


def cases() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for construction, template, published, day in CASES:
        for event in EVENTS:
            text = _text(template, event)
            expect = [] if day is None else [{
                "pair": list(event.pair), "directed": event.directed,
                "types": list(event.types), "date": day}]
            # an undated template writes no 'published' field at all
            out.append(case(construction, text, expect,
                            published=ABSENT if published is None else published))
    return out


def main() -> None:
    write_cases(__file__, "dates", cases())


if __name__ == "__main__":
    main()
