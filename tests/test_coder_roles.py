"""Argument and modality rules added for unseen wire copy: demonym-modified arguments,
announced decisions, naming complements, separate bilateral deals, new trigger families."""

from collections.abc import Callable

from dyadwatch.records import FuzzyDate, Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def test_demonym_on_an_argument_names_its_party(code: Code) -> None:
    found = code("Estonian police detained a Russian trawler crew on Monday.",
                 published="2024-05-08")
    assert ("COERCE", "EST", "RUS") in typed(found)
    rammed = code("Chinese militia vessels rammed a Vietnamese fishing boat on Friday.",
                  published="2024-05-11")
    assert typed(rammed) == {("ASSAULT", "CHN", "VNM")}
    assert rammed[0].date == FuzzyDate(2024, 5, 10)


def test_decision_announced_in_reported_speech_is_an_event(code: Code) -> None:
    (expel,) = code("Poland said on Tuesday it would expel four Belarusian diplomats.",
                    published="2023-02-09")
    assert (expel.type, expel.source.code, expel.target.code, expel.status) == (
        "SANCTION", "POL", "BLR", "occurred")
    assert expel.date == FuzzyDate(2023, 2, 7)


def test_conditional_or_possible_decision_stays_hypothetical(code: Code) -> None:
    assert code("Poland said on Tuesday it would expel Belarusian diplomats if the border "
                "stayed closed.", published="2023-02-09") == []
    assert code("Poland said on Tuesday it could expel Belarusian diplomats.",
                published="2023-02-09") == []


def test_announced_visit_is_planned(code: Code) -> None:
    (visit,) = code("The Hungarian foreign minister said on Monday he would visit Beijing.",
                    published="2024-03-12")
    assert (visit.type, visit.status) == ("CONSULT", "planned")


def test_naming_complement_names_the_accused(code: Code) -> None:
    (accuse,) = code("Lithuanian President Gitanas Nauseda on Sunday called the drill an open "
                     "provocation by Belarus.", published="2024-06-10")
    assert (accuse.type, accuse.source.code, accuse.target.code) == ("ACCUSE", "LTU", "BLR")


def test_deed_that_is_only_named_or_judged_is_not_dated_news(code: Code) -> None:
    found = code("The Georgian president on Tuesday denounced what she called brutal attacks "
                 "by Russian forces on Ukrainian cities.", published="2023-03-01")
    assert "ASSAULT" not in {m.type for m in found}


def test_protest_lodged_with_a_party_targets_it(code: Code) -> None:
    (protest,) = code("Seoul's foreign ministry said on Friday it had lodged strong "
                      "representations with Tokyo.", published="2023-08-26")
    assert (protest.type, protest.source.code, protest.target.code) == ("PROTEST", "KOR", "JPN")


def test_deals_signed_with_several_parties_are_bilateral(code: Code) -> None:
    found = code("On 22 September 2021, Morocco signed agreements with Spain and Portugal.")
    pairs = {frozenset((m.source.code, m.target.code)) for m in found if m.type == "AGREE"}
    assert pairs == {frozenset(("MAR", "ESP")), frozenset(("MAR", "PRT"))}


def test_lifting_sanctions_on_a_party_targets_it(code: Code) -> None:
    (lift,) = code("On 3 March 2015, the European Union lifted sanctions on Belarus.")
    assert (lift.type, lift.source.code, lift.target.code) == ("CONCEDE", "EU", "BLR")


def test_new_trigger_families(code: Code) -> None:
    assert ("COERCE", "CHN", "PHL") in typed(code(
        "On 5 August 2023, a Chinese coast guard vessel fired water cannon at a Philippine "
        "resupply boat."))
    assert ("SUPPORT", "AUS", "CHN") in typed(code(
        "On 11 April 2023, Australia welcomed the decision by China to review its barley duties."))
    assert ("REQUEST", "FRA", "IRN") in typed(code(
        "On 2 May 2024, France called for Iran to release its detained citizens."))


