"""Merge stage: mentions that report the same happening become one event.

The field's tools either never merge (one row per sentence) or merge by day,
which fuses two calls of one day and splits a visit reported on its second day.
Here mentions are grouped by type and party pair, then split into lanes by
direction (for types where direction tells events apart) and by kind of contact
(a call and a meeting on the same day are two happenings), and within a lane
clustered by date:

- day-dated mentions join while they stay within the lane's span: one day for
  calls, letters and most types, three consecutive days for visits and meetings,
  which last several days and get reported on any of them;
- a month- or year-dated mention joins the one cluster its period contains,
  and stays apart when several qualify (it cannot say which);
- a mention whose kind of contact is unknown ('held talks', and 'met' or
  'spoke with', which readouts use for calls too) joins the one compatible
  cluster of a known kind, if there is exactly one;
- an undated mention joins the one cluster its own document already supports,
  else the one cluster dated in the week before its article's publication
  (news reports what just happened: an undated headline 'Biden visits Kyiv'
  on a page of 21 February is that visit, not a new one).

The event date is the best-supported day (most documents, then the earliest);
the other days are kept as recorded disagreement. Everything depends only on
the mentions given, so re-merging a group as documents arrive gives the same
events and the same ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor, Event, FuzzyDate, Mention, Status

MODE_FAMILY = {"visit": "in_person", "phone": "phone", "message": "message"}
MODE_PREFERENCE = ["visit", "phone", "message", "meet"]
UNORDERED_TYPES = frozenset({"CONSULT", "AGREE"})
SPAN_DAYS = {"in_person": 2, "": 2}
RECENT_DAYS = 7


def group_key(mention: Mention) -> str:
    """Type and unordered pair: the unit re-merged when any of its mentions changes."""
    pair = sorted((mention.source.code, mention.target.code))
    return f"{mention.type}|{pair[0]}|{pair[1]}"


def _direction(mention: Mention) -> str:
    if mention.type in UNORDERED_TYPES or not mention.directed:
        return "~"
    return f"{mention.source.code}>{mention.target.code}"


def _family(mention: Mention) -> str:
    if mention.type == "CONSULT":
        return MODE_FAMILY.get(mention.mode or "", "")
    return mention.mode or ""


@dataclass
class _Cluster:
    direction: str
    family: str
    mentions: list[Mention] = field(default_factory=list)
    undated_doc: str | None = None

    @property
    def days(self) -> list[date]:
        return [m.date.start for m in self.mentions if m.date and m.date.precision == "day"]

    def span(self) -> tuple[date, date] | None:
        days = self.days
        if days:
            return min(days), max(days)
        dated = [m.date for m in self.mentions if m.date]
        if not dated:
            return None
        finest = min(dated, key=lambda d: d.end - d.start)
        return finest.start, finest.end

    def overlaps(self, value: FuzzyDate) -> bool:
        span = self.span()
        return span is not None and value.start <= span[1] and span[0] <= value.end

    def docs(self) -> set[str]:
        return {m.doc_id for m in self.mentions}

    def accepts(self, mention: Mention, persons: Callable[[Actor], str | None]) -> bool:
        """False when the mention names someone else on a side the cluster already names.

        Two US envoys visiting Baku on consecutive days, or a president's call and a
        minister's call on the same day, are different happenings; one sentence's
        mentions always belong together.
        """
        if any((m.doc_id, m.sentence_index) == (mention.doc_id, mention.sentence_index)
               for m in self.mentions):
            return True
        for side in (mention.source, mention.target):
            person = persons(side)
            named = {persons(a) for m in self.mentions for a in (m.source, m.target)
                     if a.code == side.code} - {None}
            if person is not None and named and person not in named:
                return False
        return True

    def continues(self, mention: Mention, persons: Callable[[Actor], str | None]) -> bool:
        """Whether a mention of another day carries on this (multi-day) happening.

        It must come from another document (one narrative dating two days means two
        events) and name the same person on at least one side.
        """
        day = mention.date.start if mention.date else None
        if any(m.doc_id == mention.doc_id and m.date and m.date.start != day for m in self.mentions):
            return False
        ours = {persons(a) for m in self.mentions for a in (m.source, m.target)} - {None}
        return bool(ours & ({persons(mention.source), persons(mention.target)} - {None}))


def merge(kb: KnowledgeBase, mentions: Iterable[Mention]) -> list[Event]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[group_key(mention)].append(mention)
    events: list[Event] = []
    seen: set[str] = set()
    for key, group in sorted(groups.items()):
        for cluster in clusters(kb, group):
            event = _event(kb, key, cluster)
            if event.event_id in seen:  # two happenings on one day (different officials): the
                first = event.mentions[0]  # later one is told apart by its first mention
                salt = f"{event.event_id}|{first.doc_id}|{first.start}"
                event = replace(event, event_id=hashlib.sha1(salt.encode()).hexdigest()[:16])
            seen.add(event.event_id)
            events.append(event)
    return events


def person_key(kb: KnowledgeBase) -> Callable[[Actor], str | None]:
    """Who an actor is, as a comparable key: a person's surname, else None for a bare party."""
    def key(actor: Actor) -> str | None:
        if not actor.name or actor.name == kb.party_name(actor.code) or actor.name in kb.aliases:
            return None
        return str(actor.name.split()[-1].lower())
    return key


