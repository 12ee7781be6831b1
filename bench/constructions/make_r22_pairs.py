"""Write bench/constructions/r22_pairs.jsonl: parties on one side of an act are not a pair.

Three ways news prose lists parties that stand side by side rather than face each other:
co-receivers ('A and B received theirs', 'A and B welcomed the envoy'), the partners a
signer met in turn ('in Port Moresby, signed compacts with A, and with B an hour later'), the partners of a
doer the text leaves unnamed ('the administration established relations with A and B'),
and the objects of a decision taken at a body's own gathering ('At their summit, EU
leaders granted candidate status to A and B'). Near misses keep the pairs the sentence
does tell: a named doer ('Brazil established relations with A and B'), partners that act
together ('A and B established relations'), a meeting of two leaders ('At their summit,
Biden and Xi agreed'), and a guest received by two hosts.

Deterministic and stdlib only: run `python bench/constructions/make_r22_pairs.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import Case, cases_of, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05, "Wednesday" 2024-03-06
TUE, WED = "2024-03-05", "2024-03-06"

SIDE_BY_SIDE: list[Case] = [
    ("co-receivers-of-letters",
     "Japan and Canada received theirs on Tuesday, each with a 25% rate.", []),
    ("co-receivers-of-notes",
     "Chile and Peru received similar notes from the ministry on Wednesday.", []),
    ("co-hosts-receive-guest",
     "Macron and Scholz received Zelensky in Paris on Tuesday.",
     [expected_event("UKR", "FRA", "CONSULT", False, TUE),
      expected_event("UKR", "DEU", "CONSULT", False, TUE)]),
    ("unnamed-doer-relations-with-both",
     "On Tuesday, the cabinet acknowledged Tuvalu and Kiribati as independent countries, "
     "then set up diplomatic relations with both.", []),
    ("unnamed-doer-relations-with-two",
     "On Wednesday, the government established diplomatic relations with Bhutan and "
     "Nauru.", []),
    ("signing-partners-in-turn",
     "On Tuesday, in Port Moresby, the Kenyan president signed compacts with Palau, and "
     "with Nauru an hour later.",
     [expected_event("KEN", "PLW", "AGREE", False, TUE),
      expected_event("KEN", "PLW", "CONSULT", False, TUE),
      expected_event("KEN", "NRU", "AGREE", False, TUE),
      expected_event("KEN", "NRU", "CONSULT", False, TUE)]),
    ("own-summit-decision",
     "At their summit in Brussels on Tuesday, EU leaders granted candidate status to "
     "Georgia and Armenia.",
     [expected_event("EU", "GEO", "SUPPORT", True, TUE),
      expected_event("EU", "ARM", "SUPPORT", True, TUE)]),
]

PAIRS_TOLD: list[Case] = [
    ("named-doer-relations-with-two",
     "On Tuesday, Brazil established diplomatic relations with Bhutan and Nauru.",
     [expected_event("BRA", "BTN", "AGREE", False, TUE),
      expected_event("BRA", "NRU", "AGREE", False, TUE)]),
    ("partners-act-together",
     "Bhutan and Nauru established diplomatic relations on Wednesday.",
     [expected_event("BTN", "NRU", "AGREE", False, WED)]),
    ("summit-of-two-leaders",
     "At their summit in Geneva on Tuesday, Biden and Xi agreed to resume military "
     "contacts.",
     [expected_event("USA", "CHN", "CONSULT", False, TUE),
      expected_event("USA", "CHN", "AGREE", False, TUE)]),
    ("resolved-official-signs",
     "The Kenyan president signed a trade pact with Ethiopia on Wednesday.",
     [expected_event("KEN", "ETH", "AGREE", False, WED)]),
    ("single-host-receives",
     "Erdogan received the Somali president in Ankara on Tuesday.",
     [expected_event("SOM", "TUR", "CONSULT", False, TUE)]),
]


# meetings listed one after another are separate occasions, each with its own partner
LISTED: list[Case] = [
    ("talks-and-meeting-listed",
     "On Tuesday, Ruto held talks with Abiy and a meeting with Museveni in Nairobi.",
     [expected_event("KEN", "ETH", "CONSULT", False, TUE),
      expected_event("KEN", "UGA", "CONSULT", False, TUE)]),
]


def cases() -> list[dict[str, Any]]:
    """Each sentence as one case, published on a Friday."""
    return cases_of(SIDE_BY_SIDE + PAIRS_TOLD + LISTED, published=PUBLISHED)


if __name__ == "__main__":
    write_cases(__file__, "r22_pairs", cases())
