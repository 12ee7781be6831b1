"""Dating rules: the report's own weekday for planned events, yearless dates just ahead,
'the same day as the talks', definite event nouns that refer back, backshifted reports
and the present perfect. Invented texts, parsed with the real spaCy model."""

from datetime import date

from spacy.language import Language
from spacy.tokens import Span

from dyadwatch.coding.dates import DocumentTime, resolve_absolute, resolve_publication_relative
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.coding.when import (
    Reference,
    backshifted,
    clause_verb,
    date_for,
    recent_perfect,
    same_day_as,
)
from dyadwatch.datetext import find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate

WEDNESDAY = date(2024, 3, 13)


def test_planned_event_on_the_reports_own_weekday_is_that_day() -> None:
    same = resolve_publication_relative("will sign the accord on Wednesday", WEDNESDAY, True)
    assert same is not None and same[0] == FuzzyDate(2024, 3, 13)
    later = resolve_publication_relative("will sign the accord on Friday", WEDNESDAY, True)
    assert later is not None and later[0] == FuzzyDate(2024, 3, 15)
    week = resolve_publication_relative("will sign it next Wednesday", WEDNESDAY, False)
    assert week is not None and week[0] == FuzzyDate(2024, 3, 20)


def test_yearless_date_in_the_coming_weeks_is_this_year() -> None:
    time = DocumentTime(WEDNESDAY, WEDNESDAY)
    (soon,) = find_dates("would travel to Oslo on March 20")
    (far,) = find_dates("travelled to Oslo on May 20")
    assert resolve_absolute(soon, time, future=False) == FuzzyDate(2024, 3, 20)
    assert resolve_absolute(far, time, future=False) == FuzzyDate(2023, 5, 20)
    estimated = DocumentTime(None, WEDNESDAY)  # no publication day: never after 'now'
    assert resolve_absolute(soon, estimated, future=False) == FuzzyDate(2023, 3, 20)


def _sentence(model: Language, text: str, number: int = -1) -> Span:
    return list(model(text).sents)[number]


def test_same_day_as_a_named_event(model: Language) -> None:
    told = (("talk", FuzzyDate(2024, 3, 11)), ("visit", FuzzyDate(2024, 3, 12)))
    sent = _sentence(model, "On the same day as the Vienna talks, Norway expelled two "
                            "Iranian diplomats.")
    found = same_day_as(sent, told)
    assert found is not None and found[0] == FuzzyDate(2024, 3, 11)
    assert same_day_as(sent, (("visit", FuzzyDate(2024, 3, 12)),)) is None


def test_same_day_as_dates_the_trigger(kb: KnowledgeBase, model: Language) -> None:
    sent = _sentence(model, "On the same day as the Vienna talks, Norway expelled two "
                            "Iranian diplomats.")
    (found,) = [f for f in find_triggers(kb, sent) if f.token.lower_ == "expelled"]
    reference = Reference(WEDNESDAY, FuzzyDate(2024, 3, 12), (("talk", FuzzyDate(2024, 3, 11)),))
    assert date_for(kb, found, [], reference, False, sent)[0] == FuzzyDate(2024, 3, 11)
    plain = Reference(WEDNESDAY, FuzzyDate(2024, 3, 12))  # no such event told: the story's day
    assert date_for(kb, found, [], plain, False, sent)[0] == FuzzyDate(2024, 3, 12)


def test_definite_meeting_takes_the_date_of_the_visit_before(kb: KnowledgeBase,
                                                             model: Language) -> None:
    text = ("The thaw ended with the visit of the Chilean president to Lima on 4 May 2019, "
            "his first trip after the floods of 20 April. In the meeting with the Peruvian "
            "president, the two leaders agreed to reopen the border.")
    sent = _sentence(model, text)
    (meeting,) = [f for f in find_triggers(kb, sent) if f.token.lower_ == "meeting"]
    reference = Reference(None, FuzzyDate(2019, 4, 20))
    assert date_for(kb, meeting, [], reference, False, sent) == \
        (FuzzyDate(2019, 5, 4), "antecedent")


def test_next_meeting_does_not_refer_back(kb: KnowledgeBase, model: Language) -> None:
    text = ("The Chilean president visited Lima on 4 May 2019. The next meeting with the "
            "Peruvian president will be held in Santiago.")
    sent = _sentence(model, text)
    (meeting,) = [f for f in find_triggers(kb, sent) if f.token.lower_ == "meeting"]
    assert date_for(kb, meeting, [], Reference(None, FuzzyDate(2019, 5, 4)), True, sent) == \
        (None, None)


def test_past_perfect_under_said_is_the_sayings_past(model: Language) -> None:
    sent = _sentence(model, "The ministry said it had summoned the Danish ambassador.")
    summoned = next(t for t in sent if t.lower_ == "summoned")
    assert backshifted(summoned)
    look_back = _sentence(model, "The ministry had summoned the Danish ambassador before.")
    assert not backshifted(next(t for t in look_back if t.lower_ == "summoned"))


def test_present_perfect_is_news_of_the_publication_month(model: Language) -> None:
    sent = _sentence(model, "Oslo has urged Tehran to free the detained sailors.")
    urged = next(t for t in sent if t.lower_ == "urged")
    assert clause_verb(urged) is urged
    assert recent_perfect(urged, WEDNESDAY) == (FuzzyDate(2024, 3), "perfect")
    assert recent_perfect(urged, None) == (None, None)


def test_present_perfect_of_a_standing_stance_is_undated(model: Language) -> None:
    for text, word in (("Oslo has long urged Tehran to free the sailors.", "urged"),
                       ("Oslo has urged Tehran for years to free the sailors.", "urged"),
                       ("Oslo has protested for over a year, and Danish officials have "
                        "urged Tehran to free the sailors.", "urged"),
                       ("Since the war, Oslo has urged Tehran to free the sailors.", "urged"),
                       ("Norway, which has closed its ports to Iranian ships, protested.",
                        "closed")):
        sent = _sentence(model, text)
        token = next(t for t in sent if t.lower_ == word)
        assert recent_perfect(token, WEDNESDAY) == (None, None), text
