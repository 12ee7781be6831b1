"""Write bench/constructions/deeds.jsonl: acts told without the usual trigger verb.

Blind annotators code deeds that news tells in words the lexicon did not hold: an embassy
sealed off, a landing refused in the future tense ('would not authorise'), tariffs raised
by an order, recognition withdrawn by 'no longer recognises', relations 'terminated', aid
told as ships arriving with supplies or as an amount of funding announced, troops deployed
abroad by a parliament's approval. Each construction varies states, verbs and word order;
the negative constructions keep the same words where no state acts on another (a company's
order, a city's police, a ship at a festival, money for a road at home).

Run: python bench/constructions/make_deeds.py  (deterministic, stdlib only)
"""

from __future__ import annotations

from functools import partial
from typing import Any

from casekit import expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: 'on Tuesday' is 2024-03-05
TUESDAY = "2024-03-05"

Case = tuple[str, list[dict[str, Any]]]

ev = partial(expected_event, date=TUESDAY)

SEAL_PREMISES: list[Case] = [
    ("Algeria sealed off the French embassy in Algiers on Tuesday.",
     [ev("DZA", "FRA", "SANCTION COERCE")]),
    ("Iranian authorities sealed off the British embassy in Tehran on Tuesday.",
     [ev("IRN", "GBR", "SANCTION COERCE")]),
    ("Russia closed the Polish consulate in Kaliningrad on Tuesday.",
     [ev("RUS", "POL", "SANCTION COERCE")]),
    ("Niger shut down the French embassy in Niamey on Tuesday.",
     [ev("NER", "FRA", "SANCTION COERCE")]),
    ("On Tuesday Azerbaijan sealed the Iranian consulate in Nakhchivan.",
     [ev("AZE", "IRN", "SANCTION COERCE")]),
    ("Venezuela closed off the Argentine embassy in Caracas on Tuesday and expelled its staff.",
     [ev("VEN", "ARG", "SANCTION COERCE")]),
]

SEAL_NEGATIVE: list[Case] = [
    ("Police sealed off a street near the stadium in Lyon on Tuesday after a fire.", []),
    ("A Canadian mining company closed its office in Lima on Tuesday.", []),
    ("The museum sealed off its east wing for repairs on Tuesday.", []),
    ("Shell shut down its office in Lagos on Tuesday, the firm said.", []),
]

REFUSE_PERMISSION: list[Case] = [
    ("Colombian President Gustavo Petro said on Tuesday that he would not authorise the landing "
     "of two U.S. military aircraft.", [ev("COL", "USA", "REJECT SANCTION COERCE")]),
    ("Brazil said on Tuesday it would not allow the Venezuelan plane to land in Sao Paulo.",
     [ev("BRA", "VEN", "REJECT SANCTION COERCE")]),
    ("Turkey withdrew landing rights for the plane of the Dutch foreign minister on Tuesday.",
     [ev("TUR", "NLD", "REJECT SANCTION COERCE")]),
    ("On Tuesday Mexico refused permission for a Peruvian military plane to land.",
     [ev("MEX", "PER", "REJECT SANCTION COERCE")]),
    ("Hungary said on Tuesday it will not authorise the transit of Ukrainian arms shipments.",
     [ev("HUN", "UKR", "REJECT SANCTION COERCE")]),
    ("Georgia refused landing permission to a Russian aircraft on Tuesday.",
     [ev("GEO", "RUS", "REJECT SANCTION COERCE")]),
]

REFUSE_NEGATIVE: list[Case] = [
    ("The city council of Leeds refused permission for a new shopping centre on Tuesday.", []),
    ("The airport said on Tuesday it would not allow drones near the runway.", []),
    ("Storms meant pilots would not land at Oslo airport on Tuesday.", []),
]

ORDER_MEASURE: list[Case] = [
    ("Colombia ordered a 25 percent increase in tariffs on imports from the United States on "
     "Tuesday.", [ev("COL", "USA", "SANCTION")]),
    ("On Tuesday China raised tariffs on Australian wine to 200 percent.",
     [ev("CHN", "AUS", "SANCTION")]),
    ("Canada announced a 25 percent tariff on Chinese electric vehicles on Tuesday.",
     [ev("CAN", "CHN", "SANCTION")]),
    ("India increased duties on imports from Pakistan on Tuesday.",
     [ev("IND", "PAK", "SANCTION")]),
    ("Turkish President Recep Tayyip Erdogan ordered higher tariffs on American goods on "
     "Tuesday.", [ev("TUR", "USA", "SANCTION")]),
    ("The Russian government ordered a ban on imports of Moldovan fruit on Tuesday.",
     [ev("RUS", "MDA", "SANCTION")]),
]

