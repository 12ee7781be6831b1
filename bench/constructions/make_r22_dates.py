"""Write bench/constructions/r22_dates.jsonl: the year and day of dates a sentence leaves open.

Five ways news prose leaves a date for the reader to finish, seen in several of the fresh
sets (anniversary pieces, case notes, obituaries, wires):

- a yearless day that goes on with a story told day by day in an older year ('On 4 March
  2022 Lithuania expelled ... Russia answered on 18 March') in the same paragraph, even
  where the story is only a year or so behind the page's date;
- the same, where the story has meanwhile moved to the page's own year: the yearless day
  is then the page's year again ('signed on 7 December 2023 ... When I went to Suva on
  16 September ... The next day, 17 September, we signed');
- a bare ordinal day ('on the 13th') in the month the same sentence just named;
- a date line at the foot of a page listing other anniversaries is no publication date;
- 'Afterwards, ...' opening a sentence goes on from the meeting just told, on its day.

Near misses keep the page's year where the older year was told only inside a relative
clause or as the start of a span ('since 2 May 2023'), and in a later paragraph of a dated
report (as an earlier round settled: a new paragraph may return to the news).

Deterministic and stdlib only: run `python bench/constructions/make_r22_dates.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import ABSENT, Case, case, cases_of, expected_event, write_cases

PUBLISHED = "2025-04-10"

STORY_YEAR: list[Case] = [
    ("story-year-same-paragraph",
     "Relations had been cooling for months. On 4 March 2022 Lithuania expelled two Russian "
     "diplomats over espionage. Russia expelled a Lithuanian consul on 18 March.",
     [expected_event("LTU", "RUS", "SANCTION", True, "2022-03-04"),
      expected_event("RUS", "LTU", "SANCTION", True, "2022-03-18")]),
    ("story-day-a-year-back",
     "On 2 March 2024 Ghana signed a fisheries accord with Senegal. "
     "On 30 March Ghana expelled three Senegalese officials.",
     [expected_event("GHA", "SEN", "AGREE", False, "2024-03-02"),
      expected_event("GHA", "SEN", "SANCTION", True, "2024-03-30")]),
    # near misses: the page's year stands
    ("new-paragraph-takes-page-year",
     "On 9 June 2021 Kenya recalled its ambassador from Mogadishu.\n\n"
     "The crisis eased quickly. Kenya and Somalia restored relations on 20 June.",
     [expected_event("KEN", "SOM", "SANCTION", True, "2021-06-09"),
      expected_event("KEN", "SOM", "AGREE COOPERATE SUPPORT CONCEDE", False, "2024-06-20")]),
    ("paragraphs-later-take-page-year",
     "Chile withdrew its ambassador from Caracas on 29 July 2022.\n\n"
     "Other governments followed within days.\n\n"
     "Chile and Venezuela restored relations on 14 September.",
     [expected_event("CHL", "VEN", "SANCTION", True, "2022-07-29"),
      expected_event("CHL", "VEN", "AGREE COOPERATE SUPPORT CONCEDE", False, "2024-09-14")]),
    ("year-only-in-relative-clause",
     "The accord that Ecuador and Colombia signed on 7 May 2021 is still in force. "
     "Ecuador recalled its ambassador from Bogota on 12 March.",
     [expected_event("ECU", "COL", "AGREE", False, "2021-05-07"),
      expected_event("ECU", "COL", "SANCTION", True, "2025-03-12")]),
    ("story-day-within-season",
     "On 10 January 2024 Peru recalled its ambassador from Mexico City. "
     "Peru expelled the Mexican ambassador on 2 March.",
     [expected_event("PER", "MEX", "SANCTION", True, "2024-01-10"),
      expected_event("PER", "MEX", "SANCTION", True, "2024-03-02")]),
    ("page-year-story-in-present",
     "Angola has been mediating since 2 May 2023. Rwanda and Kenya held talks in Luanda "
     "on 3 April.",
     [expected_event("RWA", "KEN", "CONSULT", False, "2025-04-03")]),
]

STORY_MOVED: list[Case] = [
    ("story-moved-to-page-year",
     "The treaty builds on the partnership that Fiji and Australia signed on 7 December 2023. "
     "When I went to Suva for the leaders' meeting on 16 February, the text was not ready. "
     "The next day, 17 February, Fiji and Australia signed a joint communique.",
     [expected_event("FJI", "AUS", "AGREE", False, "2025-02-17")]),
]

ORDINAL_DAY: list[Case] = [
    ("ordinal-day-in-month-named",
     "On 3 February 2025 Hungary recalled its envoy from Kyiv. "
     "Prime Minister Fiala visited Bratislava in March 2025 and held talks with Robert Fico "
     "on the 11th.",
     [expected_event("HUN", "UKR", "SANCTION", True, "2025-02-03"),
      expected_event("CZE", "SVK", "CONSULT", False, "2025-03-11")]),
    ("ordinal-day-month-of-story",
     "On 3 February 2025 Hungary recalled its envoy from Kyiv. "
     "Viktor Orban met Robert Fico on the 11th.",
     [expected_event("HUN", "UKR", "SANCTION", True, "2025-02-03"),
      expected_event("HUN", "SVK", "CONSULT", False, "2025-02-11")]),
]

SEQUEL: list[Case] = [
    ("afterwards-new-paragraph",
     "President Ruto received President Museveni at State House in Nairobi on Tuesday, "
     "before the two leaders held talks.\n\n"
     "Afterwards, ministers of Kenya and Uganda signed an agreement on a new oil pipeline.",
     [expected_event("KEN", "UGA", "CONSULT", False, "2025-04-08"),
      expected_event("KEN", "UGA", "AGREE", False, "2025-04-08")]),
    ("at-the-end-of-the-talks",
     "President Lula received Gabriel Boric in Brasilia on Monday.\n\n"
     "At the end of the talks, Brazil and Chile signed a memorandum on energy.",
     [expected_event("BRA", "CHL", "CONSULT", False, "2025-04-07"),
      expected_event("BRA", "CHL", "AGREE", False, "2025-04-07")]),
]


def _footer_case() -> dict[str, Any]:
    """A page with no date line whose foot lists other days of history: its story's own
    years date its yearless days, not the listed ones."""
    text = ("NORTHERN DESK\n\nFive years on: the border deal\n\n"
            "On 15 September 2020 Norway and Russia signed a border protocol. "
            "On 2 October Norway expelled a Russian diplomat for spying.\n\n"
            "From our archive: 9 November 1989, the Wall opens; "
            "3 October 1990, German unity.")
    return case("footer-list-is-no-dateline", text,
                [expected_event("NOR", "RUS", "AGREE", False, "2020-09-15"),
                 expected_event("NOR", "RUS", "SANCTION", True, "2020-10-02")],
                published=ABSENT)


def cases() -> list[dict[str, Any]]:
    """Each story as one case, published on a Thursday (Tuesday is 8 April 2025)."""
    return [*cases_of(STORY_YEAR + STORY_MOVED + ORDINAL_DAY + SEQUEL, published=PUBLISHED),
            _footer_case()]


if __name__ == "__main__":
    write_cases(__file__, "r22_dates", cases())
