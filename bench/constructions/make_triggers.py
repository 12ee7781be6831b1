"""Write bench/constructions/triggers.jsonl: every common way news words each PLOVER act.

The actors stay simple (country names, ministers in office in March 2024) so that a
miss points at the word carrying the act: a plain verb, a phrasal verb, a light verb
with an event noun, a headline verb, a diplomatic formula. Negative constructions
keep the same trigger words in contexts that hold no event (negation, condition,
question, a noun used as a label) so precision is measured alongside recall.

Run: python bench/constructions/make_triggers.py  (deterministic, stdlib only)
"""

from __future__ import annotations

from functools import partial
from typing import Any

from casekit import expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: 'on Tuesday' is 2024-03-05
TUESDAY = "2024-03-05"

Case = tuple[str, list[dict[str, Any]]]


ev = partial(expected_event, date=TUESDAY)  # a directed event on the bench day
und = partial(expected_event, directed=False, date=TUESDAY)  # an undirected one


CONSULT_NOUN: list[Case] = [
    ("Indian External Affairs Minister S. Jaishankar held talks with his Japanese counterpart "
     "Yoko Kamikawa in Tokyo on Tuesday.", [und("IND", "JPN", "CONSULT")]),
    ("Kenyan President William Ruto paid a visit to Ethiopia on Tuesday.",
     [und("KEN", "ETH", "CONSULT")]),
    ("Brazilian Foreign Minister Mauro Vieira held a phone call with Argentine Foreign Minister "
     "Diana Mondino on Tuesday.", [und("BRA", "ARG", "CONSULT")]),
    ("Turkish Foreign Minister Hakan Fidan had a telephone conversation with Iranian Foreign "
     "Minister Hossein Amir-Abdollahian on Tuesday.", [und("TUR", "IRN", "CONSULT")]),
    ("Australia held consultations with Indonesia on maritime security on Tuesday.",
     [und("AUS", "IDN", "CONSULT")]),
    ("Egyptian President Abdel Fattah al-Sisi held a meeting with Jordan's King Abdullah II "
     "in Cairo on Tuesday.", [und("EGY", "JOR", "CONSULT")]),
    ("Polish Foreign Minister Radoslaw Sikorski had a meeting with Ukrainian Foreign Minister "
     "Dmytro Kuleba in Kyiv on Tuesday.", [und("POL", "UKR", "CONSULT")]),
    ("Vietnam and the Philippines held a round of talks on the South China Sea in Hanoi on "
     "Tuesday.", [und("VNM", "PHL", "CONSULT")]),
    ("South Korean Foreign Minister Cho Tae-yul made an official visit to Canada on Tuesday.",
     [und("KOR", "CAN", "CONSULT")]),
    ("Saudi Foreign Minister Prince Faisal bin Farhan held a video call with his Qatari "
     "counterpart on Tuesday.", [und("SAU", "QAT", "CONSULT")]),
]

CONSULT_VERB: list[Case] = [
    ("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in "
     "Tokyo on Tuesday.", [und("JPN", "PHL", "CONSULT")]),
    ("German Chancellor Olaf Scholz visited Nigeria on Tuesday.", [und("DEU", "NGA", "CONSULT")]),
    ("French President Emmanuel Macron phoned Indian Prime Minister Narendra Modi on Tuesday.",
     [und("FRA", "IND", "CONSULT")]),
    ("Canadian Prime Minister Justin Trudeau spoke by phone with Mexican President Andres "
     "Manuel Lopez Obrador on Tuesday.", [und("CAN", "MEX", "CONSULT")]),
    ("South African President Cyril Ramaphosa hosted Kenyan President William Ruto in Pretoria "
     "on Tuesday.", [und("ZAF", "KEN", "CONSULT")]),
    ("Hungarian Foreign Minister Peter Szijjarto travelled to Belarus on Tuesday for talks.",
     [und("HUN", "BLR", "CONSULT")]),
    ("Israeli Defence Minister Yoav Gallant conferred with US Defense Secretary Lloyd Austin "
     "in Washington on Tuesday.", [und("ISR", "USA", "CONSULT")]),
    ("Indonesian Foreign Minister Retno Marsudi received the Australian ambassador in Jakarta "
     "on Tuesday.", [und("IDN", "AUS", "CONSULT")]),
    ("Chinese Foreign Minister Wang Yi sat down with Russian Foreign Minister Sergei Lavrov "
     "in Beijing on Tuesday.", [und("CHN", "RUS", "CONSULT")]),
    ("Pakistan negotiated with Afghanistan over the Torkham crossing on Tuesday.",
     [und("PAK", "AFG", "CONSULT")]),
]

