"""What one sentence leaves for the next: verbless pieces of a broken line carry their
parties and date to the line's first sentence with a verb."""

from collections.abc import Callable

from dyadwatch.records import FuzzyDate, Mention

Code = Callable[..., list[Mention]]


def test_broken_line_gives_its_parties_to_the_statement(code: Code) -> None:
    found = code("To Moldovan President Maia Sandu, Italian President Sergio Mattarella. "
                 "August 27 Independence Day. In his congratulatory letter, warm wishes were "
                 "expressed to the people.", published="2022-09-30")
    assert [(m.type, m.mode, m.source.code, m.target.code, m.directed) for m in found] == [
        ("CONSULT", "message", "ITA", "MDA", True)]
    assert found[0].date == FuzzyDate(2022, 8, 27)


def test_pieces_without_an_addressee_give_no_directed_event(code: Code) -> None:
    found = code("Moldovan President Maia Sandu, Italian President Sergio Mattarella. "
                 "August 27 Independence Day. In a congratulatory letter, warm wishes were "
                 "expressed to the people.", published="2022-09-30")
    assert found == []


def test_a_statement_with_its_own_parties_ignores_the_pieces(code: Code) -> None:
    found = code("To Moldovan President Maia Sandu, Italian President Sergio Mattarella. "
                 "In Kyiv, Polish President Andrzej Duda met Ukrainian President Volodymyr "
                 "Zelensky on Monday.", published="2022-05-25")
    assert {(m.source.code, m.target.code) for m in found} == {("POL", "UKR")}


def test_dated_piece_dates_the_call_after_it(code: Code) -> None:
    found = code("Pakistani Prime Minister Shehbaz Sharif. May 12. In a telephone call with "
                 "him, the Turkish president discussed the flood relief.", published="2022-06-01")
    assert [(m.mode, m.date) for m in found] == [("phone", FuzzyDate(2022, 5, 12))]


def test_tag_lines_lend_no_parties(code: Code) -> None:
    found = code("From our correspondent in Moscow. Tags: Russia, Ukraine. The Kremlin signed "
                 "an agreement on Monday.", published="2024-05-08")
    assert not [m for m in found if "UKR" in (m.source.code, m.target.code)]
