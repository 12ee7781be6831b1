"""Roles reached through a neighbouring clause or an organ of a party: a body 'of' an
organisation, a ministry 'in' a capital, a verb listed after others, a refused act, a deed
done in answer to another party's act."""

from collections.abc import Callable

from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def test_board_of_an_organisation_acts_for_it(code: Code) -> None:
    found = code("On 21 November the Board of Governors of the IAEA found Tehran in violation of "
                 "its commitments.", published="2024-11-22")
    assert ("ACCUSE", "IAEA", "IRN") in typed(found)


def test_ministry_in_a_capital_acts_for_its_state(code: Code) -> None:
    found = code("The foreign ministry in Beijing on Tuesday accused Manila of a reckless "
                 "provocation.", published="2024-05-08")
    assert ("ACCUSE", "CHN", "PHL") in typed(found)


def test_embassy_in_a_capital_does_not_act_for_the_host(code: Code) -> None:
    found = code("The Chinese embassy in Manila on Tuesday accused Japan of a reckless "
                 "provocation.", published="2024-05-08")
    assert not any(m.source.code == "PHL" for m in found)


def test_warning_listed_after_deeds_shares_subject_and_target(code: Code) -> None:
    found = code("On 2 June Ghana's cabinet closes its ports to Togolese ships, halts all "
                 "trade with Togo, and warns that any new border incident would be met with "
                 "force.", published="2023-06-03")
    assert ("THREATEN", "GHA", "TGO") in typed(found)
    assert not any(m.source.code == "TGO" for m in found)


def test_pronoun_object_of_a_listed_verb_is_the_party_named_before(code: Code) -> None:
    found = code("The foreign ministry in Tokyo on Friday accused Beijing of a dangerous "
                 "manoeuvre and warned it against repeating the incident.", published="2022-09-03")
    assert ("THREATEN", "JPN", "CHN") in typed(found)


def test_listed_verb_with_its_own_subject_does_not_borrow_a_target(code: Code) -> None:
    found = code("Egypt said it had shot down two Libyan drones over its territory, a day "
                 "after Libyan jets struck what Tripoli called a smuggling depot.",
                 published="2020-05-04")
    assert ("ASSAULT", "LBY", "LBY") not in typed(found)
    assert ("ASSAULT", "EGY", "LBY") in typed(found)
    assert not any(m.trigger == "struck" and m.source.code == "EGY" for m in found)


def test_refusing_an_act_is_aimed_at_the_party_of_the_act(code: Code) -> None:
    found = code("Kinshasa has refused to open direct negotiations with Kigali until the rebels "
                 "withdraw.", published="2019-03-01")
    assert ("REJECT", "COD", "RWA") in typed(found)


def test_a_with_after_the_object_of_the_act_is_not_its_party(code: Code) -> None:
    found = code("Moldova has agreed to host an OSCE observer team along its frontier with "
                 "Ukraine.", published="2022-10-01")
    assert ("AGREE", "MDA", "UKR") not in typed(found)


def test_deed_after_another_partys_act_answers_that_party(code: Code) -> None:
    found = code("On 9 May the African Union lifted its sanctions after Conakry presented a "
                 "new transition timetable.", published="2022-05-10")
    assert ("CONCEDE", "AU", "GIN") in typed(found)


def test_same_act_done_in_parallel_is_not_answered(code: Code) -> None:
    found = code("Last Monday the Polish parliament voted to ratify the treaty, two days after "
                 "the Czech parliament did so.", published="2023-03-30")
    assert not any(m.source.code == "POL" and m.target.code == "CZE" for m in found)