CONSULT_MESSAGE: list[Case] = [
    ("Chinese President Xi Jinping sent a congratulatory message to Russian President "
     "Vladimir Putin on Tuesday.", [und("CHN", "RUS", "CONSULT SUPPORT")]),
    ("Japan conveyed its condolences to Chile over the deadly wildfires on Tuesday.",
     [und("JPN", "CHL", "CONSULT SUPPORT")]),
    ("Indian Prime Minister Narendra Modi wrote to Sri Lankan President Ranil Wickremesinghe "
     "on Tuesday.", [und("IND", "LKA", "CONSULT")]),
    ("Egypt's President Abdel Fattah al-Sisi sent a letter to Sudan's army chief Abdel Fattah "
     "al-Burhan on Tuesday.", [und("EGY", "SDN", "CONSULT")]),
    ("Turkish President Recep Tayyip Erdogan congratulated Azerbaijani President Ilham Aliyev "
     "on Tuesday.", [und("TUR", "AZE", "CONSULT SUPPORT")]),
    ("Brazilian President Luiz Inacio Lula da Silva telephoned Colombian President Gustavo "
     "Petro on Tuesday.", [und("BRA", "COL", "CONSULT")]),
    ("French President Emmanuel Macron offered his condolences to Chile on Tuesday.",
     [und("FRA", "CHL", "CONSULT SUPPORT")]),
    ("Kenyan President William Ruto held a virtual meeting with Tanzanian President Samia "
     "Suluhu Hassan on Tuesday.", [und("KEN", "TZA", "CONSULT")]),
    ("Vietnam extended an invitation to South Korea's president on Tuesday to visit Hanoi.",
     [und("VNM", "KOR", "CONSULT REQUEST AGREE")]),
]

SUPPORT: list[Case] = [
    ("Hungary reaffirmed its support for Serbia's bid to join the EU on Tuesday.",
     [ev("HUN", "SRB", "SUPPORT")]),
    ("Algeria expressed solidarity with Tunisia on Tuesday.", [ev("DZA", "TUN", "SUPPORT")]),
    ("The United States backed the Philippines on Tuesday in its maritime dispute.",
     [ev("USA", "PHL", "SUPPORT")]),
    ("Ghana praised Nigeria on Tuesday for its role in the regional talks.",
     [ev("GHA", "NGA", "SUPPORT")]),
    ("Pakistan thanked China on Tuesday for its steadfast backing.",
     [ev("PAK", "CHN", "SUPPORT")]),
    ("Egypt endorsed Saudi Arabia's candidacy on Tuesday.", [ev("EGY", "SAU", "SUPPORT")]),
    ("Argentine President Javier Milei voiced support for Israel on Tuesday.",
     [ev("ARG", "ISR", "SUPPORT")]),
    ("India lauded the United Arab Emirates on Tuesday for its help during the floods.",
     [ev("IND", "ARE", "SUPPORT")]),
    ("Venezuela applauded Cuba on Tuesday for its stance.", [ev("VEN", "CUB", "SUPPORT")]),
    ("Poland stood by Lithuania on Tuesday in its row over the border.",
     [ev("POL", "LTU", "SUPPORT")]),
]

# a title carries no date of its own (the coder leaves it undated), so each headline is
# followed by the lede that dates it; the lede keeps the headline's verb in the past
HEADLINE: list[Case] = [
    ("China slams US over Taiwan arms sale\n\nChina on Tuesday slammed the United States over "
     "its latest arms sale to Taiwan.", [ev("CHN", "USA", "ACCUSE")]),
    ("Iran blasts Germany over human rights criticism\n\nIran on Tuesday blasted Germany over "
     "its criticism of the country's human rights record.", [ev("IRN", "DEU", "ACCUSE")]),
    ("India raps Pakistan over Kashmir remarks\n\nIndia on Tuesday rapped Pakistan over its "
     "remarks on Kashmir.", [ev("IND", "PAK", "ACCUSE PROTEST")]),
    ("Brazil hails ties with Angola\n\nBrazil on Tuesday hailed its ties with Angola.",
     [ev("BRA", "AGO", "SUPPORT")]),
    ("Japan backs Philippines in sea dispute\n\nJapan on Tuesday backed the Philippines in its "
     "maritime dispute.", [ev("JPN", "PHL", "SUPPORT")]),
    ("Egypt, Qatar ink gas deal\n\nEgypt and Qatar on Tuesday inked a deal on gas supplies.",
     [und("EGY", "QAT", "AGREE")]),
    ("Russia warns Finland over NATO troops\n\nRussia on Tuesday warned Finland against hosting "
     "more foreign troops.", [ev("RUS", "FIN", "THREATEN")]),
    ("Turkey urges Sweden to curb militants\n\nTurkey on Tuesday urged Sweden to curb militant "
     "groups.", [ev("TUR", "SWE", "REQUEST")]),
    ("Kenya, Ethiopia sign trade pact\n\nKenya and Ethiopia on Tuesday signed a trade pact.",
     [und("KEN", "ETH", "AGREE")]),
    ("Ukraine thanks Denmark for jets\n\nUkraine on Tuesday thanked Denmark for its fighter "
     "jets.", [ev("UKR", "DNK", "SUPPORT")]),
    ("Serbia slaps Kosovo with goods ban\n\nSerbia on Tuesday slapped a ban on goods from "
     "Kosovo.", [ev("SRB", "XKX", "SANCTION")]),
]