def test_naming_with_a_trailing_adjective_is_not_a_call(code: Code) -> None:
    found = code("On 4 June 2021 the Belarusian embassy called the Polish measures unacceptable "
                 "and short-sighted.")
    assert "CONSULT" not in {m.type for m in found}
    assert ("PROTEST", "BLR", "POL") in typed(found)


def test_a_deadline_to_leave_is_an_expulsion(code: Code) -> None:
    found = code("On 31 January 2022 Mali's government gave the French ambassador 72 hours to "
                 "leave the country.")
    assert ("SANCTION", "MLI", "FRA") in typed(found)


def test_comments_do_not_travel(code: Code) -> None:
    found = code("His remarks came a day after the Serbian president visited Moscow.",
                 published="2024-02-02")
    assert {m.type for m in found} == {"CONSULT"}
    assert {(m.source.code, m.target.code) for m in found} == {("SRB", "RUS")}


def test_a_request_targets_the_party_asked(code: Code) -> None:
    (ask,) = code("On 5 May 2024 Germany demanded that Moscow release the detained journalist.")
    assert (ask.type, ask.source.code, ask.target.code) == ("REQUEST", "DEU", "RUS")


def test_denouncing_a_treaty_ends_it(code: Code) -> None:
    found = code("On 2 May 2022 Mali denounced its defence treaty with France.")
    assert ("SANCTION", "MLI", "FRA") in typed(found)
    judged = code("On 2 May 2022 Mali denounced the French strikes.")
    assert "SANCTION" not in {m.type for m in judged}


def test_a_just_deposed_leader_keeps_his_title(code: Code) -> None:
    found = code("On 30 July 2023 ECOWAS leaders demanded the reinstatement of President "
                 "Mohamed Bazoum and imposed sanctions on Niger.")
    assert ("SANCTION", "ECOWAS", "NER") in typed(found)
    assert all(m.date == FuzzyDate(2023, 7, 30) for m in found if m.type == "SANCTION")


def test_review_false_events_stay_out(code: Code) -> None:
    """Conditions, requests and private people are not acts of states."""
    assert code("Putin said on Tuesday that Russia would respond to any attack on Belarus.",
                published="2024-05-08") == []
    asked = code("Finland urged Russia to release the prisoners on Monday.", published="2024-05-08")
    assert typed(asked) == {("REQUEST", "FIN", "RUS")}
    assert code("Turkish fans harassed German tourists in Antalya on Friday.",
                published="2024-05-08") == []
    assert code("Chinese tourists visited France on Sunday.", published="2024-05-08") == []


def test_a_state_institution_as_venue_hosts_the_signing(code: Code) -> None:
    found = code("On 15 September 2020 Israeli and Emirati ministers signed an accord at the "
                 "White House.")
    pairs = {frozenset((m.source.code, m.target.code)) for m in found if m.type == "AGREE"}
    assert frozenset(("ISR", "USA")) in pairs and frozenset(("ISR", "ARE")) in pairs
    city = code("On 15 September 2020 Israeli and Emirati ministers signed an accord in Washington.")
    assert all("USA" not in (m.source.code, m.target.code) for m in city)


def test_suspending_a_member_is_a_sanction(code: Code) -> None:
    (suspension,) = code("On 31 August 2023 the African Union suspended Gabon.")
    assert (suspension.type, suspension.source.code, suspension.target.code) == (
        "SANCTION", "AU", "GAB")
    assert code("On 31 August 2023 the African Union suspended the meeting.") == []


def test_background_clause_does_not_take_the_news_day(code: Code) -> None:
    found = code("Ties also soured after Hungarian police detained two Slovak drivers.",
                 published="2021-10-01")
    assert [m.date for m in found if m.type == "COERCE"] == [None]


def test_an_act_and_its_answer_in_one_sentence_are_two_events(code: Code) -> None:
    found = code("On Monday Chile expelled two Peruvian diplomats, hours after Lima ordered two "
                 "Chilean diplomats to leave.", published="2024-10-16")
    assert {("SANCTION", "CHL", "PER"), ("SANCTION", "PER", "CHL")} <= typed(found)
