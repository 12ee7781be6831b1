"""Write bench/constructions/r20_actors.jsonl: parties named only by a bare title or organ.

Three habits of official and news prose leave a party unnamed where it acts:

- an office's own page opens with its masthead ('Ministry of Foreign Affairs / Republic of
  Chile') and then calls its own minister 'the Foreign Minister', naming every foreign
  official with a name or a country; a headline or a summit's title is no masthead;
- a story that has called its protagonist 'the Prime Minister' keeps doing so after it has
  named a foreign prime minister in full ('Prime Minister Pham Minh Chinh');
- a piece about one organisation speaks of its organs alone ('the Permanent Council', 'the
  General Assembly', 'the Council'), which belong to the organisation in view, not to
  another body with an organ of the same name.

Deterministic and stdlib only: run `python bench/constructions/make_r20_actors.py`.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# home: the publishing state, written as on a masthead; guest: a named foreign minister
MASTHEADS: list[dict[str, str]] = [
    dict(home="CHL", head="Ministry of Foreign Affairs\nRepublic of Chile", guest="AUS",
         minister="Foreign Minister Penny Wong of Australia", city="Santiago"),
    dict(home="IND", head="Ministry of External Affairs\nMedia Center", guest="ESP",
         minister="Foreign Minister José Manuel Albares of Spain", city="New Delhi"),
    dict(home="LKA", head="MINISTRY OF FOREIGN AFFAIRS\nDEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA",
         guest="SGP", minister="Foreign Minister Vivian Balakrishnan of Singapore", city="Colombo"),
    dict(home="ZAF", head="DEPARTMENT OF INTERNATIONAL RELATIONS AND COOPERATION\n"
                          "REPUBLIC OF SOUTH AFRICA",
         guest="TUR", minister="Foreign Minister Hakan Fidan of Türkiye", city="Pretoria"),
    dict(home="KOR", head="Ministry of Foreign Affairs, Republic of Korea", guest="POL",
         minister="Foreign Minister Radosław Sikorski of Poland", city="Seoul"),
    dict(home="COL", head="MINISTRY OF FOREIGN AFFAIRS OF COLOMBIA", guest="BRA",
         minister="Foreign Minister Mauro Vieira of Brazil", city="Bogota"),
]

# a trip told with the traveller's bare title after a host prime minister was named in full
TOURS: list[dict[str, str]] = [
    dict(a="JPN", lead="Prime Minister Fumio Kishida", b="VNM", bpm="Pham Minh Chinh",
         bcity="Hanoi", c="THA", cpm="Srettha Thavisin", ccity="Bangkok"),
    dict(a="IND", lead="Prime Minister Narendra Modi", b="MYS", bpm="Anwar Ibrahim",
         bcity="Kuala Lumpur", c="SGP", cpm="Lee Hsien Loong", ccity="Singapore"),
    dict(a="GBR", lead="Prime Minister Rishi Sunak", b="ITA", bpm="Giorgia Meloni",
         bcity="Rome", c="GRC", cpm="Kyriakos Mitsotakis", ccity="Athens"),
    dict(a="AUS", lead="Prime Minister Anthony Albanese", b="NZL", bpm="Christopher Luxon",
         bcity="Wellington", c="CAN", cpm="Justin Trudeau", ccity="Ottawa"),
]

# org: the organisation in view, organ: its organ named alone, target: the state it condemns
ORGANS: list[dict[str, str]] = [
    dict(org="OAS", name="The Organization of American States", organ="the Permanent Council",
         target="NIC", target_name="Nicaragua", why="the arrest of opposition candidates"),
    dict(org="OAS", name="The Organization of American States", organ="the General Assembly",
         target="VEN", target_name="Venezuela", why="the barring of opposition candidates"),
    dict(org="OSCE", name="The Organization for Security and Co-operation in Europe",
         organ="the Permanent Council", target="RUS", target_name="Russia",
         why="the detention of three monitors"),
    dict(org="UN", name="The United Nations", organ="the General Assembly", target="MMR",
         target_name="Myanmar", why="the burning of villages"),
    dict(org="OAS", name="The Organization of American States", organ="the Council",
         target="BOL", target_name="Bolivia", why="the arrest of a former interim president"),
]


_case = partial(case, published=PUBLISHED)


def masthead_cases() -> list[dict[str, Any]]:
    """The page's own minister by bare title; near misses without a masthead."""
    out = []
    for m in MASTHEADS:
        body = (f"On Tuesday, the Foreign Minister held talks with {m['minister']} in "
                f"{m['city']} on trade and climate finance.")
        out.append(_case("masthead-home", f"{m['head']}\n\nPress release\n\n{body}",
                         [expected_event(m["home"], m["guest"], "CONSULT", False, DAY)]))
    for m in MASTHEADS[:3]:
        body = (f"On Tuesday, the Foreign Minister held talks with {m['minister']} on trade "
                "and climate finance.")
        # a newspaper's section line: no office publishes the page, so no home
        out.append(_case("masthead-none-newspaper", f"The Evening Ledger | World\n\n{body}", []))
    return out


def tour_cases() -> list[dict[str, Any]]:
    """The traveller stays 'the Prime Minister' after a host prime minister is named."""
    out = []
    for t in TOURS:
        text = (f"{t['lead']} left on a week-long tour on Sunday. The Prime Minister arrived in "
                f"{t['bcity']} on Monday and held talks with Prime Minister {t['bpm']}. On "
                f"Tuesday, the Prime Minister flew to {t['ccity']} and held talks with Prime "
                f"Minister {t['cpm']}.")
        out.append(_case("bare-title-after-foreign-holder", text,
                         [expected_event(t["a"], t["b"], "CONSULT", False, "2024-03-04"),
                          expected_event(t["a"], t["c"], "CONSULT", False, DAY)]))
    return out


def organ_cases() -> list[dict[str, Any]]:
    """An organ named alone acts for the organisation in view."""
    out = []
    for o in ORGANS:
        text = (f"{o['name']} has taken a harder line this year. On Tuesday {o['organ']} "
                f"condemned {o['target_name']} for {o['why']}.")
        out.append(_case("organ-of-organisation-in-view", text,
                         [expected_event(o["org"], o["target"], "ACCUSE PROTEST", True, DAY)]))
    return out


def main() -> None:
    write_cases(__file__, "r20_actors", masthead_cases() + tour_cases() + organ_cases())


if __name__ == "__main__":
    main()