ACCUSE: list[Case] = [
    ("China lashed out at Japan on Tuesday over its defence spending.",
     [ev("CHN", "JPN", "ACCUSE")]),
    ("Russia hit out at France on Tuesday over Macron's remarks.", [ev("RUS", "FRA", "ACCUSE")]),
    ("North Korea hit back at South Korea on Tuesday over the joint drills.",
     [ev("PRK", "KOR", "ACCUSE")]),
    ("Venezuela took aim at Guyana on Tuesday over the Essequibo dispute.",
     [ev("VEN", "GUY", "ACCUSE")]),
    ("Iran railed against Britain on Tuesday over its Middle East policy.",
     [ev("IRN", "GBR", "ACCUSE")]),
    ("Algeria criticised France on Tuesday over a visa decision.", [ev("DZA", "FRA", "ACCUSE")]),
    ("Pakistan pointed the finger at Afghanistan on Tuesday for the border attacks.",
     [ev("PAK", "AFG", "ACCUSE")]),
    ("Turkey rounded on Sweden on Tuesday over a Koran burning.", [ev("TUR", "SWE", "ACCUSE")]),
    ("Ethiopia accused Egypt on Tuesday of stoking tensions in the region.",
     [ev("ETH", "EGY", "ACCUSE")]),
    ("Azerbaijan blasted Armenia on Tuesday over border provocations.",
     [ev("AZE", "ARM", "ACCUSE")]),
    ("Serbia levelled accusations at Kosovo on Tuesday over the dinar ban.",
     [ev("SRB", "XKX", "ACCUSE")]),
]

PROTEST: list[Case] = [
    ("China lodged a protest with the Philippines on Tuesday over the collision.",
     [ev("CHN", "PHL", "PROTEST")]),
    ("Poland summoned the Russian ambassador on Tuesday after a missile entered its airspace.",
     [ev("POL", "RUS", "PROTEST")]),
    ("India lodged a strong protest with Nepal on Tuesday over the new map.",
     [ev("IND", "NPL", "PROTEST")]),
    ("Japan filed a complaint with South Korea on Tuesday over the island visit.",
     [ev("JPN", "KOR", "PROTEST")]),
    ("Vietnam delivered a diplomatic note of protest to China on Tuesday.",
     [ev("VNM", "CHN", "PROTEST")]),
    ("Greece registered a strong protest with Turkey on Tuesday over airspace violations.",
     [ev("GRC", "TUR", "PROTEST")]),
    ("Lithuania summoned Belarus's charge d'affaires on Tuesday over the balloons.",
     [ev("LTU", "BLR", "PROTEST")]),
    ("Guyana protested to Venezuela on Tuesday over the new referendum law.",
     [ev("GUY", "VEN", "PROTEST")]),
    ("Morocco conveyed its displeasure to Algeria on Tuesday.", [ev("MAR", "DZA", "PROTEST")]),
    ("Kenya called in the Ugandan high commissioner on Tuesday over the fuel dispute.",
     [ev("KEN", "UGA", "PROTEST")]),
]

REQUEST: list[Case] = [
    ("Qatar called on Egypt on Tuesday to open the Rafah crossing.", [ev("QAT", "EGY", "REQUEST")]),
    ("The European Union urged Georgia on Tuesday to withdraw the foreign agents law.",
     [ev("EU", "GEO", "REQUEST")]),
    ("Ukraine appealed to Germany on Tuesday to supply Taurus missiles.",
     [ev("UKR", "DEU", "REQUEST")]),
    ("Somalia made a formal request to Turkey on Tuesday for naval support.",
     [ev("SOM", "TUR", "REQUEST")]),
    ("Armenia asked Russia on Tuesday to withdraw its border guards from Yerevan airport.",
     [ev("ARM", "RUS", "REQUEST")]),
    ("Mexico demanded on Tuesday that Ecuador apologise for the raid.",
     [ev("MEX", "ECU", "REQUEST")]),
    ("Japan pressed China on Tuesday to lift its ban on seafood imports.",
     [ev("JPN", "CHN", "REQUEST")]),
    ("Bangladesh sought assistance from India on Tuesday to repatriate its citizens.",
     [ev("BGD", "IND", "REQUEST")]),
    ("Colombia issued an appeal to Venezuela on Tuesday to free the detained activists.",
     [ev("COL", "VEN", "REQUEST")]),
    ("Taiwan implored Paraguay on Tuesday to keep diplomatic ties.",
     [ev("TWN", "PRY", "REQUEST")]),
]

