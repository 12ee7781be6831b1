"""Dates a paragraph takes from how it opens, and which sentence is the report's lede.

Split from reftime (the day a whole report was filed) so that each module stays small:
these rules read one block at a time. A chronology's entry ('12 March 2021 - ...',
'4th: ...'), a live blog's clock stamp ('11:02 - ...') and a digest item's own dateline
('ISTANBUL, July 22 - ...') each date the block they open, not the whole page.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from dyadwatch.coding.dates import DocumentTime
from dyadwatch.coding.reftime import ENTRY_DASH, ENTRY_LEAD, valid_date
from dyadwatch.coding.when import SentenceDate
from dyadwatch.datetext import CLOCK_TIME, DATELINE, MERIDIEM, find_dates
from dyadwatch.records import FuzzyDate

PLACE_LINE = re.compile(r"^\s*[A-Z][A-Z'./ -]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,30}|\s*\([^)]{1,60}\))"
                        r"\s+[-–—]\s")
# a chronology entry that gives only its day of the month: '4th:', '12 -', '* 25th -'
DAY_ONLY = re.compile(r"^\s*[*•-]?\s*(?:the\s+)?(?P<day>[12]?\d|3[01])"
                       r"(?:(?:st|nd|rd|th)\s*[:.–—-]|\s*[:–—-])(?:\s+(?=[A-Z\"'“])|\s*$)")
# a stamp's clock time with its 'am'/'pm' and time zone, if given: '14:45 GMT', '9.30am'
_STAMP_TIME = (rf"^\s*{CLOCK_TIME}(?:\s*{MERIDIEM})?"
               r"(?:\s*(?:GMT|UTC|CET|CEST|BST|EST|EDT|local\s+time))?\s*")
# a live blog's entry opens with its clock time: '09:12 Russian drones ...', '11:02 - ...',
# '14:45 GMT: ...', '9.30am ...'
CLOCK_LINE = re.compile(_STAMP_TIME + r"[-–—:|]?\s+(?=[A-Z\"'“])")
# ... or stands alone on its line, with the entry's text in the paragraph below it
BARE_CLOCK = re.compile(_STAMP_TIME + r"$")
# a gallery's caption opens with its place in the series, then where and (weekday) when:
# '3/10 - Lima, 12 May:', '4/8. Friday 3 February:', '2/9 - Bonn, Germany, 5 June -'
GALLERY_LEAD = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*[.)]?\s*(?:[-–—]\s*)?"
                          r"(?:[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,3},\s*){0,2}"
                          r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)


def is_lede(read: bool | None, number: int, sent: Span, title: str | None) -> bool | None:
    """The report's first full sentence: not the headline block (unless it opens with a
    dateline), and long enough to be news rather than a byline or a date line."""
    if read is not None:
        return False
    line = DATELINE.match(sent.doc.text) or PLACE_LINE.match(sent.doc.text)
    # the sentence the dateline opens, though the parser may split it off ('TIRANA (Wire) -')
    filed = line is not None and sent.start_char <= line.end() + 1 < sent.end_char
    if number == 0 and not filed and _headline(sent.doc, title):
        return None
    words = [t for t in sent if t.is_alpha]
    if filed and sent.text.rstrip().endswith(".") and any(t.pos_ == "VERB" for t in sent):
        return True  # 'ANKARA (Wire) - Turkey and Iraq signed 26 deals.': short, but news
    if number == 0 and title is None and any(t.pos_ == "VERB" for t in sent):
        return True  # an untitled page's opening paragraph, whose first sentence is news
    return True if len(words) >= 8 else None


def _headline(block: Doc, title: str | None) -> bool:
    """The first block is the headline, unless the page gives its title apart and the
    block is prose: headlines end without a full stop ('Seoul scraps pact with Tokyo').
    A page without a title may open with its lede paragraph: prose of several sentences
    is no headline, though a one-line block with a full stop may still be one."""
    text = block.text.strip()
    if title is not None and text == title.strip():
        return True
    prose = text.rstrip("\"'”’)").endswith(".")
    return not prose or (title is None and len(list(block.sents)) < 2)


def opens_entry(sent: Span, dates: list[SentenceDate]) -> FuzzyDate | None:
    """'12 March 2021 - Poland closed the crossing. Warsaw accused ...': a paragraph that opens
    with a day and a dash (after a number, bullet or weekday: '• Tuesday, 5 March:') is a
    chronology's entry, and all of it tells that day, as does a gallery caption's lead
    ('3/10 - Lima, 12 May:'); 'May 2020 - ...' and 'mid-June - ...'
    tell that month. A dateline ('KYIV, May 3 -') names the place first; a year spans too much."""
    if sent.start != 0 or not dates:
        return None
    first = min(dates, key=lambda d: d.position)
    before = sent.doc.text[sent.start_char:first.position]
    after = sent.doc.text[first.position + len(first.text):]
    led = ENTRY_LEAD.match(before) or GALLERY_LEAD.match(before)
    if not led or first.value.precision not in ("day", "month") or not ENTRY_DASH.match(after):
        return None
    return first.value


def clock_entry(sent: Span, dates: list[SentenceDate], published: date | None,
                heading: FuzzyDate | None = None) -> FuzzyDate | None:
    """'11:02 - Canada and Ukraine signed a security agreement': a live blog's entry
    stamped with a clock time and no date of its own tells the news of the day heading
    its part of the blog ('Tuesday 19 March'), else of the publication day."""
    if sent.start != 0 or dates or not (CLOCK_LINE.match(sent.text) or
                                        BARE_CLOCK.match(sent.doc.text)):
        return None
    if heading is not None and heading.precision == "day" and \
            (published is None or heading.start <= published):
        return heading
    return FuzzyDate.from_date(published) if published is not None else None


def day_entry(text: str, dates: list[SentenceDate], section: FuzzyDate | None
              ) -> FuzzyDate | None:
    """'4th: X met Y' or '12 - X expelled Y' under a 'July 2024' heading: a chronology that
    names its month once gives each entry only the day, which tells that day of the month."""
    match = DAY_ONLY.match(text)
    if match is None or dates or section is None or section.precision != "month":
        return None
    return _safe_day(section.start.year, section.start.month, int(match.group("day")))


def _safe_day(year: int, month: int, day: int) -> FuzzyDate | None:
    found = valid_date(year, month, day)
    return FuzzyDate.from_date(found) if found is not None else None


def dateline_day(sent: Span, last: date | None, time: DocumentTime) -> date | None:
    """The day a block's own dateline gives ('ISTANBUL, July 22 - ...'): a digest of wire
    items files each under its own, so its 'on Friday' counts from there. A yearless
    dateline takes the year that puts it nearest the dateline before it (or the
    publication day): items of a digest or live page lie weeks apart, not a year."""
    line = DATELINE.match(sent.text) if sent.start == 0 else None
    if line is None:
        return None
    expr = next((e for e in find_dates(sent.text) if e.start < line.end()
                 and e.month is not None and e.day is not None), None)
    reference = last or time.published or time.now
    if expr is None or expr.month is None or expr.day is None or \
            (expr.year is None and reference is None):
        return None
    years = [expr.year] if expr.year is not None else \
        [reference.year - 1, reference.year, reference.year + 1] if reference else []
    days = [d for d in (valid_date(y, expr.month, expr.day) for y in years) if d is not None]
    if not days:
        return None
    return min(days, key=lambda d: abs((d - reference).days) if reference else 0)
