"""Write bench/constructions/dateforms.jsonl: the date forms real outlets print.

The dates bench holds the textbook forms ('on Tuesday', 'on 5 March') and is nearly
saturated, yet undated and wrongly dated events remain a large share of the blind-set
misses. Regional outlets, government sites, news agencies and think tanks write dates
in ways a textbook does not: numeric days ('05.03.2024', '5.03.2024', '2024-03-05'),
ordinals with 'of', a year after a comma, ranges, month and season precision, datelines
('BAKU, March 5 (Reuters) -'), and byline lines ('Published: 05.03.2024 14:32') that are
the only publication date a scraped page has. Each construction here tells one fixed
event (Tuesday 5 March 2024 unless said) in one such form.

Precision follows the gold conventions (../shared/eval/README.md and the dev sets'
notes): a range of days is month precision; 'early March', 'the end of February',
'last week', 'overnight' are month precision; 'mid-2024' is a year. Negatives put a
second date in the sentence that belongs to another clause (a deadline, a vote, a
related-headlines line) and check the event does not take it.

Run: python bench/constructions/make_dateforms.py   (stdlib only, deterministic)
"""

from __future__ import annotations

from casekit import ABSENT, Event, case, write_cases

EVENTS = [
    Event("Poland", "expelled two Belarusian diplomats", ("POL", "BLR"), True, ("SANCTION",)),
    Event("Azerbaijani President Ilham Aliyev",
          "met Georgian Prime Minister Irakli Kobakhidze in Baku", ("AZE", "GEO"), False,
          ("CONSULT",)),
    Event("Kazakhstan and Uzbekistan", "signed an agreement on sharing water from the Syr Darya",
          ("KAZ", "UZB"), False, ("AGREE", "COOPERATE")),
    Event("Vietnam", "accused China of violating its sovereignty in the South China Sea",
          ("VNM", "CHN"), True, ("ACCUSE",)),
    Event("Qatar", "sent 30 tonnes of humanitarian aid to Lebanon", ("QAT", "LBN"), True,
          ("AID",)),
    Event("South Africa", "rejected Israeli criticism of its case at the World Court",
          ("ZAF", "ISR"), True, ("REJECT",)),
    Event("Colombian President Gustavo Petro",
          "held talks with Venezuelan President Nicolas Maduro in Caracas", ("COL", "VEN"),
          False, ("CONSULT",)),
    Event("The European Union", "imposed sanctions on North Korean officials",
          ("EU", "PRK"), True, ("SANCTION",)),
    Event("Armenian Prime Minister Nikol Pashinyan",
          "spoke by phone with French President Emmanuel Macron", ("ARM", "FRA"), False,
          ("CONSULT",)),
    Event("Indonesia", "signed a defence cooperation agreement with Australia",
          ("IDN", "AUS"), False, ("AGREE", "COOPERATE")),
    Event("Russian forces", "struck the Ukrainian port of Odesa with drones", ("RUS", "UKR"),
          True, ("ASSAULT",)),
]

