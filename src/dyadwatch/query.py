"""Query stage: chronologies, filtered event lists and export records, read-only.

Library functions return plain dicts in the export record's shape, so the CLI,
the web API and the report writers all show the same fields with the same names.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import duckdb

from dyadwatch.errors import NotFoundError, QueryError
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import FuzzyDate
from dyadwatch.store import rows

ACTOR_KEYS = ("code", "name", "role", "sector")


def resolve_party(kb: KnowledgeBase, text: str) -> str:
    """A party code from a code or any known name ('USA', 'United States', 'Baku')."""
    if text.upper() in kb.parties:
        return text.upper()
    alias = kb.aliases.get(text) or kb.aliases.get(text.title())
    if alias is not None:
        return str(alias.code)
    raise QueryError(f"unknown party {text!r}",
                     hint="use an ISO 3166-1 alpha-3 code such as USA or AZE, or EU, UN, NATO, OSCE")


def parse_bound(text: str | None, end: bool = False) -> str | None:
    """A --from/--to bound at any precision, as the first or last day it covers."""
    if text is None:
        return None
    try:
        value = FuzzyDate.parse(text)
    except ValueError as exc:
        raise QueryError(f"bad date {text!r}", hint="use YYYY, YYYY-MM or YYYY-MM-DD") from exc
    return str((value.end if end else value.start).isoformat())


SORTS = {
    "date": "date_start NULLS LAST, date, type, source_code, target_code, event_id",
    "-date": "date_start DESC NULLS LAST, date DESC, type, source_code, target_code, event_id",
    "intensity": "intensity, date_start NULLS LAST, event_id",
    "-intensity": "intensity DESC, date_start NULLS LAST, event_id",
    "mentions": "n_mentions, date_start NULLS LAST, event_id",
    "-mentions": "n_mentions DESC, date_start NULLS LAST, event_id",
}


def events(con: duckdb.DuckDBPyConnection, *, parties: tuple[str, ...] = (),
           dyad: tuple[str, str] | None = None, type_: str | None = None,
           date_from: str | None = None, date_to: str | None = None, dated_only: bool = False,
           limit: int | None = None, offset: int = 0, text: str | None = None,
           document: str | None = None, sort: str = "date") -> list[dict[str, Any]]:
    """Events matching every filter given; `text` searches mention sentences (case-insensitive)."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}", hint=f"use one of {', '.join(SORTS)}")
    where: list[str] = ["TRUE"]
    params: list[str | None] = []
    if text:
        where.append("event_id IN (SELECT event_id FROM mentions WHERE contains(lower(sentence), ?))")
        params.append(text.lower())
    if document:
        where.append("event_id IN (SELECT event_id FROM mentions WHERE doc_id = ?)")
        params.append(document)
    for party in parties:
        where.append("(source_code = ? OR target_code = ?)")
        params += [party, party]
    if dyad is not None:
        where.append("dyad = ?")
        params.append("|".join(sorted(dyad)))
    if type_:
        where.append("type = ?")
        params.append(type_.upper())
    if date_from:
        where.append("date_start >= ?")
        params.append(parse_bound(date_from))
    if date_to:
        where.append("date_start <= ?")
        params.append(parse_bound(date_to, end=True))
    if dated_only or date_from or date_to:
        where.append("date_start IS NOT NULL")
    sql = f"SELECT * FROM events WHERE {' AND '.join(where)} ORDER BY {SORTS[sort]}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {int(offset)}"
    found = rows(con, sql, params)
    return with_mentions(con, found)


def chronology(con: duckdb.DuckDBPyConnection, a: str, b: str, date_from: str | None = None,
               date_to: str | None = None) -> list[dict[str, Any]]:
    """Dated events between two parties, oldest first: the analyst's chronology."""
    return events(con, dyad=(a, b), date_from=date_from, date_to=date_to, dated_only=True)


