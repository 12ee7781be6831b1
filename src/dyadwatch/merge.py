"""Merge stage: mentions that report the same happening become one event.

First version: mentions agree on type, party pair (ordered when the type is
directed), compatible CONSULT mode and date. Undated mentions merge only within
their own document, since nothing else ties them together. The event id is a
hash of that key, so re-running the merge on the same mentions gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Event, Mention, Status

MODE_FAMILY = {"visit": "in_person", "meet": "in_person", "phone": "phone", "message": "message"}
MODE_PREFERENCE = ["visit", "phone", "message", "meet"]


def merge_key(mention: Mention) -> tuple[str, ...]:
    pair = [mention.source.code, mention.target.code]
    if not mention.directed:
        pair.sort()
    family = MODE_FAMILY.get(mention.mode or "", mention.mode or "")
    when = mention.date.iso if mention.date else f"undated:{mention.doc_id}"
    return (mention.type, family, *pair, when)


def merge(kb: KnowledgeBase, mentions: Iterable[Mention]) -> list[Event]:
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(merge_key(mention), []).append(mention)
    return [_event(kb, key, group) for key, group in groups.items()]


def _event(kb: KnowledgeBase, key: tuple[str, ...], group: list[Mention]) -> Event:
    group = sorted(group, key=lambda m: (m.doc_id, m.start))
    first = next((m for m in group if m.directed), group[0])
    modes = {m.mode for m in group}
    mode = next((m for m in MODE_PREFERENCE if m in modes), first.mode)
    status: Status = "occurred" if any(m.status == "occurred" for m in group) else "planned"
    intensity = kb.mode_intensity.get((first.type, mode or ""), kb.intensity.get(first.type, 0.0))
    return Event(
        event_id=hashlib.sha1("|".join(key).encode()).hexdigest()[:16],
        type=first.type, mode=mode, status=status,
        source=first.source, target=first.target, directed=any(m.directed for m in group),
        date=first.date, intensity=intensity, mentions=tuple(group))
