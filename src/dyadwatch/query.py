"""Query stage: chronologies, filtered event lists and export records, read-only.

Library functions return plain dicts in the export record's shape, so the CLI,
the web API and the report writers all show the same fields with the same names.
"""

from __future__ import annotations

import json
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


EVENT_COLUMNS = ("event_id", "date", "date_precision", "type", "mode", "status",
                 *(f"source_{k}" for k in (*ACTOR_KEYS, "level")),
                 *(f"target_{k}" for k in (*ACTOR_KEYS, "level")),
                 "directed", "intensity", "level", "contexts", "themes", "date_alternatives",
                 "n_mentions", "n_documents", "n_sites", "n_stories")
LIST_COLUMNS = frozenset({"contexts", "themes"})
MENTION_COLUMNS = ("event_id", "doc_id", "url", "title", "published", "sentence", "start_char",
                   "end_char", "trigger", "date_text")


def events(con: duckdb.DuckDBPyConnection, *, parties: tuple[str, ...] = (),
           dyad: tuple[str, str] | None = None, type_: str | None = None,
           date_from: str | None = None, date_to: str | None = None, dated_only: bool = False,
           limit: int | None = None, offset: int = 0, text: str | None = None,
           document: str | None = None, sort: str = "date") -> list[dict[str, Any]]:
    """Events matching every filter given; `text` searches mention sentences (case-insensitive).

    On a large store most of the time goes into turning values into Python objects,
    not into DuckDB (a pair's events lie in one or two blocks): only the record's
    columns are read, as whole columns (`_columns`), records are built from tuples
    without intermediate dicts, and a pair's mentions are read with the same filter
    as its events, so no list of thousands of event ids is bound into the query.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}", hint=f"use one of {', '.join(SORTS)}")
    scope, params = _scope(parties=parties, dyad=dyad, type_=type_, date_from=date_from,
                           date_to=date_to, dated_only=dated_only, text=text, document=document)
    pair = "|".join(sorted(dyad)) if dyad is not None else None
    page = ""
    if limit:
        page += f" LIMIT {int(limit)}"
    if offset:
        page += f" OFFSET {int(offset)}"
    found = _columns(con, f"SELECT {_select(EVENT_COLUMNS)}, dyad {scope} "
                          f"ORDER BY {SORTS[sort]}{page}", params)
    if not found["event_id"]:
        return []
    if pair is not None and not text and not document:
        # The pair's mentions of exactly these events: one keyed read of the pair's blocks.
        chosen = f"SELECT event_id {scope} ORDER BY {SORTS[sort]}{page}" if page else \
            f"SELECT event_id {scope}"
        by_event = _mentions(con, f"dyad = ? AND event_id IN ({chosen})", [pair, *params])
    else:
        by_event = _mentions(con, "list_contains(?, dyad) AND event_id IN (SELECT unnest(?))",
                             [sorted(set(found["dyad"])), found["event_id"]])
    return [_record(values, by_event.get(values[0]) or [])
            for values in zip(*(found[c] for c in EVENT_COLUMNS), strict=True)]


def count_events(con: duckdb.DuckDBPyConnection, **filters: Any) -> int:
    """How many events `events` would list with these filters, all pages together."""
    scope, params = _scope(**filters)
    found = con.execute(f"SELECT count(*) {scope}", params).fetchone()
    return int(found[0]) if found else 0


def _scope(*, parties: tuple[str, ...] = (), dyad: tuple[str, str] | None = None,
           type_: str | None = None, date_from: str | None = None, date_to: str | None = None,
           dated_only: bool = False, text: str | None = None, document: str | None = None
           ) -> tuple[str, list[str | None]]:
    """The FROM/WHERE of an event filter and its parameters, shared by listing and counting."""
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
    return f"FROM events WHERE {' AND '.join(where)}", params


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
    by_event = _mentions(con, "list_contains(?, dyad) AND event_id IN (SELECT unnest(?))",
                         [sorted({e["dyad"] for e in found}), [e["event_id"] for e in found]])
    return [record(e, by_event.get(e["event_id"]) or []) for e in found]


def _select(columns: tuple[str, ...]) -> str:
    """A select list for `_columns`: list columns travel as JSON text (see there)."""
    return ", ".join(f"to_json({c})::VARCHAR AS {c}" if c in LIST_COLUMNS else c for c in columns)


def _columns(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> dict[str, list[Any]]:
    """A query's result as one Python list per column, NULL as None.

    `fetchnumpy` converts whole columns at once, several times faster than row tuples.
    List columns, selected as JSON text by `_select`, are decoded once per distinct
    value (a store repeats a few context and theme lists) and copied for each row:
    half the cost of the one array per row that `fetchnumpy` gives for a list.
    """
    out: dict[str, list[Any]] = {}
    for name, array in con.execute(sql, params).fetchnumpy().items():
        values = array.tolist()
        if name in LIST_COLUMNS:
            decoded: dict[str, list[Any]] = {}
            for i, text in enumerate(values):
                if text is not None:
                    known = decoded.get(text)
                    if known is None:
                        known = decoded[text] = json.loads(text)
                    values[i] = known.copy()
        out[name] = values
    return out


def _mentions(con: duckdb.DuckDBPyConnection, where: str,
              params: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """The mentions matching `where`, grouped by event, each event's in document order."""
    found = _columns(con, f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE {where} "
                          "ORDER BY doc_id, start_char", params)
    by_event: dict[str, list[dict[str, Any]]] = {}
    for event_id, doc_id, url, title, published, sentence, start, end, trigger, date_text in zip(
            *(found[c] for c in MENTION_COLUMNS), strict=True):
        mention = {"document": doc_id, "url": url, "title": title, "published": published,
                   "sentence": sentence, "start": start, "end": end, "trigger": trigger,
                   "date_text": date_text}
        listed = by_event.get(event_id)
        if listed is None:
            by_event[event_id] = [mention]
        else:
            listed.append(mention)
    return by_event


