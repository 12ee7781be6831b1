"""Which mentions of a nationality or an office make a party of an event, and which do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import quads

Coder = Callable[..., list[Mention]]
PUB = "2024-05-20"


def _pairs(code: Coder, text: str) -> set[tuple[str, str]]:
    return {(q[1], q[2]) for q in quads(code(text, PUB))}


@pytest.mark.parametrize("text, absent", [
    ("Kyiv said its gunners downed nine Iranian-designed drones overnight.", "IRN"),
    ("Gunmen fired a Russian-made rocket at the Nigerien army post.", "RUS"),
    ("Syrian-backed fighters attacked a police station in northern Lebanon.", "SYR"),
    ("A Turkish-built corvette was handed over to the Pakistani navy.", "TUR"),
    ("The Qatari-brokered truce between Israel and Hamas collapsed on Monday.", "QAT"),
])
def test_origin_adjective_is_no_party(code: Coder, text: str, absent: str) -> None:
    assert all(absent not in pair for pair in _pairs(code, text))


@pytest.mark.parametrize("text, absent", [
    ("Former Nigerian president Olusegun Obasanjo criticised Ghana over the deportations.", "NGA"),
    ("Ex-Thai premier Prayut Chan-o-cha accused Cambodia of stalling the border talks.", "THA"),
    ("A former Polish foreign minister condemned Belarus for the arrests.", "POL"),
    ("Kenya's former foreign minister praised Tanzania for its hospitality.", "KEN"),
])
def test_former_official_is_no_party(code: Coder, text: str, absent: str) -> None:
    assert all(absent not in pair for pair in _pairs(code, text))


@pytest.mark.parametrize("text, absent", [
    ("Chinese companies criticised Vietnam over the new import tariffs.", "CHN"),
    ("The Belarusian opposition accused Russia of propping up the regime.", "BLR"),
    ("An Indian journalist criticised Bangladesh over the floods response.", "IND"),
    ("Egyptian banks praised Saudi Arabia for the deposit.", "EGY"),
    ("Georgian rebels attacked a Russian base near Tskhinvali.", "GEO"),
    ("A Venezuelan opposition leader met the Spanish prime minister in Madrid.", "VEN"),
    ("The Syrian rebel commander thanked Turkey for the artillery support.", "SYR"),
])
def test_private_or_opposition_head_is_no_party(code: Coder, text: str, absent: str) -> None:
    assert all(absent not in pair for pair in _pairs(code, text))


@pytest.mark.parametrize("text, pair", [
    ("The Chinese foreign ministry condemned Japan over the shrine visit.", ("CHN", "JPN")),
    ("The Saudi-led coalition struck Houthi positions in Yemen.", ("SAU", "YEM")),
    ("Indian troops shelled Pakistani army posts near the disputed frontier.", ("IND", "PAK")),
])
def test_state_adjective_still_makes_a_party(code: Coder, text: str,
                                             pair: tuple[str, str]) -> None:
    assert pair in _pairs(code, text)


@pytest.mark.parametrize("text, pair", [
    ("Kenyan Prime Minister Ruto met the Estonian president. The Malaysian trade minister "
     "signed a deal with Indonesia.", ("MYS", "IDN")),
    ("Ghana's foreign minister visited Accra. The Nigerian health minister signed an "
     "accord with Benin.", ("NGA", "BEN")),
])
def test_portfolio_title_takes_its_own_party(code: Coder, text: str,
                                             pair: tuple[str, str]) -> None:
    found = _pairs(code, text)
    assert pair in found
    signer = pair[0]
    assert not any(p[1] == pair[1] and p[0] != signer for p in found)


@pytest.mark.parametrize("text, pair", [
    ("The members of the Security Council met behind closed doors. "
     "They condemned Iran's seizure of the tanker.", ("UN", "IRN")),
    ("The leaders of NATO gathered in Vilnius. They urged Russia to withdraw its troops.",
     ("NATO", "RUS")),
    ("Members of the African Union met in Addis Ababa. They condemned the coup in Niger.",
     ("AU", "NER")),
])
def test_they_after_members_of_a_body(code: Coder, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(code, text)


def test_name_after_verb_is_no_appositive(code: Coder) -> None:
    found = _pairs(code, "A Ugandan activist, Stella Nyanzi, met the Danish prime minister "
                         "in Copenhagen. Nyanzi later criticised Kenya.")
    assert ("DNK", "KEN") not in found


@pytest.mark.parametrize("text, pair", [
    ("Vietnam's Minister of Industry and Trade Pham Van Khoa toured the plant on Monday.\n"
     "Khoa urged Cambodia to speed up the joint power project.", ("VNM", "KHM")),
    ("Laos's Minister of Energy and Mines Bounmy Sisavath opened the dam on Tuesday.\n"
     "Sisavath thanked Thailand for the loan.", ("LAO", "THA")),
    ("The Philippine Secretary of Agriculture Ramon Delacruz spoke on Friday.\n"
     "Delacruz accused Vietnam of dumping cheap rice.", ("PHL", "VNM")),
])
def test_name_after_long_portfolio_is_remembered(code: Coder, text: str,
                                                 pair: tuple[str, str]) -> None:
    assert pair in _pairs(code, text)


@pytest.mark.parametrize("text, absent", [
    ("Tourism chief Karim Abdul Ghani met the Emirati ambassador in Kabul.", "AFG"),
    ("The businessman Ahmed Rashid Ghani criticised Kenya over the tax.", "AFG"),
])
def test_shared_surname_is_not_the_official(code: Coder, text: str, absent: str) -> None:
    found = _pairs(code, text)
    assert not any(p[0] == absent for p in found)


def test_long_name_is_remembered_by_its_first_word(code: Coder) -> None:
    text = ("Malaysia's Minister of Home Affairs Rahmat Yusof Hakim flew to Jakarta.\n"
            "Rahmat praised Indonesia for the joint border patrols.")
    assert ("MYS", "IDN") in _pairs(code, text)
