"""Write bench/constructions/r23b_trig.jsonl: page furniture, day ordinals, fronted phrases, filings.

Four constructions that recur in several independently written sets:
- a list of other headlines under a short heading that only starts with a block cue ('MORE
  FROM THE LEVANT DESK', 'Also in Briefings: A | B', 'Most read in Europe') is no report; a
  body sentence that starts with the same words ('More from the talks is expected ...',
  'Also in Vienna, the envoys met ...') is;
- a month's chronicle names the day by its ordinal alone ('On the 14th Lula accused ...'),
  which the parser folds into the subject's phrase;
- a phrase that opens the sentence is no part of what the main verb negates ('On his way to
  Oslo, Starmer posts that he is raising ... because the deal was not signed');
- filings at the WTO or a court accuse the other side ('requested consultations at the WTO
  with X'); near misses: consultations between two ministers, an appeal for calm.

Deterministic and stdlib only: run `python bench/constructions/make_r23b_trig.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event

PUBLISHED = "2024-03-08"

LISTS: list[Case] = [
    ("site-named related list under a capitalised heading",
     "Norway expelled two Russian diplomats on Tuesday, the foreign ministry said.\n\n"
     "MORE FROM THE NORDIC DESK\n"
     "- Sweden and Finland sign defence pact in Helsinki (February 2)\n"
     "- Denmark summons Chinese envoy over cable damage (January 19)\n",
     [expected_event("NOR", "RUS", "SANCTION", True, "2024-03-05")]),
    ("'Also in <section>:' line of headlines",
     "Chile and Peru signed a fisheries accord in Lima on Monday.\n\n"
     "Also in Briefings: Premier's visit to Hungary and Austria (12 Feb 2024) | "
     "Statement on talks with Ghana (2 Feb 2024)\n",
     [expected_event("CHL", "PER", "AGREE", False, "2024-03-04")]),
    ("'Most read in <region>' heading",
     "Japan protested to China on Wednesday over a coast guard incursion.\n\n"
     "Most read in Asia\n"
     "- Vietnam and the Philippines agree coast guard hotline (March 1)\n"
     "- India hosts Bhutan's king in Delhi (February 27)\n",
     [expected_event("JPN", "CHN", "PROTEST ACCUSE", True, "2024-03-06")]),
    ("near miss: a body sentence starting 'More from'",
     "More from the talks was expected on Thursday, when Germany and Poland signed a "
     "border agreement in Berlin.",
     [expected_event("DEU", "POL", "AGREE", False, "2024-03-07")]),
    ("near miss: a body sentence starting 'Also in'",
     "Also in Geneva, the Iranian and Austrian ministers met on Tuesday.",
     [expected_event("IRN", "AUT", "CONSULT", False, "2024-03-05")]),
]

ORDINALS: list[Case] = [
    ("day ordinal fused with a leader's name",
     "FEBRUARY 2024\n\nOn the 14th Trudeau accused India of interference in the election.",
     [expected_event("CAN", "IND", "ACCUSE", True, "2024-02-14")]),
    ("day ordinal fused with a capital",
     "On the 4th Berlin summoned the Russian ambassador over the cyberattack.",
     [expected_event("DEU", "RUS", "PROTEST ACCUSE", True, "2024-03-04")]),
]

FRONTED: list[Case] = [
    ("fronted phrase, negated clause at the end of a run-on post",
     "On Tuesday, on his way to Tokyo, Biden posts that Washington is raising the tariff on China by "
     "20% because the export curbs were not lifted.",
     [expected_event("USA", "CHN", "SANCTION COERCE THREATEN", True, "2024-03-05")]),
    ("near miss: the main verb's own negation stands",
     "On Tuesday, Poland did not expel the Belarusian diplomats.",
     []),
]

FILINGS: list[Case] = [
    ("consultations requested at the WTO",
     "On Monday Brazil requested consultations at the World Trade Organisation with Indonesia "
     "over its poultry import ban.",
     [expected_event("BRA", "IDN", "ACCUSE PROTEST", True, "2024-03-04")]),
    ("measures challenged at the WTO",
     "On Tuesday Australia challenged China's barley duties at the WTO.",
     [expected_event("AUS", "CHN", "ACCUSE PROTEST", True, "2024-03-05")]),
    ("near miss: consultations between two ministers",
     "On Monday the foreign ministers of Chile and Peru held consultations in Lima.",
     [expected_event("CHL", "PER", "CONSULT", False, "2024-03-04")]),
    ("near miss: an appeal for calm",
     "On Monday Ghana made an appeal for calm after the clashes in the north.",
     []),
]


def cases() -> list[dict[str, Any]]:
    """All shapes, published on a Friday."""
    return cases_of([*LISTS, *ORDINALS, *FRONTED, *FILINGS], published=PUBLISHED)


if __name__ == "__main__":
    from casekit import write_cases

    write_cases(__file__, "r23b_trig", cases())
