"""Write bench/constructions/r22_turns.jsonl: how far a negation or a modal reaches.

A 'not' says its own verb did not happen, and with it the verbs that share its auxiliary
('did not expel or summon him'). It does not reach a conjoined verb that has an
auxiliary, an infinitive 'to' or a subject of its own ('no longer buys its gas and on
Monday has closed the consulate', 'chose not to join and to recall its envoy'), a
past 'when' clause, which states a fact the main clause is set against ('was not there
when X met Y'), nor a clause that a semicolon sets apart but the parser
hung below the negated verb ('had asked X to arbitrate; Y has yet to answer').

Near misses keep the negation where it belongs: verbs sharing one auxiliary, a second
verb with its own 'not', a 'when' clause about what is still to come.

Deterministic and stdlib only: run `python bench/constructions/make_r22_turns.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Monday" before it is 2024-03-04

# (construction, sentence, pair, types, directed, date)
KEPT: list[tuple[str, str, tuple[str, str], str, bool, str]] = [
    ("own_auxiliary", "Estonia is no longer buying Russian electricity and on Tuesday has "
     "expelled Russia's ambassador.", ("EST", "RUS"), "SANCTION", True, "2024-03-05"),
    ("own_auxiliary", "Hungary had not objected in public, but on Monday it has recalled its "
     "ambassador from Slovakia.", ("HUN", "SVK"), "SANCTION RETREAT", True, "2024-03-04"),
    ("own_infinitive", "On Friday the Gambian foreign ministry said it had chosen not to join "
     "the forum and to recall its envoy from Senegal.", ("GMB", "SEN"), "SANCTION", True,
     "2024-03-08"),
    ("own_subject", "Uganda did not comment on the dispute, and on Monday Kenya expelled "
     "Somalia's ambassador.", ("KEN", "SOM"), "SANCTION", True, "2024-03-04"),
    ("past_when", "The Spanish king had left early, so he was not present when Portugal's prime "
     "minister met Morocco's foreign minister on Tuesday.", ("PRT", "MAR"), "CONSULT", False,
     "2024-03-05"),
    ("past_when", "Vietnam's premier was not yet in office when Laos signed a power deal with "
     "Cambodia on Monday.", ("LAO", "KHM"), "AGREE", False, "2024-03-04"),
    ("semicolon", "Uruguay's government said it had on Monday asked Paraguay to arbitrate; "
     "Asuncion has yet to answer.", ("URY", "PRY"), "REQUEST", True, "2024-03-04"),
    ("semicolon", "Chile's foreign minister met Peru's president in Lima on Wednesday; Bolivia "
     "did not send an envoy.", ("CHL", "PER"), "CONSULT", False, "2024-03-06"),
]

DROPPED: list[tuple[str, str]] = [
    ("shared_auxiliary", "Russia did not expel the Estonian envoy or summon him on Monday."),
    ("own_negation", "Croatia has not expelled Serbia's ambassador and has not recalled its own."),
    ("own_negation", "Norway has not recalled its ambassador from Iceland and has not "
     "summoned Iceland's envoy either."),
    ("refused_infinitives", "Zambia on Friday refused both to host the talks and to recall its "
     "high commissioner from Malawi."),
    ("negated_want", "On Friday Egypt did not want to meet Sudan's envoy or to recall its "
     "ambassador."),
    ("future_when", "Chile will not respond when Argentina expels its diplomats next week."),
    ("semicolon_own_negation", "Japan did not ask China for talks on Monday; Beijing has "
     "received no request."),
    ("negated_report", "Serbia's minister did not say that Croatia had expelled the envoy."),
]


def kept_cases() -> list[dict[str, Any]]:
    """Acts outside the negation's reach stay events."""
    return [case(name, text, [expected_event(pair[0], pair[1], kinds, directed, day)],
                 published=PUBLISHED)
            for name, text, pair, kinds, directed, day in KEPT]


def dropped_cases() -> list[dict[str, Any]]:
    """Acts inside it stay no events."""
    return [case(name + "_near_miss", text, [], published=PUBLISHED) for name, text in DROPPED]


if __name__ == "__main__":
    write_cases(__file__, "r22_turns", kept_cases() + dropped_cases())