THREATEN: list[Case] = [
    ("North Korea warned Japan on Tuesday of serious consequences.",
     [ev("PRK", "JPN", "THREATEN")]),
    ("Russia issued a warning to Moldova on Tuesday over Transnistria.",
     [ev("RUS", "MDA", "THREATEN")]),
    ("China threatened to retaliate against the Netherlands on Tuesday over chip curbs.",
     [ev("CHN", "NLD", "THREATEN")]),
    ("Iran vowed to retaliate against Israel on Tuesday.", [ev("IRN", "ISR", "THREATEN")]),
    ("Turkey threatened Greece on Tuesday with military action.", [ev("TUR", "GRC", "THREATEN")]),
    ("Venezuela gave Guyana an ultimatum on Tuesday.", [ev("VEN", "GUY", "THREATEN")]),
    ("The United States cautioned Hungary on Tuesday against blocking aid.",
     [ev("USA", "HUN", "THREATEN")]),
    ("Azerbaijan threatened Armenia with a new offensive on Tuesday.",
     [ev("AZE", "ARM", "THREATEN")]),
    ("Ethiopia warned Somalia on Tuesday against interfering in its affairs.",
     [ev("ETH", "SOM", "THREATEN")]),
    ("Russia threatened to expel the Estonian ambassador on Tuesday.",
     [ev("RUS", "EST", "THREATEN")]),
]

SANCTION: list[Case] = [
    ("Britain imposed new sanctions on Iran on Tuesday.", [ev("GBR", "IRN", "SANCTION")]),
    ("Canada slapped tariffs on Chinese electric vehicles on Tuesday.",
     [ev("CAN", "CHN", "SANCTION")]),
    ("Japan froze the assets of North Korean entities on Tuesday.",
     [ev("JPN", "PRK", "SANCTION")]),
    ("Kyrgyzstan banned flights from Tajikistan on Tuesday.", [ev("KGZ", "TJK", "SANCTION")]),
    ("Pakistan closed its airspace to Indian aircraft on Tuesday.",
     [ev("PAK", "IND", "SANCTION")]),
    ("Nicaragua broke off diplomatic relations with Ecuador on Tuesday.",
     [ev("NIC", "ECU", "SANCTION")]),
    ("Argentina downgraded ties with Venezuela on Tuesday.", [ev("ARG", "VEN", "SANCTION")]),
    ("Sweden expelled an Iranian diplomat on Tuesday.", [ev("SWE", "IRN", "SANCTION")]),
    ("Niger suspended military cooperation with the United States on Tuesday.",
     [ev("NER", "USA", "SANCTION")]),
    ("Ghana recalled its ambassador from Togo on Tuesday.", [ev("GHA", "TGO", "SANCTION")]),
    ("China blacklisted five American defence firms on Tuesday.",
     [ev("CHN", "USA", "SANCTION")]),
]

COERCE: list[Case] = [
    ("Iran seized a Greek-flagged tanker in the Gulf of Oman on Tuesday.",
     [ev("IRN", "GRC", "COERCE")]),
    ("Russia detained two French nationals on Tuesday on spying charges.",
     [ev("RUS", "FRA", "COERCE")]),
    ("China's coast guard blocked a Philippine supply vessel on Tuesday.",
     [ev("CHN", "PHL", "COERCE")]),
    ("Pakistan deported hundreds of Afghan refugees on Tuesday.", [ev("PAK", "AFG", "COERCE")]),
    ("Venezuela arrested three Colombian soldiers on Tuesday near the border.",
     [ev("VEN", "COL", "COERCE")]),
    ("Belarus jailed a Lithuanian citizen on Tuesday for espionage.",
     [ev("BLR", "LTU", "COERCE")]),
    ("North Korea captured a South Korean fishing boat on Tuesday.",
     [ev("PRK", "KOR", "COERCE")]),
    ("India's navy boarded a Chinese research vessel on Tuesday.", [ev("IND", "CHN", "COERCE")]),
    ("Chinese vessels fired water cannon at a Philippine boat on Tuesday.",
     [ev("CHN", "PHL", "COERCE")]),
    ("Turkey confiscated a Syrian cargo ship on Tuesday.", [ev("TUR", "SYR", "COERCE")]),
]

ASSAULT: list[Case] = [
    ("Russia shelled the Ukrainian city of Kharkiv on Tuesday.", [ev("RUS", "UKR", "ASSAULT")]),
    ("Iran launched drones at Israel on Tuesday.", [ev("IRN", "ISR", "ASSAULT")]),
    ("Israel struck targets in Syria on Tuesday.", [ev("ISR", "SYR", "ASSAULT")]),
    ("Turkish jets bombed positions in northern Iraq on Tuesday.", [ev("TUR", "IRQ", "ASSAULT")]),
    ("Pakistan carried out air strikes inside Afghanistan on Tuesday.",
     [ev("PAK", "AFG", "ASSAULT")]),
    ("Romania shot down a Russian drone over its territory on Tuesday.",
     [ev("ROU", "RUS", "ASSAULT")]),
    ("Azerbaijani forces opened fire on Armenian positions on Tuesday.",
     [ev("AZE", "ARM", "ASSAULT")]),
    ("American warplanes pounded Syria on Tuesday.", [ev("USA", "SYR", "ASSAULT")]),
    ("Ukraine fired missiles at Russia's Belgorod region on Tuesday.",
     [ev("UKR", "RUS", "ASSAULT")]),
    ("Israel launched an air strike on Lebanon on Tuesday.", [ev("ISR", "LBN", "ASSAULT")]),
]

