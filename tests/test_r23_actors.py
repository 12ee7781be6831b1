"""Who acts: bare chamber names, seats of government, state firms (round 23, actors).

'Senate' and 'House of Representatives' name chambers in many states: under a foreign
dateline a bare chamber is that state's, and a 'Senate President' (an office the US
chambers lack) names no American. Near misses keep the US chamber: a wire with no foreign
dateline, a qualified chamber, an American chamber office. A house of government entered
('in the Oval Office', 'in the Kremlin') hosts a signing or talks as 'at' does; a ministry
after 'in' does not, nor does a leader's own seat. A state-owned company acts for its state;
with only a private partner it makes no event.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def _codes(mentions: list[Mention]) -> set[str]:
    return {code for m in mentions for code in (m.source.code, m.target.code)}


def test_bare_chamber_under_foreign_dateline_is_home_state(code: Code) -> None:
    text = ("MANILA, March 6 (Wire) - On Tuesday the Senate ratified the free trade agreement "
            "with South Korea.")
    got = code(text, published=DAY)
    assert "PHL" in _codes(got) and "USA" not in _codes(got)


def test_house_under_foreign_dateline(code: Code) -> None:
    text = ("KATHMANDU, March 6 (Wire) - On Tuesday the House of Representatives ratified the "
            "grant compact with the United States.")
    assert {"NPL", "USA"} <= _codes(code(text, published=DAY))


def test_senate_president_is_not_american(code: Code) -> None:
    text = "On Tuesday Senate President Ilona Kovacs landed in Taipei with a business delegation."
    assert "USA" not in _codes(code(text, published=DAY))


def test_senate_president_under_dateline_takes_home(code: Code) -> None:
    text = ("MANILA, March 6 (Wire) - On Tuesday Senate President Juan Reyes met Japanese Prime "
            "Minister Fumio Kishida in Tokyo.")
    assert _codes(code(text, published=DAY)) == {"PHL", "JPN"}


def test_bare_senate_in_us_wire_stays_american(code: Code) -> None:
    text = "On Tuesday the Senate ratified the accession treaty with Finland."
    assert {"USA", "FIN"} <= _codes(code(text, published=DAY))


def test_american_chamber_office_stays_american(code: Code) -> None:
    text = ("On Tuesday Senate Majority Leader Chuck Schumer met Chinese President Xi Jinping "
            "in Beijing.")
    assert _codes(code(text, published=DAY)) == {"USA", "CHN"}


def test_qualified_chamber_keeps_its_state_under_dateline(code: Code) -> None:
    text = ("MANILA, March 6 (Wire) - On Tuesday the US Senate ratified the defence accord with "
            "Japan.")
    assert {"USA", "JPN"} <= _codes(code(text, published=DAY))


def test_signing_in_oval_office_hosted_by_us(code: Code) -> None:
    text = "On Tuesday Guatemala's interior minister signed a migration agreement in the Oval Office."
    assert any(t == "AGREE" and {s, o} == {"GTM", "USA"} for t, s, o in typed(code(text, published=DAY)))


def test_talks_in_kremlin_hosted_by_russia(code: Code) -> None:
    text = "On Tuesday the Hungarian prime minister held talks in the Kremlin."
    assert any(t == "CONSULT" and {s, o} == {"HUN", "RUS"} for t, s, o in typed(code(text, published=DAY)))


def test_own_leader_in_own_seat_is_no_event(code: Code) -> None:
    text = "On Tuesday President Joe Biden signed the budget bill in the Oval Office."
    assert not [m for m in code(text, published=DAY) if m.source.code != m.target.code]


def test_ministry_after_in_is_no_host(code: Code) -> None:
    text = ("On Tuesday the Kenyan trade minister met the Chinese ambassador in the State "
            "Department.")
    assert "USA" not in _codes(code(text, published=DAY))


def test_state_oil_company_acts_for_its_state(code: Code) -> None:
    text = "On Tuesday Saudi Aramco halted fuel shipments to Egypt."
    assert ("SANCTION", "SAU", "EGY") in typed(code(text, published=DAY))


def test_state_railway_refusal(code: Code) -> None:
    text = "On Tuesday Lithuanian Railways refused to carry Russian cargo to Kaliningrad."
    assert any(s == "LTU" and o == "RUS" for _, s, o in typed(code(text, published=DAY)))


def test_state_firm_with_private_partner_is_no_event(code: Code) -> None:
    text = "On Tuesday Rosneft signed a supply contract with TotalEnergies."
    assert not [m for m in code(text, published=DAY) if m.source.code != m.target.code]


def test_adjective_capital_after_in_is_no_host(code: Code) -> None:
    text = ("On Tuesday the foreign ministers of Armenia and Azerbaijan held talks in the Kazakh "
            "capital.")
    assert _codes(code(text, published=DAY)) == {"ARM", "AZE"}


def test_senate_president_pro_tempore_is_american(code: Code) -> None:
    text = "On Tuesday Senate President pro tempore Chuck Grassley met Australia's ambassador."
    assert {"USA", "AUS"} <= _codes(code(text, published=DAY))


def test_a_call_from_a_seat_of_government_has_no_host(code: Code) -> None:
    got = code("On Tuesday Tokayev held a call with Mirziyoyev in the Kremlin.", published=DAY)
    assert "RUS" not in _codes(got) and {"KAZ", "UZB"} <= _codes(got)
