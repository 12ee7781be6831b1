"""Exports in the shapes the field's tools read: our JSONL record, CSV, Parquet, PLOVER JSON.

Records are streamed a page at a time (keyset paging on event_id), so exporting
millions of events never holds them all in memory. Parquet is written by DuckDB
itself, with each event's mentions as a nested list, which pandas, Arrow, R and
Spark read directly.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import duckdb

from dyadwatch.errors import InputError, QueryError
from dyadwatch.query import with_mentions
from dyadwatch.store import rows

FORMATS = ("jsonl", "csv", "parquet", "plover")
PAGE = 5000
CSV_COLUMNS = [
    "event_id", "date", "date_precision", "type", "mode", "status", "directed", "intensity",
    "level", "source_code", "source_name", "source_role", "source_sector", "source_level",
    "target_code", "target_name", "target_role", "target_sector", "target_level", "contexts",
    "themes", "n_mentions", "n_documents", "n_sites", "documents", "urls", "sentence"]


def iter_records(con: duckdb.DuckDBPyConnection, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Every event's export record, in event_id order, a page at a time."""
    last = ""
    while True:
        found = rows(con, "SELECT * FROM events WHERE event_id > ? ORDER BY event_id LIMIT ?",
                     [last, page])
        if not found:
            return
        yield from with_mentions(con, found)
        last = found[-1]["event_id"]


def plover(record: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER-style record (its field names), so the data sits next to POLECAT's."""
    mentions = record["mentions"]
    return {
        "id": record["event_id"], "date": record["date"], "actor": record["source"]["code"],
        "recipient": record["target"]["code"], "event": record["type"], "mode": record["mode"] or "",
        "context": ",".join(record["contexts"]),
        "text": mentions[0]["sentence"] if mentions else "",
        "cite_info": "; ".join(
            f"{m['document']}{' <' + m['url'] + '>' if m['url'] else ''} chars {m['start']}-{m['end']}"
            for m in mentions),
    }


def csv_row(record: dict[str, Any]) -> list[Any]:
    flat = {k: v for k, v in record.items() if k not in ("source", "target", "mentions")}
    for side in ("source", "target"):
        flat.update({f"{side}_{k}": v for k, v in record[side].items()})
    flat["contexts"], flat["themes"] = ";".join(record["contexts"]), ";".join(record["themes"])
    mentions = record["mentions"]
    flat["documents"] = ";".join(sorted({m["document"] for m in mentions}))
    flat["urls"] = ";".join(sorted({m["url"] for m in mentions if m["url"]}))
    flat["sentence"] = " ".join(mentions[0]["sentence"].split()) if mentions else ""
    return [flat.get(c) for c in CSV_COLUMNS]


def write(con: duckdb.DuckDBPyConnection, fmt: str, out: IO[str] | Path) -> int:
    """Write every event in a format to a text stream (or, for Parquet, a file path)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise QueryError("Parquet needs a file path", hint="give OUT as a file name, not -")
        return write_parquet(con, out)
    assert not isinstance(out, Path)
    count = 0
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    for record in iter_records(con):
        count += 1
        if writer is not None:
            writer.writerow(csv_row(record))
        else:
            shaped = plover(record) if fmt == "plover" else record
            out.write(json.dumps(shaped, ensure_ascii=False, default=str) + "\n")
    return count


def write_parquet(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    if not path.parent.is_dir():
        raise InputError(f"cannot write {path}: no folder {path.parent}",
                         hint="create the folder or pick another OUT")
    target = str(path).replace("'", "''")
    con.execute(f"""COPY (
        SELECT e.* EXCLUDE (group_key, date_start),
               list(struct_pack(document := m.doc_id, url := d.url, title := d.title,
                                published := d.published, sentence := m.sentence,
                                "start" := m.start_char, "end" := m.end_char)
                    ORDER BY m.doc_id, m.start_char) AS mentions
        FROM events e JOIN mentions m USING (event_id) JOIN documents d USING (doc_id)
        GROUP BY ALL ORDER BY e.event_id) TO '{target}' (FORMAT parquet)""")
    found = con.execute("SELECT count(*) FROM events").fetchone()
    return int(found[0]) if found else 0
