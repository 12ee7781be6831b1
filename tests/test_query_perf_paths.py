"""The fast chronology path (column fetch, keyed mention read) gives the same records as the plain one.

The store is written directly, so every case the fast path could get wrong is there:
several mentions of one event out of document order, NULL lists, date alternatives,
an undated event, a mention not yet merged into any event, another pair's event on
the same day, and an event without mentions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dyadwatch import query, store

EVENTS: list[tuple[str, tuple[str, str], str | None, str | None, str | None, list[str] | None,
                  list[str] | None, str | None]] = [
    # event_id, dyad pair, date, precision, date_start, contexts, themes, alternatives
    ("e1", ("USA", "AZE"), "2022-05-11", "day", "2022-05-11", ["energy", "diplomatic"], None,
     '[{"date": "2022-05-12", "documents": 1}]'),
    ("e2", ("USA", "AZE"), "2022-07-01", "day", "2022-07-01", [], ["peace"], "[]"),
    ("e3", ("AZE", "USA"), "2022-07", "month", "2022-07-01", None, None, None),
    ("e4", ("USA", "AZE"), None, None, None, ["security"], [], "[]"),
    ("e5", ("USA", "AZE"), "2021-03-02", "day", "2021-03-02", ["trade"], ["trade"], "[]"),
    ("e6", ("USA", "ARM"), "2022-05-11", "day", "2022-05-11", ["peace"], ["peace"], "[]"),
]
MENTIONS: list[tuple[str, int, str | None, tuple[str, str]]] = [
    # doc_id, start_char, event_id, pair
    ("d2", 50, "e1", ("USA", "AZE")),
    ("d1", 10, "e1", ("USA", "AZE")),
    ("d1", 5, "e1", ("USA", "AZE")),
    ("d3", 0, "e2", ("USA", "AZE")),
    ("d3", 80, "e3", ("USA", "AZE")),
    ("d4", 0, "e4", ("USA", "AZE")),
    ("d5", 0, None, ("USA", "AZE")),
    ("d1", 200, "e6", ("USA", "ARM")),
]


def _dyad(pair: tuple[str, str]) -> str:
    return "|".join(sorted(pair))


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    path = Path(tmp_path_factory.mktemp("fastpath")) / "s.duckdb"
    writer = store.connect(path)
    for i, (event_id, pair, date, precision, start, contexts, themes, alts) in enumerate(EVENTS):
        writer.execute("""INSERT INTO events BY NAME SELECT
                $id AS event_id, 'CONSULT' AS type, CASE WHEN $i % 2 = 0 THEN 'phone' END AS mode,
                'occurred' AS status, $s AS source_code, 'Name ' || $s AS source_name,
                'Minister' AS source_role, 'government' AS source_sector, 'minister' AS source_level,
                $t AS target_code, 'Name ' || $t AS target_name, 'President' AS target_role,
                NULL AS target_sector, 'head' AS target_level, $i % 2 = 0 AS directed,
                $date AS date, $prec AS date_precision, CAST($start AS DATE) AS date_start,
                1.5 + $i AS intensity, $i + 1 AS n_mentions, 1 AS n_documents, 1 AS n_sites,
                'minister' AS level, $contexts::VARCHAR[] AS contexts, $themes::VARCHAR[] AS themes,
                $alts AS date_alternatives, 'CONSULT|' || $dyad AS group_key, $dyad AS dyad""",
                       {"id": event_id, "i": i, "s": pair[0], "t": pair[1], "date": date,
                        "prec": precision, "start": start, "contexts": contexts, "themes": themes,
                        "alts": alts, "dyad": _dyad(pair)})
    for doc_id, start_char, owner, pair in MENTIONS:
        writer.execute("""INSERT INTO mentions BY NAME SELECT $doc AS doc_id, 0 AS sentence_index,
                $start AS start_char, $start + 30 AS end_char, 'Sentence at ' || $start AS sentence,
                'met' AS trigger, 'CONSULT' AS type, $dyad AS dyad, $event AS event_id,
                'https://example.org/' || $doc AS url, 'Title ' || $doc AS title,
                '2022-07-30' AS published, CASE WHEN $start > 0 THEN 'on ' || $start END AS date_text""",
                       {"doc": doc_id, "start": start_char, "dyad": _dyad(pair), "event": owner})
    writer.close()
    reader = store.connect(path, read_only=True)
    yield reader
    reader.close()


def plain(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    """The reference: dict rows, then `with_mentions` with its list of ids."""
    found = store.rows(con, "SELECT * FROM events WHERE list_contains(?, event_id)", [ids])
    by_id = {r["event_id"]: r for r in found}
    records: list[dict[str, Any]] = query.with_mentions(con, [by_id[i] for i in ids])
    return records


def same(a: Any, b: Any) -> None:
    """Equal and of the same types all the way down (1 == 1.0 == True would hide a change)."""
    assert type(a) is type(b), (a, b)
    if isinstance(a, dict):
        assert list(a) == list(b)
        for key in a:
            same(a[key], b[key])
    elif isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            same(x, y)
    else:
        assert a == b


def test_chronology_order_mentions_and_fields(con: duckdb.DuckDBPyConnection) -> None:
    found = query.chronology(con, "USA", "AZE")
    assert [e["event_id"] for e in found] == ["e5", "e1", "e3", "e2"]  # undated e4 left out
    first = found[1]
    assert [(m["document"], m["start"]) for m in first["mentions"]] == [
        ("d1", 5), ("d1", 10), ("d2", 50)]
    assert first["contexts"] == ["energy", "diplomatic"] and first["themes"] == []
    assert first["date_alternatives"] == [{"date": "2022-05-12", "documents": 1}]
    assert first["source"] == {"code": "USA", "name": "Name USA", "role": "Minister",
                               "sector": "government", "level": "minister"}
    assert first["target"]["sector"] is None and first["n_stories"] is None
    assert found[2]["contexts"] == [] and found[3]["mode"] is None
    assert found[0]["mentions"] == []
    assert first["mentions"][0] == {
        "document": "d1", "url": "https://example.org/d1", "title": "Title d1",
        "published": "2022-07-30", "sentence": "Sentence at 5", "start": 5, "end": 35,
        "trigger": "met", "date_text": "on 5"}
    same(found, plain(con, ["e5", "e1", "e3", "e2"]))


def test_chronology_range_and_empty(con: duckdb.DuckDBPyConnection) -> None:
    july = query.chronology(con, "AZE", "USA", "2022-07", "2022-07")
    same(july, plain(con, ["e3", "e2"]))
    assert query.chronology(con, "USA", "AZE", "2023") == []
    assert query.chronology(con, "USA", "GEO") == []


def test_pages_and_sorts_match_the_whole_list(con: duckdb.DuckDBPyConnection) -> None:
    for sort in query.SORTS:
        whole = query.events(con, dyad=("USA", "AZE"), sort=sort)
        assert len(whole) == 5
        same(whole, plain(con, [e["event_id"] for e in whole]))
        same(query.events(con, dyad=("USA", "AZE"), sort=sort, limit=2, offset=1), whole[1:3])
        same(query.events(con, dyad=("USA", "AZE"), sort=sort, offset=3), whole[3:])


def test_other_filters_take_the_general_path(con: duckdb.DuckDBPyConnection) -> None:
    usa = query.events(con, parties=("USA",))
    assert [e["event_id"] for e in usa] == ["e5", "e6", "e1", "e3", "e2", "e4"]
    same(usa, plain(con, [e["event_id"] for e in usa]))
    in_d1 = query.events(con, dyad=("USA", "AZE"), document="d1")
    assert [e["event_id"] for e in in_d1] == ["e1"] and len(in_d1[0]["mentions"]) == 3
    same(query.event(con, "e6"), plain(con, ["e6"])[0])
