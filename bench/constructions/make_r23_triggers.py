"""Write bench/constructions/r23_triggers.jsonl: acts said without the act's own verb.

News and official texts often report blame, threats, sanctions and concessions through a
predicate that is not the performative verb: a party 'bears responsibility for' a harm, a
state 'objects to' another's act, a leader says the other side 'will pay a heavy price',
trade measures are told as tariffs and duties, talks are 'terminated' in the passive, a
complaint is 'requested consultations at the WTO', a freeze is 'lifted', an ally is
'designated'. Near misses keep the words and remove the act: a duty ('a responsibility
to protect'), a forecast ('would mean higher prices'), a question.

Deterministic and stdlib only: run `python bench/constructions/make_r23_triggers.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from casekit import case, expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# (text, source, target, accepted types, construction)
POSITIVE: list[tuple[str, str, str, str, str]] = [
    ("On Tuesday Latvia's foreign ministry said the Belarusian authorities bear full "
     "responsibility for the health of the detained Latvian reporter.",
     "LVA", "BLR", "ACCUSE", "7a bear responsibility for"),
    ("On Tuesday the Polish foreign ministry said Hungary shared responsibility for the "
     "escape of the convicted former minister.", "POL", "HUN", "ACCUSE",
     "7a share responsibility for"),
    ("On Tuesday the Lithuanian president said Russia carries responsibility for the "
     "sabotage of the undersea cable.", "LTU", "RUS", "ACCUSE", "7a carry responsibility for"),
    ("On Tuesday Israel's prime minister said the president of Brazil had crossed a red line.",
     "ISR", "BRA", "ACCUSE", "7a crossed a red line"),
    ("On Tuesday Malaysia objected to Singapore's new approach procedures at Seletar.",
     "MYS", "SGP", "PROTEST REJECT ACCUSE", "7c objects to a party's act"),
    ("On Tuesday the Russian foreign minister said Latvia would pay a steep price for "
     "the summit.", "RUS", "LVA", "THREATEN", "7e will pay a heavy price"),
    ("On Tuesday the Indian prime minister said Pakistan would be made to pay for the bombing.",
     "IND", "PAK", "THREATEN", "7e would be made to pay"),
    ("On Tuesday Trump threatened a 10 per cent tariff on every Brazilian import.",
     "USA", "BRA", "THREATEN", "45 threatened a tariff on imports"),
    ("On Tuesday Erdogan posted that Ankara is raising the tariff on Greece by 15 per cent.",
     "TUR", "GRC", "SANCTION", "45 raising the tariff on a state"),
    ("On Tuesday Orban posted that all energy talks with Ukraine are terminated.",
     "HUN", "UKR", "SANCTION REJECT", "6 negotiations are terminated (passive)"),
    ("On Tuesday Beijing put its trade talks with Canberra on hold.",
     "CHN", "AUS", "SANCTION REJECT", "6 put talks on hold"),
    ("On Tuesday Japan requested consultations at the WTO over China's "
     "ban on seafood imports.", "JPN", "CHN", "ACCUSE PROTEST",
     "15 requested WTO consultations"),
    ("On Tuesday Indonesia challenged the EU's biofuel rules at the WTO.",
     "IDN", "EU", "ACCUSE PROTEST", "15 challenged at the WTO"),
    ("On Tuesday Sweden lifted its freeze on new licences for military equipment sales to "
     "Turkey.", "SWE", "TUR", "CONCEDE", "80 lifted a freeze"),
    ("On Tuesday China let travel agencies resume group tours to South Korea.",
     "CHN", "KOR", "CONCEDE", "80 let X resume"),
    ("On Tuesday Biden said he would designate Kenya a major non-NATO ally.",
     "USA", "KEN", "SUPPORT", "25 designate a state an ally"),
    ("On Tuesday Estonia told the Russian ambassador to leave within 72 hours.",
     "EST", "RUS", "SANCTION", "20 told the ambassador to leave"),
    ("On Tuesday Armenia withdrew its envoy from Minsk for consultations.",
     "ARM", "BLR", "SANCTION", "20 withdrew head of mission for consultations"),
    ("On Tuesday Bulgaria ordered 70 Russian diplomats to leave the country.",
     "BGR", "RUS", "SANCTION", "20 ordered diplomats to leave"),
    ("On Tuesday Ecuador's foreign ministry said the Mexican diplomats in Quito "
     "have 96 hours to leave the country.", "ECU", "MEX", "SANCTION",
     "20 reported deadline: envoys have N hours to leave"),
    ("On Tuesday the Latvian prime minister told reporters that the Belarusian embassy staff "
     "must leave by Friday.", "LVA", "BLR", "SANCTION", "20 reported deadline: staff must leave"),
    ("Moscow's response arrived on Tuesday: four Moldovan diplomats were expelled and the "
     "consulate was closed.", "RUS", "MDA", "SANCTION", "42 X's response and a conjoined passive"),
    ("Warsaw's reply followed on Tuesday: six Belarusian diplomats were expelled.",
     "POL", "BLR", "SANCTION", "42 X's answer: agentless passive"),
]

NEGATIVE: list[tuple[str, str]] = [
    ("On Tuesday the Latvian president said states have a responsibility to protect "
     "reporters.", "a duty, not blame"),
    ("On Tuesday Latvia said it bears full responsibility for the safety of its own "
     "citizens abroad.", "the speaker's own responsibility"),
    ("On Tuesday an economist said the Canadian tariffs would mean higher prices for Mexico.",
     "a forecast"),
    ("On Tuesday a reporter asked whether Russia bore responsibility for the blast.",
     "a journalist's question"),
    ("On Tuesday the Kenyan coach objected to the referee's decision.", "no party's act"),
    ("On Tuesday Canada lifted the freeze on hiring in its foreign ministry.",
     "a domestic freeze"),
    ("On Tuesday the council designated Vienna a world heritage site.", "a place designated"),
    ("On Tuesday the Indian minister said his contract with the Chinese firm was terminated "
     "by the court.", "a passive with its own agent, no state acts"),
    ("Officials said on Tuesday that the Estonian consulate's response was delayed.",
     "an answer noun with no measure"),
    ("On Tuesday Germany said it would pay 2 billion euros to Ukraine.", "a sum paid is no threat"),
    ("On Tuesday the Chilean minister said tourists in Peru have 72 hours to leave the "
     "flooded valley.", "a deadline for no envoys"),
    ("On Tuesday Ecuador's foreign ministry said the Mexican diplomats did not have to leave.",
     "negated deadline"),
    ("On Tuesday the Lithuanian foreign ministry said Latvia bears responsibility for the "
     "welfare of its own students abroad.", "a duty for a good, not blame"),
    ("On Tuesday Japan said Korea shares responsibility for maritime stability.",
     "a shared duty, not blame"),
    ("On Tuesday Spain said Portugal bears no blame for the outage.", "blame denied by 'no'"),
    ("On Tuesday Finland said households in Estonia would pay a higher price for gas.",
     "a market price, paid by people in a place"),
    ("On Tuesday Italy said Austria would be made to pay more under the new transit rules.",
     "an amount owed under rules, no threat"),
    ("On Tuesday officials in London said the Iranian embassy staff should leave by Monday "
     "for their own safety.", "advice to leave for safety"),
    ("On Tuesday Colombia's foreign ministry said the Ecuadorian diplomats must leave by "
     "June 4 if the talks collapse.", "a conditional deadline"),
    ("On Tuesday Mexico said it had committed no funds to Honduras.", "aid negated by 'no'"),
    ("On Tuesday Venezuela said Venezuelan gold reserves in Britain had been frozen for years.",
     "the victim's complaint of a standing freeze"),
    ("On Tuesday Bolivia's foreign minister said its diplomats in Asuncion have four days to "
     "leave Paraguay.", "the expelled side's own envoys"),
]


def cases() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for text, src, tgt, types, how in POSITIVE:
        rows.append(case(f"r23t: {how}", text, [expected_event(src, tgt, types, True, DAY)],
                         published=PUBLISHED))
    for text, how in NEGATIVE:
        rows.append(case(f"r23t near miss: {how}", text, [], published=PUBLISHED))
    return rows


if __name__ == "__main__":
    write_cases(__file__, "r23_triggers", cases())
