"""Write bench/constructions/r20_types.jsonl: welcoming a thing versus a guest; talks that end in a deal.

'Welcome' names two acts. Its object decides which: a person welcomed to a capital is a
guest, and the welcome is the meeting; a state's step, bid, offer or success welcomed is
approval of it, which annotators code as support of the state whose step it is, with no
meeting at all. The lexicon keeps the two senses apart by the object: the meeting sense
is forbidden every noun the support sense requires, so that an approved offer or a
welcomed application never also becomes a visit. Each shape is told for six pairs, with
the near miss of a true guest welcome beside it.

When two parties agree 'after six hours of talks' or 'following talks', the talks were
theirs: annotators code the meeting and the agreement both. Near misses: a bloc's meeting
('after a meeting of EU ministers') lends nothing, and neither does a dispute. Talks held in
one party's capital were the other's visit to it, coded visitor first.

Deterministic and stdlib only: run `python bench/constructions/make_r20_types.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# a: the welcoming state (alead its leader, acap its capital); b: the other state
# (bname as written, blead its leader); asur and bsur the leaders' surnames
SETS: list[dict[str, str]] = [
    dict(a="RUS", alead="President Vladimir Putin", asur="Putin", acap="Moscow",
         b="MYS", bname="Malaysia", blead="Prime Minister Anwar Ibrahim", bsur="Anwar"),
    dict(a="CHN", alead="President Xi Jinping", asur="Xi", acap="Beijing",
         b="BRA", bname="Brazil", blead="President Luiz Inacio Lula da Silva", bsur="Lula"),
    dict(a="FRA", alead="President Emmanuel Macron", asur="Macron", acap="Paris",
         b="KEN", bname="Kenya", blead="President William Ruto", bsur="Ruto"),
    dict(a="JPN", alead="Prime Minister Fumio Kishida", asur="Kishida", acap="Tokyo",
         b="VNM", bname="Vietnam", blead="Prime Minister Pham Minh Chinh", bsur="Pham Minh Chinh"),
    dict(a="DEU", alead="Chancellor Olaf Scholz", asur="Scholz", acap="Berlin",
         b="IDN", bname="Indonesia", blead="President Joko Widodo", bsur="Widodo"),
    dict(a="TUR", alead="President Recep Tayyip Erdogan", asur="Erdogan", acap="Ankara",
         b="SOM", bname="Somalia", blead="President Hassan Sheikh Mohamud", bsur="Hassan Sheikh Mohamud"),
]

# (construction, template, expected types or '' for the guest near miss)
SHAPES: list[tuple[str, str]] = [
    ("welcome-application", "{alead} said on Tuesday that his government welcomed "
     "{bname}'s application to join the group."),
    ("welcome-offer", "On Tuesday {alead} welcomed {bname}'s offer of police officers for "
     "the mission in Haiti."),
    ("welcome-bid", "{alead} on Tuesday welcomed {bname}'s bid to join the OECD."),
    ("welcome-initiative", "{alead} welcomed on Tuesday the initiative of {bname} on grain "
     "exports."),
]


# talks that end in a joint act: (construction, template); the talks are the pair's own
# meeting, whether told by their length, their round or their venue
CLOSING_TALKS: list[tuple[str, str]] = [
    ("after-hours-of-talks-agreed", "On Tuesday, after four hours of talks in {acap}, "
     "{alead} and {blead} agreed on a joint plan for grain exports."),
    ("after-hours-of-talks-surnames", "On Tuesday, after four hours of talks, {asur} and "
     "{bsur} agreed on a joint plan for grain exports."),
    ("after-round-of-talks-surnames", "On Tuesday, after a second round of talks, {asur} "
     "and {bsur} agreed to open a joint commission on energy."),
    ("following-talks-agreed", "Following talks on Tuesday, {alead} and {blead} agreed "
     "to set up a joint commission on energy."),
    ("during-talks-in-capital-agreed", "On Tuesday, during talks in {acap}, {alead} and "
     "{blead} agreed on a joint plan for grain exports."),
]


def closing_cases(s: dict[str, str]) -> list[dict[str, Any]]:
    """The meeting and the agreement for each shape, and two near misses: talks held by
    a bloc, and an act the two settled with no talks named."""
    both = [expected_event(s["a"], s["b"], "CONSULT", False, DAY),
            expected_event(s["a"], s["b"], "AGREE", False, DAY)]
    rows = [case(name, text.format(**s), both, published=PUBLISHED) for name, text in CLOSING_TALKS]
    rows.append(case("talks-at-host-seat-surnames",
                     "On Tuesday, after four hours of talks in {acap}, {bsur} and {asur} "
                     "agreed on a joint plan for grain exports.".format(**s),
                     [expected_event(s["b"], s["a"], "CONSULT", True, DAY), both[1]],
                     published=PUBLISHED))
    rows.append(case("near-miss-bloc-meeting",
                     "On Tuesday, after a meeting of EU foreign ministers, {alead} and "
                     "{blead} agreed on a joint plan for grain exports.".format(**s),
                     both[1:], published=PUBLISHED))
    rows.append(case("near-miss-no-talks",
                     "On Tuesday {alead} and {blead} agreed on a joint plan for grain "
                     "exports, after a week of public disputes.".format(**s),
                     both[1:], published=PUBLISHED))
    return rows


def cases() -> list[dict[str, Any]]:
    """Every shape for every pair, and the guest welcome as the near miss."""
    rows: list[dict[str, Any]] = []
    for s in SETS:
        rows += closing_cases(s)
    for s in SETS:
        for name, text in SHAPES:
            rows.append(case(name, text.format(**s),
                             [expected_event(s["a"], s["b"], "SUPPORT", True, DAY)],
                             published=PUBLISHED))
        rows.append(case("near-miss-guest-welcome",
                         f"{s['alead']} welcomed {s['blead']} to {s['acap']} on Tuesday "
                         "for talks on trade.",
                         [expected_event(s["b"], s["a"], "CONSULT", False, DAY)],
                         published=PUBLISHED))
    return rows


if __name__ == "__main__":
    write_cases(__file__, "r20_types", cases())
