"""Write bench/constructions/r20_triggers.jsonl: acts whose trigger word the lexicon lacked.

On the second development set the largest group of 'no trigger' misses were acts told in
words the lexicon did not cover, in several documents each:

- diplomats called home under other names: 'recalled its chiefs of mission', 'withdrew its
  diplomatic staff', 'ordered a consul to leave' (SANCTION);
- a signed text named by a word the signing verbs did not list: 'signed memoranda', 'signed
  a delimitation of their zones' (AGREE);
- a change of recognition: 'recognised Beijing and dropped Taipei', 'announced the end of
  relations with X' (SANCTION);
- a reproach reported as a predicate: 'said Russia was our enemy and occupier', 'told the
  crowd the government were fascists' (ACCUSE).

Each construction is told over several pairs and dates; near-miss negatives use the same
words where no act is done ('recalled that the heads of mission had met', 'discussed
memoranda', 'the end of the war', 'said Russia was not an enemy').

Run: python bench/constructions/make_r20_triggers.py   (stdlib only, deterministic)
"""

from __future__ import annotations

from typing import Any

from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"
# (source name, source code, target name, target code, day of month told, ISO date)
PAIRS = [
    ("Venezuela", "VEN", "Argentina", "ARG", "4 March", "2024-03-04"),
    ("Japan", "JPN", "Russia", "RUS", "5 March", "2024-03-05"),
    ("Poland", "POL", "Belarus", "BLR", "6 March", "2024-03-06"),
    ("Nicaragua", "NIC", "Ecuador", "ECU", "1 March", "2024-03-01"),
]
ADJ = {"ARG": "Argentine", "RUS": "Russian", "BLR": "Belarusian", "ECU": "Ecuadorian",
       "VEN": "Venezuelan", "JPN": "Japanese", "POL": "Polish", "NIC": "Nicaraguan"}

# (construction, template, types); {S} source, {T} target, {TA} target adjective, {D} day
POSITIVE = [
    ("staff_chiefs_of_mission", "On {D}, {S} recalled its chiefs of mission in {T} for "
     "consultations.", "SANCTION"),
    ("staff_heads_of_mission", "{S} recalled its heads of mission from {T} on {D}.",
     "SANCTION"),
    ("staff_diplomatic_personnel", "On {D}, {S} withdrew its diplomatic personnel from {T}.",
     "SANCTION"),
    ("staff_consul_ordered_out", "On {D}, {S} ordered a {TA} consul to leave the country.",
     "SANCTION"),
    ("sign_memoranda", "On {D}, {S} and {T} signed memoranda on energy and transport.",
     "AGREE"),
    ("sign_delimitation", "On {D}, {S} and {T} signed a partial delimitation of their "
     "maritime zones.", "AGREE"),
    ("end_of_relations", "On {D}, {S} announced the end of diplomatic relations with {T}.",
     "SANCTION"),
    ("reproach_enemy", "On {D}, the president of {S} said that {T} was \"our enemy and "
     "occupier\".", "ACCUSE"),
    ("reproach_aggressor", "The foreign minister of {S} told parliament on {D} that {T} was "
     "an aggressor.", "ACCUSE"),
    ("reproach_regime", "On {D}, {S}'s leader said that the {TA} government was a criminal "
     "regime.", "ACCUSE"),
]
UNDIRECTED = {"sign_memoranda", "sign_delimitation"}

# near misses: the same words, no act between the two
NEGATIVE = [
    ("neg_recalled_fact", "On {D}, {S} recalled that the heads of mission of {T} had met in "
     "2019."),
    ("neg_memoranda_drafted", "On {D}, {S} said that memoranda with {T} were still "
     "being drafted."),
    ("neg_end_of_war", "On {D}, {S} marked the end of the war with a parade; {T} sent no "
     "delegation."),
    ("neg_dropped_plan", "On {D}, {S} dropped the plan to build a bridge to {T}."),
    ("neg_not_an_enemy", "On {D}, the president of {S} said that {T} was not an enemy."),
    ("neg_if_enemy", "On {D}, the president of {S} said that if {T} were an enemy, the talks "
     "would have failed."),
    ("neg_criminals_fled", "On {D}, the police of {S} said that the criminals had fled to "
     "{T}."),
]

# a change of recognition: the dropped state is the target, the recognised one is backed
SWITCHES = [
    ("Honduras", "HND", "5 March", "2024-03-05"),
    ("Nauru", "NRU", "4 March", "2024-03-04"),
    ("Panama", "PAN", "1 March", "2024-03-01"),
]


def _fill(template: str, pair: tuple[str, str, str, str, str, str]) -> str:
    source, _, target, tcode, day, _ = pair
    text = template.format(S=source, T=target, TA=ADJ[tcode], D=day)
    return text[0].upper() + text[1:]


def _positives() -> list[dict[str, Any]]:
    cases = []
    for name, template, types in POSITIVE:
        for pair in PAIRS:
            expect = expected_event(pair[1], pair[3], types, name not in UNDIRECTED, pair[5])
            cases.append(case(name, _fill(template, pair), [expect], published=PUBLISHED))
    for state, code, day, iso in SWITCHES:
        text = f"On {day}, {state} recognised Beijing and dropped Taipei."
        cases.append(case("switch_dropped", text,
                          [expected_event(code, "CHN", "SUPPORT AGREE", True, iso),
                           expected_event(code, "TWN", "SANCTION", True, iso)],
                          published=PUBLISHED))
    return cases


def _negatives() -> list[dict[str, Any]]:
    return [case(name, _fill(template, pair), [], published=PUBLISHED)
            for name, template in NEGATIVE for pair in PAIRS]


if __name__ == "__main__":
    write_cases(__file__, "r20_triggers", _positives() + _negatives())
