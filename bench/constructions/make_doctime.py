"""Write bench/constructions/doctime.jsonl: the document's own time, told the ways real pages tell it.

Every case is a whole short document with no publication date given by the record: the
day or year the events are dated from must come from the text itself, from a credit line
that names its holder before the year ('(c) Harbour Wire 2019. All rights reserved.'), a
government footer ('Date modified: 2025-10-31'), a translated numeric stamp ('Published
the 08/01/2023 at 10h15'), an East Asian calendar order put into English word by word
('The 2024 year January 24 day'), or an occasion's title that ends in place and date.
Negatives hold near misses whose date must not be taken for the page's: a footer year
that contradicts it, a stamp whose numeric day reads two ways with neither month named,
a copyright line that is a topic.

Run: python bench/constructions/make_doctime.py   (stdlib only, deterministic)
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casekit import expected_event, write_cases

# (sentence told in the past with a weekday slot, pair, directed, types)
EVENTS = [
    ("Pakistan recalled its ambassador from Tehran on {wd}.", ("PAK", "IRN"), True, "SANCTION"),
    ("Germany expelled four Russian diplomats on {wd}.", ("DEU", "RUS"), True, "SANCTION"),
    ("China summoned the Philippine ambassador on {wd}.", ("CHN", "PHL"), True, "PROTEST ACCUSE"),
    ("Kenya and Ethiopia signed a border security agreement on {wd}.", ("KEN", "ETH"), False,
     "AGREE COOPERATE"),
    ("Brazil accused Venezuela of violating the Guyana accord on {wd}.", ("BRA", "VEN"), True,
     "ACCUSE"),
    ("Saudi Arabia sent 50 tonnes of humanitarian aid to Sudan on {wd}.", ("SAU", "SDN"), True,
     "AID"),
    ("India rejected Canadian allegations of interference on {wd}.", ("IND", "CAN"), True,
     "REJECT"),
    ("Egypt condemned the Israeli strike on the Rafah crossing on {wd}.", ("EGY", "ISR"), True,
     "ACCUSE PROTEST"),
]
# the day a story is filed, and the weekday its event happened on (the day before)
DAYS = [date(2017, 3, 12), date(2019, 6, 4), date(2021, 9, 23), date(2018, 11, 15),
        date(2022, 2, 8), date(2020, 7, 30), date(2023, 4, 19), date(2016, 10, 6)]
WIRES = ["Harbour Wire", "North Cape News", "Meridian Press Agency", "Tidewater Wire",
         "Gulf Desk", "Eastline", "Baltic News Service", "Sahel Dispatch"]
PLACES = ["ISLAMABAD", "BERLIN", "BEIJING", "NAIROBI", "BRASILIA", "RIYADH", "NEW DELHI", "CAIRO"]
READOUTS = [  # (sentence told with 'Today', pair, directed, types)
    ("Today, Prime Minister Mark Carney met with President Lee Jae Myung of the Republic of Korea.",
     ("CAN", "KOR"), False, "CONSULT"),
    ("Today, Prime Minister Anthony Albanese met with Prime Minister Narendra Modi of India.",
     ("AUS", "IND"), False, "CONSULT"),
    ("Today, Prime Minister Keir Starmer met with President Emmanuel Macron of France.",
     ("GBR", "FRA"), False, "CONSULT"),
    ("Today, Prime Minister Christopher Luxon met with Prime Minister Shigeru Ishiba of Japan.",
     ("NZL", "JPN"), False, "CONSULT"),
    ("Today, Prime Minister Mark Carney met with President Claudia Sheinbaum of Mexico.",
     ("CAN", "MEX"), False, "CONSULT"),
    ("Today, Prime Minister Anthony Albanese met with President Prabowo Subianto of Indonesia.",
     ("AUS", "IDN"), False, "CONSULT"),
]
# days within the terms of the leaders named (an official out of office voids the date)
READOUT_DAYS = [date(2025, 6, 17), date(2025, 7, 8), date(2025, 8, 21), date(2025, 9, 12),
                date(2025, 6, 16), date(2025, 9, 30)]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def _wd(day: date) -> str:
    return day.strftime("%A")


def _mon_day(day: date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.day}"


def _case(name: str, text: str, expect: list[dict[str, Any]]) -> dict[str, Any]:
    return {"construction": name, "text": text, "published": None, "expect": expect}


def _event(pair: tuple[str, str], directed: bool, types: str, day: date | str) -> dict[str, Any]:
    iso = day if isinstance(day, str) else day.isoformat()
    return expected_event(pair[0], pair[1], types, directed, iso)


def credit_named() -> list[dict[str, Any]]:
    """A yearless wire dateline; the year only in a credit line that names its holder first."""
    rows = []
    for (sentence, pair, directed, types), filed, wire, place in zip(EVENTS, DAYS, WIRES, PLACES,
                                                                     strict=False):
        happened = filed - timedelta(days=1)
        text = (f"{place}, {_mon_day(filed)} ({wire}) - {sentence.format(wd=_wd(happened))}\n\n"
                f"Officials gave no further details.\n\n(c) {wire} {filed.year}. All rights reserved.")
        rows.append(_case("credit-holder-before-year", text, [_event(pair, directed, types, happened)]))
    for (sentence, pair, directed, types), filed, wire, place in zip(EVENTS[:4], DAYS[4:], WIRES[4:],
                                                                     PLACES, strict=False):
        happened = filed - timedelta(days=1)
        text = (f"{place}, {_mon_day(filed)} ({wire}) - {sentence.format(wd=_wd(happened))}\n\n"
                f"Copyright {wire} {filed.year}")
        rows.append(_case("credit-holder-before-year", text, [_event(pair, directed, types, happened)]))
    return rows


def modified_footer() -> list[dict[str, Any]]:
    """A government readout whose only date is its 'Date modified' footer."""
    rows = []
    labels = ["Date modified", "Date modified", "Page last updated", "Last modified",
              "Date modified", "Page last reviewed"]
    for (sentence, pair, directed, types), label, day in zip(READOUTS, labels, READOUT_DAYS, strict=False):
        text = (f"Prime Minister holds meeting on the margins of the summit\n\nReadout\n\n{sentence} "
                f"The leaders discussed trade and regional security.\n\nAssociated links\n"
                f"- Prime Minister concludes visit\n- Prime Minister announces new funding\n"
                f"- Statement on the anniversary of the treaty\n- Prime Minister to travel abroad\n"
                f"- Backgrounder: trade relations\n- News releases\n- Speeches\n- Videos\n\n"
                f"{label}: {day.isoformat()}")
        rows.append(_case("modified-footer", text, [_event(pair, directed, types, day)]))
    return rows


def modified_footer_later() -> list[dict[str, Any]]:
    """A page with its own publication line and a later 'Date modified' footer: the
    publication day, not the day of the last edit, is the readout's 'today'."""
    rows = []
    for (sentence, pair, directed, types), day in zip(READOUTS[:4], READOUT_DAYS, strict=False):
        text = (f"Readout\n\nPublished: {day.isoformat()}\n\n{sentence}\n\n"
                f"Date modified: {(day + timedelta(days=3)).isoformat()}")
        rows.append(_case("modified-footer-after-published", text,
                          [_event(pair, directed, types, day)]))
    return rows


