"""Dating: an undated sentence goes on with the dated event of the same parties
('story'), only main-clause dates end the news day, and dates stay inside 'before' and
'after' phrases, flashbacks and attributive nouns. Invented texts, real spaCy model."""

from collections.abc import Callable

from dyadwatch.records import FuzzyDate, Mention

Code = Callable[..., list[Mention]]
Coded = Callable[..., set[tuple[str, str, str, str | None]]]


def test_undated_sentence_goes_on_with_the_dated_event_of_its_parties(coded: Coded) -> None:
    text = ("Ties between Paris and Ankara\n"
            "On 3 March 2021 French President Emmanuel Macron travelled to Ankara and met "
            "Turkish President Recep Tayyip Erdogan.\n"
            "The two sides signed an agreement on migration.")
    found = coded(text)
    assert any(t == "AGREE" and d == "2021-03-03" for t, _, _, d in found)


def test_story_is_not_carried_past_a_shift_in_time(coded: Coded) -> None:
    text = ("Ties between Paris and Ankara\n"
            "On 3 March 2021 French President Emmanuel Macron travelled to Ankara and met "
            "Turkish President Recep Tayyip Erdogan.\n"
            "Later the two sides signed an agreement on migration.")
    assert all(d is None for t, _, _, d in coded(text) if t == "AGREE")


def test_a_flashback_does_not_end_the_news_day(coded: Coded) -> None:
    text = ("Talks in Rome\n"
            "Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Rome "
            "on Tuesday.\n"
            "Meloni had visited Tunis on March 1.\n"
            "The two sides agreed on a plan to curb migration.")
    found = coded(text, published="2023-04-13")
    assert any(t == "AGREE" and d == "2023-04-11" for t, _, _, d in found)


def test_date_of_an_after_phrase_belongs_to_its_event(coded: Coded) -> None:
    text = ("Visit\n"
            "German Chancellor Olaf Scholz arrived in Warsaw after talks in Paris on Monday "
            "with French President Emmanuel Macron.")
    found = coded(text, published="2023-06-08")
    assert ("CONSULT", "DEU", "FRA", "2023-06-05") in found or \
        ("CONSULT", "FRA", "DEU", "2023-06-05") in found
    assert not any(d == "2023-06-05" and "POL" in (s, t) for _, s, t, d in found)


def test_trip_in_a_before_phrase_is_later_than_the_main_date(coded: Coded) -> None:
    text = ("Visit\n"
            "Before travelling to Beijing, German Chancellor Olaf Scholz had stopped in "
            "Singapore on Monday for talks with Prime Minister Lee Hsien Loong.")
    found = coded(text, published="2023-06-08")
    assert not any(d == "2023-06-05" and "CHN" in (s, t) for _, s, t, d in found)


def test_a_date_opening_a_chronology_entry_dates_its_verb(code: Code) -> None:
    found = code("March 3 Italian Foreign Minister Luigi Di Maio Algeria talks He called "
                 "Tebboune.", published="2021-07-01")
    assert [m.date for m in found if m.type == "CONSULT"] == [FuzzyDate(2021, 3, 3)]
