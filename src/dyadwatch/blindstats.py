"""Precision of a set's predictions by coarse features, for sets that must stay unread.

A blind test set may only be looked at in aggregate, yet 'P=0.53' alone says nothing
about where the false events come from. Splitting the predictions by properties that
name no document, sentence or party (how the date was found, how many parties the
coder found in the sentence — parties it missed are not counted —, whether the pair
recurs in its document, whether a person acts for each side) shows which coding paths
are reliable on unseen text and which are not, and the same split
on the team's opened sets says whether the weakness is general.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import duckdb

from dyadwatch.evaluate import Prediction
from dyadwatch.store import rows

# date_text labels the coder writes when a date came from outside the sentence's own words,
# grouped by where it came from: a block's heading or line, the event told just before,
# the narrative's last day moved by a step, or the report's own day
_INHERITED = {
    **dict.fromkeys(("paragraph", "entry", "heading", "section", "publication"), "block"),
    **dict.fromkeys(("story", "previous sentence", "occasion", "meeting", "reaction", "cause",
                     "parallel", "response", "anchor", "antecedent"), "linked event"),
    **dict.fromkeys(("narrative", "perfect"), "narrative"),
    "news day": "news day",
}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")

Tally = dict[str, dict[str, tuple[int, int]]]  # feature -> value -> (predictions, right)


def feature_precision(con: duckdb.DuckDBPyConnection, scored: list[Prediction],
                      spurious: list[Prediction], organisations: set[str]) -> Tally:
    """Every scored prediction is described by its first mention and counted right or
    false under each feature's value."""
    mentions = rows(con, "SELECT event_id, doc_id, sentence_index, sentence, date_text, status,"
                         " mode, source_code, target_code, source_level, target_level"
                         " FROM mentions ORDER BY doc_id, sentence_index, start_char")
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    crowd: dict[tuple[str, int], set[str]] = defaultdict(set)
    pair_sentences: dict[tuple[str, frozenset[str]], set[int]] = defaultdict(set)
    for m in mentions:
        by_event[m["event_id"]].append(m)
        crowd[(m["doc_id"], m["sentence_index"])] |= {m["source_code"], m["target_code"]}
        pair = frozenset((m["source_code"], m["target_code"]))
        pair_sentences[(m["doc_id"], pair)].add(m["sentence_index"])
    wrong = {p.event_id for p in spurious}
    tally: dict[str, dict[str, Counter[bool]]] = defaultdict(lambda: defaultdict(Counter))
    for pred in scored:
        own = by_event.get(pred.event_id)
        if not own:
            continue
        first = own[0]
        pair = frozenset((first["source_code"], first["target_code"]))
        features = {
            "mentions": "1" if len(own) == 1 else "2+",
            "date from": _date_source(first["date_text"]),
            "status": first["status"] or "-",
            "mode": first["mode"] or "none",
            "parties": "with organisation" if pair & organisations else "states only",
            "persons acting": str(sum(first[k] is not None
                                      for k in ("source_level", "target_level"))),
            "sentence position": _bucket(first["sentence_index"], (1, 5, 15)),
            "coded parties in sentence": _bucket(len(crowd[(first["doc_id"],
                                                      first["sentence_index"])]), (2, 3), 2),
            "pair in other sentences": "yes" if len(pair_sentences[(first["doc_id"], pair)]) > 1
                                       else "no",
            "sentence words": _bucket(len(first["sentence"].split()), (19, 39)),
        }
        for name, value in features.items():
            tally[name][value][pred.event_id not in wrong] += 1
    return {name: {value: (c[True] + c[False], c[True]) for value, c in values.items()}
            for name, values in tally.items()}


def _date_source(date_text: str | None) -> str:
    if date_text is None:
        return "none"
    if date_text in _INHERITED:
        return _INHERITED[date_text]
    words = date_text.lower()
    explicit = any(ch.isdigit() for ch in words) or any(m in words for m in _MONTHS)
    return "explicit" if explicit else "relative words"


def _bucket(value: int, edges: tuple[int, ...], low: int = 0) -> str:
    """'0-1', '2-5', '6-15', '16+' style labels from inclusive upper edges."""
    for edge in edges:
        if value <= edge:
            return str(low) if low == edge else f"{low}-{edge}"
        low = edge + 1
    return f"{low}+"


def lines(tally: Tally) -> list[str]:
    out = []
    for name, values in tally.items():
        cells = [f"{value} {right}/{n} ({right / n:.2f})"
                 for value, (n, right) in sorted(values.items(), key=lambda kv: -kv[1][0])]
        out.append(f"precision by {name}: " + "; ".join(cells))
    return out
