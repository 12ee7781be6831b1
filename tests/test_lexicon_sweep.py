"""A sweep of the trigger vocabulary, type by type: each event type is reported in many
wordings (wire copy, readouts, machine translation), and each wording needs its entry.
Every case is an invented sentence with two states; near misses use the same verbs in
their other senses and must give no event of that type."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad

Coded = Callable[..., set[Quad]]
PUB = "2024-05-20"


def _has(coded: Coded, text: str, kind: str, source: str, target: str) -> bool:
    return any(q[:3] == (kind, source, target) for q in coded(text, PUB))


@pytest.mark.parametrize("text, source, target", [
    ("Estonia revoked the accreditation of a Russian diplomat on 3 March.", "EST", "RUS"),
    ("Pakistan revoked the visas of Afghan officials on 3 March.", "PAK", "AFG"),
    ("Peru paused relations with Bolivia on 3 March.", "PER", "BOL"),
    ("Sweden paused its aid to Somalia on 3 March.", "SWE", "SOM"),
    ("Canada paused imports from Russia on 3 March.", "CAN", "RUS"),
    ("Australia cancelled the visit of the Chinese trade minister on 3 March.", "AUS", "CHN"),
    ("Denmark cancelled its development aid to Niger on 3 March.", "DNK", "NER"),
    ("Latvia banned Russian trucks on 3 March.", "LVA", "RUS"),
    ("Norway terminated its cooperation with Iran on 3 March.", "NOR", "IRN"),
    ("Georgia denied entry to a Russian delegation on 3 March.", "GEO", "RUS"),
    ("Kazakhstan suspended Russian media on 3 March.", "KAZ", "RUS"),
    ("Austria curtailed trade with Iran on 3 March.", "AUT", "IRN"),
    ("Belgium froze trade with Belarus on 3 March.", "BEL", "BLR"),
    ("Nigeria suspended the export of cattle to Niger on 3 March.", "NGA", "NER"),
    ("Montenegro applied sanctions against Russia on 3 March.", "MNE", "RUS"),
    ("Tajikistan closed the office of a Russian agency in Dushanbe on 3 March.", "TJK", "RUS"),
])
def test_sanction_wordings(coded: Coded, text: str, source: str, target: str) -> None:
    assert _has(coded, text, "SANCTION", source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Egypt confiscated Sudanese fishing boats on 3 March.", "EGY", "SDN"),
    ("Argentina impounded a Chinese trawler on 3 March.", "ARG", "CHN"),
    ("Somalia abducted Kenyan engineers on 3 March.", "SOM", "KEN"),
    ("Iran captured a Panamanian tanker on 3 March.", "IRN", "PAN"),
    ("Saudi Arabia executed an Egyptian national on 3 March.", "SAU", "EGY"),
])
def test_coerce_wordings(coded: Coded, text: str, source: str, target: str) -> None:
    assert _has(coded, text, "COERCE", source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Poland extradited a Belarusian hacker to Lithuania on 3 March.", "POL", "LTU"),
    ("Armenia handed over the bodies of Azerbaijani soldiers to Azerbaijan on 3 March.",
     "ARM", "AZE"),
    ("Jordan shared intelligence with Iraq on 3 March.", "JOR", "IRQ"),
])
def test_cooperate_wordings(coded: Coded, text: str, source: str, target: str) -> None:
    assert _has(coded, text, "COOPERATE", source, target)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Vietnam and Laos resumed shuttle diplomacy on 3 March.", "CONSULT", "VNM", "LAO"),
    ("Germany forgave Ghana's debt on 3 March.", "AID", "DEU", "GHA"),
    ("China wrote off Zambia's debt on 3 March.", "AID", "CHN", "ZMB"),
    ("Italy lauded Albania on 3 March.", "SUPPORT", "ITA", "ALB"),
    ("Spain applauded Portugal on 3 March.", "SUPPORT", "ESP", "PRT"),
    ("Austria welcomed Croatia's accession on 3 March.", "SUPPORT", "AUT", "HRV"),
    ("Colombia voted against Nicaragua's admission on 3 March.", "REJECT", "COL", "NIC"),
    ("Lithuania boycotted the summit hosted by Belarus on 3 March.", "REJECT", "LTU", "BLR"),
    ("Slovakia blocks EU loan for Moldova.", "REJECT", "SVK", "EU"),
    ("Estonia summoned a representative of the Russian embassy on 3 March.", "PROTEST", "EST", "RUS"),
    ("Vietnam lodged a formal complaint with China on 3 March.", "PROTEST", "VNM", "CHN"),
    ("Cyprus sent a demarche to Turkey on 3 March.", "PROTEST", "CYP", "TUR"),
    ("Poland expressed its displeasure to Hungary on 3 March.", "PROTEST", "POL", "HUN"),
    ("Taiwan protested China's actions on 3 March.", "PROTEST", "TWN", "CHN"),
    ("Russia amassed troops near Georgia on 3 March.", "MOBILIZE", "RUS", "GEO"),
    ("Turkey dispatched reinforcements to Syria on 3 March.", "MOBILIZE", "TUR", "SYR"),
    ("Russia pounded Ukrainian towns on 3 March.", "ASSAULT", "RUS", "UKR"),
    ("Iran slammed Britain on 3 March.", "ACCUSE", "IRN", "GBR"),
    ("Serbia lambasted Croatia on 3 March.", "ACCUSE", "SRB", "HRV"),
    ("Belarus pardoned a Polish citizen on 3 March.", "CONCEDE", "BLR", "POL"),
    ("Turkey proposed mediation to Russia on 3 March.", "AGREE", "TUR", "RUS"),
    ("Japan gifted two patrol boats to Sri Lanka on 3 March.", "AID", "JPN", "LKA"),
    ("Poland transferred artillery shells to Ukraine on 3 March.", "AID", "POL", "UKR"),
    ("Spain handed over armoured vehicles to Ukraine on 3 March.", "AID", "ESP", "UKR"),
    ("Hungary opposed the resolution of Sweden on 3 March.", "REJECT", "HUN", "SWE"),
    ("Bolivia reproached Chile on 3 March.", "ACCUSE", "BOL", "CHL"),
    ("Egypt berated Ethiopia on 3 March.", "ACCUSE", "EGY", "ETH"),
    ("Russia cautioned Sweden on 3 March.", "THREATEN", "RUS", "SWE"),
    ("Haiti implored Canada to help on 3 March.", "REQUEST", "HTI", "CAN"),
    ("Sudan appreciated the efforts of Egypt on 3 March.", "SUPPORT", "SDN", "EGY"),
    ("Armenia stood in solidarity with France on 3 March.", "SUPPORT", "ARM", "FRA"),
    ("China redeployed troops to its border with India on 3 March.", "MOBILIZE", "CHN", "IND"),
    ("Russia sent a flotilla toward Cuba on 3 March.", "MOBILIZE", "RUS", "CUB"),
])
def test_other_type_wordings(coded: Coded, text: str, kind: str, source: str,
                             target: str) -> None:
    assert _has(coded, text, kind, source, target)


@pytest.mark.parametrize("text, kind", [
    ("Lithuania revoked the law on 3 March, a move welcomed by Poland.", "SANCTION"),
    ("Germany paused for a moment before answering Poland's question on 3 March.", "SANCTION"),
    ("France cancelled the concert after a storm, Spain said on 3 March.", "SANCTION"),
    ("Protesters blocked the road to the French embassy in Mali on 3 March.", "REJECT"),
    ("Lawmakers in Poland voted to approve the budget, Germany said.", "REJECT"),
    ("Iran captured the mood of the nation, Iraq's envoy said.", "COERCE"),
    ("Russia executed the plan with Belarus on 3 March.", "COERCE"),
    ("Russia seized the opportunity to praise China on 3 March.", "COERCE"),
    ("Russia and Ukraine exchanged accusations on 3 March.", "COOPERATE"),
    ("Greece shared its concerns with Turkey on 3 March.", "COOPERATE"),
    ("The Italian diplomat called in sick, Spain said.", "PROTEST"),
    ("France ended the meeting with Germany on 3 March.", "RETREAT"),
    ("Britain evacuated its citizens from Sudan on 3 March.", "RETREAT"),
    ("Japan deposited the documents with the UN on 3 March.", "AID"),
    ("India forgave Pakistan for the insult on 3 March.", "AID"),
    ("Serbia stood by its claim against Kosovo on 3 March.", "SUPPORT"),
    ("China slammed the door on talks with Japan on 3 March.", "ACCUSE"),
    ("Rain pounded Manila as the Philippine president met Japan's premier on 3 March.",
     "ASSAULT"),
    ("The sanctions targeted Russian banks, the United States said on 3 March.", "ASSAULT"),
    ("France put the question to Germany on 3 March.", "MOBILIZE"),
    ("Russia denied the allegations made by Ukraine on 3 March.", "SANCTION"),
    ("Germany welcomed the Swedish king on 3 March.", "SUPPORT"),
    ("Germany transferred the case to Poland's courts on 3 March.", "AID"),
    ("Japan handed over the presidency to Italy on 3 March.", "AID"),
    ("Greece pointed to Turkey's growing economy on 3 March.", "ACCUSE"),
    ("Spain cautioned that talks with Morocco would take time on 3 March.", "THREATEN"),
    ("France closed the session with Germany on 3 March.", "RETREAT"),
    ("Iran gifted a carpet to the visiting Iraqi premier on 3 March.", "AID"),
])
def test_other_senses_give_no_event(coded: Coded, text: str, kind: str) -> None:
    assert kind not in {q[0] for q in coded(text, PUB)}


@pytest.mark.parametrize("text, is_call", [
    ("Serbia called Kosovo's move a provocation on 3 March.", False),
    ("Russia called Finland's decision a mistake on 3 March.", False),
    ("Iran called the Israeli strike an act of war on 3 March.", False),
    ("The French president called the German chancellor on 3 March.", True),
    ("Egypt's president called his Turkish counterpart on 3 March.", True),
])
def test_calling_something_a_name_is_no_phone_call(coded: Coded, text: str,
                                                   is_call: bool) -> None:
    assert ("CONSULT" in {q[0] for q in coded(text, PUB)}) is is_call