def record(row: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The export record of one event (field names are part of the public contract)."""
    values = tuple(list(row.get(c) or []) if c in LIST_COLUMNS else row.get(c)
                   for c in EVENT_COLUMNS)
    return _record(values, mentions)


def _record(values: tuple[Any, ...], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """The export record from an event's `EVENT_COLUMNS` values (lists already fresh lists)."""
    (event_id, date, date_precision, type_, mode, status, s_code, s_name, s_role, s_sector, s_level,
     t_code, t_name, t_role, t_sector, t_level, directed, intensity, level, contexts, themes,
     alternatives, n_mentions, n_documents, n_sites, n_stories) = values
    return {
        "event_id": event_id, "date": date, "date_precision": date_precision, "type": type_,
        "mode": mode, "status": status,
        "source": {"code": s_code, "name": s_name, "role": s_role, "sector": s_sector,
                   "level": s_level},
        "target": {"code": t_code, "name": t_name, "role": t_role, "sector": t_sector,
                   "level": t_level},
        "directed": directed, "intensity": intensity, "level": level,
        "contexts": [] if contexts is None else contexts,
        "themes": [] if themes is None else themes,
        "date_alternatives": json.loads(alternatives) if alternatives and alternatives != "[]" else [],
        "n_mentions": n_mentions, "n_documents": n_documents, "n_sites": n_sites,
        "n_stories": n_stories, "mentions": mentions,
    }


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    out = {}
    for table in ("documents", "sources", "rejections", "mentions", "events"):
        result = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        out[table] = int(result[0]) if result else 0
    return out


def rejections(con: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[dict[str, Any]]:
    """Rejected inputs, oldest first; with `limit`, only the most recent ones."""
    newest = f"ORDER BY rejected_at DESC, input DESC LIMIT {int(limit)}" if limit else ""
    found: list[dict[str, Any]] = rows(con, f"""SELECT * FROM (SELECT input, stage, reason, rejected_at
        FROM rejections {newest}) ORDER BY rejected_at, input""")
    return found


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """One event's record with all its mentions; NotFoundError when there is none."""
    found = with_mentions(con, rows(con, "SELECT * FROM events WHERE event_id = ?", [event_id]))
    if not found:
        raise NotFoundError(f"no event {event_id!r}", hint="list events with GET /api/events")
    return found[0]


DOCUMENT_COLUMNS = ("doc_id", "source", "url", "title", "site", "published", "ingested_at",
                    "language", "flags", "quality", "story_id", "coded")


def documents(con: duckdb.DuckDBPyConnection, *, flag: str | None = None,
              language: str | None = None, limit: int | None = 100, offset: int = 0) -> dict[str, Any]:
    """One page of stored documents without their text, the total, and each one's sources.

    Only the page's ids are sorted and only their rows, mention counts and sources
    are read, so a page costs the same on a store of millions of documents.
    """
    where = "($flag IS NULL OR list_contains(flags, $flag)) AND ($language IS NULL OR language = $language)"
    bind = {"flag": flag, "language": language}
    count = con.execute(f"SELECT count(*) FROM documents WHERE {where}", bind).fetchone()
    page_sql = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else f" OFFSET {int(offset)}"
    ids = [r[0] for r in con.execute(
        f"SELECT doc_id FROM documents WHERE {where} ORDER BY doc_id{page_sql}", bind).fetchall()]
    page = rows(con, f"""SELECT {', '.join(DOCUMENT_COLUMNS)}, length(text) AS chars FROM documents
        WHERE doc_id IN (SELECT unnest($ids)) ORDER BY doc_id""", {"ids": ids})
    tallies = {r["doc_id"]: r for r in rows(con, """SELECT doc_id, count(*) AS mentions,
        count(DISTINCT event_id) AS events FROM mentions WHERE doc_id IN (SELECT unnest($ids))
        GROUP BY doc_id""", {"ids": ids})}
    sources: dict[str, list[dict[str, Any]]] = {}
    for r in rows(con, """SELECT doc_id, input, url, site, title, published, added_at FROM sources
                          WHERE doc_id IN (SELECT unnest($ids)) ORDER BY added_at, input""",
                  {"ids": ids}):
        sources.setdefault(r.pop("doc_id"), []).append(r)
    for d in page:
        tally = tallies.get(d["doc_id"], {})
        d.update(flags=list(d["flags"] or []), mentions=tally.get("mentions", 0),
                 events=tally.get("events", 0), sources=sources.get(d["doc_id"], []))
    return {"total": int(count[0]) if count else 0, "limit": limit, "offset": offset,
            "count": len(page), "documents": page}


def flag_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """How many documents carry each quality flag, most common first."""
    return {r["flag"]: int(r["n"]) for r in rows(con, """SELECT flag, count(*) AS n
        FROM (SELECT unnest(flags) AS flag FROM documents) GROUP BY flag ORDER BY n DESC, flag""")}


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any]:
    """A document's stored text (which mention offsets index) and its boilerplate spans."""
    found: list[dict[str, Any]] = rows(con, "SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    if not found:
        raise NotFoundError(f"no document {doc_id!r}", hint="list documents with GET /api/documents")
    doc = found[0]
    for private in ("content_hash", "text_hash", "signature"):
        doc.pop(private, None)
    doc["sources"] = rows(con, "SELECT input, url, site, title, published FROM sources "
                               "WHERE doc_id = ? ORDER BY added_at, input", [doc_id])
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


def events_since_ingest(con: duckdb.DuckDBPyConnection, since: Any) -> list[dict[str, Any]]:
    """Events that gained a mention from a document stored at or after `since` (a datetime)."""
    found = rows(con, """SELECT * FROM events WHERE event_id IN (
        SELECT m.event_id FROM mentions m JOIN documents d USING (doc_id) WHERE d.ingested_at >= ?)
        ORDER BY date_start NULLS LAST, event_id""", [since])
    return with_mentions(con, found)


def is_stored_url(con: duckdb.DuckDBPyConnection, url: str) -> bool:
    """Whether a document, or a copy recorded as a source, came from this URL."""
    found = con.execute("""SELECT EXISTS (SELECT 1 FROM documents WHERE doc_id = $u OR url = $u)
        OR EXISTS (SELECT 1 FROM sources WHERE input = $u OR url = $u)""", {"u": url}).fetchone()
    return bool(found and found[0])