def clusters(kb: KnowledgeBase, group: list[Mention]) -> list[_Cluster]:
    """Split one type-and-pair group into happenings (see the module docstring)."""
    ordered = sorted(group, key=lambda m: (m.doc_id, m.start, m.type))
    known = [m for m in ordered if m.date and _family(m)]
    unknown = [m for m in ordered if m.date and not _family(m)]
    undated = [m for m in ordered if not m.date]
    found: list[_Cluster] = []
    lanes: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in known:
        lanes[(_direction(mention), _family(mention))].append(mention)
    persons = person_key(kb)
    for (direction, family), lane in sorted(lanes.items()):
        found += _cluster_lane(direction, family, lane, persons)
    leftovers = [m for m in unknown if not _attach(found, m, _overlaps, persons)]
    lanes.clear()
    for mention in leftovers:
        lanes[(_direction(mention), "")].append(mention)
    for (direction, family), lane in sorted(lanes.items()):
        found += _cluster_lane(direction, family, lane, persons)
    for mention in undated:
        if not (_attach(found, mention, _same_document, persons)
                or _attach(found, mention, _recent, persons)):
            _undated_cluster(found, mention).mentions.append(mention)
    return found


def _overlaps(cluster: _Cluster, mention: Mention, persons: Callable[[Actor], str | None]) -> bool:
    """Same period, or a later day of a multi-day happening."""
    if mention.date is None:
        return False
    if cluster.overlaps(mention.date):
        return True
    days, span = cluster.days, SPAN_DAYS.get(cluster.family, 0)
    return (mention.date.precision == "day" and bool(days)
            and 0 < (mention.date.start - min(days)).days <= span
            and cluster.continues(mention, persons))


def _same_document(cluster: _Cluster, mention: Mention, persons: Callable[[Actor], str | None]
                   ) -> bool:
    return mention.doc_id in cluster.docs()


def _recent(cluster: _Cluster, mention: Mention, persons: Callable[[Actor], str | None]) -> bool:
    published, span = mention.published, cluster.span()
    if published is None or published.precision != "day" or span is None or not cluster.days:
        return False
    return bool(0 <= (published.start - span[0]).days <= RECENT_DAYS)


Persons = Callable[[Actor], str | None]


def _attach(found: list[_Cluster], mention: Mention,
            fits: Callable[[_Cluster, Mention, Persons], bool], persons: Persons) -> bool:
    """Add the mention to the single fitting cluster of its direction; False if none or several.

    A mention that knows its kind of contact never joins a cluster of another kind: an undated
    headline visit is not last week's phone call, and joining would turn the call into a visit.
    """
    direction, family = _direction(mention), _family(mention)
    candidates = [c for c in found if c.undated_doc is None and c.direction == direction
                  and (not family or not c.family or c.family == family)
                  and fits(c, mention, persons) and c.accepts(mention, persons)
                  and _same_visitor(c, mention)]
    if len(candidates) != 1:
        return False
    candidates[0].mentions.append(mention)
    return True


def _visitor(mention: Mention) -> str | None:
    return mention.source.code if mention.mode == "visit" and mention.directed else None


def _same_visitor(cluster: _Cluster, mention: Mention) -> bool:
    """A visit keeps its visitor: an undated 'X arrived in Y's capital' is not the dated
    visit Y's leader paid to X earlier, though both are visits of the one pair."""
    visitor = _visitor(mention)
    return visitor is None or all(_visitor(m) in (None, visitor) for m in cluster.mentions)


def _undated_cluster(found: list[_Cluster], mention: Mention) -> _Cluster:
    for cluster in found:
        if cluster.undated_doc == mention.doc_id and cluster.direction == _direction(mention):
            return cluster
    cluster = _Cluster(_direction(mention), _family(mention), undated_doc=mention.doc_id)
    found.append(cluster)
    return cluster