AID: list[Case] = [
    ("Japan sent humanitarian aid to Turkey on Tuesday.", [ev("JPN", "TUR", "AID")]),
    ("The European Union approved a loan to Egypt on Tuesday.", [ev("EU", "EGY", "AID")]),
    ("Saudi Arabia provided $500 million to Yemen on Tuesday.", [ev("SAU", "YEM", "AID")]),
    ("The United States delivered air defence systems to Ukraine on Tuesday.",
     [ev("USA", "UKR", "AID")]),
    ("China donated vaccines to Cambodia on Tuesday.", [ev("CHN", "KHM", "AID")]),
    ("India handed over a patrol vessel to Sri Lanka on Tuesday.", [ev("IND", "LKA", "AID")]),
    ("The IMF disbursed $700 million to Pakistan on Tuesday.", [ev("IMF", "PAK", "AID")]),
    ("Qatar airlifted food to Sudan on Tuesday.", [ev("QAT", "SDN", "AID")]),
    ("Germany gave 500 million euros in military aid to Ukraine on Tuesday.",
     [ev("DEU", "UKR", "AID")]),
    ("Norway granted $50 million to Somalia on Tuesday.", [ev("NOR", "SOM", "AID")]),
]

AGREE: list[Case] = [
    ("Egypt and the United Arab Emirates signed an investment deal on Tuesday.",
     [und("EGY", "ARE", "AGREE COOPERATE")]),
    ("Vietnam inked a deal with Australia on Tuesday to expand trade.",
     [und("VNM", "AUS", "AGREE COOPERATE")]),
    ("Armenia reached an agreement with Azerbaijan on Tuesday on border delimitation.",
     [und("ARM", "AZE", "AGREE")]),
    ("Japan and the Philippines concluded a defence pact on Tuesday.",
     [und("JPN", "PHL", "AGREE")]),
    ("India struck a trade deal with Oman on Tuesday.", [und("IND", "OMN", "AGREE COOPERATE")]),
    ("Somalia and Turkey sealed a maritime security accord on Tuesday.",
     [und("SOM", "TUR", "AGREE")]),
    ("Brazil agreed with Paraguay on Tuesday to revise the Itaipu treaty.",
     [und("BRA", "PRY", "AGREE")]),
    ("Greece and Turkey signed a declaration of friendship on Tuesday.",
     [und("GRC", "TUR", "AGREE")]),
    ("Rwanda ratified its asylum treaty with Britain on Tuesday.",
     [und("RWA", "GBR", "AGREE")]),
    ("Kazakhstan and Uzbekistan agreed on Tuesday to build a joint industrial zone.",
     [und("KAZ", "UZB", "AGREE")]),
]

COOPERATE: list[Case] = [
    ("Spain extradited a Moroccan suspect to Morocco on Tuesday.", [ev("ESP", "MAR", "COOPERATE")]),
    ("Russia and Ukraine swapped prisoners on Tuesday.", [und("RUS", "UKR", "COOPERATE RETREAT")]),
    ("Jordan shared intelligence with Iraq on Tuesday.", [ev("JOR", "IRQ", "COOPERATE")]),
    ("Thailand handed over a fugitive to Vietnam on Tuesday.", [ev("THA", "VNM", "COOPERATE")]),
    ("Malaysia and Indonesia conducted joint patrols in the Strait of Malacca on Tuesday.",
     [und("MYS", "IDN", "COOPERATE")]),
    ("Armenia and Azerbaijan exchanged prisoners on Tuesday.",
     [und("ARM", "AZE", "COOPERATE RETREAT")]),
    ("The United States and India held joint military exercises on Tuesday.",
     [und("USA", "IND", "COOPERATE")]),
    ("Chile and Peru launched a joint investigation into the smuggling ring on Tuesday.",
     [und("CHL", "PER", "COOPERATE")]),
]

CONCEDE_RETREAT: list[Case] = [
    ("The United States lifted sanctions on Venezuela's oil sector on Tuesday.",
     [ev("USA", "VEN", "CONCEDE")]),
    ("Australia eased restrictions on Chinese investment on Tuesday.",
     [ev("AUS", "CHN", "CONCEDE")]),
    ("Japan apologised to South Korea on Tuesday.", [ev("JPN", "KOR", "CONCEDE")]),
    ("Honduras recognised China on Tuesday.", [ev("HND", "CHN", "CONCEDE SUPPORT")]),
    ("France pulled out of Niger on Tuesday.", [ev("FRA", "NER", "RETREAT")]),
    ("Israel withdrew troops from Lebanon on Tuesday.", [ev("ISR", "LBN", "RETREAT")]),
    ("Iran freed two Swedish nationals on Tuesday.", [ev("IRN", "SWE", "CONCEDE RETREAT")]),
    ("Venezuela released six American prisoners on Tuesday.", [ev("VEN", "USA", "CONCEDE RETREAT")]),
    ("Russia returned three seized Ukrainian ships to Ukraine on Tuesday.",
     [ev("RUS", "UKR", "RETREAT")]),
    ("Belarus pardoned a Lithuanian citizen on Tuesday.", [ev("BLR", "LTU", "CONCEDE RETREAT")]),
]

