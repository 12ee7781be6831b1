"""The fields of a JSON news record, under the names the common exporters give them.

Corpora reach analysts as JSON from many tools: news-please writes `maintext` and
`date_publish`, schema.org pages `headline` and `datePublished`, NewsAPI `content` and
`publishedAt`, GDELT's document API `seendate` ('20240312T101500Z'), RSS-to-JSON bridges
`link` and `pubDate` ('Tue, 12 Mar 2024 10:15:00 GMT'). Reading only our own names would
reject such a record or, worse, keep its text and silently drop its date, and an article
without a publication date loses every relative date in it ('on Tuesday', 'last week').
The first name present wins, so a record that has both `published` and `date` is read by
the more specific one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_tz

from dyadwatch.datetext import find_dates
from dyadwatch.records import FuzzyDate

TEXT = ("text", "content", "body", "maintext", "article", "full_text", "fulltext")
PUBLISHED = ("published", "date_publish", "datePublished", "published_at", "publishedAt",
             "publish_date", "publication_date", "pubDate", "date", "seendate", "created_at")
TITLE = ("title", "headline")
URL = ("url", "link", "source_url", "canonical_url")
SITE = ("site", "sitename", "site_name", "source_domain", "domain")
ID = ("id", "_id", "guid", "uuid")

_ISO = re.compile(r"^(?P<y>(?:19|20)\d\d)(?:-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)?(?=$|[T\s])")
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=$|T|\d{4,6}Z?$)")
# epoch seconds from 1990 to 2100; a larger number is taken as milliseconds
_EPOCH_SECONDS = (631_152_000, 4_102_444_800)
_PROSE_MAX_CHARS = 60  # a longer 'date' value is a sentence, not a date stamp


def first(record: dict[str, object], names: tuple[str, ...]) -> tuple[str, object] | None:
    """The first of the names the record fills, with its value."""
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return name, value
    return None


def published(value: object) -> FuzzyDate | None:
    """A publication date from a stamp in any of the usual forms, None when it is none.

    An all-numeric day-month order that nothing settles ('03/04/2024') gives None rather
    than a guess: a wrong publication date misdates every relative date in the article.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    for pattern in (_ISO, _COMPACT):
        match = pattern.match(text)
        if match is not None:
            return _fuzzy(match.group("y"), match.group("m"), match.group("d"))
    if text.isdigit():
        return _epoch(float(text))
    mailed = parsedate_tz(text)
    if mailed is not None and mailed[0] >= 1900:
        return _fuzzy(str(mailed[0]), str(mailed[1]), str(mailed[2]))
    return _written(text)


def _written(text: str) -> FuzzyDate | None:
    """'March 12, 2024', '12 March 2024 10:15', '12.03.2024': the date a short stamp names."""
    if len(text) > _PROSE_MAX_CHARS:
        return None
    dated = [d for d in find_dates(text) if d.has_year]
    if len(dated) != 1 or dated[0].year is None:
        return None
    found = dated[0]
    return FuzzyDate(dated[0].year, found.month, found.day if found.month else None)


def _epoch(seconds: float) -> FuzzyDate | None:
    low, high = _EPOCH_SECONDS
    if seconds > high:
        seconds /= 1000
    if not low <= seconds <= high:
        return None
    day = datetime.fromtimestamp(seconds, tz=UTC).date()
    return FuzzyDate.from_date(day)


def _fuzzy(year: str, month: str | None, day: str | None) -> FuzzyDate | None:
    try:
        parsed = FuzzyDate(int(year), int(month) if month else None,
                           int(day) if day and month else None)
        if parsed.day is not None and parsed.month is not None:
            datetime(parsed.year, parsed.month, parsed.day)
        elif parsed.month is not None and not 1 <= parsed.month <= 12:
            return None
    except ValueError:
        return None
    return parsed
