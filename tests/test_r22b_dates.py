"""Round 22b dates: narrative steps counted in words past ten.

'Twelve days later' moves the story's day by twelve, as 'two days later' moves it by two;
before, only counts up to ten were read and the larger ones fell back on 'days later',
which keeps the month only. A count that is no step ('a twelve-day tour', 'twelve
diplomats') moves nothing.
"""

from __future__ import annotations

import pytest

from dyadwatch import pipeline
from dyadwatch.coding.steps import NUMBERS, resolve_narrative
from dyadwatch.records import Document, FuzzyDate

DAY = FuzzyDate(2020, 12, 10)


def test_counts_past_ten_step_by_their_number() -> None:
    assert resolve_narrative("Twelve days later they flew to Rabat.", DAY) == FuzzyDate(2020, 12, 22)
    assert resolve_narrative("Twenty-one days later they met.", DAY) == FuzzyDate(2020, 12, 31)
    assert resolve_narrative("Fifteen days earlier, it had warned.", DAY) == \
        FuzzyDate(2020, 11, 25)


def test_counted_weeks_months_and_years_past_ten() -> None:
    assert resolve_narrative("Fourteen weeks later it signed.", DAY) == FuzzyDate(2021, 3, 18)
    assert resolve_narrative("Eighteen months later it left.", DAY) == FuzzyDate(2022, 6)
    assert resolve_narrative("Twenty years earlier they had signed.", DAY) == FuzzyDate(2000)


def test_small_counts_and_vague_steps_unchanged() -> None:
    assert resolve_narrative("Two days later they met.", DAY) == FuzzyDate(2020, 12, 12)
    assert resolve_narrative("Days later they met.", DAY) == FuzzyDate(2020, 12)
    assert resolve_narrative("Twelve diplomats left.", DAY) is None
    assert NUMBERS["twenty-four"] == 24 and NUMBERS["ten"] == 10


@pytest.mark.slow
def test_twelve_days_later_dates_the_day() -> None:
    text = ("On 3 May 2021 Chile and Peru signed a fisheries accord. Twelve days later Peru "
            "expelled a Chilean military attaché.")
    result = pipeline.process(Document("t", "t", "text", text, published=FuzzyDate(2025, 4, 10)))
    assert hasattr(result, "mentions")
    dates = {m.date.iso for m in result.mentions if m.type == "SANCTION" and m.date}
    assert dates == {"2021-05-15"}


@pytest.mark.slow
def test_a_twelve_day_tour_is_no_step() -> None:
    text = ("On 3 May 2021 the Chilean president began a twelve-day tour. Peru expelled a "
            "Chilean military attaché on 6 May.")
    result = pipeline.process(Document("t", "t", "text", text, published=FuzzyDate(2025, 4, 10)))
    assert hasattr(result, "mentions")
    dates = {m.date.iso for m in result.mentions if m.type == "SANCTION" and m.date}
    assert dates == {"2021-05-06"}
