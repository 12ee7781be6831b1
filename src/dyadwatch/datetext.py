"""Find calendar date expressions in English text, at the precision the words give.

A regex grammar of our own rather than a general parser: news text needs the
precision kept ('in May' is a month, not 1 May), ranges cut to their first day
('June 23-24' is the 23rd) except a night, which is dated by the morning it ends
('the night from 9 to 10 November' is the 10th), yearless dates left yearless for
the narrative to resolve, and the modal 'may' never read as a month. Used by cleaning (datelines)
and by coding (event dates), so it depends on nothing else in the package but one
knowledge file (calendars.json: the Solar Hijri month names).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib.resources import files

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
        ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
        ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
        ("December", "Dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name.lower()] = _number

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
    r"OCTOBER|NOVEMBER|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
# the ordinal ending may be hyphenated or spaced off in translated text: '12-th', '4 th'
_DAY = r"(?P<{g}>[0-3]?\d)(?:[-\s]?(?:st|nd|rd|th)\b)?"
# 'the 12th day of March': the day named as such
_OF = r"(?:(?:day\s+)?of\s+)?"
ORDINAL_WORDS: dict[str, int] = {
    word: number for number, word in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth"], start=1)}
for _word, _unit in list(ORDINAL_WORDS.items())[:9]:
    ORDINAL_WORDS[f"twenty-{_word}"] = 20 + _unit
ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
# 'between 5 and 7 March' is a range too: its first day, not the 7th, starts the event
_RANGE = r"(?:(?:\s*(?:-|–|—|to)\s*|\s+and\s+)(?P<until>[0-3]?\d)(?:st|nd|rd|th)?)?"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# 'D/M/YYYY' or 'M/D/YYYY' with either order left open: callers that know the page's order
# (or want both readings) read groups a and b themselves
NUMERIC_DAY = re.compile(r"\b(?P<a>[0-3]?\d)[./-](?P<b>[0-3]?\d)[./-](?P<year>(?:19|20)\d\d)\b")
# A clock time as pages print it, '09:12', '9.30', '23:59': an hour of the day and its
# minutes, so a figure such as '25.99' is no time. Kept here, beside the date patterns, so
# that every reader of live-blog stamps (entry openings in coding.entries, the headline
# tense in coding.tense) agrees on what a time is; each adds what may follow it.
CLOCK_TIME = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
MERIDIEM = r"[aApP]\.?[mM]\.?"  # 'am', 'p.m.', 'PM' after a clock time
# a wire dateline: 'BAKU, March 5 (Reuters) -', 'YEREVAN, MARCH 5, ARMENPRESS.'
_CAPS_LINE = (r"[A-Z][A-Z'./ -]{2,40}(?:,\s*[A-Za-z .]+)?,\s+\S+\s+\d{1,2}\b"
              r"(?:,?\s*\d{4})?\s*(?:\([^)]{0,60}\))?\s*[-–—:]?")
# regional agencies write the place in title case, the day first and the agency after a
# comma ('Astana, 5 March, KAZINFORM -'); with no capitals to mark it, the month name and
# the closing dash or full stop must be there
_MONTH_NAME = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NOT_PLACE = r"(?!(?:In|On|At|By|From|Since|After|Before|Until|During|Mon|Tues|Wednes|Thurs|" \
    r"Fri|Satur|Sun)(?:day)?\b)"  # 'On Tuesday, 5 March -' and 'Tuesday, 5 March:' are prose
_TITLED_LINE = (rf"{_NOT_PLACE}[A-Z][a-z'.-]+(?:[ -][A-Z][a-z'.-]+){{0,2}}"
                rf"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?,\s+"
                rf"(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME})(?:,?\s*\d{{4}})?"
                rf"(?:,\s*[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*|\s*\([^)]{{0,60}}\))?"
                rf"\s*(?:[-–—:]|\.(?=\s))")
DATELINE = re.compile(rf"^\s*(?:{_CAPS_LINE}|{_TITLED_LINE})")
_NIGHT = re.compile(r"\bnight\s+(?:from|of)\s+$", re.IGNORECASE)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# 'of' before the year, or the translated 'of the current year 2025', 'of this year 2024'
_OF_YEAR = r"(?:of\s+(?:the\s+)?(?:(?:current|present|this)\s+)?(?:year\s+)?)?"
_PART = r"(?:(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|end\s+of)\s+|mid-)?"


def _m(g: str) -> str:
    return _MONTH.format(g=g)


def _d(g: str) -> str:
    return _DAY.format(g=g)


BUDDHIST_ERA_OFFSET = 543
_ERA = r"(?:B\.\s?E\.?|BE|Buddhist\s+Era)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # another calendar's year glossed with ours: '2568 of Buddhist Era (2025)', '1446 AH (2025)'
    ("glossed", re.compile(r"\b(?!(?:19|20)\d\d\b)\d{3,4}\b[^()\d\n]{0,30}\(\s*(?:AD\s+|CE\s+)?"
                           r"(?P<year>(?:19|20)\d\d)\s*(?:AD|CE|A\.D\.|C\.E\.)?\s*\)")),
    # a Buddhist Era year marked as such (Thai usage): 'in 2567 B.E.', 'Buddhist Era 2568'
    ("era", re.compile(rf"\b(?:(?P<be>25\d\d)\s*(?:of\s+(?:the\s+)?)?{_ERA}\b|"
                       rf"{_ERA}\s*(?P<be2>25\d\d)\b)")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)\b(?!-\d)")),
    # slashes: read only when one side exceeds 12 ('25/09/2023', '09/25/2023'); '03/04/2022' stays unread
    # year first is never month-last: '2023/05/14', '2023.05.14' (East Asian and stamp usage)
    ("ymd", re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<mnum>[01]?\d)(?P=sep)"
                       r"(?P<day>[0-3]?\d)\b(?![./]\d)")),
    # slashes or dashes: read only when one side exceeds 12 ('25/09/2023', '09-25-2023');
    # '03/04/2022' stays unread
    ("slashed", re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)"
                           r"(?P<year>(?:19|20)\d\d)\b(?!-\d)")),
    # day.month.year, the usual numeric form of regional outlets ('18.09.2022')
    ("dotted", re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")),
    # the Chinese, Japanese and Korean order translated word by word: 'the 2024 year January
    # 24 day' (年/月/日 as 'year' and 'day'), the day word optional: 'in 2019 year September'
    ("mdy", re.compile(rf"\b{_YEAR}\s+year\s+{_m('month')}(?:\s+{_d('day')}\s+day\b|(?![\w-]|\s+\d))")),
    # 'of' before the year is translated phrasing: '19 June of 2024 year'
    ("mdy", re.compile(rf"\b{_m('month')}\s+{_d('day')}{_RANGE},?\s+{_OF_YEAR}{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_d('day')}{_RANGE}\s+{_OF}{_m('month')},?\s+{_OF_YEAR}"
                      rf"{_YEAR}\b")),
    # hyphens throughout, as forms and stamps write it: '12-Mar-2024', '12-March-2024'
    ("dmy", re.compile(rf"\b(?P<day>[0-3]?\d)-{_m('month')}-{_YEAR}\b")),
    # a spelled ordinal, as spoken and translated text gives it: 'the twelfth of March'
    ("word", re.compile(rf"\b(?P<word>(?i:{_ORDINAL}))\s+(?:day\s+)?of\s+{_m('month')}"
                        rf"(?:,?\s+{_OF_YEAR}{_YEAR}\b)?")),
    ("my", re.compile(rf"\b{_PART}{_m('month')},?\s+{_OF_YEAR}{_YEAR}\b")),
    # 'March the 12th' only with the ordinal ending: 'March the 12 delegates' is no date
    ("md", re.compile(rf"\b{_m('month')}\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b))?{_d('day')}"
                      rf"{_RANGE}\b(?![:.,]?\d)")),
    ("dm", re.compile(rf"\b{_d('day')}{_RANGE}\s+{_OF}{_m('month')}\b")),
    (
        "m",
        re.compile(
            rf"\b(?P<prep>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Oo]f|"
            rf"[Ff]or(?=\s+(?!May\b))|"  # 'scheduled for September'; 'voted for May' names her
            rf"[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Tt]his|[Nn]ext|[Ee]nd\s+of)(?:\s+|(?<=[Mm]id)-)"
            rf"(?:early\s+|late\s+|mid-?)?{_m('month')}(?![\w-])"
        ),
    ),
    # a chronology entry headed by its month alone: 'March: the minister visited ...'
    # and 'mid-June - ...', 'Early May: ...': a part of the month is still that month
    # numbered or glossed: '3. March - ...', 'December (no single date): ...'
    ("m", re.compile(rf"^[#*•\s]*(?:\d{{1,3}}[.)]\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[-\s]+)?"
                     rf"{_m('month')}(?=\s*(?:\([^)\n]{{0,40}}\)\s*)?(?:[:–—]|\s-)\s)",
                     re.MULTILINE)),
    # a quarter or half names its year only: 'Q3 2022', 'in Q1 2025', '2023 H2', 'Q4/2021'
    ("y", re.compile(r"\b(?:[Qq][1-4]|H[12])\s*[/-]?\s*(?P<year>(?:19|20)\d\d)\b|"
                     r"\b(?P<year2>(?:19|20)\d\d)\s*[/-]?\s*(?:Q[1-4]|H[12])\b")),
    # 'that June' (the year just told) only before a pause or a new clause: 'warned that
    # March elections ...' names no date
    ("m", re.compile(rf"\b(?P<prep>[Tt]hat)\s+(?!May\b){_m('month')}(?=\s*[,;.]|\s+(?:in|at|when|"
                     r"the|a|an|he|she|it|they|we|after|before)\b)")),
    # a season names its year only: 'in spring 2023', 'during the summer of 2021', 'Autumn 2022'
    (
        "y",
        re.compile(
            r"\b(?P<prep>[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Ff]or|"
            r"[Uu]ntil|[Tt]hrough|[Tt]he\s+year|Spring|Summer|Autumn|Winter)\s+(?:early\s+|late\s+|mid-?)?"
            r"(?:(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
            r"(?P<year>(?:19|20)\d\d)\b(?!s)"
        ),
    ),
]


def _other_calendar(match: re.Match[str], text: str) -> bool:
    """The number before the bracket is a year ('the year 1403 (2024)', '1446 AH (2025)',
    '2568 of Buddhist Era (2025)'), not an amount ('1500 euros (2024)')."""
    gap = text[match.start():match.start("year")].split(None, 1)[1:]
    return text[:match.start()].lower().rstrip().endswith("year") or \
        (bool(gap) and re.search(r"[A-Z]|\b(?:calendar|era|hijri)\b", gap[0]) is not None)


@dataclass(frozen=True)
class DateExpression:
    """A date phrase found in text: where it is and which calendar fields it names."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    solar: tuple[int, int] | None = None  # a Solar Hijri (month, day) whose year is not told

    @property
    def has_year(self) -> bool:
        """A date written without its year must borrow one, and the borrowed year is the
        riskiest part of the reading."""
        return self.year is not None


