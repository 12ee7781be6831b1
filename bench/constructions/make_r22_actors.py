"""Write bench/constructions/r22_actors.jsonl: officials named by an office the reader places.

Two habits of writing leave an official's state to what every reader knows:

- a title that one state alone gives, in that bare form, to its officials ('the Secretary of
  State signed the compact with Palau', said in a hearing, a briefing abroad or a notice);
  the title with a complement ('Secretary of State for Wales') or a rank word ('Cardinal
  Secretary of State') is another office, and a sanctions office known by its acronym
  stands for its state the same way, as an organisation's former name or its ministers'
  body ('the European Community', 'the Eurogroup') stands for the organisation;
- a reaction story that opens with the capital it came from and names the speaker only by
  office ('In Tokyo, a government spokesman condemned ...'); a capital that is not fronted,
  or a speaker marked as a guest there ('the visiting minister') or posted there (an
  ambassador, an envoy), places nobody.

Deterministic and stdlib only: run `python bench/constructions/make_r22_actors.py`.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
TUESDAY = "2024-03-05"
_case = partial(case, published=PUBLISHED)

# (sentence with {when}, counterpart code, types, directed)
TITLE_ACTS: list[tuple[str, str, str, bool]] = [
    ("{when} the Secretary of State signed a maritime security agreement with Fiji.", "FJI", "AGREE", False),
    ("{when} the Secretary of State met Kenyan President William Ruto in Nairobi.", "KEN", "CONSULT", False),
    ("{when} the Secretary of State condemned Iran for the drone strike.", "IRN", "ACCUSE", True),
    ("{when} the Deputy Secretary of State held talks with Vietnamese officials in Hanoi.",
     "VNM", "CONSULT", False),
    ("{when} the Secretary of Defense signed a basing accord with the Philippines.", "PHL", "AGREE", False),
]

# (office named by acronym or full name, sanctioned state, code)
SANCTION_OFFICES: list[tuple[str, str, str, str]] = [
    ("OFAC", "Myanmar", "USA", "MMR"),
    ("the Office of Foreign Assets Control", "Belarus", "USA", "BLR"),
    ("OFSI", "Russia", "GBR", "RUS"),
]

# (capital, office subject, verb phrase, state code, counterpart code, types, directed)
CAPITAL_SPEAKERS: list[tuple[str, str, str, str, str, str, bool]] = [
    ("Tokyo", "a government spokesman", "condemned the missile launch by North Korea",
     "JPN", "PRK", "ACCUSE", True),
    ("Beijing", "a foreign ministry spokeswoman", "accused Australia of stoking tension",
     "CHN", "AUS", "ACCUSE", True),
    ("Madrid", "the defence ministry", "dismissed the Algerian complaint about the flights",
     "ESP", "DZA", "REJECT", True),
    ("Ankara", "the foreign ministry", "criticised Greece over the island patrols",
     "TUR", "GRC", "ACCUSE", True),
]


def title_cases() -> list[dict[str, Any]]:
    """A bare one-state title as actor, on a page with no masthead."""
    out = []
    for sentence, other, types, directed in TITLE_ACTS:
        text = ("Lawmakers questioned the administration's Pacific policy at a hearing. "
                + sentence.format(when="On Tuesday"))
        out.append(_case("bare one-state title as actor", text,
                         [expected_event("USA", other, types, directed, TUESDAY)]))
    return out


def title_negatives() -> list[dict[str, Any]]:
    """The same words naming other offices, or a holder named before."""
    return [
        _case("title with a 'for' complement is another office",
              "On Tuesday the Secretary of State for Scotland met Irish President Michael D. "
              "Higgins in Dublin.", [expected_event("GBR", "IRL", "CONSULT", False, TUESDAY)]),
        _case("rank word before the title: the Holy See's office",
              "On Tuesday the Cardinal Secretary of State met Lebanese President Joseph Aoun "
              "in Beirut.", []),
        _case("dateline of a state with its own secretary of state",
              "ROME — Italy's cabinet approved the migration decree on Monday. On Tuesday the "
              "Secretary of State received Tunisian officials.",
              [expected_event("ITA", "TUN", "CONSULT", False, TUESDAY)]),
        _case("release opened by another government: no owner",
              "The Belgian government unveiled a trade mission on Monday. On Tuesday the "
              "Secretary of State welcomed Ghana's trade minister.", []),
        _case("owner named on a page filed elsewhere keeps the title",
              "CANBERRA — The American embassy confirmed the trip on Monday. On Tuesday the "
              "Secretary of State met Australian officials.",
              [expected_event("USA", "AUS", "CONSULT", False, TUESDAY)]),
        _case("holder named earlier keeps his party",
              "Vatican Secretary of State Pietro Parolin arrived in Beirut on Monday. On "
              "Tuesday the Secretary of State met Lebanese President Joseph Aoun.",
              [expected_event("VAT", "LBN", "CONSULT", True, "2024-03-04"),
               expected_event("VAT", "LBN", "CONSULT", False, TUESDAY)]),
    ]


def office_cases() -> list[dict[str, Any]]:
    """A sanctions office named by acronym or full name acts for its state."""
    return [_case("sanctions office as actor",
                  f"On Tuesday {office} sanctioned {target} over the crackdown.",
                  [expected_event(code, other, "SANCTION", True, TUESDAY)])
            for office, target, code, other in SANCTION_OFFICES]


def capital_cases() -> list[dict[str, Any]]:
    """'In <capital>, <office> <verb>': the office is the capital's state."""
    out = []
    for capital, office, verb, code, other, types, directed in CAPITAL_SPEAKERS:
        text = f"In {capital}, {office} on Tuesday {verb}."
        out.append(_case("fronted capital places an office-only speaker", text,
                         [expected_event(code, other, types, directed, TUESDAY)]))
    return out


