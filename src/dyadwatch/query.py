"""Query stage: chronologies, filtered event lists and export records, read-only.

Library functions return plain dicts in the export record's shape, so the CLI,
the web API and the report writers all show the same fields with the same names.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import duckdb

from dyadwatch.errors import QueryError
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


def events(con: duckdb.DuckDBPyConnection, *, parties: tuple[str, ...] = (),
           dyad: tuple[str, str] | None = None, type_: str | None = None,
           date_from: str | None = None, date_to: str | None = None, dated_only: bool = False,
           limit: int | None = None) -> list[dict[str, Any]]:
    where: list[str] = ["TRUE"]
    params: list[str | None] = []
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
    sql = (f"SELECT * FROM events WHERE {' AND '.join(where)} "
           "ORDER BY date_start NULLS LAST, date, type, source_code, target_code, event_id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    found = rows(con, sql, params)
    return with_mentions(con, found)


def chronology(con: duckdb.DuckDBPyConnection, a: str, b: str, date_from: str | None = None,
               date_to: str | None = None) -> list[dict[str, Any]]:
    """Dated events between two parties, oldest first: the analyst's chronology."""
    return events(con, dyad=(a, b), date_from=date_from, date_to=date_to, dated_only=True)


def with_mentions(con: duckdb.DuckDBPyConnection, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not found:
        return []
    ids = [e["event_id"] for e in found]
    mention_rows = rows(con, """
        SELECT m.event_id, m.doc_id, d.url, d.title, d.published, m.sentence, m.start_char,
               m.end_char, m.trigger, m.date_text
        FROM mentions m JOIN documents d USING (doc_id)
        WHERE m.event_id IN (SELECT unnest(?)) ORDER BY m.doc_id, m.start_char""", [ids])
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