def find_dates(text: str) -> list[DateExpression]:
    """All non-overlapping date expressions, longest and most specific first."""
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind in ("m", "y") and match.groupdict().get("prep"):
                start = match.start("prep") + len(match.group("prep")) + 1
            elif kind == "m":
                start = match.start("month")  # a heading's month: '## March:'
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            expr = _build(kind, match, text, start, end)
            if expr is not None:
                found.append(expr)
                taken.append((start, end))
    found += [e for e in solar_dates(text)
              if not any(e.start < t_end and t_start < e.end for t_start, t_end in taken)]
    found.sort(key=lambda e: e.start)
    return found


def _build(kind: str, match: re.Match[str], text: str, start: int, end: int) -> DateExpression | None:
    """A pattern's match is only a candidate: impossible days and months, an ambiguous
    day/month order and a capitalised 'MAY' without a day are refused here, since a wrong
    date is worse than none."""
    groups = match.groupdict()
    year = int(groups.get("year") or groups.get("year2") or 0) or None
    if kind == "era":
        year = int(groups["be"] or groups["be2"]) - BUDDHIST_ERA_OFFSET
    if kind == "glossed" and not _other_calendar(match, text):
        return None
    if kind == "slashed":
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 and b > 12:
            return None
        day_first = a > 12 if (a > 12) != (b > 12) else _weekday_order(text[:start], a, b,
                                                                      int(groups["year"]))
        if day_first is None:
            return None  # ambiguous between day-month and month-day
        groups = {"year": groups["year"], "day": str(a if day_first else b)}
        month: int | None = b if day_first else a
    elif kind in ("iso", "dotted", "ymd"):
        month = int(groups["mnum"])
    elif groups.get("month"):
        month = MONTHS[groups["month"].rstrip(".").lower()]
    else:
        month = None
    day = int(groups["day"]) if groups.get("day") else None
    if groups.get("word"):
        day = ORDINAL_WORDS[groups["word"].lower()]
    if groups.get("until") and _NIGHT.search(text[:start]):
        day = int(groups["until"])  # 'the night from 9 to 10 November' ends, and is dated, on the 10th
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if (
        kind in ("md", "my", "mdy")
        and groups.get("month", "").upper() == "MAY"
        and groups["month"] == "MAY"
        and day is None
    ):
        return None
    return DateExpression(start, end, text[start:end], year, month, day)


