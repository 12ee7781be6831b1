"""Write bench/constructions/r23_pairs.jsonl: who is whose counterpart at an occasion.

Two recurring shapes of news prose about meetings. A delegation of several leaders that
goes to see one counterpart ('the presidents of A, B and C met D in his capital') is one
side of the meeting: each of them met D, and the text tells no meeting among themselves
(they travelled together). And a signing told in the same breath as the occasion it crowned
('At the retreat, A and B witnessed the signing', 'held talks and the two signed') is both
the meeting and the agreement of the pair. Near misses keep what the sentence does say:
two leaders who simply met, a signing with no occasion told, a multilateral gathering with
no counterpart named, a single visitor.

Deterministic and stdlib only: run `python bench/constructions/make_r23_pairs.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05, "Wednesday" 2024-03-06
TUE, WED = "2024-03-05", "2024-03-06"

DELEGATIONS: list[Case] = [
    ("four-leaders-met-one",
     "On Tuesday, William Ruto, Bola Tinubu, Abiy Ahmed and Yoweri Museveni met Xi Jinping "
     "in Beijing.",
     [expected_event("KEN", "CHN", "CONSULT", False, TUE),
      expected_event("NGA", "CHN", "CONSULT", False, TUE),
      expected_event("ETH", "CHN", "CONSULT", False, TUE),
      expected_event("UGA", "CHN", "CONSULT", False, TUE)]),
    ("three-ministers-met-two",
     "On Wednesday the foreign ministers of Chile, Peru and Colombia met Olaf Scholz and "
     "Emmanuel Macron in Brussels.",
     [expected_event("CHL", "DEU", "CONSULT", False, WED),
      expected_event("CHL", "FRA", "CONSULT", False, WED),
      expected_event("PER", "DEU", "CONSULT", False, WED),
      expected_event("PER", "FRA", "CONSULT", False, WED),
      expected_event("COL", "DEU", "CONSULT", False, WED),
      expected_event("COL", "FRA", "CONSULT", False, WED),
      expected_event("DEU", "FRA", "CONSULT", False, WED)]),
    ("three-presidents-met-one",
     "On Tuesday, Luiz Inacio Lula da Silva, Gustavo Petro and Gabriel Boric met Narendra "
     "Modi in New Delhi.",
     [expected_event("BRA", "IND", "CONSULT", False, TUE),
      expected_event("COL", "IND", "CONSULT", False, TUE),
      expected_event("CHL", "IND", "CONSULT", False, TUE)]),
]

# near misses: the parties named do face each other
MET_EACH_OTHER: list[Case] = [
    ("two-leaders-met",
     "On Tuesday, Lula and Petro met in Bogota.",
     [expected_event("BRA", "COL", "CONSULT", False, TUE)]),
    ("one-met-two",
     "On Wednesday, Xi Jinping met William Ruto and Abiy Ahmed in Beijing.",
     [expected_event("CHN", "KEN", "CONSULT", False, WED),
      expected_event("CHN", "ETH", "CONSULT", False, WED),
      expected_event("KEN", "ETH", "CONSULT", False, WED)]),
    ("two-met-with-host",
     "On Tuesday, the prime ministers of Thailand and Cambodia met in Kuala Lumpur with "
     "Anwar Ibrahim as the host.",
     [expected_event("THA", "KHM", "CONSULT", False, TUE),
      expected_event("THA", "MYS", "CONSULT", False, TUE),
      expected_event("KHM", "MYS", "CONSULT", False, TUE)]),
    ("one-met-one",
     "On Tuesday, Bola Tinubu met Emmanuel Macron in Paris.",
     [expected_event("NGA", "FRA", "CONSULT", False, TUE)]),
]

SIGNING_OCCASIONS: list[Case] = [
    ("retreat-witness-signing",
     "At the annual leaders' retreat in Wellington on Tuesday, Anthony Albanese and "
     "Christopher Luxon witnessed the signing of a defence memorandum.",
     [expected_event("AUS", "NZL", "AGREE", False, TUE),
      expected_event("AUS", "NZL", "CONSULT", False, TUE)]),
    ("after-talks-witness-signing",
     "After their talks in Tokyo on Wednesday, Fumio Kishida and William Ruto witnessed "
     "the signing of a digital partnership agreement.",
     [expected_event("KEN", "JPN", "AGREE", False, WED),
      expected_event("KEN", "JPN", "CONSULT", False, WED)]),
    ("held-talks-and-signed",
     "On Tuesday, Ruto held talks with Meloni in Rome and the two signed an energy "
     "memorandum.",
     [expected_event("KEN", "ITA", "CONSULT", False, TUE),
      expected_event("KEN", "ITA", "AGREE", False, TUE)]),
]

# near misses: a signing with no occasion told, a meeting with nothing signed
SIGNING_ONLY: list[Case] = [
    ("signing-alone",
     "On Tuesday, Kenya and Uganda signed a trade pact.",
     [expected_event("KEN", "UGA", "AGREE", False, TUE)]),
    ("ministers-signed-alone",
     "The trade ministers of Chile and Peru signed a customs protocol on Wednesday.",
     [expected_event("CHL", "PER", "AGREE", False, WED)]),
    ("talks-nothing-signed",
     "On Tuesday, Ruto held talks with Meloni in Rome.",
     [expected_event("KEN", "ITA", "CONSULT", False, TUE)]),
]


# an older occasion named only to measure the present one by is background
REFERENCE_POINTS: list[Case] = [
    ("first-meeting-since-visit",
     "Ruto met Modi in Delhi on Tuesday, their first meeting since the Indian leader's "
     "visit to Nairobi in July last year.",
     [expected_event("KEN", "IND", "CONSULT", False, TUE)]),
    ("first-trip-since-year-when",
     "Kishida was in Canberra on Wednesday for talks with Albanese, his first trip to the "
     "region since 2019, when he also visited Wellington.",
     [expected_event("JPN", "AUS", "CONSULT", False, WED)]),
    ("years-ago-during-visit",
     "Eight years ago, during my visit to Hanoi, we signed a strategic partnership.", []),
    ("first-leader-since-bombed",
     "On Tuesday Xi became the first Chinese leader to visit Hanoi since the border war "
     "with Vietnam was fought in 1979.",
     [expected_event("CHN", "VNM", "CONSULT", True, TUE)]),
]

# near misses: 'since' as a date of the news itself, recent 'ago', causal 'since'
NEWS_NOT_REFERENCE: list[Case] = [
    ("since-weekday",
     "Since Monday, Poland has expelled five Belarusian diplomats.",
     [expected_event("POL", "BLR", "SANCTION", True, "2024-03")]),
    ("weeks-ago-with-date",
     "Two weeks ago, on 23 February, Sanchez met Lula in Brasilia.",
     [expected_event("ESP", "BRA", "CONSULT", False, "2024-02-23")]),
    ("after-talks-fronted",
     "After talks with Meloni in Rome on Tuesday, Ruto signed an energy memorandum with "
     "Italy.",
     [expected_event("KEN", "ITA", "CONSULT", False, TUE),
      expected_event("KEN", "ITA", "AGREE", False, TUE)]),
]


# thanks for courtesies are no support; thanks for backing stay
COURTESIES: list[Case] = [
    ("thanks-for-hospitality",
     "On Tuesday the Japanese prime minister thanked President Ruto and the people of Kenya "
     "for their warm hospitality.", []),
    ("thanks-for-condolences",
     "On Wednesday Mitsotakis thanked the Turkish delegation for its condolences.", []),
    ("thanks-for-welcome",
     "On Tuesday Albanese thanked the Crown Prince of Abu Dhabi for the warm welcome.", []),
    ("thanks-for-delivery",
     "On Tuesday Marcos thanked Japan for the delivery of patrol vessels.",
     [expected_event("PHL", "JPN", "SUPPORT", True, TUE)]),
    ("thanks-for-support-and-welcome",
     "On Wednesday Modi thanked Qatar for its support and the warm welcome.",
     [expected_event("IND", "QAT", "SUPPORT", True, WED)]),
    ("thanks-courtesy-then-conjoined-backing",
     "On Tuesday Boric thanked Petro for his hospitality and for backing the lithium plan.",
     [expected_event("CHL", "COL", "SUPPORT", True, TUE)]),
    ("thanks-for-reception-of-refugees",
     "On Tuesday Austria thanked Slovenia for the reception of refugees.",
     [expected_event("AUT", "SVN", "SUPPORT", True, TUE)]),
]

# a conjoined clause with its own date is no reference point; a neutral venue seats all
OWN_CLAUSES: list[Case] = [
    ("years-ago-then-conjoined-news",
     "Four years ago the border talks stalled, but on Tuesday Vietnam and Laos met again in "
     "Hanoi.",
     [expected_event("VNM", "LAO", "CONSULT", False, TUE)]),
    ("co-subjects-at-neutral-venue",
     "On Tuesday Sikorski and Baerbock met Fidan in Vienna.",
     [expected_event("POL", "DEU", "CONSULT", False, TUE),
      expected_event("POL", "TUR", "CONSULT", False, TUE),
      expected_event("DEU", "TUR", "CONSULT", False, TUE)]),
]


def cases() -> list[dict[str, Any]]:
    """Each sentence as one case, published on a Friday."""
    return cases_of(DELEGATIONS + MET_EACH_OTHER + SIGNING_OCCASIONS + SIGNING_ONLY +
                    REFERENCE_POINTS + NEWS_NOT_REFERENCE + COURTESIES + OWN_CLAUSES,
                    published=PUBLISHED)


if __name__ == "__main__":
    write_cases(__file__, "r23_pairs", cases())