# (construction, template, published, expected date or None for 'nothing to count').
# {S} subject, {P} past predicate. The event day is Tuesday 5 March 2024.
CASES: list[tuple[str, str, str | None, str | None]] = [
    ("control-on-tuesday", "{S} {P} on Tuesday.", "2024-03-08", "2024-03-05"),
    # numeric days, as regional outlets and ministries print them (no publication date)
    ("num-dotted-press-service",
     "{S} {P} on 05.03.2024, the foreign ministry's press service reported.", None,
     "2024-03-05"),
    ("num-dotted-single-fronted", "On 5.03.2024 {S} {P}, the ministry said.", None,
     "2024-03-05"),
    ("num-iso-fronted", "On 2024-03-05, {S} {P}, according to an official statement.", None,
     "2024-03-05"),
    ("num-slash-unambiguous", "{S} {P} on 15/03/2024, the government said in a statement.",
     None, "2024-03-15"),
    # spelled-out days
    ("the-5th-of-march", "{S} {P} on the 5th of March, officials said.", "2024-03-08",
     "2024-03-05"),
    ("5th-of-march-bare", "On 5th of March {S} {P}.", "2024-03-08", "2024-03-05"),
    ("march-5th-fronted", "On March 5th, {S} {P}, officials confirmed.", "2024-03-08",
     "2024-03-05"),
    ("mar-dot-fronted", "On Mar. 5, {S} {P}.", "2024-03-08", "2024-03-05"),
    ("dm-comma-year", "{S} {P} on 5 March, 2024, the ministry said.", None, "2024-03-05"),
    ("md-comma-year-comma", "On March 5, 2024, {S} {P}, the government said.", None,
     "2024-03-05"),
    # ranges: month precision in the gold (either day of the range then matches too)
    ("range-from-to", "{S} {P} during a security forum held from 5 to 7 March.", "2024-03-12", "2024-03"),
    ("range-month-dash", "During the March 5-7 security forum, {S} {P}.", "2024-03-12", "2024-03"),
    ("range-between-late", "{S} {P} between 5 and 7 March, officials said.", "2024-03-12",
     "2024-03"),
    ("range-sidelines", "On the sidelines of the 5-7 March summit, {S} {P}.", "2024-03-12",
     "2024-03"),
    # month, season and year precision
    ("early-month", "In early March, {S} {P}.", "2024-04-10", "2024-03"),
    ("end-of-month", "At the end of February, {S} {P}.", "2024-03-20", "2024-02"),
    ("mid-year", "In mid-2024, {S} {P}.", "2025-01-10", "2024"),
    ("spring-of-year", "In the spring of 2024, {S} {P}.", "2025-01-10", "2024"),
    # relative expressions
    ("last-week-said", "{S} {P} last week, officials said on Wednesday.", "2024-03-13",
     "2024-03"),
    ("earlier-this-month-analysis",
     "{S} {P} earlier this month, a move analysts described as long expected.",
     "2024-03-20", "2024-03"),
    ("day-before-yesterday", "{S} {P} the day before yesterday.", "2024-03-07", "2024-03-05"),
    ("last-night", "{S} {P} last night, officials said.", "2024-03-06", "2024-03-05"),
    ("overnight", "{S} {P} overnight, officials said on Wednesday.", "2024-03-06", "2024-03"),
    ("this-tuesday", "{S} {P} this Tuesday, the ministry said.", "2024-03-08", "2024-03-05"),
    ("tuesday-evening-fronted", "On Tuesday evening, {S} {P}.", "2024-03-08", "2024-03-05"),
    ("that-evening", "Parliament approved the budget on Tuesday. That evening, {S} {P}.",
     "2024-03-08", "2024-03-05"),
    ("same-day-lower", "Parliament approved the budget on Tuesday; on the same day {S} {P}.",
     "2024-03-08", "2024-03-05"),
    # agency datelines: the dateline day, not the ingest day
    ("dateline-reuters", "BAKU, March 5 (Reuters) - {S} {P}, officials said.", "2024-03-06",
     "2024-03-05"),
    ("dateline-kazinform", "Astana, 5 March, KAZINFORM - {S} {P}, officials said.",
     "2024-03-06", "2024-03-05"),
    ("dateline-dotted", "TBILISI, 05.03.2024. {S} {P}, officials said.", None, "2024-03-05"),
    ("dateline-trend", "Baku, Azerbaijan, March 5. Trend: {S} {P} on Tuesday.", "2024-03-06",
     "2024-03-05"),
    ("dateline-armenpress", "YEREVAN, MARCH 5, ARMENPRESS. {S} {P} today.", "2024-03-06",
     "2024-03-05"),
    # byline and header lines that give the publication day when metadata has none
    ("byline-published", "Regional news\n\nPublished: 05.03.2024 14:32\n\n{S} {P} today.",
     None, "2024-03-05"),
    ("byline-updated", "Regional news\n\nUpdated March 5, 2024\n\n{S} {P} on Tuesday.", None,
     "2024-03-05"),
    ("byline-day-clock", "Regional news\n\n5 March 2024, 10:15\n\n{S} {P} today.", None,
     "2024-03-05"),
    # no publication date: the year from an explicit year elsewhere in the text
    ("year-elsewhere",
     "Regional review, March 2024\n\nRelations have warmed since January.\n\n"
     "On 5 March, {S} {P}.", None, "2024-03-05"),
    # negatives: the other date belongs to another clause
    ("other-clause-deadline",
     "{S} {P} on Tuesday, ahead of a deadline on 30 April.", "2024-03-08", "2024-03-05"),
    ("other-clause-vote",
     "{S} {P} on Thursday, a week after parliament voted on 29 February to extend the "
     "state of emergency.", "2024-03-08", "2024-03-07"),
    ("other-clause-ahead-of", "{S} {P} on Tuesday, ahead of the March 15 security forum.",
     "2024-03-08", "2024-03-05"),
    ("other-clause-after-noun",
     "{S} {P} on Wednesday, after the March 4 elections in the region.", "2024-03-08",
     "2024-03-06"),
    ("related-headlines",
     "Regional news\n\n{S} {P} on Tuesday.\n\nRELATED: Markets rally as oil prices fall, "
     "27.02.2024", "2024-03-08", "2024-03-05"),
    ("neg-denied-dotted", "Officials on Tuesday denied reports that {S} {P} on 04.03.2024.",
     "2024-03-08", None),
]


def _text(template: str, event: Event) -> str:
    subject = event.subject
    lower = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
    text = template.replace("{P}", event.past)
    out = text.replace("{S}", lower)
    for lead in ("\n", ". ", "- "):  # a subject that starts a sentence keeps its capital
        out = out.replace(lead + lower, lead + subject)
    return subject + out[len(lower):] if out.startswith(lower) else out


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
    write_cases(__file__, "dateforms", cases())


if __name__ == "__main__":
    main()
