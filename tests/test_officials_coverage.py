"""Coverage of the officials tables: an article may be about any pair of states, and a
leader named by surname alone ('Tobgay told reporters') codes no actor unless the tables
know whose official he or she was on the article's day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dyadwatch.knowledge import KnowledgeBase
from tests.conftest import Quad
from tests.test_knowledge_coverage import UN_MEMBERS

TOP_LEVELS = ("head_of_state", "head_of_government")

# San Marino's two Captains Regent change every six months; the news names them rarely and
# never as the state's voice abroad, so the tables leave them out.
NO_LEADER_TABLED = {"SMR"}


def _leader_on(kb: KnowledgeBase, party: str, day: date) -> bool:
    return any(o.party == party and any(f.level in TOP_LEVELS and f.covers(day) for f in o.offices)
               for offs in kb.officials.values() for o in offs)


def test_every_un_member_has_a_leader_each_year(kb: KnowledgeBase) -> None:
    missing = [(code, year) for code in UN_MEMBERS if code not in NO_LEADER_TABLED
               for year in range(2016, 2026) if not _leader_on(kb, code, date(year, 7, 1))]
    assert missing == []


@pytest.mark.parametrize(("surface", "party", "inside", "outside"), [
    ("tobgay", "BTN", date(2024, 6, 1), date(2020, 6, 1)),
    ("mottley", "BRB", date(2019, 1, 10), date(2016, 1, 10)),
    ("whipps", "PLW", date(2022, 3, 1), date(2019, 3, 1)),
    ("matekane", "LSO", date(2023, 1, 5), date(2021, 1, 5)),
    ("khurelsukh", "MNG", date(2023, 9, 1), date(2016, 9, 1)),
    ("okonjo-iweala", "WTO", date(2022, 6, 12), date(2019, 6, 12)),
    ("barkindo", "OPEC", date(2019, 12, 6), date(2023, 12, 6)),
    ("ramkalawan", "SYC", date(2021, 2, 1), date(2018, 2, 1)),
])
def test_bare_surname_gives_the_office_only_inside_the_term(
        kb: KnowledgeBase, surface: str, party: str, inside: date, outside: date) -> None:
    holders = [o for o in kb.officials_named(surface) if o.party == party]
    assert holders
    assert any(o.office_on(inside) is not None for o in holders)
    assert all(o.office_on(outside) is None for o in holders)


@pytest.mark.parametrize(("text", "day", "party", "other"), [
    ("On Monday, Bhutan's prime minister Tobgay held talks with Nepalese officials in "
     "Kathmandu.", "2024-06-03", "BTN", "NPL"),
    ("In a speech in Bridgetown, Mottley accused Britain of ignoring climate reparations.",
     "2023-04-12", "BRB", "GBR"),
    ("Palauan President Surangel Whipps Jr. condemned China over the incursions.",
     "2023-02-20", "PLW", "CHN"),
    ("Speaking on Thursday, Santokhi thanked India for its support.", "2021-05-13", "SUR", "IND"),
    ("The visit by Lesotho's Matekane to Pretoria was welcomed by South Africa.",
     "2023-06-01", "LSO", "ZAF"),
    ("Later that week, Ramgoolam met Indian Prime Minister Narendra Modi in Port Louis.",
     "2025-03-11", "MUS", "IND"),
    ("Prime Minister Feleti Teo signed a treaty with Australia in Funafuti.", "2024-08-28",
     "TUV", "AUS"),
    ("WTO Director-General Ngozi Okonjo-Iweala met Indian Commerce Minister Piyush Goyal.",
     "2023-11-20", "WTO", "IND"),
    ("Last month Khurelsukh hosted Russian President Vladimir Putin in Ulaanbaatar.",
     "2024-10-02", "MNG", "RUS"),
    ("Kerrie Symmonds met Venezuelan Foreign Minister Yvan Gil in Caracas.", "2024-05-01",
     "BRB", "VEN"),
    ("At the meeting Embalo expelled the Portuguese ambassador.", "2022-08-01", "GNB", "PRT"),
])
def test_newly_tabled_official_codes_his_or_her_state(
        coded: Callable[..., set[Quad]], text: str, day: str, party: str, other: str) -> None:
    found = coded(text, day)
    assert any({q[1], q[2]} == {party, other} for q in found), found


@pytest.mark.parametrize(("text", "party"), [
    ("Marjorie Taylor Greene criticised Venezuela over migration.", "ATG"),
    ("Governor Chris Christie criticised Cuba over the detentions.", "BHS"),
    ("Senator Kay Granger criticised Venezuela over the election.", "GUY"),
])
def test_namesake_of_a_tabled_official_is_not_his_state(
        coded: Callable[..., set[Quad]], text: str, party: str) -> None:
    """A surname shared with a tabled leader, under another given name, is someone else."""
    assert not any(party in (q[1], q[2]) for q in coded(text, "2024-03-01"))


@pytest.mark.parametrize(("surface", "party"), [
    ("ajay banga", "WB"), ("haitham al-ghais", "OPEC"), ("carla barnett", "CARICOM"),
    ("veronica nduva", "EAC"), ("mirjana spoljaric egger", "ICRC"), ("iwasawa", "ICJ"),
    ("rashid alimov", "SCO"), ("stanislav zas", "CSTO"),
])
def test_organisation_heads_are_tabled(kb: KnowledgeBase, surface: str, party: str) -> None:
    assert any(o.party == party for o in kb.officials_named(surface))