def numeric_stamp() -> list[dict[str, Any]]:
    """'Published the 08/01/2023 at 10h15': a day-first numeric stamp, read in the order whose
    month the story names."""
    rows = []
    stamps = [date(2023, 1, 8), date(2022, 3, 5), date(2021, 11, 2), date(2024, 2, 10),
              date(2019, 12, 7), date(2020, 4, 3)]
    for (sentence, pair, directed, types), filed in zip(EVENTS, stamps, strict=False):
        happened = filed - timedelta(days=1)
        body = sentence.format(wd=_wd(happened))
        text = (f"Diplomatic row deepens\n\nPublished the {filed.day:02d}/{filed.month:02d}/{filed.year}"
                f" at 10h15 | Updated the {filed.day:02d}/{filed.month:02d}/{filed.year} at 12h40\n\n"
                f"{body} The dispute began on the 1 of {MONTH_NAMES[filed.month - 1]}."
                )
        rows.append(_case("numeric-stamp-day-first", text, [_event(pair, directed, types, happened)]))
    return rows


def east_asian_order() -> list[dict[str, Any]]:
    """The year-month-day order of Chinese, Japanese or Korean, translated word by word."""
    rows = []
    days = [date(2024, 1, 24), date(2023, 3, 26), date(2019, 9, 21), date(2022, 8, 4),
            date(2021, 5, 17), date(2018, 11, 30)]
    sentences = [("China and Nauru signed a joint communique on restoring relations.",
                  ("CHN", "NRU"), False, "AGREE COOPERATE"),
                 ("China and Honduras signed a communique establishing diplomatic relations.",
                  ("CHN", "HND"), False, "AGREE COOPERATE"),
                 ("China and Kiribati signed a joint communique on resuming relations.",
                  ("CHN", "KIR"), False, "AGREE COOPERATE"),
                 ("China imposed sanctions on Taiwanese officials.", ("CHN", "TWN"), True,
                  "SANCTION"),
                 ("Japan and South Korea signed a fisheries agreement.", ("JPN", "KOR"), False,
                  "AGREE COOPERATE"),
                 ("South Korea expelled a North Korean diplomat.", ("KOR", "PRK"), True, "SANCTION")]
    for (sentence, pair, directed, types), day in zip(sentences, days, strict=False):
        text = f"The {day.year} year {MONTH_NAMES[day.month - 1]} {day.day} day, {sentence}"
        rows.append(_case("year-month-day-words", text, [_event(pair, directed, types, day)]))
    return rows


