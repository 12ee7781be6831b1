"""Dates mended after review: reactions need one antecedent, an accusation about a deed is
its own news, a page without a title may open with its lede, a chronology entry dates its
paragraph, and relative phrases of English news ('early this month', 'Days later', 'of the
same year', 'at that meeting', a threat in reported speech)."""

from collections.abc import Callable
from datetime import date

from dyadwatch.coding.dates import resolve_narrative, resolve_publication_relative
from dyadwatch.records import FuzzyDate, Mention

Code = Callable[..., list[Mention]]


def dated(mentions: list[Mention], kind: str) -> list[FuzzyDate | None]:
    return [m.date for m in mentions if m.type == kind]


def test_reaction_to_an_ambiguous_deed_takes_no_deed_day(code: Code) -> None:
    text = ("Rebels fire on shipping\n"
            "Rebel fighters attacked a Greek freighter in the Red Sea on Friday.\n"
            "The United States and Britain struck rebel positions in Yemen on Saturday.\n"
            "Iran condemned the attack.")
    found = code(text, published="2024-01-14")
    assert FuzzyDate(2024, 1, 13) not in dated(found, "ACCUSE")


def test_reaction_to_the_one_deed_told_takes_its_day(code: Code) -> None:
    text = ("Strikes on the coast\n"
            "The United States and Britain struck rebel positions in Yemen on Saturday.\n"
            "Iran condemned the strikes.")
    found = code(text, published="2024-01-14")
    assert FuzzyDate(2024, 1, 13) in dated(found, "ACCUSE")


def test_accusation_about_a_deed_is_no_part_of_the_story(code: Code) -> None:
    text = ("Prisoners come home\n"
            "Armenia and Azerbaijan exchanged 30 prisoners of war on the border on 4 May 2019.\n"
            "Armenia accused Azerbaijan of mistreating the returned soldiers. Yerevan thanked "
            "Baku.")
    found = code(text, published="2024-01-14")
    assert dated(found, "ACCUSE") == [None]
    assert FuzzyDate(2019, 5, 4) in dated(found, "SUPPORT")  # a plain sequel goes on


def test_short_dateline_lede_is_the_lede(code: Code) -> None:
    text = "TIRANA (Coast Wire) - Albania and Greece signed 14 deals.\nThe deals cover ports."
    found = code(text, published="2024-03-05")
    assert dated(found, "AGREE") == [FuzzyDate(2024, 3, 5)]


def test_untitled_page_opening_with_prose_opens_with_its_lede(code: Code) -> None:
    text = ("Albania and Greece signed fourteen agreements in Tirana during a two-day visit. "
            "The deals cover ports.\nFisheries come next.")
    found = code(text, published="2024-03-05")
    assert FuzzyDate(2024, 3, 5) in dated(found, "AGREE")


def test_short_headline_without_full_stop_stays_undated(code: Code) -> None:
    text = "Albania and Greece signed 14 deals\nThe deals cover ports and fisheries."
    found = code(text, published="2024-03-05")
    assert dated(found, "AGREE") and all(d is None for d in dated(found, "AGREE"))


def test_chronology_entry_dates_its_paragraph(code: Code) -> None:
    text = ("How the crisis unfolded\n"
            "3 June 2020 - Chile closed its border with Peru. Santiago accused Lima of letting "
            "smugglers cross the desert.\n"
            "Peru accused Chile of hostility.")
    found = code(text, published="2024-01-14")
    accusations = {(m.source.code, m.date) for m in found if m.type == "ACCUSE"}
    assert ("CHL", FuzzyDate(2020, 6, 3)) in accusations
    assert ("PER", FuzzyDate(2020, 6, 3)) not in accusations  # another paragraph


def test_month_phrases_with_early_and_late() -> None:
    friday = date(2023, 10, 27)
    assert resolve_publication_relative("a visit early this month", friday, False)[0] == \
        FuzzyDate(2023, 10)
    assert resolve_publication_relative("talks late last month", friday, False)[0] == \
        FuzzyDate(2023, 9)
    assert resolve_publication_relative("due early next month", friday, False)[0] == \
        FuzzyDate(2023, 11)


def test_days_later_is_the_month_of_the_day_before() -> None:
    assert resolve_narrative("Days later, they met", FuzzyDate(2023, 10, 5)) == FuzzyDate(2023, 10)
    assert resolve_narrative("A few days later they met", FuzzyDate(2023, 10, 5)) == \
        FuzzyDate(2023, 10)
    assert resolve_narrative("Days later, they met", FuzzyDate(2023, 10, 29)) is None
    assert resolve_narrative("Two days later, they met", FuzzyDate(2023, 10, 5)) == \
        FuzzyDate(2023, 10, 7)


def test_days_later_in_an_article(code: Code) -> None:
    text = ("Talks in Spain\n"
            "The Chilean president visited Lima on 5 March 2021, officials said.\n"
            "Days later, the Chilean president met the Argentine president in Madrid.")
    found = code(text, published="2024-01-14")
    assert FuzzyDate(2021, 3) in [m.date for m in found if {m.source.code, m.target.code}
                                  == {"CHL", "ARG"}]


def test_month_of_the_same_year_takes_the_year_told(code: Code) -> None:
    text = ("Background\n"
            "Chile and Peru signed a fisheries pact in March 2014 after long talks.\n"
            "In November of the same year, Peru accused Chile of breaking the pact.")
    found = code(text, published="2024-01-14")
    assert dated(found, "ACCUSE") == [FuzzyDate(2014, 11)]


def test_at_that_meeting_takes_the_meeting_day(code: Code) -> None:
    text = ("Lima talks\n"
            "The Chilean president received the Peruvian president in Santiago on 13 July 2022.\n"
            "The two leaders agreed at that meeting to reopen the border within a month.")
    found = code(text, published="2024-01-14")
    assert FuzzyDate(2022, 7, 13) in dated(found, "AGREE")


def test_at_the_next_meeting_is_another_meeting(code: Code) -> None:
    text = ("Lima talks\n"
            "The Chilean president received the Peruvian president in Santiago on 13 July 2022.\n"
            "Chile and Peru agreed at the next meeting to reopen the border within a month.")
    found = code(text, published="2024-01-14")
    assert FuzzyDate(2022, 7, 13) not in dated(found, "AGREE")


def test_threat_in_reported_speech_is_made_when_said(code: Code) -> None:
    text = ("Border row\n"
            "Latvia closed its border with Russia on Monday, officials in Riga said. The Kremlin "
            "said Russia would take counter-measures against Latvia.")
    found = code(text, published="2024-01-10")
    assert FuzzyDate(2024, 1, 8) in dated(found, "THREATEN")