REJECT: list[Case] = [
    ("Israel rejected Egypt's proposal on Tuesday.", [ev("ISR", "EGY", "REJECT")]),
    ("Venezuela rebuffed Guyana's call for talks on Tuesday.", [ev("VEN", "GUY", "REJECT")]),
    ("Hungary vetoed the European Union's statement on Tuesday.", [ev("HUN", "EU", "REJECT")]),
    ("China dismissed the Philippines' complaint on Tuesday.", [ev("CHN", "PHL", "REJECT")]),
    ("Russia turned down Switzerland's invitation on Tuesday.", [ev("RUS", "CHE", "REJECT")]),
    ("Iran rejected the demands of the United States on Tuesday.", [ev("IRN", "USA", "REJECT")]),
    ("Mali refused France's offer of assistance on Tuesday.", [ev("MLI", "FRA", "REJECT")]),
    ("India brushed aside Canada's allegations on Tuesday.", [ev("IND", "CAN", "REJECT")]),
    ("Turkey boycotted Israel's trade fair on Tuesday.", [ev("TUR", "ISR", "REJECT SANCTION")]),
]

MOBILIZE: list[Case] = [
    ("Russia massed troops near the border with Finland on Tuesday.",
     [ev("RUS", "FIN", "MOBILIZE")]),
    ("India deployed additional troops to its border with China on Tuesday.",
     [ev("IND", "CHN", "MOBILIZE")]),
    ("Venezuela sent troops to the border with Guyana on Tuesday.",
     [ev("VEN", "GUY", "MOBILIZE")]),
    ("China sent warships near Taiwan on Tuesday.", [ev("CHN", "TWN", "MOBILIZE")]),
    ("Armenia reinforced its positions along the border with Azerbaijan on Tuesday.",
     [ev("ARM", "AZE", "MOBILIZE")]),
    ("Greece dispatched frigates toward Turkey's coast on Tuesday.",
     [ev("GRC", "TUR", "MOBILIZE")]),
]

NEGATIVE: list[Case] = [
    ("Turkey did not sign the agreement with Greece on Tuesday.", []),
    ("Iran denied on Tuesday that it had supplied drones to Russia.", []),
    ("Germany would impose sanctions on Iran if talks fail, officials said on Tuesday.", []),
    ("Will China attack Taiwan?", []),
    ("Aid workers from Norway arrived in Sudan on Tuesday.", []),
    ("A French tourist visited Morocco on Tuesday.", []),
    ("Analysts said on Tuesday that India could impose tariffs on China.", []),
    ("Kenya has not yet sent troops to Haiti.", []),
    ("The sanctions regime against Russia has been in place for a decade, analysts said.", []),
    ("Japan's ambassador paid a visit to the museum in Kyoto on Tuesday.", []),
    ("If Serbia recognised Kosovo, relations would improve, a diplomat said on Tuesday.", []),
    ("Egypt took note of Ethiopia's statement on Tuesday.", []),
    ("Brazil refused to condemn Russia on Tuesday.", []),
    ("There was no phone call between Macron and Xi on Tuesday, the Elysee said.", []),
    ("The Chinese ambassador to Australia attended a concert in Canberra on Tuesday.", []),
    ("Pakistan has not been invited to the summit in India.", []),
]

ACCUSE_FORMULA: list[Case] = [
    ("Israel accused Iran on Tuesday of arming militants in the region.",
     [ev("ISR", "IRN", "ACCUSE")]),
    ("Ukraine blamed Russia on Tuesday for the attack on the power plant.",
     [ev("UKR", "RUS", "ACCUSE")]),
    ("Sudan held the United Arab Emirates responsible on Tuesday for arming the rebels.",
     [ev("SDN", "ARE", "ACCUSE")]),
    ("The Philippines criticized China on Tuesday for its dangerous manoeuvres.",
     [ev("PHL", "CHN", "ACCUSE")]),
    ("Guatemala condemned Nicaragua on Tuesday for the expulsion of its bishop.",
     [ev("GTM", "NIC", "ACCUSE")]),
    ("South Korea denounced North Korea on Tuesday over the missile launch.",
     [ev("KOR", "PRK", "ACCUSE")]),
    ("Kosovo charged on Tuesday that Serbia was behind the attack.",
     [ev("XKX", "SRB", "ACCUSE")]),
    ("Lebanon castigated Israel on Tuesday over its air raids.", [ev("LBN", "ISR", "ACCUSE")]),
    ("The Democratic Republic of Congo accused Rwanda of backing the M23 rebels on Tuesday.",
     [ev("COD", "RWA", "ACCUSE")]),
]