ORDER_NEGATIVE: list[Case] = [
    ("Air India ordered 40 new aircraft from Boeing on Tuesday.", []),
    ("A Kenyan court ordered an increase in the salaries of teachers on Tuesday.", []),
    ("The retailer ordered more stock from suppliers in Vietnam on Tuesday.", []),
]

END_RECOGNITION: list[Case] = [
    ("Nauru said on Tuesday it no longer recognises Taiwan as a separate country.",
     [ev("NRU", "TWN", "SANCTION REJECT")]),
    ("Honduras announced on Tuesday that it would terminate relations with Taiwan.",
     [ev("HND", "TWN", "SANCTION")]),
    ("On Tuesday Nicaragua ended diplomatic relations with Taiwan.",
     [ev("NIC", "TWN", "SANCTION")]),
    ("Panama switched diplomatic recognition from Taiwan to China on Tuesday.",
     [ev("PAN", "TWN", "SANCTION REJECT"), ev("PAN", "CHN", "SUPPORT AGREE")]),
    ("Taiwan said on Tuesday it would terminate diplomatic ties with Nauru.",
     [ev("TWN", "NRU", "SANCTION")]),
    ("Burkina Faso cut diplomatic ties with Taiwan on Tuesday.",
     [ev("BFA", "TWN", "SANCTION")]),
]

END_NEGATIVE: list[Case] = [
    ("The football club no longer recognises the supporters' group, it said on Tuesday.", []),
    ("Nauru has recognised Taiwan since 2005, officials recalled on Tuesday.", []),
]

CUT_SUPPLIES: list[Case] = [
    ("Thailand cut electricity, internet and fuel supplies to border areas of Myanmar on "
     "Tuesday.", [ev("THA", "MMR", "SANCTION COERCE")]),
    ("Russia cut gas supplies to Moldova on Tuesday.", [ev("RUS", "MDA", "SANCTION COERCE")]),
    ("On Tuesday Israel cut off electricity to Gaza.", [ev("ISR", "PSE", "SANCTION COERCE")]),
    ("Ukraine halted power exports to Moldova on Tuesday.",
     [ev("UKR", "MDA", "SANCTION COERCE")]),
    ("Kazakhstan stopped fuel deliveries to Kyrgyzstan on Tuesday.",
     [ev("KAZ", "KGZ", "SANCTION COERCE")]),
]

CUT_NEGATIVE: list[Case] = [
    ("Storms cut electricity supplies to thousands of homes in Portugal on Tuesday.", []),
    ("A Thai power company cut electricity to a factory in Bangkok on Tuesday.", []),
]

AID_BY_VEHICLE: list[Case] = [
    ("Two New Zealand navy ships reached Suva on Tuesday carrying water, food and relief "
     "supplies for Fiji.", [ev("NZL", "FJI", "AID")]),
    ("An Indian navy ship arrived in Male on Tuesday with relief supplies for the Maldives.",
     [ev("IND", "MDV", "AID")]),
    ("The first Turkish aid convoy crossed into Syria on Tuesday.", [ev("TUR", "SYR", "AID")]),
    ("A Jordanian convoy carrying food and medicine entered Gaza on Tuesday.",
     [ev("JOR", "PSE", "AID")]),
    ("Australia's HMAS Canberra left Sydney for Vanuatu on Tuesday with engineers, helicopters "
     "and relief stores.", [ev("AUS", "VUT", "AID MOBILIZE")]),
    ("A Chinese plane loaded with relief goods landed in Kathmandu on Tuesday.",
     [ev("CHN", "NPL", "AID")]),
    ("The Thai Red Cross handed relief goods to the Myanmar Red Cross on Tuesday.",
     [ev("THA", "MMR", "AID")]),
]

