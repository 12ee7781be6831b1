"""Write bench/constructions/r23_pages.jsonl: dates that a page's layout gives its text.

A year review goes month by month under bare headings ('MARCH') and names its year once,
in the title; a news page stacks items under their own day ('04.10.2023') and each item
says 'yesterday' or 'today' of that day; a gallery leads each caption with its number,
place and day ('2/6 - Quito, 2 June:'). Near misses: a heading that is the publication
day itself, a month line with no year anywhere, a later heading of another kind that
ends the month's section, a 'Related' list of dated headlines.

Deterministic and stdlib only: run `python bench/constructions/make_r23_pages.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

# (construction, text, published, expected: (a, b, types, directed, date) ...)
Row = tuple[str, str, str | None, list[tuple[str, str, str, bool, str]]]

REVIEW_HEAD = ("BALTIC BRIEFING - Year-end issue\n\nTHE YEAR IN BALTIC DIPLOMACY: 2021, MONTH BY "
               "MONTH\n\nBy the foreign desk\n\nFew will miss 2021, a year of hard words "
               "between the Baltic capitals and their neighbours.\n\n")

MONTHS: list[Row] = [
    ("month_heading_undated_visit",
     REVIEW_HEAD + "JANUARY\nParliaments stayed in recess for most of the month.\n\n"
     "FEBRUARY\nLatvian Prime Minister Krisjanis Karins visited Poland and met "
     "Prime Minister Mateusz Morawiecki in Warsaw.",
     None, [("LVA", "POL", "CONSULT", False, "2021-02")]),
    ("month_heading_day_of_month",
     REVIEW_HEAD + "APRIL\nOn 9 April Estonia summoned the Belarusian charge d'affaires.\n\n"
     "MAY\nLithuania expelled a Belarusian diplomat on the 24th.",
     None, [("EST", "BLR", "CONSULT PROTEST", True, "2021-04-09"),
            ("LTU", "BLR", "SANCTION", True, "2021-05-24")]),
    ("month_heading_yearless_day_review_year",
     REVIEW_HEAD + "AUGUST\nLithuania recalled its ambassador from Beijing on 10 August.",
     "2022-01-06", [("LTU", "CHN", "SANCTION RETREAT", True, "2021-08-10")]),
    ("month_heading_lowercase_colon",
     "The year in review: Nordic diplomacy in 2022\n\nIt was a year of alliances.\n\n"
     "May:\nBudget talks kept the ministers at home.\n\n"
     "June:\nNorway's prime minister Jonas Gahr Store met Chancellor Olaf Scholz in Berlin on "
     "the 28th.",
     None, [("NOR", "DEU", "CONSULT", False, "2022-06-28")]),
]

MONTH_NEAR_MISSES: list[Row] = [
    ("month_heading_no_year_near_miss",
     "Notes from the desk\n\nMARCH\nLatvia's foreign minister met his Estonian counterpart "
     "in Riga.",
     None, []),
    ("month_heading_ends_at_next_heading_near_miss",
     REVIEW_HEAD + "MAY\nThe spring was quiet in the ministries.\n\n"
     "JUNE\nLatvia and Estonia signed a border agreement on the 23rd.\n\n"
     "Background\nLithuania and Poland had signed an energy accord long before.",
     None, [("LVA", "EST", "AGREE", False, "2021-06-23")]),
]

NEWS_PAGE = "Embassy news\n\nFilter: All | Politics | Economy\n\n"

ITEMS: list[Row] = [
    ("news_item_yesterday",
     NEWS_PAGE + "12.03.2024\n\nThe Ambassador attends a reception\n\nThe Ambassador attended "
     "a reception for the diplomatic corps.\n\n04.10.2023\n\nPrime Minister of Georgia on "
     "visit to Armenia\n\nYesterday's talks between Prime Minister Irakli Garibashvili and "
     "Prime Minister Nikol Pashinyan in Yerevan focused on transit.",
     "2024-03-12", [("GEO", "ARM", "CONSULT", False, "2023-10-03")]),
    ("news_item_today",
     "Press releases\n\n2 May 2024\n\nThe embassy opens a new visa centre.\n\n18 November "
     "2022\n\nPresident Andrzej Duda met President Gitanas Nauseda in Vilnius today.",
     "2024-05-02", [("POL", "LTU", "CONSULT", False, "2022-11-18")]),
]

ITEM_NEAR_MISSES: list[Row] = [
    ("news_item_heading_is_publication_day",
     "Press releases\n\n2 May 2024\n\nPresident Andrzej Duda met President Gitanas Nauseda in "
     "Vilnius yesterday.",
     "2024-05-02", [("POL", "LTU", "CONSULT", False, "2024-05-01")]),
]

GALLERY: list[Row] = [
    ("gallery_caption_leads",
     "In pictures: the president's year abroad\n\nTwelve months of travel.\n\n"
     "1/3 - Quito, 14 May: Peruvian President Dina Boluarte meets Ecuador's president, "
     "Daniel Noboa, at the Carondelet Palace.\n\n2/3 - Santiago, Chile, 2 June: Boluarte "
     "holds talks with President Gabriel Boric.",
     "2023-12-20", [("PER", "ECU", "CONSULT", False, "2023-05-14"),
                    ("PER", "CHL", "CONSULT", False, "2023-06-02")]),
    ("gallery_caption_second_sentence",
     "In pictures: a week in Africa\n\n1/2 - Nairobi, 6 July: Indian Prime Minister Narendra "
     "Modi arrives for a state visit. He met President William Ruto at State House.",
     "2023-12-20", [("IND", "KEN", "CONSULT", False, "2023-07-06")]),
]


def page_cases() -> list[dict[str, Any]]:
    """Every layout case with its expected events."""
    return [case(name, text, [expected_event(a, b, kinds, directed, day)
                              for a, b, kinds, directed, day in events], published=published)
            for name, text, published, events in
            MONTHS + MONTH_NEAR_MISSES + ITEMS + ITEM_NEAR_MISSES + GALLERY]


if __name__ == "__main__":
    write_cases(__file__, "r23_pages", page_cases())
