"""A month named alone on its line heads the part of a year review below it.

Year-in-review pages go month by month under headings such as 'JANUARY' or 'March:',
with the year given once, in the title or the opening ('2019, month by month'). Such a
heading is no sentence and carries no year, so the date readers leave it aside, and the
entries below it ('opened the year in Apia', 'on the 23rd', 'on 27 September') would
be undated or take a wrong year. Read as a section of that month, in the year the text
has told, the heading dates its entries the way a 'March 2019' heading already does.

A span of months ('FEBRUARY–MAY') heads a stretch of the year only: it keeps the year for
the yearless dates below it but dates nothing by itself. One bare month line alone
(a caption, a calendar cell) is no review and heads nothing. The next heading of any kind
ends the section (narrative.head_section clears it on a short undated line), so a
heading's month never leaks past the next one.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Span

from dyadwatch.coding.narrative import Narrative, head_section
from dyadwatch.coding.when import SentenceDate
from dyadwatch.datetext import MONTHS
from dyadwatch.records import FuzzyDate

# full month names only ('Sept' and 'Jan' alone are no headings); 'may' is a full name too
_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
MONTH_LINE = re.compile(rf"^\s*(?P<first>{_NAMES})\.?(?:\s*(?:[-–—/]|to|and)\s*"
                        rf"(?P<last>{_NAMES})\.?)?\s*:?\s*$", re.IGNORECASE)
TITLE_CHARS = 80  # a title or heading line; a body sentence runs longer or ends in a stop
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-]\d)")


def head_sections(narrative: Narrative, sent: Span, dates: list[SentenceDate], index: int,
                  only_date: bool, text: str) -> None:
    """Let a line head the lines below it: a dated line ('March 2023') through the
    narrative's own sections, a bare month ('MARCH') through the review's year."""
    before = narrative.section
    head_section(narrative, sent, dates, index, only_date)
    head_month(narrative, sent, before, text)


def head_month(narrative: Narrative, sent: Span, before: FuzzyDate | None, text: str) -> None:
    """Open the section of a bare month heading (`before` is the section in force above
    the line). The day and month told last belong to the month above: 'on the 17th'
    below 'MARCH' is the 17th of March, not of the January told before the heading."""
    published = narrative.time.published
    heading = month_heading(sent, before, text, narrative.year,
                            published.year if published is not None else None)
    if heading is not None:
        narrative.section, narrative.last_told, narrative.last_date = heading, None, None


def month_heading(sent: Span, section: FuzzyDate | None, text: str, told_year: int | None,
                  published_year: int | None) -> FuzzyDate | None:
    """The section a bare month heading opens, or None when the line is no such heading
    or no year is known. The year is the running section's (turned when the months go
    back, 'DECEMBER' then 'JANUARY'), else the review's year (`review_year` of the whole
    text), else the year the text last told, else the publication year."""
    if sent.start != 0 or sent.end != len(sent.doc):
        return None  # a heading is a line of its own
    match = MONTH_LINE.match(sent.text)
    if match is None or not month_review(text):
        return None  # one 'March' line (a caption, a calendar cell) heads nothing
    first = MONTHS[match.group("first").lower()]
    year = _heading_year(first, section, review_year(text) or told_year, published_year)
    if year is None:
        return None
    return FuzzyDate(year) if match.group("last") else FuzzyDate(year, first)


def _heading_year(month: int, section: FuzzyDate | None, told_year: int | None,
                  published_year: int | None) -> int | None:
    if section is not None:
        turned = section.month is not None and month < section.month
        return section.year + 1 if turned else section.year
    return told_year if told_year is not None else published_year


@lru_cache(maxsize=8)
def month_review(text: str) -> bool:
    """Whether the text goes month by month: two bare month lines or more, with a later
    month below an earlier one somewhere (a review runs in calendar order)."""
    months = [MONTHS[m.group("first").lower()] for m in map(MONTH_LINE.match, text.split("\n"))
              if m is not None]
    return any(later > earlier for earlier, later in pairwise(months))


@lru_cache(maxsize=8)
def review_year(text: str) -> int | None:
    """The year a review is of: the year its title lines name most often before the
    first month heading ('THE YEAR IN DIPLOMACY: 2019'), the latest on a tie. A title
    line is short and ends no sentence; only when none names a year do the opening's
    sentences count. A text with no month heading, or no year before it, gives None."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if MONTH_LINE.match(line)), None)
    if first is None:
        return None
    titles = [line for line in lines[:first] if _title_line(line)]
    counts = Counter(int(y) for y in _YEAR.findall("\n".join(titles))) or \
        Counter(int(y) for y in _YEAR.findall("\n".join(lines[:first])))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _title_line(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= TITLE_CHARS and not stripped.endswith((".", "!", "?"))