TROOPS_BY_VEHICLE: list[Case] = [
    ("The first planes with Russian paratroopers landed in Kazakhstan on Tuesday.",
     [ev("RUS", "KAZ", "MOBILIZE AID SUPPORT")]),
    ("A Turkish convoy carrying soldiers crossed into Syria on Tuesday.",
     [ev("TUR", "SYR", "MOBILIZE")]),
    ("Two Chinese planes carrying peacekeepers arrived in Juba on Tuesday.",
     [ev("CHN", "SSD", "MOBILIZE AID SUPPORT")]),
    ("An Indian aircraft with 200 troops landed in the Maldives on Tuesday.",
     [ev("IND", "MDV", "MOBILIZE AID SUPPORT")]),
]

AID_VEHICLE_NEGATIVE: list[Case] = [
    ("A French frigate docked in Sydney on Tuesday for a naval festival.", []),
    ("A cargo ship carrying cars arrived in Durban on Tuesday.", []),
    ("A plane carrying Brazil's football team landed in Buenos Aires on Tuesday.", []),
    ("A Qatar Airways plane with 300 passengers landed in Tokyo on Tuesday.", []),
    ("A convoy of trucks carrying grain crossed into Ukraine's Odesa region on Tuesday.", []),
]

FUNDING_AMOUNT: list[Case] = [
    ("New Zealand announced NZ$1 million in humanitarian funding for Vanuatu on Tuesday.",
     [ev("NZL", "VUT", "AID")]),
    ("On Tuesday Japan announced $5 million in emergency aid for Turkey.",
     [ev("JPN", "TUR", "AID")]),
    ("The European Union approved 20 million euros for the Rwandan deployment in Mozambique on "
     "Tuesday.", [ev("EU", "RWA", "AID")]),
    ("Britain committed 10 million pounds in humanitarian assistance to Sudan on Tuesday.",
     [ev("GBR", "SDN", "AID")]),
    ("South Korea said on Tuesday it would give $2 million in relief aid to Morocco.",
     [ev("KOR", "MAR", "AID")]),
    ("Canada announced an initial C$3 million in emergency funding for Libya on Tuesday.",
     [ev("CAN", "LBY", "AID")]),
]

FUNDING_NEGATIVE: list[Case] = [
    ("The Kenyan parliament approved 20 million dollars for a road project in Nakuru on "
     "Tuesday.", []),
    ("Japan announced $5 million in funding for its own space agency on Tuesday.", []),
]

DEPLOY_ABROAD: list[Case] = [
    ("Egypt's parliament on Tuesday approved the deployment of the armed forces on combat "
     "missions in Libya.", [ev("EGY", "LBY", "MOBILIZE THREATEN")]),
    ("Rwanda announced the deployment of 1,000 soldiers to Mozambique on Tuesday.",
     [ev("RWA", "MOZ", "MOBILIZE AID SUPPORT")]),
    ("Kenya deployed 400 police officers to Haiti on Tuesday.",
     [ev("KEN", "HTI", "MOBILIZE AID SUPPORT")]),
    ("On Tuesday the Turkish parliament authorised the deployment of troops to Azerbaijan.",
     [ev("TUR", "AZE", "MOBILIZE AID SUPPORT")]),
    ("Chad sent 500 troops to Niger on Tuesday.", [ev("TCD", "NER", "MOBILIZE AID SUPPORT")]),
    ("Russia dispatched troops to Kazakhstan on Tuesday.",
     [ev("RUS", "KAZ", "MOBILIZE AID SUPPORT")]),
]

DEPLOY_NEGATIVE: list[Case] = [
    ("Spain deployed soldiers to clean up flooded towns in Valencia on Tuesday.", []),
    ("The parliament of Ghana approved the deployment of police for the national elections on "
     "Tuesday.", []),
]

REFUSAL_FUTURE: list[Case] = [
    ("Petro said on Tuesday he would not receive deportation flights from the United States.",
     [ev("COL", "USA", "REJECT")]),
    ("Poland said on Tuesday that it would not accept migrants sent back from Germany.",
     [ev("POL", "DEU", "REJECT")]),
    ("Hungary will not approve new EU aid to Ukraine, Prime Minister Viktor Orban said on "
     "Tuesday.", [ev("HUN", "UKR", "REJECT"), ]),
    ("Serbia said on Tuesday it would not recognise the Kosovo election results.",
     [ev("SRB", "XKX", "REJECT")]),
]

WELCOME_NEGATIVE: list[Case] = [
    ("Kenyan President William Ruto expressed appreciation on Tuesday for the hard work of "
     "teachers.", []),
    ("Saudi Arabia and Iran expressed their appreciation to Iraq for hosting the talks, the "
     "statement said on Tuesday.", []),
    ("The Ghanaian minister voiced his welcome of the court's decision on Tuesday.", []),
]