_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|"
                             r"sunday)\W{0,3}$", re.IGNORECASE)


def _weekday_order(before: str, a: int, b: int, year: int) -> bool | None:
    """Whether '12/3/2024' is day first, settled by the weekday written before it when
    only one reading falls on that weekday ('Friday, 3/8/2024' is 8 March: 3 August 2024
    was a Saturday; 'Tuesday, 12/3/2024' stays open, 12 March and 3 December both being
    Tuesdays). Unsettled, the date is left unread, as a slashed date with both sides under
    13 always was: a wrong day is worse than none, and the page's stamp or dateline
    usually dates the text anyway."""
    match = _WEEKDAY_BEFORE.search(before)
    if match is None:
        return None
    weekday = WEEKDAYS.index(match.group("weekday").lower())
    fits = {first for first, (month, day) in ((True, (b, a)), (False, (a, b)))
            if _weekday(year, month, day) == weekday}
    return fits.pop() if len(fits) == 1 else None


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


# The Solar Hijri calendar of Iranian outlets: '15 Esfand 1402', 'on the 18th of Shahrivar'
_SOLAR_NAMES = json.loads(files("dyadwatch.knowledge").joinpath("calendars.json")
                          .read_text("utf-8"))["solar_hijri_months"]
SOLAR_MONTHS = {name.lower(): int(number) for number, names in _SOLAR_NAMES.items()
                for name in names}
