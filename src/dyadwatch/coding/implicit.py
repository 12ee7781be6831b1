"""Dates a sentence takes from the narrative alone, with no date phrase of its own:
kept apart from narrative.py, which keeps the narrative's bookkeeping."""

from __future__ import annotations

from datetime import date

from dyadwatch.coding.narrative import Narrative
from dyadwatch.records import FuzzyDate


def narrative_day(narrative: Narrative) -> date | None:
    """An undated sentence still happens in the article's time: who held an office then
    decides which 'Stoltenberg' is meant."""
    day: date | None = narrative.last_date.start if narrative.last_date is not None else None
    return day or narrative.time.published


def implicit_date(offset: int, narrative: Narrative) -> tuple[FuzzyDate | None, str | None]:
    """A date the sentence gets without a date phrase of its own: a chronology heading.

    Headlines are left undated on purpose: a wire headline's present tense ('agrees')
    usually reports the day before publication, so the publication date would be wrong.
    """
    if narrative.heading is not None and narrative.heading[0] == offset:
        return narrative.heading[1], "heading"
    return None, None
