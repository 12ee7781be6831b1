"""The day that 'today', 'yesterday' and 'on Sunday' count from inside a dated item.

An embassy's news page, a live blog or a press office's archive stacks items under
their own day headings ('7 September 2023', 'Tuesday 24 June 2025'), and each item is
written on its day: 'met President Yoon in Jakarta today' under '7 September 2023' is
that day, not the day the page was last published. The heading opens a section
(narrative.head_section); while a section of one past day is in force, relative words
count from it. A heading that is the publication day itself, or a month or a year, leaves
the publication day as the reference, and the next heading of any kind ends the section.
"""

from __future__ import annotations

from datetime import date

from dyadwatch.coding.narrative import Narrative


def heading_now(narrative: Narrative) -> date | None:
    """The reference day for relative words: the day heading in force when it lies
    before the publication day, else the publication day."""
    section, published = narrative.section, narrative.time.published
    if section is not None and section.precision == "day" and published is not None and \
            section.start < published:
        return section.start
    return published