def _cluster_lane(direction: str, family: str, lane: list[Mention],
                  persons: Callable[[Actor], str | None]) -> list[_Cluster]:
    span = SPAN_DAYS.get(family, 0)
    by_day = sorted((m for m in lane if m.date and m.date.precision == "day"),
                    key=lambda m: (m.date.start if m.date else date.min, m.doc_id, m.start))
    found: list[_Cluster] = []
    for mention in by_day:
        assert mention.date is not None
        day = mention.date.start
        fitting = None
        for cluster in reversed(found):  # clusters start in day order: stop once out of reach
            first = cluster.mentions[0].date
            if first is None or (day - first.start).days > span:
                break
            if cluster.accepts(mention, persons) and (first.start == day or
                                                       cluster.continues(mention, persons)):
                fitting = cluster
                break
        if fitting is not None:
            fitting.mentions.append(mention)
        else:
            found.append(_Cluster(direction, family, [mention]))
    for precision in ("month", "year"):
        for mention in (m for m in lane if m.date and m.date.precision == precision):
            assert mention.date is not None
            containing = [c for c in found if c.overlaps(mention.date) and c.accepts(mention, persons)]
            if len(containing) == 1:
                containing[0].mentions.append(mention)
            else:
                period = (mention.date.start, mention.date.end)
                same = [c for c in found if not c.days and c.span() == period]
                if same:
                    same[0].mentions.append(mention)
                else:
                    found.append(_Cluster(direction, family, [mention]))
    return found


def best_date(mentions: list[Mention]) -> tuple[FuzzyDate | None, tuple[tuple[str, int], ...]]:
    """The finest date most documents support, and the other dates with their support."""
    dated = [m for m in mentions if m.date]
    if not dated:
        return None, ()
    finest = min(("day", "month", "year").index(m.date.precision) for m in dated if m.date)
    level = ("day", "month", "year")[finest]
    support: dict[FuzzyDate, set[str]] = defaultdict(set)
    counts: Counter[FuzzyDate] = Counter()
    for m in dated:
        if m.date and m.date.precision == level:
            support[m.date].add(m.doc_id)
            counts[m.date] += 1
    ranked = sorted(support, key=lambda d: (-len(support[d]), -counts[d], d.start))
    return ranked[0], tuple((d.iso, len(support[d])) for d in ranked[1:])


def _best_actor(kb: KnowledgeBase, actors: list[Actor]) -> Actor:
    """The most informative description of one side: a named office beats a bare country."""
    def rank(actor: Actor) -> tuple[int, int]:
        bucket = kb.level_of.get(actor.level or "")
        level = kb.levels.index(bucket) if bucket in kb.levels else len(kb.levels)
        return level, 0 if actor.role else 1
    return min(actors, key=rank)


def event_level(kb: KnowledgeBase, source: Actor, target: Actor) -> str | None:
    """The higher of the two sides' levels, in the analyst's five grades."""
    buckets = [kb.level_of.get(a.level or "") for a in (source, target)]
    known = [b for b in buckets if b in kb.levels]
    return min(known, key=kb.levels.index) if known else None


def _orientation(mentions: list[Mention]) -> tuple[str, str, bool]:
    directed = [(m.source.code, m.target.code) for m in mentions if m.directed]
    if directed:
        (src, tgt), _ = Counter(directed).most_common(1)[0]
        return src, tgt, True
    return mentions[0].source.code, mentions[0].target.code, False


def _event(kb: KnowledgeBase, key: str, cluster: _Cluster) -> Event:
    group = sorted(cluster.mentions, key=lambda m: (m.doc_id, m.start))
    src, tgt, directed = _orientation(group)
    sides = [a for m in group for a in (m.source, m.target)]
    source = _best_actor(kb, [a for a in sides if a.code == src])
    target = _best_actor(kb, [a for a in sides if a.code == tgt])
    modes = {m.mode for m in group}
    mode = next((m for m in MODE_PREFERENCE if m in modes), group[0].mode)
    status: Status = "occurred" if any(m.status == "occurred" for m in group) else "planned"
    kind = group[0].type
    when, alternatives = best_date(group)
    anchor = when.iso if when else f"undated:{cluster.undated_doc or group[0].doc_id}"
    ident = "|".join((key, cluster.direction, cluster.family, anchor))
    return Event(
        event_id=hashlib.sha1(ident.encode()).hexdigest()[:16], type=kind, mode=mode,
        status=status, source=source, target=target, directed=directed, date=when,
        intensity=kb.mode_intensity.get((kind, mode or ""), kb.intensity.get(kind, 0.0)),
        mentions=tuple(group), level=event_level(kb, source, target),
        contexts=tuple(sorted({c for m in group for c in m.contexts})),
        themes=tuple(sorted({t for m in group for t in m.themes})), date_alternatives=alternatives)
