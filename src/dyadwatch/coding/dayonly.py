"""Day-only mentions: 'on the 12th', 'the 3rd of this month', 'on the 21st, when ...'.

Letters, briefings and translated copy give a bare ordinal day once the month is
known. The month is the last one the text told, else the publication month; with
neither the day stays undated rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

from dyadwatch.datetext import ORDINAL_WORDS
from dyadwatch.records import FuzzyDate

_ORDINAL = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))

# what may follow the ordinal: punctuation, the end, or a word that cannot be its noun
# ('on the 3rd floor', 'the 5th anniversary', 'the 12th round' stay undated)
_AFTER = (r"(?=\s*(?:[.,;:)–—-]|$|(?:at|in|when|after|before|and|with|during|as|following|"
          r"to|by|over|for|from|while|where|amid|,)\b))")
# translated copy writes 'the past day 12' ('el pasado día 12') and 'the 12 of the current
# month' without an ordinal suffix; a bare 'the 12' with neither stays a count
DAY_ONLY = re.compile(
    rf"\b(?:(?P<on>on|(?:morning|afternoon|evening|night)\s+of)\s+)?the\s+"
    rf"(?:(?P<past>past|last|previous)\s+day\s+)?"
    rf"(?:(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?|(?P<word>{_ORDINAL}))\b"
    rf"(?:(?P<month>\s+of\s+(?:this|that|the\s+same|the\s+current|the)\s+month)|"
    rf"(?P<part>(?<=[a-z])\s+(?:morning|afternoon|evening|night)\b{_AFTER})|{_AFTER}|"
    rf"(?(past)|(?!)))",  # 'the past day 12' names its noun: any word may follow
    re.IGNORECASE)

# a sentence that opens on its day: 'On the 24th he became ...', 'On the 11th the council
# voted', 'On the 30th Trump threatened': a name, an article or a pronoun starts the clause,
# so the ordinal has no noun of its own ('On the 5th anniversary' stays a count)
OPENING = re.compile(r"\s*(?P<on>On)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?=\s+(?:[A-Z]|(?:the|he|she|it|"
                     r"they|we|its|his|her|their|both|two|a|an)\b))")


def day_only(text: str, known: list[tuple[int, int]], month: FuzzyDate | None,
             published: date | None) -> list[tuple[FuzzyDate, str, int]]:
    """(date, text, offset) of each day-only mention outside the `known` date spans: 'on'
    or 'of this month' must mark it as a day; the month comes from `month` (the last
    told) or the publication day."""
    base = month if month is not None and month.precision in ("day", "month") else None
    found = []
    for match in DAY_ONLY.finditer(text):
        if not _marked(match) or any(s <= match.start() < e for s, e in known):
            continue
        this = bool(re.search(r"this|current", match.group("month") or "", re.IGNORECASE))
        day = int(match.group("day")) if match.group("day") else \
            ORDINAL_WORDS[match.group("word").lower()]
        value = _in_month(day, None if this else base, published)
        if value is None:
            continue
        start = match.start("on") if match.group("on") else match.start()
        found.append((value, text[start:match.end()].strip(), start))
    return found + _opening(text, known, base, published, found)


def _opening(text: str, known: list[tuple[int, int]], base: FuzzyDate | None,
             published: date | None, found: list[tuple[FuzzyDate, str, int]]
             ) -> list[tuple[FuzzyDate, str, int]]:
    """The day a sentence opens on, when the clause follows with no comma between."""
    match = OPENING.match(text)
    if match is None or (found and found[0][2] == match.start("on")) or \
            any(s <= match.start("on") < e for s, e in known):
        return []
    value = _in_month(int(match.group("day")), base, published)
    return [] if value is None else [(value, text[match.start("on"):match.end()], match.start("on"))]


def _marked(match: re.Match[str]) -> bool:
    """A day, not a count or a rank: 'on the 12th', 'the 3rd of this month', 'the
    twenty-ninth of the month', 'the 31st afternoon'; a spelled ordinal only with its
    month ('on the fifth round', 'the second morning' are no dates)."""
    if match.group("word"):
        return bool(match.group("month"))
    marked = match.group("on") or match.group("month") or match.group("past") or \
        match.group("part")
    return bool(marked and (match.group("suffix") or match.group("month")
                            or match.group("past")))


def _in_month(day: int, base: FuzzyDate | None, published: date | None) -> FuzzyDate | None:
    """The day in the month told last, else in the publication month when that does not
    put it after publication ('on the 25th' read on the 20th is no later day)."""
    if base is not None:
        year, month = base.start.year, base.start.month
    elif published is not None:
        year, month = published.year, published.month
    else:
        return None
    try:
        value = FuzzyDate(year, month, day)
    except ValueError:
        return None
    return None if base is None and published is not None and value.start > published else value