# the month name capitalised as a proper noun, after a day number: 'Tir Hossein' or 'Mehr
# News Agency' is no date
_SOLAR = re.compile(
    r"\b(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>"
    + "|".join(sorted((n for names in _SOLAR_NAMES.values() for n in names), key=len,
                      reverse=True))
    + r")\b(?!\s+(?:News|Agency|Square|Street|Hospital))(?:,?\s+(?P<year>1[34]\d\d)\b)?")
TEHRAN = timedelta(hours=3, minutes=30)


def nowruz(solar_year: int) -> date:
    """1 Farvardin: the day in Tehran on which the March equinox falls before noon, else the
    day after. The equinox is the mean one (Meeus, Astronomical Algorithms, ch. 27), close
    enough in this century that only a few years within minutes of noon could differ."""
    y = (solar_year + 621 - 2000) / 1000
    jde = 2451623.80984 + 365242.37404 * y + 0.05169 * y ** 2 - 0.00411 * y ** 3 \
        - 0.00057 * y ** 4
    instant = datetime(2000, 1, 1, 12) + timedelta(days=jde - 2451545.0) + TEHRAN
    return instant.date() + timedelta(days=0 if instant.hour < 12 else 1)


def solar_to_gregorian(year: int, month: int, day: int) -> date | None:
    """A Solar Hijri day as ours: months 1-6 have 31 days, 7-11 have 30, Esfand the rest."""
    limit = 31 if month <= 6 else 30 if month <= 11 else \
        (nowruz(year + 1) - nowruz(year)).days - 336
    if not 1 <= month <= 12 or not 1 <= day <= limit:
        return None
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return nowruz(year) + timedelta(days=before + day - 1)


def solar_year_before(month: int, day: int, now: date) -> int:
    """The Solar Hijri year that puts a yearless (month, day) nearest on or before `now`."""
    year = now.year - 621 if now >= nowruz(now.year - 621) else now.year - 622
    told = solar_to_gregorian(year, month, day)
    return year - 1 if told is None or told > now else year


def solar_dates(text: str) -> list[DateExpression]:
    """Solar Hijri dates: with a year, as our day; without, a placeholder month and day
    from a leap year (so that 30 Esfand is kept), `solar` holding the Persian month and day
    that dates.resolve_absolute converts once 'now' gives the year."""
    found = []
    for match in _SOLAR.finditer(text):
        month, day = SOLAR_MONTHS[match.group("month").lower()], int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else None
        told = solar_to_gregorian(year or 1403, month, day)  # 1403 has an Esfand 30
        if told is None:
            continue
        found.append(DateExpression(match.start("day"), match.end(), match.group(0),
                                    told.year if year else None, told.month, told.day,
                                    None if year else (month, day)))
    return found
