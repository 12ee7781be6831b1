"""The years a document can be about, from the terms of the officials it names in office.

A page with no publication date and no year beside its news ('this Tuesday the 1 of
November') still tells when it was written: 'the president of Colombia, Gustavo Petro'
can only be written during Petro's presidency. The terms of all the officials a text
names by their full names overlap in a span of years; a yearless day with a weekday
named beside it falls on that weekday in one year of that span, which weekdayyear.py
then prefers to a guess from older years the text mentions in passing.
"""

from __future__ import annotations

from datetime import date

from dyadwatch.knowledge import KnowledgeBase, Official

_SPANS: dict[tuple[int, str], tuple[date, date | None] | None] = {}


def term_span(kb: KnowledgeBase, text: str) -> tuple[date, date | None] | None:
    """The days every official named in full in the text held some office; None when no
    official is named in full or their terms never overlap (a history names many eras)."""
    key = (id(kb), text)
    if key not in _SPANS:
        if len(_SPANS) > 64:
            _SPANS.clear()
        _SPANS[key] = _overlap([_term(o) for o in _named(kb, text)])
    return _SPANS[key]


def _named(kb: KnowledgeBase, text: str) -> list[Official]:
    """Officials whose full name (two words or more) is in the text: a bare surname may
    be someone else's."""
    lowered = text.lower()
    seen: dict[str, Official] = {}
    for surface, officials in kb.officials.items():
        if " " in surface and surface in lowered:
            for official in officials:
                if official.offices and surface == official.name.lower():
                    seen[official.name] = official
    return list(seen.values())


def _term(official: Official) -> tuple[date, date | None]:
    start = min(o.start for o in official.offices)
    ends = [o.end for o in official.offices]
    return start, None if None in ends else max(e for e in ends if e is not None)


def _overlap(terms: list[tuple[date, date | None]]) -> tuple[date, date | None] | None:
    if not terms:
        return None
    start = max(t[0] for t in terms)
    ends = [t[1] for t in terms if t[1] is not None]
    end = min(ends) if ends else None
    return None if end is not None and end < start else (start, end)


__all__ = ["term_span"]
