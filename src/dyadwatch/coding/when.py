"""Choose the date of one trigger among the date phrases of its sentence.

The nearest phrase usually dates a trigger. Offset phrases change that: 'came a
day after Putin apologised' dates the apology a day before the main clause, and
'two days before the invasion of Ukraine' dates the main clause from a widely
known happening.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.dates import (
    ClauseOffset,
    clause_offset,
    deadline_before,
    narrative_position,
    publication_position,
    resolve_narrative,
    resolve_publication_relative,
    shift,
)
from dyadwatch.coding.triggers import Found
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate

SOON = {"hours", "minutes", "moments", "shortly", "soon", "just", "immediately", "hour"}


@dataclass(frozen=True)
class SentenceDate:
    value: FuzzyDate
    text: str
    position: int
    absolute: bool


@dataclass(frozen=True)
class Reference:
    """What relative phrases resolve against: the publication date and the last narrative date."""

    published: date | None
    last_date: FuzzyDate | None


def date_for(kb: KnowledgeBase, found: Found, dates: list[SentenceDate], time: Reference,
             future: bool, sent: Span) -> tuple[FuzzyDate | None, str | None]:
    """The date of one trigger: the nearest date phrase, unless an offset clause decides."""
    candidates = list(dates)
    hit = resolve_publication_relative(sent.text, time.published, future)
    where = publication_position(sent.text)
    if hit is not None and where is not None and not deadline_before(sent.text[:where]):
        candidates.append(SentenceDate(hit[0], hit[1], sent.start_char + where, False))
    offset = clause_offset(sent.text)
    marker = next((t for t in sent if offset is not None and t.idx == sent.start_char + offset.at),
                  None)
    if offset is not None and marker is not None and marker.dep_ == "mark":
        return _clause_date(found, candidates, time, marker, offset)
    if offset is not None and marker is not None and marker.dep_ == "prep":
        anchored = _anchored(kb, found, marker, offset)  # 'two days before the invasion of Ukraine'
        if anchored is not None:
            return anchored, "anchor"
    relative = resolve_narrative(sent.text, time.last_date)
    where = narrative_position(sent.text)
    if relative is not None and where is not None:
        candidates.append(SentenceDate(relative, "narrative", sent.start_char + where, False))
    return _nearest(found, candidates, dates, sent)


def _nearest(found: Found, candidates: list[SentenceDate], dates: list[SentenceDate],
             sent: Span) -> tuple[FuzzyDate | None, str | None]:
    candidates = [d for d in candidates if not _after_clause(found, d, sent)]
    free = [d for d in candidates if not _in_relative_clause(found, d, sent)]
    candidates = free or candidates  # a relative clause's date only when it is all there is
    if not candidates:
        return None, None
    # the nearest expression dates the trigger; an explicit date wins a tie
    best = min(candidates, key=lambda d: (abs(d.position - found.token.idx), not d.absolute))
    for first, second in pairwise(dates):
        gap = sent.doc.text[first.position - sent.start_char + len(first.text):
                            second.position - sent.start_char]
        if best is second and gap.strip().lower() in ("to", "until", "-", "–", "through"):
            best = first  # 'from May 1 to May 4' starts on May 1
    return best.value, best.text


def _clause_date(found: Found, candidates: list[SentenceDate], time: Reference,
                 marker: Token, offset: ClauseOffset) -> tuple[FuzzyDate | None, str | None]:
    """'X came a day after Y apologised': Y is dated from X's date, X by its own dates.

    X's date is the nearest date expression outside the named clause, else the
    narrative's last date; a trigger in the named clause is offset from it.
    """
    clause = {t.i for t in marker.head.subtree}
    if marker.head.dep_ == "ROOT":  # a misparse: the clause runs from the marker to the comma
        end = next((t.i for t in marker.doc[marker.i:] if t.text in (",", ";")), len(marker.doc))
        clause = set(range(marker.i, end))
    outside = [d for d in candidates if not _char_in(d.position, marker.doc, clause)]
    if found.token.i not in clause:
        return _nearest(found, outside, [d for d in outside if d.absolute], marker.sent)
    base = min(outside, key=lambda d: abs(d.position - marker.idx)).value if outside \
        else time.last_date
    moved = shift(base, -offset.sign * offset.count, offset.unit)
    return (moved, "narrative") if moved is not None else (None, None)


def _anchored(kb: KnowledgeBase, found: Found, marker: Token, offset: ClauseOffset
              ) -> FuzzyDate | None:
    """A main clause dated by its offset from a widely known happening it names."""
    phrase = " ".join(t.text for t in marker.subtree).lower()
    day = next((a.day for a in kb.anchors if any(p.lower() in phrase for p in a.phrases)), None)
    if day is None or found.token in marker.subtree:
        return None
    return shift(FuzzyDate.from_date(day), offset.sign * offset.count, offset.unit)


def _in_relative_clause(found: Found, when: SentenceDate, sent: Span) -> bool:
    """A relative clause dates its own verb, not the sentence's: 'announced the suspension
    of the treaty which the two countries signed in 2002' on another date it gives."""
    token = _token_at(sent, when.position)
    return token is not None and any(
        token.i in (inside := {t.i for t in c.subtree}) and found.token.i not in inside
        for c in sent if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB")


def _after_clause(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'protested on Sunday after a U.S. jet shot down the balloon': a finite 'after'
    clause tells what came before the main clause's date, on a day it does not give;
    'hours after' and 'after hosting them' stay in the day."""
    token = _token_at(sent, when.position)
    for mark in (t for t in sent if t.lower_ == "after" and t.dep_ == "mark"):
        verb = mark.head
        inside = {t.i for t in verb.subtree}
        finite = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if found.token.i in inside and token is not None and token.i not in inside and \
                finite and not _soon(mark):
            return True
    return False


def _token_at(sent: Span, position: int) -> Token | None:
    return next((t for t in sent if t.idx <= position < t.idx + len(t)), None)


def _soon(after: Token) -> bool:
    before = after.doc[max(after.i - 2, after.sent.start):after.i]
    return any(t.lower_ in SOON for t in before)


def _char_in(position: int, doc: Doc, tokens: set[int]) -> bool:
    return any(doc[i].idx <= position < doc[i].idx + len(doc[i]) for i in tokens)
