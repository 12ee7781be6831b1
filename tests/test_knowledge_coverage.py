"""Coverage of the party and official knowledge: real articles name any state, regional
bloc or office holder, and a name the knowledge lacks loses the event at the actor stage."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dyadwatch.knowledge import KnowledgeBase
from tests.conftest import Quad


def _codes(text: str) -> list[str]:
    return text.split()


UN_MEMBERS = _codes("""AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL
BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN
GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL
NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA
VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA
TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE""")

# Observer states and self-governing or partly recognised states the news reports as actors.
OTHER_STATES = ["VAT", "PSE", "TWN", "XKX", "COK", "NIU", "ESH"]

# 'Congolese' means either Congo and 'Dominican' the Dominican Republic: left out on purpose.
AMBIGUOUS_ADJECTIVE = {"COG", "DMA"}

REGIONAL_BLOCS = ["SADC", "MERCOSUR", "PIF", "CARICOM", "CELAC", "IGAD", "EAC", "ECCAS", "OAS",
                  "SAARC", "APEC", "AES", "ECOWAS", "ASEAN", "AU", "EU", "GCC"]


def test_every_un_member_is_a_state_with_capital_and_adjective(kb: KnowledgeBase) -> None:
    assert len(UN_MEMBERS) == 193
    lacking = [code for code in UN_MEMBERS + OTHER_STATES
               if kb.parties.get(code, {}).get("kind") != "state"
               or not kb.parties[code].get("names")]
    assert lacking == []
    no_capital = [c for c in UN_MEMBERS if not kb.parties[c].get("capitals")]
    no_adjective = [c for c in UN_MEMBERS if not kb.parties[c].get("adjectives")
                    and c not in AMBIGUOUS_ADJECTIVE]
    assert no_capital == [] and no_adjective == []


def test_regional_blocs_are_organisations_with_acronyms(kb: KnowledgeBase) -> None:
    for code in REGIONAL_BLOCS:
        entry = kb.parties.get(code)
        assert entry is not None and entry["kind"] == "organisation", code
        assert "bloc" in entry.get("generics", []) or code in ("OAS", "APEC", "PIF"), code


def test_adjective_surfaces_do_not_shadow_names(kb: KnowledgeBase) -> None:
    """A surface listed both as a name and as an adjective ends up with the category loaded
    last: a name must stay a name ('Myanmar' must not become an adjective)."""
    for code, entry in kb.parties.items():
        for name in entry.get("names", []):
            alias = kb.aliases[name]
            assert alias.code == code or alias.category == "name", (code, name, alias)


@pytest.mark.parametrize(("party", "day"), [
    ("ETH", date(2019, 3, 1)), ("SOM", date(2018, 6, 1)), ("SDN", date(2021, 5, 1)),
    ("MLI", date(2019, 5, 1)), ("BFA", date(2017, 5, 1)), ("NER", date(2018, 5, 1)),
    ("TCD", date(2017, 5, 1)), ("SEN", date(2022, 5, 1)), ("MRT", date(2021, 5, 1)),
    ("LAO", date(2020, 5, 1)), ("TLS", date(2019, 5, 1)), ("SGP", date(2020, 5, 1)),
    ("PER", date(2019, 5, 1)), ("BOL", date(2022, 5, 1)), ("GTM", date(2018, 5, 1)),
    ("CHL", date(2023, 5, 1)), ("YEM", date(2023, 5, 1)), ("DJI", date(2020, 5, 1)),
    ("SSD", date(2020, 5, 1)), ("BRN", date(2020, 5, 1)), ("ZWE", date(2020, 5, 1)),
    ("TZA", date(2022, 5, 1)), ("LKA", date(2023, 5, 1)), ("GHA", date(2019, 5, 1)),
    ("URY", date(2021, 5, 1)), ("CUB", date(2016, 5, 1)), ("MOZ", date(2018, 5, 1)),
])
def test_head_of_state_known_on_day(kb: KnowledgeBase, party: str, day: date) -> None:
    holders = {o.name for offs in kb.officials.values() for o in offs
               if o.party == party and any(f.level == "head_of_state" and f.covers(day)
                                           for f in o.offices)}
    assert holders, (party, day)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tongan Prime Minister Siaosi Sovaleni met the Japanese foreign minister.", {"TON", "JPN"}),
    ("The Cook Islands signed a partnership agreement with China.", {"COK", "CHN"}),
    ("Niuean Premier Dalton Tagelagi met New Zealand's foreign minister.", {"NIU", "NZL"}),
    ("Argentina threatened to quit the Mercosur bloc.", {"ARG", "MERCOSUR"}),
    ("The Pacific Islands Forum criticised Japan over the wastewater plan.", {"PIF", "JPN"}),
    ("The Organization of American States suspended Nicaragua.", {"OAS", "NIC"}),
    ("The Caribbean Community urged Washington to ease the embargo.", {"CARICOM", "USA"}),
    ("The Alliance of Sahel States accused ECOWAS of hostility.", {"AES", "ECOWAS"}),
    ("Salva Kiir accused Khartoum of arming the rebels.", {"SSD", "SDN"}),
    ("James Marape signed a policing pact with Canberra.", {"PNG", "AUS"}),
    ("Kao Kim Hourn urged Myanmar to halt the air strikes.", {"ASEAN", "MMR"}),
    ("Musalia Mudavadi met Wang Yi in Nairobi.", {"KEN", "CHN"}),
    ("Ni-Vanuatu officials criticised France over the nickel dispute.", {"VUT", "FRA"}),
    ("The Sahrawi Arab Democratic Republic accused Rabat of breaking the truce.", {"ESH", "MAR"}),
    ("Yongsan rejected the North Korean offer of talks.", {"KOR", "PRK"}),
])
def test_new_names_code_their_party(coded: Callable[..., set[Quad]], text: str,
                                    expected: set[str]) -> None:
    found = coded(text, "2024-05-10")
    assert any({q[1], q[2]} == expected for q in found), found


@pytest.mark.parametrize(("text", "wrong"), [
    ("Mark Brown, a farmer from Ohio, criticised Canada over the tariffs.", "COK"),
    ("Protesters in Hong Kong criticised Britain over the visa rules.", "CHN"),
    ("Georgia Governor Brian Kemp criticised Mexico over the border.", "GEO"),
    ("Michael Jordan praised Spain after the final.", "JOR"),
    ("Nigerian officials accused Cameroon of harbouring the gunmen.", "NER"),
])
def test_near_misses_code_no_wrong_party(coded: Callable[..., set[Quad]], text: str,
                                         wrong: str) -> None:
    found = coded(text, "2024-05-10")
    assert all(wrong not in (q[1], q[2]) for q in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("Dominica's Prime Minister Roosevelt Skerrit, chair of CARICOM, met Biden in Washington "
     "on 3 May 2023.", ("DMA", "USA")),
    ("Senegal's President Macky Sall, chairman of the African Union, visited Putin in Sochi "
     "on 3 June 2022.", ("SEN", "RUS")),
])
def test_a_rotating_chair_speaks_for_their_state(coded: Callable[..., set[Quad]], text: str,
                                                 pair: tuple[str, str]) -> None:
    found = coded(text, "2024-01-01")
    assert any({q[1], q[2]} == set(pair) for q in found if q[0] == "CONSULT")
    assert not any("CARICOM" in q or "AU" in q for q in found)
