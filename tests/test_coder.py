"""Coding rules on hand-written sentences, with the real spaCy model."""

from collections.abc import Callable

from dyadwatch.records import FuzzyDate, Mention

Code = Callable[..., list[Mention]]


def pairs(mentions: list[Mention]) -> set[tuple[str, str, str, str | None]]:
    return {(m.type, m.source.code, m.target.code, m.date.iso if m.date else None) for m in mentions}


def test_phone_call_with_titles_and_dates(code: Code) -> None:
    found = code("US Secretary of State Antony Blinken called Azerbaijani President Ilham Aliyev "
                 "on Tuesday.", published="2022-05-13")
    assert len(found) == 1
    call = found[0]
    assert (call.type, call.mode, call.source.code, call.target.code) == ("CONSULT", "phone",
                                                                          "USA", "AZE")
    assert call.date == FuzzyDate(2022, 5, 10)
    assert call.source.name == "Antony Blinken" and call.source.role == "Secretary of State"


def test_naming_is_not_a_call(code: Code) -> None:
    assert code("European Commission President Ursula von der Leyen called Azerbaijan a "
                "reliable partner on July 18, 2022.") == []


def test_negated_and_hypothetical_are_not_events(code: Code) -> None:
    assert code("The Biden administration has not contacted Baku since January 2021.") == []
    assert code("Blinken did not meet Lavrov on March 3, 2022.") == []
    assert code("Erdogan could visit Baku in May 2023.") == []


def test_planned_visit_is_marked(code: Code) -> None:
    (visit,) = code("Russian Foreign Minister Sergei Lavrov will visit Baku on June 23.",
                    published="2022-06-20")
    assert (visit.type, visit.mode, visit.status) == ("CONSULT", "visit", "planned")
    assert (visit.source.code, visit.target.code) == ("RUS", "AZE")
    assert visit.date == FuzzyDate(2022, 6, 23)


def test_meeting_of_three_parties_gives_one_event_per_pair(code: Code) -> None:
    found = code("On June 29, 2023, U.S. Secretary of State Antony Blinken hosted Armenian Foreign "
                 "Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov for talks.")
    assert {frozenset((m.source.code, m.target.code)) for m in found} == {
        frozenset(("USA", "ARM")), frozenset(("USA", "AZE")), frozenset(("ARM", "AZE"))}
    assert all(m.date == FuzzyDate(2023, 6, 29) for m in found)


def test_visit_runs_from_visitor_to_host(code: Code) -> None:
    (visit,) = code("On June 7, 2022, Azerbaijani presidential aide Hikmet Hajiyev traveled to "
                    "Washington.")
    assert (visit.source.code, visit.target.code, visit.directed) == ("AZE", "USA", True)


def test_message_runs_from_sender_to_addressee(code: Code) -> None:
    (letter,) = code("On May 28, 2022, President Joe Biden sent a letter to Azerbaijani President "
                     "Ilham Aliyev.")
    assert (letter.type, letter.mode, letter.source.code, letter.target.code) == (
        "CONSULT", "message", "USA", "AZE")


def test_narrative_dates_chain_across_sentences(code: Code) -> None:
    found = code("On April 27, 2022, Blinken called Aliyev.\n"
                 "A day later, Blinken called Armenian Prime Minister Nikol Pashinyan.")
    assert pairs(found) == {("CONSULT", "USA", "AZE", "2022-04-27"),
                            ("CONSULT", "USA", "ARM", "2022-04-28")}


def test_aid_with_light_verb(code: Code) -> None:
    (aid,) = code("Armenia sent a small package of humanitarian aid to Ukraine in September 2023.")
    assert (aid.type, aid.source.code, aid.target.code, aid.date) == (
        "AID", "ARM", "UKR", FuzzyDate(2023, 9))


def test_office_term_contradiction_drops_the_date(code: Code) -> None:
    (visit,) = code("On April 6, Aliyev visited the White House at the invitation of US President "
                    "Barack Obama.", published="2022-07-01")
    assert visit.date is None


def test_accusation_target_inside_the_object(code: Code) -> None:
    (accuse,) = code("On September 18, 2022, Speaker Nancy Pelosi denounced the deadly attacks by "
                     "Azerbaijan on Armenian territory.")
    assert (accuse.type, accuse.source.code, accuse.target.code) == ("ACCUSE", "USA", "AZE")


def test_coordinated_verb_shares_the_subject(code: Code) -> None:
    found = code("European Commission President Ursula von der Leyen travelled to Baku on July 18, "
                 "2022 and signed a memorandum of understanding with President Ilham Aliyev.")
    assert ("AGREE", "EU", "AZE", "2022-07-18") in pairs(found)


def test_chronology_heading_dates_its_entry(code: Code) -> None:
    found = code("19 September 2023. As the offensive began, Secretary of State Antony Blinken "
                 "telephoned President Ilham Aliyev.")
    assert pairs(found) == {("CONSULT", "USA", "AZE", "2023-09-19")}


def test_dated_photo_caption_of_a_meeting(code: Code) -> None:
    found = code("[Photo: Secretary of State Antony Blinken with Azerbaijani Foreign Minister Jeyhun "
                 "Bayramov and Armenian Foreign Minister Ararat Mirzoyan at Blair House, Washington, "
                 "November 7, 2022.]")
    assert pairs(found) == {("CONSULT", "USA", "AZE", "2022-11-07"),
                            ("CONSULT", "USA", "ARM", "2022-11-07"),
                            ("CONSULT", "AZE", "ARM", "2022-11-07")}
