"""How a party is named once the story has introduced it, and names that are no party.

Found by holding one event fixed and varying only how its parties are named
(bench/constructions/make_actors.py): a regional epithet for the state in view ('the
Andean nation', 'the Baltic state', 'the former Soviet republic'), 'the self-ruled island',
'the city-state', 'It' after a statement the subject issued, a bare-apostrophe possessive
('the Philippines' foreign ministry'), and a state's adjective inside a region's name
('Central American'). Near misses check that each rule stays inside its construction.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05
INTRO = "{}'s economy grew by 3 percent last year. "


def test_regional_epithet_names_the_state_in_view(code: Code) -> None:
    peru = code(INTRO.format("Peru") + "On Tuesday, the Andean nation accused Mexico of "
                "violating the ceasefire.", published=DAY)
    assert typed(peru) == {("ACCUSE", "PER", "MEX")}
    assert peru[0].date is not None and peru[0].date.iso == "2024-03-05"
    estonia = code(INTRO.format("Estonia") + "On Tuesday, the Baltic state accused Russia of "
                   "violating the ceasefire.", published=DAY)
    assert typed(estonia) == {("ACCUSE", "EST", "RUS")}
    georgia = code(INTRO.format("Georgia") + "On Tuesday, the former Soviet republic accused "
                   "Russia of violating the ceasefire.", published=DAY)
    assert typed(georgia) == {("ACCUSE", "GEO", "RUS")}
    kazakhstan = code(INTRO.format("Kazakhstan") + "On Tuesday, the Central Asian nation "
                      "signed a defence cooperation agreement with Turkey.", published=DAY)
    assert typed(kazakhstan) == {("AGREE", "KAZ", "TUR")}


def test_regional_epithet_needs_one_state_of_its_region(code: Code) -> None:
    both = code("Estonia and Latvia both reported growth last year. On Tuesday, the Baltic "
                "state accused Russia of violating the ceasefire.", published=DAY)
    assert typed(both) == set()
    # the state in view is not of the region the epithet names
    other = code(INTRO.format("Kenya") + "On Tuesday, the Andean nation accused Mexico of "
                 "violating the ceasefire.", published=DAY)
    assert ("ACCUSE", "KEN", "MEX") not in typed(other)


def test_island_and_city_state_epithets(code: Code) -> None:
    taiwan = code(INTRO.format("Taiwan") + "On Tuesday, Beijing threatened the self-ruled "
                  "island with retaliatory tariffs.", published=DAY)
    assert typed(taiwan) == {("THREATEN", "CHN", "TWN")}
    singapore = code(INTRO.format("Singapore") + "On Tuesday, the city-state signed a defence "
                     "cooperation agreement with Malaysia.", published=DAY)
    assert typed(singapore) == {("AGREE", "SGP", "MYS")}
    # 'the island of X' names a place of its own, not the state in view
    okinawa = code(INTRO.format("Japan") + "On Tuesday, the island of Okinawa accused Sweden "
                   "of violating the ceasefire.", published=DAY)
    assert ("ACCUSE", "JPN", "SWE") not in typed(okinawa)


def test_standing_names_for_iran_and_israel(code: Code) -> None:
    iran = code("On Tuesday, the Islamic Republic accused Saudi Arabia of violating the "
                "ceasefire.", published=DAY)
    assert typed(iran) == {("ACCUSE", "IRN", "SAU")}
    pakistan = code("On Tuesday, the Islamic Republic of Pakistan accused India of violating "
                    "the ceasefire.", published=DAY)
    assert typed(pakistan) == {("ACCUSE", "PAK", "IND")}
    israel = code("On Tuesday, the Jewish state accused Turkey of violating the ceasefire.",
                  published=DAY)
    assert typed(israel) == {("ACCUSE", "ISR", "TUR")}


def test_it_after_a_statement_is_its_issuer(code: Code) -> None:
    brazil = code("Brazil's foreign ministry issued a statement on Tuesday. It accused Iran "
                  "of violating the ceasefire.", published=DAY)
    assert typed(brazil) == {("ACCUSE", "BRA", "IRN")}
    # a deal the subject signed may be what 'it' is: the subject is not assumed
    deal = typed(code("Kenya signed the accord on Tuesday. It urged Somalia to release the "
                      "detained journalists.", published=DAY))
    assert ("REQUEST", "KEN", "SOM") not in deal


def test_bare_apostrophe_possessive_joins_the_office(code: Code) -> None:
    uae = code("The United Arab Emirates' foreign ministry issued a statement on Tuesday. "
               "It rejected Ethiopia's proposal for a ceasefire.", published=DAY)
    assert typed(uae) == {("REJECT", "ARE", "ETH")}
    philippines = code("On Tuesday, the Philippines' top diplomat accused China of violating "
                       "the ceasefire.", published=DAY)
    assert typed(philippines) == {("ACCUSE", "PHL", "CHN")}


def test_state_adjective_inside_a_region_name_is_no_party(code: Code) -> None:
    latin = code("On Tuesday, Latin American leaders urged Venezuela to release the detained "
                 "journalists.", published=DAY)
    assert typed(latin) == set()
    central = code(INTRO.format("Guatemala") + "On Tuesday, the Central American country "
                   "rejected Honduras's proposal for a ceasefire.", published=DAY)
    assert typed(central) == {("REJECT", "GTM", "HND")}
    # states whose own adjective starts with a compass word keep it
    assert typed(code("On Tuesday, South African officials urged Israel to release the "
                      "detained journalists.", published=DAY)) == {("REQUEST", "ZAF", "ISR")}
    assert typed(code("On Tuesday, American officials urged Venezuela to release the "
                      "detained journalists.", published=DAY)) == {("REQUEST", "USA", "VEN")}


def test_qualified_kind_words_stand_for_a_named_organisation(code: Code) -> None:
    un = code("U.N. envoys met in Geneva on Monday. On Tuesday, the world body urged Myanmar "
              "to release the detained journalists.", published=DAY)
    assert typed(un) == {("REQUEST", "UN", "MMR")}
    au = code("The African Union convened on Monday. On Tuesday, the continental body urged "
              "Sudan to release the detained journalists.", published=DAY)
    assert typed(au) == {("REQUEST", "AU", "SDN")}
    # the bare kind word is too loose: 'the body' after the UN is no reference to it
    body = code("U.N. envoys met in Geneva on Monday. On Tuesday, the body urged Myanmar to "
                "release the detained journalists.", published=DAY)
    assert ("REQUEST", "UN", "MMR") not in typed(body)
    # with nothing named before, 'the world body' has no antecedent
    assert typed(code("On Tuesday, the world body urged Myanmar to release the detained "
                      "journalists.", published=DAY)) == set()


def test_un_agency_descriptions_name_the_agency_not_the_un(code: Code) -> None:
    iaea = code("On Tuesday, the U.N. nuclear watchdog urged Iran to release the detained "
                "journalists.", published=DAY)
    assert typed(iaea) == {("REQUEST", "IAEA", "IRN")}
    who = code("On Tuesday, the UN health agency urged Sudan to release the detained "
               "journalists.", published=DAY)
    assert typed(who) == {("REQUEST", "WHO", "SDN")}