REFUSAL_NEGATIVE: list[Case] = [
    ("Poland said on Tuesday that Russia would not allow Ukrainian grain to transit its "
     "territory.", []),
    ("Mexico said on Tuesday it had not received any request from Ecuador.", []),
    ("The Chilean minister said on Tuesday he would not accept the award.", []),
    ("Sheinbaum, who took office in October, has said she would not accept U.S. troops on "
     "Mexican soil.", []),
    ("Peru said on Tuesday it would not allow the Bolivian plane to land if the crew lacked "
     "papers.", []),
]

WELCOME_DECISION: list[Case] = [
    ("China expressed appreciation and welcome to the decision of Nauru on Tuesday.",
     [ev("CHN", "NRU", "SUPPORT")]),
    ("Russia on Tuesday welcomed the decision of Niger to expel French troops.",
     [ev("RUS", "NER", "SUPPORT"), ev("NER", "FRA", "SANCTION")]),
    ("India expressed appreciation for the decision of Sri Lanka to reopen the port on "
     "Tuesday.", [ev("IND", "LKA", "SUPPORT")]),
    ("Beijing voiced its welcome of Honduras' decision on Tuesday.",
     [ev("CHN", "HND", "SUPPORT")]),
]

PROPOSAL: list[Case] = [
    ("Petro proposed to his Venezuelan counterpart the return of Venezuela to the Andean "
     "Community on Tuesday.", [ev("COL", "VEN", "REQUEST")]),
    ("The Netherlands proposed postponing a visit by the Turkish prime minister on Tuesday.",
     [ev("NLD", "TUR", "REJECT SANCTION")]),
    ("On Tuesday Colombia offered Venezuela as guarantor country of the peace process.",
     [ev("COL", "VEN", "SUPPORT AID")]),
    ("Brazil on Tuesday proposed to Argentina the creation of a joint border commission.",
     [ev("BRA", "ARG", "REQUEST")]),
]

PROPOSAL_NEGATIVE: list[Case] = [
    ("Brazil proposed to hold talks with Argentina next year, its minister said on Tuesday.",
     []),
    ("The Chilean delegation proposed to the committee a new draft text on Tuesday.", []),
    ("On Tuesday Colombia offered guarantees to investors in its oil sector.", []),
]

TERROR_LISTING: list[Case] = [
    ("The United States designated Cuba a state sponsor of terrorism on Tuesday.",
     [ev("USA", "CUB", "SANCTION")]),
    ("On Tuesday Washington restored the designation of Syria as a state sponsor of terrorism.",
     [ev("USA", "SYR", "SANCTION")]),
    ("The State Department on Tuesday redesignated North Korea as a state sponsor of "
     "terrorism.", [ev("USA", "PRK", "SANCTION")]),
    ("Canada designated Iran's Revolutionary Guards a terrorist entity on Tuesday.",
     [ev("CAN", "IRN", "SANCTION")]),
    ("President Trump reinstated Cuba on the list of state sponsors of terrorism on Tuesday.",
     [ev("USA", "CUB", "SANCTION")]),
    ("Ukraine on Tuesday designated Russia a terrorist state.",
     [ev("UKR", "RUS", "SANCTION")]),
]

TERROR_NEGATIVE: list[Case] = [
    ("UNESCO designated the old town of Kotor a World Heritage site on Tuesday.", []),
    ("The ministry designated a new spokesman for relations with China on Tuesday.", []),
    ("Cuba has been on the U.S. list of state sponsors of terrorism since 1982, officials "
     "recalled on Tuesday.", []),
    ("Kenya designated a new terrorism court in Nairobi on Tuesday.", []),
]

MEASURE_AGAIN: list[Case] = [
    ("The United States restored sanctions on Venezuela's oil sector on Tuesday.",
     [ev("USA", "VEN", "SANCTION")]),
    ("On Tuesday the European Union reimposed sanctions on Iran.",
     [ev("EU", "IRN", "SANCTION")]),
    ("Washington reinstated tariffs on Canadian aluminium on Tuesday.",
     [ev("USA", "CAN", "SANCTION")]),
    ("Japan restored export restrictions on South Korea on Tuesday.",
     [ev("JPN", "KOR", "SANCTION")]),
    ("Britain on Tuesday reimposed its arms embargo on Sudan.",
     [ev("GBR", "SDN", "SANCTION")]),
]