def occasion_title() -> list[dict[str, Any]]:
    """A transcript's long title that ends in place and full date: its 'tonight' is that day."""
    rows = []
    titles = [("Transcript: press conference of the Minister of Foreign Affairs, San Carlos Palace, "
               "Bogota, 26 January 2025", "Tonight Colombia reached an agreement with the United States.",
               ("COL", "USA"), False, "AGREE", date(2025, 1, 26)),
              ("Transcript: remarks by the Foreign Minister to the press, Itamaraty Palace, "
               "Brasilia, 14 March 2024", "This morning Brazil summoned the Israeli ambassador.",
               ("BRA", "ISR"), True, "PROTEST ACCUSE SANCTION", date(2024, 3, 14)),
              ("Press briefing by the spokesperson of the Ministry of Foreign Affairs, Mexico City, "
               "3 October 2023", "This afternoon Mexico sent humanitarian aid to Cuba.",
               ("MEX", "CUB"), True, "AID", date(2023, 10, 3)),
              ("Transcript: joint press conference of the Minister of Foreign Affairs, Palacio San "
               "Martin, Buenos Aires, 9 May 2022", "Today Argentina and Chile signed a border agreement.",
               ("ARG", "CHL"), False, "AGREE COOPERATE", date(2022, 5, 9))]
    for title, sentence, pair, directed, types, day in titles:
        text = f"MINISTRY OF FOREIGN AFFAIRS\n{title}\n\nMINISTER: Good evening. {sentence}"
        rows.append(_case("occasion-title-place-date", text, [_event(pair, directed, types, day)]))
    return rows


def negatives() -> list[dict[str, Any]]:
    """Near misses: a stamp readable two ways with neither month named, a copyright line that
    is a topic; the events stay undated (not scored), so nothing dated may appear."""
    rows = []
    for (sentence, _, _, _), filed in zip(EVENTS[:4], [date(2023, 3, 4), date(2022, 5, 6),
                                                       date(2021, 2, 9), date(2020, 6, 11)], strict=False):
        text = (f"Diplomatic row deepens\n\nPublished the {filed.day:02d}/{filed.month:02d}/{filed.year}"
                f" at 10h15\n\n{sentence.format(wd=_wd(filed))}")
        rows.append(_case("numeric-stamp-ambiguous", text, []))
    for sentence, _, _, _ in EVENTS[4:8]:
        text = (f"{sentence.format(wd='Monday')}\n\nCopyright Amendment Act 2019 was debated "
                "in parliament.")
        rows.append(_case("copyright-topic-line", text, []))
    return rows


def main() -> None:
    rows = [*credit_named(), *modified_footer(), *modified_footer_later(), *numeric_stamp(),
            *east_asian_order(), *occasion_title(), *negatives()]
    write_cases(__file__, "doctime", rows)


if __name__ == "__main__":
    main()
