"""Write bench/constructions/r23_rhome.jsonl: the page's own party.

An obituary or a profile opens by telling that its subject died, and from then on calls him
'he', 'him' or by his office ('the emir'), even right after naming someone else. The
subject's visits and talks are his, not those of the last man named; a guest the subject
'received' is still the guest. Near misses: a 'he' after another man named in its own
sentence, a death told late in a news story, an obituary of someone of no party.

Deterministic and stdlib only: run `python bench/constructions/make_r23_rhome.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-05-10"

# (construction, text, expected: (a, b, types, directed, date) ...)
PROFILES: list[tuple[str, str, list[tuple[str, str, str, bool, str]]]] = [
    ("profile_he_after_other_man",
     "OBITUARY\n\nArvid Holmqvist, the former prime minister of Sweden, died on Friday 3 May "
     "2024 in Uppsala. He was 84.\n\nDonald Tusk, his closest ally, spoke at the funeral "
     "on Thursday. In April 2012 he flew to Tallinn and signed a maritime accord with Estonia.",
     [("SWE", "EST", "CONSULT", False, "2012-04"), ("SWE", "EST", "AGREE", False, "2012-04")]),
    ("profile_him_object",
     "Lives\n\nRashid al-Mansouri, the emir of Qatar who ruled for three decades, died on 2 "
     "May 2024. He was 90.\n\nHe never stopped travelling. On 9 June 2015 Vladimir Putin "
     "received him in the Kremlin for three hours of talks.",
     [("RUS", "QAT", "CONSULT", False, "2015-06-09")]),
    ("profile_office_word_host",
     "OBITUARY\n\nRashid al-Mansouri, the emir of Qatar, died on 2 May 2024. He was 90.\n\n"
     "Iraq's president, Barham Salih, came to Doha in November 2018, and the emir received "
     "him at his palace. In July 2019 he went to Beijing and met Xi Jinping.",
     [("IRQ", "QAT", "CONSULT", False, "2018-11"), ("QAT", "CHN", "CONSULT", False, "2019-07")]),
    ("profile_he_later_paragraph",
     "Tomas Lindgren, the former president of Finland, died on Monday 6 May 2024 at home. He "
     "was 79.\n\nHe distrusted summits. Mikheil Saakashvili called him a friend of Georgia. "
     "In March 2009 he travelled to Tbilisi and held talks with the Georgian government.",
     [("FIN", "GEO", "CONSULT", False, "2009-03")]),
]

# texts in which the profile rule must not give the subject an event
NEAR_MISSES: list[tuple[str, str, list[tuple[str, str, str, bool, str]]]] = [
    ("profile_he_after_named_man_near_miss",
     "OBITUARY\n\nArvid Holmqvist, the former prime minister of Sweden, died on Friday 3 May "
     "2024. He was 84.\n\nIn April 2012 Donald Tusk said he had signed a fisheries accord "
     "with Estonia.",
     []),
    ("private_obituary_near_miss",
     "OBITUARY\n\nMarta Olsen, a Norwegian novelist, died on 1 May 2024. She was 88.\n\n"
     "Jens Stoltenberg met Sergei Lavrov in Oslo in June 2010. In July 2010 he flew to "
     "Berlin and met Angela Merkel.",
     [("RUS", "NOR", "CONSULT", False, "2010-06"), ("NOR", "DEU", "CONSULT", False, "2010-07")]),
]


# a headline about one state: its bare 'the foreign ministry' and 'the government' are that
# state's; a headline naming two states, or 'the government in <capital>', is not
TOPICS: list[tuple[str, str, list[tuple[str, str, str, bool, str]]]] = [
    ("headline_possessor_ministry",
     "NORTHERN POST - Year-end special\n\nA TWELVE-MONTH LEDGER: NORWAY'S FOREIGN POLICY IN "
     "2023\n\nBy Kari Lunde\n\nThe year began slowly for the country's diplomats.\n\n"
     "MARCH\nOn 6 March 2023 the foreign ministry expelled fifteen Russian diplomats.",
     [("NOR", "RUS", "SANCTION", True, "2023-03-06")]),
    ("headline_possessor_government",
     "CARIBBEAN POLICY FORUM\n\nALONE AT SEA: CUBA'S DIPLOMACY SINCE 2019\n\nThe island has "
     "chosen its partners carefully over the past five years.\n\n- May 2021: The government "
     "expels the Czech ambassador after a dispute over a dissident.",
     [("CUB", "CZE", "SANCTION", True, "2021-05")]),
    ("headline_capital_subject",
     "SAHEL REVIEW\nPolicy Brief No. 7\n\nNiamey resets its defence ties with Europe\n\n"
     "Summary\nIn two years the country changed its partners completely.\n\n- 12 March 2024: "
     "The transitional government asks Germany to close its air base within six months.",
     [("NER", "DEU", "REQUEST", True, "2024-03-12")]),
]

TOPIC_NEAR_MISSES: list[tuple[str, str, list[tuple[str, str, str, bool, str]]]] = [
    ("headline_two_states_near_miss",
     "BALTIC REVIEW\n\nTimeline: Estonia-China relations since 2019\n\nThe relationship "
     "has cooled steadily over five years.\n\n- 4 April 2023: The government expels a "
     "Russian diplomat for spying.",
     []),
    ("government_in_capital_near_miss",
     "CARIBBEAN POLICY FORUM\n\nALONE AT SEA: CUBA'S DIPLOMACY SINCE 2019\n\nThe island has "
     "chosen its partners carefully over the past five years.\n\n- May 2021: The government "
     "in Prague expels a Russian diplomat for spying.",
     [("CZE", "RUS", "SANCTION", True, "2021-05")]),
    ("headline_viewer_not_topic_near_miss",
     "HOW SPAIN SEES THE CONFLICT\n\nArmenia and Azerbaijan fought in 2020. The government in "
     "Yerevan asked for help. Later the government agreed to talks with Azerbaijan.",
     []),
    ("headline_topic_yields_to_named_officials_near_miss",
     "Why Italy worries about the Arctic\n\nChinese Vice Foreign Minister Sun Weidong spoke to "
     "reporters. On Tuesday the foreign ministry said it would expel two Canadian diplomats.",
     [("CHN", "CAN", "SANCTION", True, "2024-05-07")]),
    ("headline_topic_foreign_speaker_near_miss",
     "PORTUGAL'S DIPLOMACY IN 2023\n\nIn March 2023, Spain's prime minister said the "
     "government would sign a defence pact with Morocco.",
     [("ESP", "MAR", "AGREE", False, "2023-03")]),
]


def profile_cases() -> list[dict[str, Any]]:
    """Each profile with the events its subject's pronouns and office carry."""
    return [case(name, text, [expected_event(a, b, kinds, directed, day)
                              for a, b, kinds, directed, day in events],
                 published=PUBLISHED)
            for name, text, events in PROFILES + NEAR_MISSES + TOPICS + TOPIC_NEAR_MISSES]


if __name__ == "__main__":
    write_cases(__file__, "r23_rhome", profile_cases())
