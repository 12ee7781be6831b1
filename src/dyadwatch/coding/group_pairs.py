"""Which pair 'the two sides' stands for when its own sentence does not say.

A reader takes the pair named together last ('A and B'), unless the article keeps naming
another pair together, or unless a meeting, call or clash reported since then is the
latest thing that happened: 'Tensions between A and B ... C met D on Tuesday. The two
sides agreed' means C and D, the pair that just met, not the pair named in passing.
Memory keys are those of groups.py.
"""

from __future__ import annotations

from collections import Counter

from dyadwatch.records import Actor


def pair_of_two(listed: list[Actor] | None, local: list[Actor], history: list[list[Actor]],
                memory: dict[str, Actor]) -> list[Actor]:
    if listed is not None:
        return listed if len(listed) == 2 else []
    if len(local) >= 2:
        return local if len(local) == 2 else []
    listed = stored_list(memory, "group:2:")  # named together, it stays the pair in view
    candidates = {a.code: a for sentence in reversed(history) for a in sentence}
    dominant = dominant_pair(memory, candidates)
    met = [memory[k] for k in ("event:0", "event:1") if k in memory]  # the last pair that acted
    if len(met) == 2 and not local and not dominant and _just_acted(met, history):
        return met  # 'Tensions between A and B ... C met D. The two sides agreed': C and D
    if len(listed) == 2 and _within(local, listed) and (
            not dominant or _shares(listed, dominant) or _same(listed, met)):
        return listed  # a pair named in passing ('observers from A and B') is not 'the sides'
    if dominant and _within(local, dominant):
        return dominant
    if len(met) == 2 and _within(local, met):
        return met
    return recent_parties(history, 2)


def _within(actors: list[Actor], group: list[Actor]) -> bool:
    return all(a.code in {b.code for b in group} for a in actors)


def _same(first: list[Actor], second: list[Actor]) -> bool:
    return {a.code for a in first} == {a.code for a in second}


def _shares(first: list[Actor], second: list[Actor]) -> bool:
    return bool({a.code for a in first} & {a.code for a in second})


def recent_parties(history: list[list[Actor]], size: int) -> list[Actor]:
    """The parties of the nearest sentences, once they make exactly `size`; a sentence that
    brings one more makes the reference ambiguous, and it stays unresolved."""
    seen: dict[str, Actor] = {}
    for sentence in history:
        for actor in sentence:
            seen.setdefault(actor.code, actor)
        if len(seen) == size:
            return list(seen.values())
        if len(seen) > size:
            return []
    return []


def dominant_pair(memory: dict[str, Actor], candidates: dict[str, Actor]) -> list[Actor]:
    """The pair among the candidates that the article has named together most often."""
    counts: Counter[tuple[str, str]] = Counter()
    for key in memory:
        if key.startswith("conamed:"):
            first, second = key.split(":")[1].split("|")
            if first in candidates and second in candidates:
                counts[(first, second)] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [candidates[code] for code in ranked[0][0]]


def stored_list(memory: dict[str, Actor], prefix: str) -> list[Actor]:
    out: list[Actor] = []
    while f"{prefix}{len(out)}" in memory:
        out.append(memory[f"{prefix}{len(out)}"])
    return out


def _just_acted(met: list[Actor], history: list[list[Actor]]) -> bool:
    """The pair that acted is all the nearest sentence naming any party named: with a third
    party there ('the Secretary thanked Saudi Arabia for hosting the talks; he had met the
    Crown Prince'), the last act may be a side matter."""
    nearest = next((sentence for sentence in history if sentence), [])
    return _same(met, nearest)
