"""Write bench/constructions/r21_turns.jsonl: what a briefing transcript's questions assert.

A journalist at a briefing often states a fact before asking about it ('Question: Kenya
expelled two Somali diplomats on Friday. What is your comment?'). The transcript records the
statement as news the room knows, and annotators code it; what the question asks ('Will
Nairobi respond?') is no event. Transcripts label turns in several ways: 'Q:', 'Question:',
and with the asker named after the label ('QUESTION (Moreau, Radio Lac):'). The answer is a
line of its own, whatever its label ('A:', 'Spokesperson:', an office's initials 'MFA:'); a
question's turn does not reach past its line. Every label is also written with the
full-width colon ('Q：'), which some transcripts print.

Near misses keep a question's parties out: a question that asks whether something will
happen, a statement the question doubts ('... Is that true?', 'Can you confirm?'), and a
question about an embedded event ('I wonder whether Ghana will recall its envoy').

Deterministic and stdlib only: run `python bench/constructions/make_r21_turns.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
HEAD = "Foreign Ministry Spokesperson {name}'s Regular Press Conference on March 8, 2024\n\n"

# a premise: (sentence, pair, types, date)
PREMISES: list[tuple[str, tuple[str, str], str, str]] = [
    ("Kenya expelled two Somali diplomats on Tuesday.", ("KEN", "SOM"), "SANCTION", "2024-03-05"),
    ("Argentina and Chile signed a fisheries accord on Tuesday.", ("ARG", "CHL"), "AGREE",
     "2024-03-05"),
    ("On Tuesday Poland summoned the Belarusian ambassador over the border incident.",
     ("POL", "BLR"), "PROTEST", "2024-03-05"),
    ("Vietnam and Laos signed a border demarcation treaty on Tuesday.", ("VNM", "LAO"),
     "AGREE", "2024-03-05"),
    ("The Ghanaian foreign minister condemned the Togolese decision on Tuesday.",
     ("GHA", "TGO"), "ACCUSE", "2024-03-05"),
]
ASKS = ["What is your comment?", "Any reaction?", "How do you view this?",
        "Does the ministry have a position?", "What is the government's view?"]
LABELS = ["Q: ", "Question: ", "QUESTION (Moreau, Radio Lac): ", "Question (Ortiz, Canal Sur): ",
          "Q: "]
ANSWERS = ["A: We have noted the reports.", "Spokesperson: We have nothing to add.",
           "MFA: We are following the matter closely.", "A: I have nothing to share today.",
           "Spokesperson: We will not comment on that."]
SPOKES = ["Mao Ning", "Lin Jian", "Mao Ning", "Lin Jian", "Mao Ning"]
# asked, not asserted: no event
FUTURES: list[str] = [
    "Will Kenya expel the Somali ambassador?",
    "Is Argentina going to sign the fisheries accord with Chile?",
    "Will Poland summon the Belarusian ambassador again?",
    "Did Vietnam and Laos agree on the border?",
    "I wonder whether Ghana will recall its ambassador from Togo.",
]
DOUBTS = ["Is that true?", "Can you confirm?", "Is that report accurate?",
          "Can you confirm these reports?", "Is this correct?"]


def _wide(label: str) -> str:
    """The label closed by the full-width colon, as some transcripts print it."""
    return label.replace(":", "：")


def premise_cases() -> list[dict[str, Any]]:
    """A stated fact before a question is coded; the asker's label and its colon vary."""
    out = []
    for i, (sent, pair, kinds, day) in enumerate(PREMISES):
        for name, label, answer in (("question_premise", LABELS[i], ANSWERS[i]),
                                    ("question_premise_wide_colon", _wide(LABELS[i]),
                                     _wide(ANSWERS[i]))):
            text = HEAD.format(name=SPOKES[i]) + label + sent + " " + ASKS[i] + "\n\n" + \
                answer + "\n"
            out.append(case(name, text, [expected_event(pair[0], pair[1], kinds, date=day)],
                            published=PUBLISHED))
    return out


def near_misses() -> list[dict[str, Any]]:
    """A question asks, a doubted premise is not asserted: no event either way."""
    out = []
    for i, ask in enumerate(FUTURES):
        text = HEAD.format(name=SPOKES[i]) + LABELS[i] + ask + "\n\n" + ANSWERS[i] + "\n"
        wide = HEAD.format(name=SPOKES[i]) + _wide(LABELS[i]) + ask + "\n\n" + \
            _wide(ANSWERS[i]) + "\n"
        out.append(case("question_asks_no_event", text, [], published=PUBLISHED))
        out.append(case("question_asks_no_event_wide_colon", wide, [], published=PUBLISHED))
    for i, (sent, _, _, _) in enumerate(PREMISES):
        text = HEAD.format(name=SPOKES[i]) + LABELS[i] + sent.replace(" on Tuesday", "") + \
            " " + DOUBTS[i] + "\n\n" + ANSWERS[i] + "\n"
        out.append(case("question_doubted_premise", text, [], published=PUBLISHED))
    return out


if __name__ == "__main__":
    write_cases(__file__, "r21_turns", premise_cases() + near_misses())