def with_mentions(con: duckdb.DuckDBPyConnection, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attach every mention to its event, reading only the pairs' blocks of a large store.

    Mentions carry their pair (`dyad`) and are kept sorted by it (`store.compact`), so
    filtering on the pairs first lets DuckDB skip all other blocks; they also carry their
    document's url and title, so no join with millions of documents is needed.
    """
    if not found:
        return []
    ids = [e["event_id"] for e in found]
    dyads = sorted({e["dyad"] for e in found})
    mention_rows = rows(con, """
        SELECT event_id, doc_id, url, title, published, sentence, start_char, end_char, trigger,
               date_text FROM mentions
        WHERE list_contains(?, dyad) AND event_id IN (SELECT unnest(?))
        ORDER BY doc_id, start_char""", [dyads, ids])
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mention_rows:
        by_event[m["event_id"]].append({
            "document": m["doc_id"], "url": m["url"], "title": m["title"],
            "published": m["published"], "sentence": m["sentence"], "start": m["start_char"],
            "end": m["end_char"], "trigger": m["trigger"], "date_text": m["date_text"]})
    return [record(e, by_event[e["event_id"]]) for e in found]


def record(row: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The export record of one event (field names are part of the public contract)."""
    return {
        "event_id": row["event_id"], "date": row["date"], "date_precision": row["date_precision"],
        "type": row["type"], "mode": row["mode"], "status": row["status"],
        "source": {k: row[f"source_{k}"] for k in ACTOR_KEYS} | {"level": row["source_level"]},
        "target": {k: row[f"target_{k}"] for k in ACTOR_KEYS} | {"level": row["target_level"]},
        "directed": row["directed"], "intensity": row["intensity"], "level": row["level"],
        "contexts": list(row["contexts"] or []), "themes": list(row["themes"] or []),
        "date_alternatives": json.loads(row["date_alternatives"] or "[]"),
        "n_mentions": row["n_mentions"], "n_documents": row["n_documents"],
        "n_sites": row["n_sites"], "mentions": mentions,
    }


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    out = {}
    for table in ("documents", "rejections", "mentions", "events"):
        result = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        out[table] = int(result[0]) if result else 0
    return out


def rejections(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = rows(
        con, "SELECT input, stage, reason, rejected_at FROM rejections ORDER BY rejected_at, input")
    return found


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """One event's record with all its mentions; NotFoundError when there is none."""
    found = with_mentions(con, rows(con, "SELECT * FROM events WHERE event_id = ?", [event_id]))
    if not found:
        raise NotFoundError(f"no event {event_id!r}", hint="list events with GET /api/events")
    return found[0]


def documents(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Stored documents without their text (which can be long), with their mention counts."""
    found: list[dict[str, Any]] = rows(con, """
        SELECT d.doc_id, d.source, d.url, d.title, d.site, d.published, d.ingested_at,
               length(d.text) AS chars, count(m.doc_id) AS mentions,
               count(DISTINCT m.event_id) AS events
        FROM documents d LEFT JOIN mentions m USING (doc_id)
        GROUP BY ALL ORDER BY d.doc_id""")
    return found


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any]:
    """A document's stored text (which mention offsets index) and its boilerplate spans."""
    found: list[dict[str, Any]] = rows(con, "SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    if not found:
        raise NotFoundError(f"no document {doc_id!r}", hint="list documents with GET /api/documents")
    doc = found[0]
    doc.pop("content_hash", None)
    doc["boilerplate"] = json.loads(doc["boilerplate"] or "[]")
    doc["warnings"] = json.loads(doc["warnings"] or "[]")
    return doc


def dyads(con: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[dict[str, Any]]:
    """Pairs of parties with their event counts and date span, most active first."""
    sql = """SELECT split_part(dyad, '|', 1) AS a, split_part(dyad, '|', 2) AS b,
                    count(*) AS events, sum(n_mentions) AS mentions,
                    min(date) AS first, max(date) AS last
             FROM events GROUP BY dyad ORDER BY events DESC, dyad"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    found: list[dict[str, Any]] = rows(con, sql)
    return found
