"""Write bench/constructions/vocab.jsonl: the less canonical words that carry each act.

The triggers bench holds the textbook verb of every PLOVER type ('accused',
'imposed sanctions on', 'held talks with'). Wire copy, readouts and analysis
reach for other words: a headline verb ('slammed', 'inked'), a phrasal verb
('hit out at', 'threw its weight behind'), a light verb with a noun ('lodged a
note of protest', 'extended a loan'), an idiom ('sat down with'). The actors
stay plain country references so that a miss points at the word. Type-choice
cases put a meeting and an agreement in one sentence, and negative cases keep
the words where they carry no event (negation, label use, a company target).

Run: python bench/constructions/make_vocab.py  (deterministic, stdlib only)
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


ACCUSE: list[Case] = [
    ("Poland on Tuesday lambasted Belarus over the latest wave of migrants pushed across the "
     "border, saying Minsk was using people as a weapon.", [ev("POL", "BLR", "ACCUSE")]),
    ("Pakistan's foreign ministry on Tuesday slammed India for what it called provocative "
     "remarks about Kashmir.", [ev("PAK", "IND", "ACCUSE")]),
    ("China sharply rebuked the Philippines on Tuesday over the Second Thomas Shoal resupply "
     "mission.", [ev("CHN", "PHL", "ACCUSE")]),
    ("Iran hit out at Saudi Arabia on Tuesday, saying Riyadh was meddling in Yemen.",
     [ev("IRN", "SAU", "ACCUSE")]),
    ("Ethiopia on Tuesday blamed Egypt for the breakdown of talks on the Grand Renaissance dam.",
     [ev("ETH", "EGY", "ACCUSE")]),
    ("Armenia on Tuesday accused Azerbaijan of opening fire on its positions near Nerkin Hand.",
     [ev("ARM", "AZE", "ACCUSE")]),
    ("Venezuela on Tuesday denounced Guyana for what Caracas called an illegal oil concession "
     "in the Essequibo.", [ev("VEN", "GUY", "ACCUSE")]),
    ("Serbia on Tuesday castigated Kosovo over the ban on the Serbian dinar.",
     [ev("SRB", "XKX", "ACCUSE")]),
    ("Russia on Tuesday assailed Moldova for expelling one of its diplomats.",
     [ev("RUS", "MDA", "ACCUSE")]),
    ("Algeria lashed out at Morocco on Tuesday over the seizure of property in Rabat.",
     [ev("DZA", "MAR", "ACCUSE")]),
]

SANCTION: list[Case] = [
    ("The United States on Tuesday blacklisted three Iranian drone makers and froze the assets "
     "of Iran's central bank governor.", [ev("USA", "IRN", "SANCTION")]),
    ("Canada on Tuesday slapped new tariffs on Chinese electric vehicles.",
     [ev("CAN", "CHN", "SANCTION")]),
    ("Lithuania on Tuesday banned imports from Belarus of fertiliser and timber.",
     [ev("LTU", "BLR", "SANCTION")]),
    ("Niger on Tuesday suspended flights to France and closed its airspace to French aircraft.",
     [ev("NER", "FRA", "SANCTION")]),
    ("Burkina Faso on Tuesday downgraded ties with Ukraine over Kyiv's role in Mali.",
     [ev("BFA", "UKR", "SANCTION")]),
    ("Japan on Tuesday froze the assets of eleven North Korean officials linked to the missile "
     "programme.", [ev("JPN", "PRK", "SANCTION")]),
    ("Nicaragua on Tuesday severed diplomatic relations with Ecuador after the raid on the "
     "Mexican embassy.", [ev("NIC", "ECU", "SANCTION")]),
    ("Mali on Tuesday expelled the Ivorian ambassador and shut its border with Ivory Coast.",
     [ev("MLI", "CIV", "SANCTION")]),
    ("The European Union on Tuesday imposed an embargo on arms exports to Sudan.",
     [ev("EU", "SDN", "SANCTION")]),
    ("Australia on Tuesday slapped financial sanctions on Myanmar's military-run energy firm "
     "and on Myanmar.", [ev("AUS", "MMR", "SANCTION")]),
]

MOBILIZE: list[Case] = [
    ("Russia has massed troops near the border with Finland, Helsinki said on Tuesday.",
     [ev("RUS", "FIN", "MOBILIZE")]),
    ("China on Tuesday put its Eastern Theatre forces on high alert near Taiwan.",
     [ev("CHN", "TWN", "MOBILIZE")]),
    ("India on Tuesday deployed additional troops along the Line of Actual Control with China.",
     [ev("IND", "CHN", "MOBILIZE")]),
    ("Venezuela on Tuesday moved armoured vehicles to the border with Guyana.",
     [ev("VEN", "GUY", "MOBILIZE")]),
    ("Azerbaijan on Tuesday sent reinforcements to its border with Armenia.",
     [ev("AZE", "ARM", "MOBILIZE")]),
    ("Turkey on Tuesday reinforced its positions along the Syrian border.",
     [ev("TUR", "SYR", "MOBILIZE")]),
    ("Eritrea on Tuesday mobilised reservists along its frontier with Ethiopia.",
     [ev("ERI", "ETH", "MOBILIZE")]),
    ("South Korea on Tuesday scrambled fighter jets after North Korean drones crossed the "
     "border.", [ev("KOR", "PRK", "MOBILIZE")]),
]

ASSAULT: list[Case] = [
    ("Russian forces pounded the Ukrainian city of Kharkiv with missiles on Tuesday.",
     [ev("RUS", "UKR", "ASSAULT")]),
    ("Israel struck targets in Lebanon on Tuesday, the Israeli military said.",
     [ev("ISR", "LBN", "ASSAULT")]),
    ("Ukraine downed a Russian drone over the Black Sea on Tuesday.",
     [ev("UKR", "RUS", "ASSAULT")]),
    ("Turkish warplanes bombed Kurdish militant positions in northern Iraq on Tuesday, hitting "
     "Iraqi territory.", [ev("TUR", "IRQ", "ASSAULT")]),
    ("Pakistan carried out air strikes inside Afghanistan on Tuesday.",
     [ev("PAK", "AFG", "ASSAULT")]),
    ("Iran fired missiles at Pakistan on Tuesday.", [ev("IRN", "PAK", "ASSAULT")]),
    ("Sudanese army jets shelled positions in Chad on Tuesday.", [ev("SDN", "TCD", "ASSAULT")]),
    ("North Korea shelled South Korean islands near the maritime border on Tuesday.",
     [ev("PRK", "KOR", "ASSAULT")]),
    ("Azerbaijani troops attacked Armenian border posts on Tuesday.",
     [ev("AZE", "ARM", "ASSAULT")]),
]

COERCE: list[Case] = [
    ("Iran on Tuesday seized a Greek-flagged tanker in the Gulf of Oman.",
     [ev("IRN", "GRC", "COERCE")]),
    ("Russia on Tuesday detained two Estonian citizens on espionage charges.",
     [ev("RUS", "EST", "COERCE")]),
    ("Algeria on Tuesday deported dozens of Nigerien migrants to Niger.",
     [ev("DZA", "NER", "COERCE")]),
    ("China on Tuesday arrested a Japanese businessman in Beijing.",
     [ev("CHN", "JPN", "COERCE")]),
    ("The Chinese coast guard on Tuesday blockaded a Philippine supply boat near the shoal.",
     [ev("CHN", "PHL", "COERCE")]),
    ("Belarus on Tuesday jailed a Lithuanian journalist for ten years.",
     [ev("BLR", "LTU", "COERCE")]),
    ("Eritrea on Tuesday detained several Ethiopian fishermen in the Red Sea.",
     [ev("ERI", "ETH", "COERCE")]),
    ("Venezuela on Tuesday expelled a group of Colombian nationals across the border.",
     [ev("VEN", "COL", "COERCE SANCTION")]),
]

THREATEN: list[Case] = [
    ("Iran on Tuesday warned Israel of retaliation for the strike in Damascus.",
     [ev("IRN", "ISR", "THREATEN")]),
    ("North Korea on Tuesday vowed to respond to South Korea's military drills.",
     [ev("PRK", "KOR", "THREATEN")]),
    ("China on Tuesday threatened the Philippines with countermeasures over the shoal.",
     [ev("CHN", "PHL", "THREATEN")]),
    ("Russia on Tuesday warned Finland of consequences for joining NATO.",
     [ev("RUS", "FIN", "THREATEN")]),
    ("Turkey on Tuesday vowed retaliation against Syria after the attack on its outpost.",
     [ev("TUR", "SYR", "THREATEN")]),
    ("Venezuela on Tuesday issued an ultimatum to Guyana over the Essequibo.",
     [ev("VEN", "GUY", "THREATEN")]),
    ("Azerbaijan on Tuesday threatened Armenia with a military response.",
     [ev("AZE", "ARM", "THREATEN")]),
    ("Ethiopia on Tuesday warned Somalia against interfering in its port deal.",
     [ev("ETH", "SOM", "THREATEN")]),
]

PROTEST: list[Case] = [
    ("China on Tuesday lodged a note of protest with Japan over the Senkaku patrols.",
     [ev("CHN", "JPN", "PROTEST")]),
    ("Greece on Tuesday handed a note of protest to Turkey over the airspace violations.",
     [ev("GRC", "TUR", "PROTEST")]),
    ("Poland on Tuesday summoned the Russian ambassador over the missile that crossed its "
     "airspace.", [ev("POL", "RUS", "PROTEST")]),
    ("South Korea on Tuesday lodged a strong protest with Japan over the textbooks.",
     [ev("KOR", "JPN", "PROTEST")]),
    ("Vietnam on Tuesday protested to China over the survey ship in its waters.",
     [ev("VNM", "CHN", "PROTEST")]),
    ("Kenya on Tuesday summoned Uganda's envoy over the fuel dispute.",
     [ev("KEN", "UGA", "PROTEST")]),
    ("Morocco on Tuesday called in the Algerian charge d'affaires to protest the seizure.",
     [ev("MAR", "DZA", "PROTEST")]),
    ("Indonesia on Tuesday filed a diplomatic protest with Malaysia over the fishing boats.",
     [ev("IDN", "MYS", "PROTEST")]),
]

REJECT: list[Case] = [
    ("Israel on Tuesday rebuffed a ceasefire proposal from Egypt.", [ev("ISR", "EGY", "REJECT")]),
    ("Ukraine on Tuesday turned down Hungary's offer to mediate.", [ev("UKR", "HUN", "REJECT")]),
    ("Azerbaijan on Tuesday dismissed the proposal by France for a peace conference.",
     [ev("AZE", "FRA", "REJECT")]),
    ("Russia on Tuesday vetoed a resolution by the United States on Gaza.",
     [ev("RUS", "USA", "REJECT")]),
    ("Venezuela on Tuesday rejected Guyana's call for arbitration.",
     [ev("VEN", "GUY", "REJECT")]),
    ("Ethiopia on Tuesday brushed aside Somalia's demand to scrap the port deal.",
     [ev("ETH", "SOM", "REJECT")]),
    ("China on Tuesday snubbed Australia's request for a leaders' meeting.",
     [ev("CHN", "AUS", "REJECT")]),
    ("Serbia on Tuesday spurned Kosovo's offer of talks.", [ev("SRB", "XKX", "REJECT")]),
]

REQUEST: list[Case] = [
    ("Germany on Tuesday urged Israel to allow more aid into Gaza.", [ev("DEU", "ISR", "REQUEST")]),
    ("The United States on Tuesday pressed China to rein in North Korea.",
     [ev("USA", "CHN", "REQUEST")]),
    ("Sudan on Tuesday appealed to Egypt to reopen the border crossings.",
     [ev("SDN", "EGY", "REQUEST")]),
    ("Mexico on Tuesday called on Ecuador to guarantee the safety of its diplomats.",
     [ev("MEX", "ECU", "REQUEST")]),
    ("Bangladesh on Tuesday asked Myanmar to take back the Rohingya refugees.",
     [ev("BGD", "MMR", "REQUEST")]),
    ("Lebanon on Tuesday implored France to help broker calm on its southern border.",
     [ev("LBN", "FRA", "REQUEST")]),
    ("Kenya on Tuesday requested Somalia to extradite the suspects.",
     [ev("KEN", "SOM", "REQUEST")]),
    ("Iraq on Tuesday demanded that Turkey withdraw its troops from Iraqi territory.",
     [ev("IRQ", "TUR", "REQUEST")]),
]

SUPPORT: list[Case] = [
    ("France on Tuesday backed Morocco's autonomy plan for Western Sahara.",
     [ev("FRA", "MAR", "SUPPORT")]),
    ("Brazil on Tuesday endorsed South Africa's genocide case at the ICJ.",
     [ev("BRA", "ZAF", "SUPPORT")]),
    ("Japan on Tuesday hailed Ukraine's efforts to restore grain exports.",
     [ev("JPN", "UKR", "SUPPORT")]),
    ("India on Tuesday lauded the United Arab Emirates for its role in the prisoner talks.",
     [ev("IND", "ARE", "SUPPORT")]),
    ("Turkey threw its weight behind Azerbaijan on Tuesday in the border dispute.",
     [ev("TUR", "AZE", "SUPPORT")]),
    ("Cuba on Tuesday voiced solidarity with Venezuela against the new sanctions.",
     [ev("CUB", "VEN", "SUPPORT")]),
    ("Ireland on Tuesday expressed support for Palestine's bid for UN membership.",
     [ev("IRL", "PSE", "SUPPORT")]),
    ("Egypt on Tuesday praised Qatar for its mediation.", [ev("EGY", "QAT", "SUPPORT")]),
]

CONCEDE_RETREAT: list[Case] = [
    ("Russia on Tuesday freed three Ukrainian prisoners in a humanitarian gesture.",
     [ev("RUS", "UKR", "CONCEDE COOPERATE")]),
    ("North Korea on Tuesday handed over the remains of American soldiers to the United States.",
     [ev("PRK", "USA", "CONCEDE COOPERATE")]),
    ("The United States on Tuesday lifted sanctions on Venezuela's gold sector.",
     [ev("USA", "VEN", "CONCEDE")]),
    ("Pakistan on Tuesday reopened the border with Afghanistan at Torkham.",
     [ev("PAK", "AFG", "CONCEDE")]),
    ("France on Tuesday pulled out its troops from Niger.", [ev("FRA", "NER", "RETREAT")]),
    ("Eritrea on Tuesday withdrew its forces from the Tigray region of Ethiopia.",
     [ev("ERI", "ETH", "RETREAT")]),
    ("China on Tuesday eased restrictions on imports of Australian wine.",
     [ev("CHN", "AUS", "CONCEDE")]),
    ("Iran on Tuesday released two French nationals held in Tehran.",
     [ev("IRN", "FRA", "CONCEDE")]),
    ("Azerbaijan on Tuesday returned two Armenian soldiers to Armenia.",
     [ev("AZE", "ARM", "CONCEDE COOPERATE")]),
]

AGREE: list[Case] = [
    ("India and the United Arab Emirates on Tuesday inked a bilateral investment treaty.",
     [und("IND", "ARE", "AGREE")]),
    ("Australia and Papua New Guinea sealed a security pact on Tuesday.",
     [und("AUS", "PNG", "AGREE")]),
    ("Japan and the Philippines clinched a defence deal on Tuesday.",
     [und("JPN", "PHL", "AGREE")]),
    ("Kenya struck a deal with Haiti on Tuesday to deploy police officers.",
     [und("KEN", "HTI", "AGREE")]),
    ("Sweden on Tuesday ratified the defence cooperation agreement with the United States.",
     [und("SWE", "USA", "AGREE")]),
    ("Armenia and Azerbaijan initialled a border delimitation protocol on Tuesday.",
     [und("ARM", "AZE", "AGREE")]),
    ("Saudi Arabia and Iran reached an understanding on Tuesday to reopen their embassies.",
     [und("SAU", "IRN", "AGREE")]),
    ("Greece and Turkey signed a declaration of friendly relations on Tuesday.",
     [und("GRC", "TUR", "AGREE")]),
    ("Indonesia and Vietnam concluded talks on their maritime boundary on Tuesday with an "
     "agreement.", [und("IDN", "VNM", "AGREE"), und("IDN", "VNM", "CONSULT")]),
    ("Chile and Argentina agreed on Tuesday to build a new border crossing.",
     [und("CHL", "ARG", "AGREE")]),
]

COOPERATE: list[Case] = [
    ("India and France held joint exercises in the Arabian Sea on Tuesday.",
     [und("IND", "FRA", "COOPERATE")]),
    ("Spain on Tuesday extradited to Morocco a man wanted there on drug trafficking charges.",
     [ev("ESP", "MAR", "COOPERATE")]),
    ("Jordan on Tuesday shared intelligence with Iraq on smuggling routes.",
     [ev("JOR", "IRQ", "COOPERATE")]),
    ("Russia and Ukraine swapped prisoners on Tuesday.", [und("RUS", "UKR", "COOPERATE")]),
    ("Egypt and Saudi Arabia staged joint naval drills in the Red Sea on Tuesday.",
     [und("EGY", "SAU", "COOPERATE")]),
    ("Thailand on Tuesday handed over two fugitives to Cambodia.",
     [ev("THA", "KHM", "COOPERATE")]),
    ("Colombia and Ecuador launched joint patrols along their border on Tuesday.",
     [und("COL", "ECU", "COOPERATE")]),
    ("Chad cooperated with Niger on Tuesday in a joint operation against jihadists.",
     [und("TCD", "NER", "COOPERATE")]),
]

AID: list[Case] = [
    ("Qatar on Tuesday sent humanitarian aid to Sudan.", [ev("QAT", "SDN", "AID")]),
    ("Japan on Tuesday donated ten million dollars to Ukraine.", [ev("JPN", "UKR", "AID")]),
    ("China on Tuesday extended a loan of two billion dollars to Pakistan.",
     [ev("CHN", "PAK", "AID")]),
    ("Germany on Tuesday delivered weapons to Ukraine, including air defence systems.",
     [ev("DEU", "UKR", "AID")]),
    ("Saudi Arabia on Tuesday deposited three billion dollars in Pakistan's central bank.",
     [ev("SAU", "PAK", "AID")]),
    ("India on Tuesday airlifted medical supplies to Sri Lanka.", [ev("IND", "LKA", "AID")]),
    ("Turkey on Tuesday shipped relief supplies to Syria.", [ev("TUR", "SYR", "AID")]),
    ("The United Arab Emirates on Tuesday provided Egypt with a financing package.",
     [ev("ARE", "EGY", "AID")]),
    ("South Korea on Tuesday gave food aid to Ethiopia.", [ev("KOR", "ETH", "AID")]),
]

CONSULT: list[Case] = [
    ("Brazil held talks with Argentina on Tuesday on trade.", [und("BRA", "ARG", "CONSULT")]),
    ("Egypt on Tuesday hosted a delegation from Qatar.", [und("EGY", "QAT", "CONSULT")]),
    ("The president of Kenya phoned the president of Tanzania on Tuesday.",
     [und("KEN", "TZA", "CONSULT")]),
    ("Japan conferred with South Korea on Tuesday on the North Korean threat.",
     [und("JPN", "KOR", "CONSULT")]),
    ("Armenia sat down with Azerbaijan in Almaty on Tuesday for a new round of talks.",
     [und("ARM", "AZE", "CONSULT")]),
    ("Vietnam welcomed the Indonesian president to Hanoi on Tuesday.",
     [und("VNM", "IDN", "CONSULT")]),
    ("Pakistan's foreign minister met his Iranian counterpart on Tuesday.",
     [und("PAK", "IRN", "CONSULT")]),
    ("Norway on Tuesday received the Palestinian foreign minister in Oslo.",
     [und("NOR", "PSE", "CONSULT")]),
    ("Canada's prime minister spoke with the president of Mexico on Tuesday.",
     [und("CAN", "MEX", "CONSULT")]),
]

# a meeting and an agreement in one sentence: the gold sets code both acts when the
# talks are told ('signed the agreement ... after talks on Monday' is a CONSULT too)
MET_AND_AGREED: list[Case] = [
    ("Kenya's president met Ethiopia's prime minister on Tuesday and agreed to expand trade.",
     [und("KEN", "ETH", "CONSULT"), und("KEN", "ETH", "AGREE")]),
    ("Indonesia and Malaysia signed a border agreement during talks in Jakarta on Tuesday.",
     [und("IDN", "MYS", "AGREE"), und("IDN", "MYS", "CONSULT")]),
    ("Poland and Ukraine reached agreement on grain transit at a meeting on Tuesday.",
     [und("POL", "UKR", "AGREE"), und("POL", "UKR", "CONSULT")]),
    ("Turkey and Egypt agreed on Tuesday to restore full diplomatic ties.",
     [und("TUR", "EGY", "AGREE")]),
    ("Japan and Vietnam signed a memorandum on energy after the leaders met on Tuesday.",
     [und("JPN", "VNM", "AGREE"), und("JPN", "VNM", "CONSULT")]),
    ("Brazil and Colombia agreed a deal on Amazon protection on Tuesday.",
     [und("BRA", "COL", "AGREE")]),
]

# discussing or planning a deal is not agreeing; agreeing to meet is a CONSULT, not an AGREE
TALK_NOT_AGREE: list[Case] = [
    ("Nigeria and Ghana discussed a deal on electricity exports on Tuesday.",
     [und("NGA", "GHA", "CONSULT")]),
    ("Peru and Chile on Tuesday held talks on a free trade agreement.",
     [und("PER", "CHL", "CONSULT")]),
    ("Thailand and Cambodia on Tuesday negotiated a border accord.",
     [und("THA", "KHM", "CONSULT")]),
    ("South Africa's foreign minister met her Mozambican counterpart on Tuesday to discuss a "
     "security pact.", [und("ZAF", "MOZ", "CONSULT")]),
]

NEGATIVE: list[Case] = [
    ("Hungary has not blacklisted any Russian company, the foreign ministry said on Tuesday.", []),
    ("The sanctions regime against Iran has been in place for decades, analysts said on "
     "Tuesday.", []),
    ("Egypt did not slam Israel over the strike, officials said on Tuesday.", []),
    ("Chile said on Tuesday it would not ratify the treaty with Bolivia.", []),
    ("Analysts said on Tuesday that the blacklist of Russian banks had barely dented trade.", []),
    ("Japan denied on Tuesday that it had massed troops near Russia.", []),
    ("Norway never hosted the Israeli delegation, its foreign ministry said on Tuesday.", []),
    ("If Iran seizes another tanker, Britain will respond, officials said on Tuesday.", []),
    ("Analysts said on Tuesday that the pact between Senegal and Mauritania could be sealed "
     "next year.", []),
    ("Austria did not deport any Afghan nationals on Tuesday, the interior ministry said.", []),
]

# a named accord is a name: its head word is tagged as a proper noun
NAMED_ACCORD: list[Case] = [
    ("Rwanda and the Democratic Republic of Congo on Tuesday signed the Washington Accords "
     "at a ceremony in the US capital.", [und("RWA", "COD", "AGREE")]),
    ("Morocco on Tuesday signed the Abraham Accords with Israel, the royal cabinet said.",
     [und("MAR", "ISR", "AGREE")]),
    ("Zambia and Angola on Tuesday signed the Lobito Corridor Agreement in Luanda.",
     [und("ZMB", "AGO", "AGREE")]),
    ("Japan and Britain on Tuesday inked the Hiroshima Accord on defence and trade.",
     [und("JPN", "GBR", "AGREE")]),
    ("Kazakhstan and Uzbekistan on Tuesday signed the Treaty on Allied Relations in Tashkent.",
     [und("KAZ", "UZB", "AGREE")]),
    ("Palau and the United States on Tuesday signed the Compact of Free Association.",
     [und("PLW", "USA", "AGREE")]),
    ("Timeline: 5 March - Peru and Chile sign the Santiago Declaration on fisheries.",
     [und("PER", "CHL", "AGREE", date="2024-03-05")]),
    ("Ghana and Togo on Tuesday signed the Accra Initiative Protocol on border security.",
     [und("GHA", "TGO", "AGREE")]),
]

APOLOGY: list[Case] = [
    ("Japan on Tuesday offered an apology to South Korea for the remarks of a lawmaker.",
     [ev("JPN", "KOR", "CONCEDE")]),
    ("The Netherlands on Tuesday issued a formal apology to Indonesia for the violence of 1945-49.",
     [ev("NLD", "IDN", "CONCEDE")]),
    ("Israel's prime minister on Tuesday presented an apology to Qatar over the strike in "
     "Doha.", [ev("ISR", "QAT", "CONCEDE")]),
    ("Germany on Tuesday extended an apology to Namibia for the colonial-era killings.",
     [ev("DEU", "NAM", "CONCEDE")]),
    ("Belgium on Tuesday apologised to the Democratic Republic of Congo for the return of "
     "the remains so late.", [ev("BEL", "COD", "CONCEDE")]),
    ("Turkey on Tuesday conveyed an apology to Russia for the downing of the jet.",
     [ev("TUR", "RUS", "CONCEDE")]),
]

# the words of a concession in the mouth of someone who only asks for one
APOLOGY_NOT: list[Case] = [
    ("Seoul on Tuesday demanded an apology from Japan for the remarks.",
     [ev("KOR", "JPN", "REQUEST")]),
    ("Namibia said on Tuesday that Germany had yet to offer an apology.", []),
    ("Japan has refused to issue an apology to China, officials said on Tuesday.", []),
    ("Pakistan said on Tuesday it expected an apology from Afghanistan.",
     [ev("PAK", "AFG", "REQUEST")]),
]

PEN_TO_PAPER: list[Case] = [
    ("Kenya and Uganda on Tuesday put pen to paper on a deal to extend the oil pipeline.",
     [und("KEN", "UGA", "AGREE")]),
    ("Egypt and Sudan put pen to paper on Tuesday on a new electricity link.",
     [und("EGY", "SDN", "AGREE")]),
    ("Bangladesh and India on Tuesday put their signatures to a water-sharing accord.",
     [und("BGD", "IND", "AGREE")]),
    ("Brazil and Paraguay did not put pen to paper on the Itaipu deal on Tuesday, the "
     "ministry said.", []),
]

# readout and analysis shapes around the uncommon words
READOUT: list[Case] = [
    ("In a call on Tuesday, Germany's chancellor pressed Turkey to ratify Sweden's entry "
     "into NATO.", [ev("DEU", "TUR", "REQUEST"), und("DEU", "TUR", "CONSULT")]),
    ("Speaking in Tokyo on Tuesday, the Japanese foreign minister lauded India for its "
     "restraint.", [ev("JPN", "IND", "SUPPORT")]),
    ("The Czech Republic on Tuesday became the latest country to blacklist Russia's "
     "state news agency, freezing the assets of Russia's deputy defence minister.",
     [ev("CZE", "RUS", "SANCTION")]),
    ("Days after the incident, Vietnam on Tuesday lodged a formal protest with China over "
     "the water cannon attack on its fishing boats.", [ev("VNM", "CHN", "PROTEST")]),
    ("Egypt, which mediated the talks, on Tuesday hailed Qatar's role in securing the "
     "release of the hostages.", [ev("EGY", "QAT", "SUPPORT")]),
    ("The Philippines on Tuesday rebuffed China's offer of joint development in the South "
     "China Sea, a move that analysts said was long expected.", [ev("PHL", "CHN", "REJECT")]),
    ("Lithuania on Tuesday lashed out at Belarus, calling the balloons smuggling cigarettes "
     "across the border a hybrid attack.", [ev("LTU", "BLR", "ACCUSE")]),
    ("In a sign of thawing ties, Turkey on Tuesday welcomed the Greek prime minister to "
     "Ankara.", [und("TUR", "GRC", "CONSULT")]),
]

# two parties agreeing together, or one signing with the other, at a named place met
# there: the gold sets code the meeting beside the deal even when no 'talks' are written
# ('agreed late on Saturday in Ohrid', 'signed ... with the Prime Minister of Tuvalu on
# the margins of the Forum'); two signatories named together get the deal only, as the
# gold sets code them ('Abiy and Isaias sign a peace agreement in Jeddah')
SIGNED_IN_PERSON: list[Case] = [
    ("The presidents of Kazakhstan and Kyrgyzstan signed a border treaty in Bishkek on "
     "Tuesday.", [und("KAZ", "KGZ", "AGREE")]),
    ("Australia's prime minister on Tuesday signed a security treaty with the prime minister "
     "of Tuvalu on the sidelines of the Pacific Islands Forum.",
     [und("AUS", "TUV", "AGREE"), und("AUS", "TUV", "CONSULT")]),
    ("Senegal and Mauritania on Tuesday signed a gas agreement in Nouakchott.",
     [und("SEN", "MRT", "AGREE")]),
    ("Chile and Argentina agreed in Santiago on Tuesday to build a new border crossing.",
     [und("CHL", "ARG", "AGREE"), und("CHL", "ARG", "CONSULT")]),
    ("Greece's prime minister and Egypt's president on Tuesday inked a strategic partnership "
     "in Cairo.", [und("GRC", "EGY", "AGREE")]),
    ("Vietnam on Tuesday signed a defence pact with Indonesia in Jakarta.",
     [und("VNM", "IDN", "AGREE"), und("VNM", "IDN", "CONSULT")]),
    ("France and Armenia signed a contract for air-defence radars at the defence ministry in "
     "Paris on Tuesday.", [und("FRA", "ARM", "AGREE AID")]),
    ("Nepal and India agreed on Tuesday in Kathmandu to build a second cross-border oil "
     "pipeline.", [und("NPL", "IND", "AGREE"), und("NPL", "IND", "CONSULT")]),
]

# signing alone, by mail or on a topic that names a country is no meeting
SIGNED_NOT_MET: list[Case] = [
    ("Ukraine on Tuesday signed the Rome Statute in The Hague.", []),
    ("India and Japan on Tuesday signed an agreement on investment in India's northeast.",
     [und("IND", "JPN", "AGREE")]),
    ("Brazil and Argentina on Tuesday signed an accord on cooperation in Antarctica.",
     [und("BRA", "ARG", "AGREE")]),
    ("Germany on Tuesday signed a contract with Airbus in Berlin for new tankers.", []),
    ("Mexico and Canada agreed on Tuesday that trade talks would resume in Ottawa.",
     [und("MEX", "CAN", "AGREE")]),
]

SECTIONS: dict[str, list[Case]] = {
    "accuse-words": ACCUSE, "sanction-words": SANCTION, "mobilize-words": MOBILIZE,
    "assault-words": ASSAULT, "coerce-words": COERCE, "threaten-words": THREATEN,
    "protest-words": PROTEST, "reject-words": REJECT, "request-words": REQUEST,
    "support-words": SUPPORT, "concede-retreat-words": CONCEDE_RETREAT, "agree-words": AGREE,
    "cooperate-words": COOPERATE, "aid-words": AID, "consult-words": CONSULT,
    "met-and-agreed": MET_AND_AGREED, "talk-not-agree": TALK_NOT_AGREE,
    "negative-vocab": NEGATIVE, "named-accord": NAMED_ACCORD, "apology": APOLOGY,
    "apology-not": APOLOGY_NOT, "signed-in-person": SIGNED_IN_PERSON,
    "signed-not-met": SIGNED_NOT_MET, "pen-to-paper": PEN_TO_PAPER, "readout-shapes": READOUT,
}


def main() -> None:
    write_cases(__file__, "vocab", ({"construction": section, "text": text, "published": PUBLISHED,
                                       "expect": expect} for section, cases in SECTIONS.items()
                                      for text, expect in cases))


if __name__ == "__main__":
    main()