def capital_negatives() -> list[dict[str, Any]]:
    """A guest in the capital, or a capital that is not fronted, places no one."""
    return [
        _case("visiting official in a fronted capital is a guest",
              "In Beijing, the visiting foreign minister on Tuesday criticised Japan over the "
              "islands.", []),
        _case("posted diplomat in a fronted capital is another state's",
              "In Ottawa, the ambassador on Tuesday denounced Venezuela over the detentions.", []),
        _case("posted diplomat in a fronted capital is another state's",
              "In Nairobi, the envoy on Tuesday criticised Eritrea over the border.", []),
        _case("capital after the verb only locates the act",
              "A government spokesman on Tuesday criticised Japan over the islands in Beijing.",
              []),
        _case("party word beats the fronted capital",
              "In Beijing, the Pakistani foreign minister on Tuesday criticised India over the "
              "dam.", [expected_event("PAK", "IND", "ACCUSE", True, TUESDAY)]),
    ]


def former_name_cases() -> list[dict[str, Any]]:
    """An organisation under a former name or through its ministers' body."""
    return [
        _case("organisation under its former name",
              "On 9 March 1992 the European Community and Chile signed a framework cooperation "
              "agreement in Santiago.", [expected_event("EU", "CHL", "AGREE", False, "1992-03-09")]),
        _case("organisation under its former name",
              "On 12 May 1988 the European Economic Community and Argentina signed a trade "
              "accord.", [expected_event("EU", "ARG", "AGREE", False, "1988-05-12")]),
        _case("ministers' body acts for its organisation",
              "On Tuesday the Eurogroup approved a loan to Cyprus.",
              [expected_event("EU", "CYP", "AID AGREE", True, TUESDAY)]),
        _case("former name in a history clause, no act",
              "Portugal joined the institutions of the European Community long ago and its "
              "economy has grown since.", []),
    ]


def main() -> None:
    write_cases(__file__, "r22_actors", title_cases() + title_negatives() + office_cases()
                + capital_cases() + capital_negatives() + former_name_cases())


if __name__ == "__main__":
    main()