SANCTION_MORE: list[Case] = [
    ("The United States imposed a visa ban on Ugandan officials on Tuesday.",
     [ev("USA", "UGA", "SANCTION")]),
    ("Russia suspended flights to Georgia on Tuesday.", [ev("RUS", "GEO", "SANCTION")]),
    ("China halted imports of Japanese seafood on Tuesday.", [ev("CHN", "JPN", "SANCTION")]),
    ("Morocco cut diplomatic ties with Iran on Tuesday.", [ev("MAR", "IRN", "SANCTION")]),
    ("Estonia declared a Russian diplomat persona non grata on Tuesday.",
     [ev("EST", "RUS", "SANCTION")]),
    ("Mali ordered French diplomats to leave the country on Tuesday.",
     [ev("MLI", "FRA", "SANCTION")]),
    ("Burkina Faso expelled three French diplomats on Tuesday.", [ev("BFA", "FRA", "SANCTION")]),
    ("The European Union added Belarusian officials to its sanctions list on Tuesday.",
     [ev("EU", "BLR", "SANCTION")]),
    ("Australia imposed financial sanctions on Iranian officials on Tuesday.",
     [ev("AUS", "IRN", "SANCTION")]),
    ("Azerbaijan severed diplomatic relations with Iran on Tuesday.",
     [ev("AZE", "IRN", "SANCTION")]),
]

PROTEST_MORE: list[Case] = [
    ("India expressed deep concern to China on Tuesday over the renaming of places.",
     [ev("IND", "CHN", "PROTEST ACCUSE")]),
    ("South Korea handed a protest note to Japan on Tuesday.", [ev("KOR", "JPN", "PROTEST")]),
    ("Egypt summoned the Israeli envoy on Tuesday over the border shooting.",
     [ev("EGY", "ISR", "PROTEST")]),
    ("Bolivia lodged a formal complaint with Chile on Tuesday.", [ev("BOL", "CHL", "PROTEST")]),
    ("Thailand voiced strong displeasure to Cambodia on Tuesday.",
     [ev("THA", "KHM", "PROTEST")]),
    ("Latvia made representations to Russia on Tuesday over the airspace violation.",
     [ev("LVA", "RUS", "PROTEST")]),
    ("Malaysia protested to China on Tuesday over the coast guard incursion.",
     [ev("MYS", "CHN", "PROTEST")]),
    ("Denmark summoned Iran's ambassador on Tuesday.", [ev("DNK", "IRN", "PROTEST")]),
]

AGREE_PROMISE: list[Case] = [
    ("Saudi Arabia pledged on Tuesday to invest $10 billion in Pakistan.",
     [ev("SAU", "PAK", "AGREE AID")]),
    ("Qatar offered on Tuesday to mediate between Ethiopia and Somalia.",
     [ev("QAT", "ETH", "AGREE"), ev("QAT", "SOM", "AGREE")]),
    ("Iran and Saudi Arabia agreed on Tuesday to reopen their embassies.",
     [und("IRN", "SAU", "AGREE")]),
    ("Japan promised on Tuesday to help Ukraine rebuild its power grid.",
     [ev("JPN", "UKR", "AGREE AID")]),
    ("China committed on Tuesday to buying more Brazilian beef.", [ev("CHN", "BRA", "AGREE")]),
    ("Serbia and Kosovo agreed on Tuesday to resume talks.", [und("SRB", "XKX", "AGREE")]),
    ("Turkey agreed on Tuesday to supply drones to Kenya.", [ev("TUR", "KEN", "AGREE AID")]),
    ("Norway offered on Tuesday to host peace talks between Colombia and the ELN.",
     [ev("NOR", "COL", "AGREE")]),
]

ASSAULT_MORE: list[Case] = [
    ("Israel launched airstrikes on Gaza on Tuesday.", [ev("ISR", "PSE", "ASSAULT")]),
    ("Russia carried out a drone attack on Odesa on Tuesday.", [ev("RUS", "UKR", "ASSAULT")]),
    # Hezbollah is an armed movement, never a state (movements.json): no party, no event
    ("Hezbollah fired rockets into Israel on Tuesday.", []),
    ("Azerbaijan attacked Armenian border posts on Tuesday.", [ev("AZE", "ARM", "ASSAULT")]),
    ("North Korea bombarded South Korean islands on Tuesday.", [ev("PRK", "KOR", "ASSAULT")]),
    ("Israeli troops raided a refugee camp in the West Bank on Tuesday.",
     [ev("ISR", "PSE", "ASSAULT")]),
    ("Sudanese warplanes bombed South Sudan's border areas on Tuesday.",
     [ev("SDN", "SSD", "ASSAULT")]),
    ("Pakistani forces killed three Afghan border guards on Tuesday.",
     [ev("PAK", "AFG", "ASSAULT")]),
]