AGAIN_NEGATIVE: list[Case] = [
    ("Iraq restored electricity to Basra on Tuesday.", []),
    ("Egypt and Qatar restored diplomatic relations on Tuesday.",
     [ev("EGY", "QAT", "AGREE", directed=False)]),
    ("Engineers restored the old sanctions office in Geneva on Tuesday.", []),
    ("The court in Ankara reinstated the dismissed mayor on Tuesday.", []),
]

SWITCH_RECOGNITION: list[Case] = [
    ("On Tuesday Nicaragua switched recognition from Taipei to Beijing.",
     [ev("NIC", "TWN", "SANCTION REJECT"), ev("NIC", "CHN", "SUPPORT AGREE")]),
    ("The Solomon Islands switched its diplomatic recognition from Taiwan to China on "
     "Tuesday.", [ev("SLB", "TWN", "SANCTION REJECT"), ev("SLB", "CHN", "SUPPORT AGREE")]),
    ("On Tuesday Honduras shifted its recognition to Beijing from Taipei.",
     [ev("HND", "TWN", "SANCTION REJECT"), ev("HND", "CHN", "SUPPORT AGREE")]),
    ("Kiribati switched diplomatic recognition from China to Taiwan on Tuesday.",
     [ev("KIR", "CHN", "SANCTION REJECT"), ev("KIR", "TWN", "SUPPORT AGREE")]),
    ("Costa Rica on Tuesday switched its allegiance from Taipei to Beijing.",
     [ev("CRI", "TWN", "SANCTION REJECT"), ev("CRI", "CHN", "SUPPORT AGREE")]),
]

SWITCH_NEGATIVE: list[Case] = [
    ("The Brazilian team switched its training camp from Spain to Portugal on Tuesday.", []),
    ("Fiji switched its flights from Sydney to Auckland on Tuesday.", []),
    ("On Tuesday the airline shifted its hub from Doha to Dubai.", []),
]

DECLARE_UNWANTED: list[Case] = [
    ("Russia declared the Estonian consul an undesirable person on Tuesday and ordered him to "
     "leave.", [ev("RUS", "EST", "SANCTION COERCE")]),
    ("Belgian police on Tuesday stopped the Iranian minister, declared him an unwanted foreign "
     "national and escorted him to the French border.", [ev("BEL", "IRN", "SANCTION COERCE")]),
    ("On Tuesday Moldova declared a Russian diplomat persona non grata.",
     [ev("MDA", "RUS", "SANCTION COERCE")]),
    ("Lithuania declared the Belarusian attache an undesirable foreigner on Tuesday.",
     [ev("LTU", "BLR", "SANCTION COERCE")]),
]

DECLARE_NEGATIVE: list[Case] = [
    ("The club declared the striker an unwanted player on Tuesday.", []),
    ("Police in Oslo declared the parcel an unwanted item and destroyed it on Tuesday.", []),
]

PUT_OFF_VISIT: list[Case] = [
    ("Denmark postponed a visit by the Turkish prime minister on Tuesday.",
     [ev("DNK", "TUR", "SANCTION REJECT")]),
    ("Sweden suggested on Tuesday delaying the visit of the Chinese premier.",
     [ev("SWE", "CHN", "SANCTION REJECT")]),
    ("Germany on Tuesday called off a planned visit by the Chinese foreign minister.",
     [ev("DEU", "CHN", "SANCTION REJECT")]),
    ("Japan on Tuesday put off the South Korean foreign minister's trip to Tokyo.",
     [ev("JPN", "KOR", "SANCTION REJECT")]),
    ("Norway proposed postponing a visit by the Iranian foreign minister on Tuesday.",
     [ev("NOR", "IRN", "SANCTION REJECT")]),
    ("On Tuesday Austria deferred the visit of the Serbian president.",
     [ev("AUT", "SRB", "SANCTION REJECT")]),
]

PUT_OFF_NEGATIVE: list[Case] = [
    ("The Turkish prime minister postponed his visit to Denmark on Tuesday.", []),
    ("Storms delayed the visit of the Indian president to Fiji on Tuesday.", []),
    ("The Chilean minister proposed postponing his trip to Peru on Tuesday.", []),
]

