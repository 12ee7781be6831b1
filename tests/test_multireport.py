"""Twenty real happenings, each reported by three to five of our own articles.

The corpus (tests/data/multireport, see its README) checks the merge stage end to
end: every article of one happening that the coder dates must land in the same
event, and no event may mix two happenings. Articles whose event the coder
misses are counted, not hidden: the floor below pins how many happenings are found.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import duckdb
import pytest

from dyadwatch import store, workflow

CORPUS = Path(__file__).parent / "data" / "multireport"
FOUND_FLOOR = 20


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    db = store.connect(tmp_path_factory.mktemp("mr") / "mr.duckdb")
    workflow.ingest(db, [str(p) for p in sorted(CORPUS.glob("*.txt"))])
    return db


def happenings() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        entry = out.setdefault(gold["event"], {"docs": set(), "types": gold["types"],
                                               "pair": frozenset(gold.get("actors") or
                                                                 (gold["source"], gold["target"]))})
        entry["docs"].add(gold["doc"])  # type: ignore[attr-defined]
        entry[gold["doc"]] = gold["date"]
    return out


def test_no_event_mixes_two_happenings(con: duckdb.DuckDBPyConnection) -> None:
    docs_of: dict[str, set[str]] = defaultdict(set)
    for event_id, doc in con.execute("SELECT event_id, doc_id FROM mentions").fetchall():
        docs_of[event_id].add(doc.split("_")[0])
    mixed = {e: d for e, d in docs_of.items() if len(d) > 1}
    assert mixed == {}


def test_each_happening_is_one_dated_event(con: duckdb.DuckDBPyConnection) -> None:
    """Mentions the coder dated right (to any precision) must all sit in one event."""
    rows = store.rows(con, "SELECT m.doc_id, m.date AS mention_date, e.* FROM mentions m "
                           "JOIN events e USING (event_id) WHERE m.date IS NOT NULL")
    found, split = 0, {}
    for name, h in happenings().items():
        events = {r["event_id"]: r for r in rows if r["doc_id"] in h["docs"]  # type: ignore[operator]
                  and r["type"] in h["types"]  # type: ignore[operator]
                  and frozenset((r["source_code"], r["target_code"])) == h["pair"]
                  and _agree(r["mention_date"], str(h[r["doc_id"]]))}
        if len(events) > 1:
            split[name] = sorted(str(e["date"]) for e in events.values())
        found += bool(events)
    assert split == {}
    assert found >= FOUND_FLOOR
    print(f"\nmultireport: {found}/{len(happenings())} happenings found, none split or mixed")


def _agree(coded: str, gold: str) -> bool:
    return coded.startswith(gold) or gold.startswith(coded)


ARTICLE_FLOOR = 75


def test_each_article_reports_its_happening(con: duckdb.DuckDBPyConnection) -> None:
    """Every article's own mention of its happening is coded, with the right type, pair
    and a date that agrees with the gold (to the gold's precision)."""
    rows = store.rows(con, "SELECT m.doc_id, m.date AS mention_date, e.type, e.source_code, "
                           "e.target_code FROM mentions m JOIN events e USING (event_id)")
    missed = []
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        pair = frozenset(gold.get("actors") or (gold["source"], gold["target"]))
        if not any(r["doc_id"] == gold["doc"] and r["type"] in gold["types"]
                   and frozenset((r["source_code"], r["target_code"])) == pair
                   and r["mention_date"] is not None
                   and _agree(str(r["mention_date"]), gold["date"]) for r in rows):
            missed.append(gold["doc"])
    articles = len(list(CORPUS.glob("*.txt")))
    assert articles - len(missed) >= ARTICLE_FLOOR, missed
