"""Typed, frozen records passed between pipeline stages.

Every stage takes records and returns new ones; nothing is mutated in place, so a
document's processing is a pure function that can run unchanged on any worker.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Precision = Literal["day", "month", "year"]
Status = Literal["occurred", "planned"]


@dataclass(frozen=True, order=True)
class FuzzyDate:
    """A date known to day, month or year precision.

    Event dates in text are often only a month or a year; keeping the precision
    explicit stops a '2022-05' mention from masquerading as 1 May.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"day out of range: {self.year}-{self.month}-{self.day}")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def start(self) -> date:
        """First calendar day the fuzzy date covers: the sort key."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> date:
        """Last calendar day the fuzzy date covers."""
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @classmethod
    def from_date(cls, value: date) -> FuzzyDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Parse ISO text at any precision ('2022', '2022-05', '2022-05-11')."""
        parts = text.strip().split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not an ISO date: {text!r}")
        nums = [int(p) for p in parts]
        return cls(nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None)


@dataclass(frozen=True)
class Document:
    """One input as read, before cleaning: bytes or text plus what the container said."""

    doc_id: str
    source: str
    media_type: Literal["text", "html"]
    content: str
    url: str | None = None
    title: str | None = None
    published: FuzzyDate | None = None
    site: str | None = None


@dataclass(frozen=True)
class Span:
    """A character range of an article's stored text."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A cleaned document: the text every offset refers to, and its metadata."""

    doc_id: str
    source: str
    text: str
    content_hash: str
    url: str | None = None
    title: str | None = None
    site: str | None = None
    published: FuzzyDate | None = None
    published_from: str | None = None
    boilerplate: tuple[Span, ...] = ()
    warnings: tuple[str, ...] = ()
    # ISO 639-1 code, or None when the text is too short or mixed to tell.
    language: str | None = None
    # Quality flags ('spam', 'machine_translated', 'truncated', 'non_english') and a
    # 0..1 score where 1 is clean prose; flagged articles are still coded by default.
    flags: tuple[str, ...] = ()
    quality: float = 1.0
    # Hash of the main text (boilerplate, case and spacing aside; "" when too short)
    # for exact copies, and MinHash of its word shingles for near-duplicates.
    text_hash: str = ""
    signature: tuple[int, ...] = ()


@dataclass(frozen=True)
class Actor:
    """A party as it acts in one mention: the party code plus who spoke for it."""

    code: str
    name: str
    role: str | None = None
    sector: str | None = None
    level: str | None = None


@dataclass(frozen=True)
class Mention:
    """One sentence's evidence for one event between two parties."""

    doc_id: str
    sentence_index: int
    start: int
    end: int
    sentence: str
    trigger: str
    type: str
    mode: str | None
    status: Status
    source: Actor
    target: Actor
    directed: bool
    date: FuzzyDate | None
    date_text: str | None = None
    contexts: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    published: FuzzyDate | None = None


@dataclass(frozen=True)
class Event:
    """One happening between two parties, with every mention that reports it."""

    event_id: str
    type: str
    mode: str | None
    status: Status
    source: Actor
    target: Actor
    directed: bool
    date: FuzzyDate | None
    intensity: float
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    level: str | None = None
    contexts: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    date_alternatives: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, kept as data instead of a crash."""

    input: str
    stage: str
    reason: str
    at: datetime = field(default_factory=datetime.now)


@dataclass(frozen=True)
class Skipped:
    """An input deliberately passed over (a WARC request record, an image): counted, not an error."""

    input: str
    reason: str


@dataclass(frozen=True)
class ProcessedDocument:
    """What the pure per-document pipeline returns for one input."""

    article: Article
    mentions: tuple[Mention, ...]
    # False when the article was stored but deliberately not coded (not English,
    # or carrying a quality flag the user chose to skip).
    coded: bool = True