MODALITY: list[Case] = [
    ("Russia threatened to expel Moldovan diplomats on Tuesday.", [ev("RUS", "MDA", "THREATEN")]),
    ("China threatened sanctions against Lithuania on Tuesday.", [ev("CHN", "LTU", "THREATEN")]),
    ("Iran warned of retaliation against Pakistan on Tuesday.", [ev("IRN", "PAK", "THREATEN")]),
    ("Germany may impose tariffs on China, officials said on Tuesday.", []),
    ("Japan is considering sanctions against Russia, a spokesman said on Tuesday.", []),
    ("Spain could recognise Palestine later this year, a minister said on Tuesday.", []),
    ("India did not attend the talks with Pakistan on Tuesday.", []),
    ("Egypt has never accused Ethiopia of anything, the minister said on Tuesday.", []),
    ("Australia declined to criticise China on Tuesday.", []),
    ("Canada denied on Tuesday that it had expelled an Indian diplomat.", []),
    ("Did Turkey sell drones to Ukraine?", []),
    ("Greece would welcome talks with Turkey, the prime minister said on Tuesday.", []),
]

NOUN_NEAR_MISS: list[Case] = [
    ("Aid workers from Germany were killed in Sudan on Tuesday.", []),
    ("Experts discussed the history of the China-Russia border in Berlin on Tuesday.", []),
    ("Japanese tourists flocked to Thailand on Tuesday.", []),
    ("The attack helicopter built by Italy crashed in Turkey on Tuesday.", []),
    ("Visitors from Canada toured the museum in Mexico City on Tuesday.", []),
    ("The Ukraine aid bill stalled in the US Congress on Tuesday.", []),
    ("A Brazilian footballer attacked a Argentine defender on Tuesday.", []),
    ("The embassy of France in Kenya held a wine tasting on Tuesday.", []),
]

RARER_VERBS: list[Case] = [
    ("France voiced backing for Armenia on Tuesday.", [ev("FRA", "ARM", "SUPPORT")]),
    ("Brazil lent its support to Argentina's bid on Tuesday.", [ev("BRA", "ARG", "SUPPORT")]),
    ("Japan pleaded with China on Tuesday to release the detained businessman.",
     [ev("JPN", "CHN", "REQUEST")]),
    ("Iran decried Britain's decision on Tuesday.", [ev("IRN", "GBR", "ACCUSE")]),
    ("Bolivia assailed Peru on Tuesday over its border policy.", [ev("BOL", "PER", "ACCUSE")]),
    ("India chided the United States on Tuesday over its remarks.",
     [ev("IND", "USA", "ACCUSE")]),
    ("Israel snubbed Turkey's offer on Tuesday.", [ev("ISR", "TUR", "REJECT")]),
    ("Venezuela spurned Colombia's proposal on Tuesday.", [ev("VEN", "COL", "REJECT")]),
    ("Taiwan ruled out talks with China on Tuesday.", [ev("TWN", "CHN", "REJECT")]),
    ("The United States shipped artillery shells to Ukraine on Tuesday.",
     [ev("USA", "UKR", "AID")]),
    ("China extended a credit line to Sri Lanka on Tuesday.", [ev("CHN", "LKA", "AID")]),
]

SENSE_NEAR_MISS: list[Case] = [
    ("Engineers blasted the rock near the Armenian border on Tuesday.", []),
    ("The defendant pleaded guilty in a London court on Tuesday.", []),
    ("The central bank of Japan ruled out a rate cut on Tuesday.", []),
    ("Japan provided details of the plan to reporters on Tuesday.", []),
    ("The striker struck twice for Brazil against Argentina on Tuesday.", []),
    ("Kenya recognised the importance of trade with Uganda on Tuesday.", []),
    ("Germany pulled out of the World Cup qualifier against France on Tuesday.", []),
    ("Australia declined to criticise China on Tuesday.", []),
]

AREAS: dict[str, list[Case]] = {
    "consult-light-noun": CONSULT_NOUN,
    "consult-plain-verb": CONSULT_VERB,
    "consult-remote-message": CONSULT_MESSAGE,
    "support-diplomatic": SUPPORT,
    "headline-verb": HEADLINE,
    "accuse-phrasal": ACCUSE,
    "protest-diplomatic": PROTEST,
    "request-verb-noun": REQUEST,
    "threaten": THREATEN,
    "sanction-light-verb": SANCTION,
    "coerce-acts": COERCE,
    "assault-violence": ASSAULT,
    "aid-delivery": AID,
    "agree-deal": AGREE,
    "cooperate-material": COOPERATE,
    "concede-retreat": CONCEDE_RETREAT,
    "reject": REJECT,
    "mobilize": MOBILIZE,
    "negative-near-miss": NEGATIVE,
    "accuse-formula": ACCUSE_FORMULA,
    "sanction-measures": SANCTION_MORE,
    "protest-formula": PROTEST_MORE,
    "agree-promise": AGREE_PROMISE,
    "assault-more": ASSAULT_MORE,
    "modality": MODALITY,
    "noun-near-miss": NOUN_NEAR_MISS,
    "rarer-verbs": RARER_VERBS,
    "sense-near-miss": SENSE_NEAR_MISS,
}


def main() -> None:
    write_cases(__file__, "triggers", ({"construction": section, "text": text, "published": PUBLISHED,
                                       "expect": expect} for section, cases in AREAS.items()
                                      for text, expect in cases))


if __name__ == "__main__":
    main()