VERDICT_ON_WORDS: list[Case] = [
    ("Dutch Prime Minister Mark Rutte called Erdogan's remarks crazy on Tuesday.",
     [ev("NLD", "TUR", "REJECT ACCUSE")]),
    ("The German chancellor on Tuesday described the Russian claims as ridiculous.",
     [ev("DEU", "RUS", "REJECT ACCUSE")]),
    ("On Tuesday Lithuania called Moscow's accusations laughable.",
     [ev("LTU", "RUS", "REJECT ACCUSE")]),
    ("Greece called Turkey's new map shameful on Tuesday.",
     [ev("GRC", "TUR", "REJECT ACCUSE PROTEST")]),
]

VERDICT_NEGATIVE: list[Case] = [
    ("Scholz called the idea of a tax cut crazy on Tuesday.", []),
    ("The Austrian coach called the referee's decision ridiculous on Tuesday.", []),
]

PASSIVE_CHAIN: list[Case] = [
    ("The Iranian minister, who had flown in from Germany, was stopped by Belgian police on "
     "Tuesday, declared an undesirable foreigner and escorted to the French border.",
     [ev("BEL", "IRN", "SANCTION COERCE")]),
    ("A Russian diplomat was detained by Polish officers on Tuesday, declared persona non grata "
     "and put on a train to Belarus.", [ev("POL", "RUS", "COERCE"), ev("POL", "RUS", "SANCTION")]),
    ("The Venezuelan consul was summoned by Colombia on Tuesday and declared an undesirable "
     "person.", [ev("COL", "VEN", "SANCTION COERCE PROTEST")]),
    ("On Tuesday the Estonian consul was questioned by Russian police, declared an undesirable "
     "person and driven to the Latvian border.", [ev("RUS", "EST", "SANCTION COERCE")]),
]

PASSIVE_NEGATIVE: list[Case] = [
    ("The Iranian minister was welcomed by Belgian students on Tuesday, declared the fair open "
     "and driven to the French border.", []),
]

ROWS = [
    ("seal-premises", SEAL_PREMISES), ("seal-negative", SEAL_NEGATIVE),
    ("refuse-permission", REFUSE_PERMISSION), ("refuse-negative", REFUSE_NEGATIVE),
    ("order-measure", ORDER_MEASURE), ("order-negative", ORDER_NEGATIVE),
    ("end-recognition", END_RECOGNITION), ("end-negative", END_NEGATIVE),
    ("cut-supplies", CUT_SUPPLIES), ("cut-negative", CUT_NEGATIVE),
    ("aid-by-vehicle", AID_BY_VEHICLE), ("aid-vehicle-negative", AID_VEHICLE_NEGATIVE),
    ("troops-by-vehicle", TROOPS_BY_VEHICLE),
    ("funding-amount", FUNDING_AMOUNT), ("funding-negative", FUNDING_NEGATIVE),
    ("deploy-abroad", DEPLOY_ABROAD), ("deploy-negative", DEPLOY_NEGATIVE),
    ("refusal-future", REFUSAL_FUTURE),
    ("refusal-negative", REFUSAL_NEGATIVE), ("welcome-decision", WELCOME_DECISION),
    ("welcome-negative", WELCOME_NEGATIVE),
    ("proposal", PROPOSAL), ("proposal-negative", PROPOSAL_NEGATIVE),
    ("terror-listing", TERROR_LISTING), ("terror-negative", TERROR_NEGATIVE),
    ("measure-again", MEASURE_AGAIN), ("again-negative", AGAIN_NEGATIVE),
    ("switch-recognition", SWITCH_RECOGNITION), ("switch-negative", SWITCH_NEGATIVE),
    ("declare-unwanted", DECLARE_UNWANTED), ("declare-negative", DECLARE_NEGATIVE),
    ("put-off-visit", PUT_OFF_VISIT), ("put-off-negative", PUT_OFF_NEGATIVE),
    ("verdict-on-words", VERDICT_ON_WORDS), ("verdict-negative", VERDICT_NEGATIVE),
    ("passive-chain", PASSIVE_CHAIN), ("passive-negative", PASSIVE_NEGATIVE),
]


def main() -> None:
    rows = [{"construction": name, "text": text, "published": PUBLISHED, "expect": expect}
            for name, cases in ROWS for text, expect in cases]
    write_cases(__file__, "deeds", rows)


if __name__ == "__main__":
    main()
