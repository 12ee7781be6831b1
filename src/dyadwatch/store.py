"""Store stage: one DuckDB file holding documents, rejections, mentions and events.

One writer at a time (DuckDB's own rule); readers open read-only. Documents and
their mentions are written in one transaction, so a crash leaves either the old
or the new version of a document, never half of one; events are rebuilt from
mentions in a second transaction at the end of every ingest, so a crash between
the two is mended by the next run. Bulk inserts go through Arrow tables.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dyadwatch.errors import StoreError
from dyadwatch.merge import group_key
from dyadwatch.records import Article, Event, ProcessedDocument, Rejection
from dyadwatch.storerows import document_rows, event_row, load_mentions, mention_row, source_row
from dyadwatch.stories import Link, StoryIndex, band_rows

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  doc_id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, title VARCHAR, site VARCHAR,
  published VARCHAR, published_from VARCHAR, content_hash VARCHAR, text VARCHAR,
  boilerplate VARCHAR, warnings VARCHAR, ingested_at TIMESTAMP, text_hash VARCHAR,
  language VARCHAR, flags VARCHAR[], quality DOUBLE, story_id VARCHAR, coded BOOLEAN,
  signature BIGINT[]);
CREATE TABLE IF NOT EXISTS sources (
  doc_id VARCHAR, input VARCHAR, url VARCHAR, site VARCHAR, title VARCHAR, published VARCHAR,
  added_at TIMESTAMP, PRIMARY KEY (doc_id, input));
CREATE TABLE IF NOT EXISTS bands (band BIGINT, doc_id VARCHAR);
CREATE INDEX IF NOT EXISTS bands_band ON bands (band);
CREATE TABLE IF NOT EXISTS rejections (
  input VARCHAR, stage VARCHAR, reason VARCHAR, rejected_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS mentions (
  doc_id VARCHAR, sentence_index INTEGER, start_char INTEGER, end_char INTEGER,
  sentence VARCHAR, trigger VARCHAR, type VARCHAR, mode VARCHAR, status VARCHAR,
  source_code VARCHAR, source_name VARCHAR, source_role VARCHAR, source_sector VARCHAR,
  source_level VARCHAR, target_code VARCHAR, target_name VARCHAR, target_role VARCHAR,
  target_sector VARCHAR, target_level VARCHAR, directed BOOLEAN, date VARCHAR,
  date_precision VARCHAR, date_start DATE, date_text VARCHAR, contexts VARCHAR[],
  themes VARCHAR[], published VARCHAR, group_key VARCHAR, dyad VARCHAR, url VARCHAR,
  title VARCHAR, event_id VARCHAR);
CREATE TABLE IF NOT EXISTS events (
  event_id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, status VARCHAR,
  source_code VARCHAR, source_name VARCHAR, source_role VARCHAR, source_sector VARCHAR,
  source_level VARCHAR, target_code VARCHAR, target_name VARCHAR, target_role VARCHAR,
  target_sector VARCHAR, target_level VARCHAR, directed BOOLEAN, date VARCHAR,
  date_precision VARCHAR, date_start DATE, intensity DOUBLE, n_mentions INTEGER,
  n_documents INTEGER, n_sites INTEGER, n_stories INTEGER, level VARCHAR, contexts VARCHAR[],
  themes VARCHAR[], date_alternatives VARCHAR, group_key VARCHAR, dyad VARCHAR);
CREATE TABLE IF NOT EXISTS dirty_groups (group_key VARCHAR PRIMARY KEY);
"""
SCHEMA_MARK = ("documents", "story_id")



@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    mentions: int = 0
    duplicates: int = 0  # exact copies of a stored text: kept as extra sources
    near_duplicates: int = 0  # stored and coded, linked to an earlier copy's story
    not_coded: dict[str, int] = field(default_factory=dict)  # stored, not coded, by reason
    skipped: dict[str, int] = field(default_factory=dict)  # inputs passed over on purpose
    rejected: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database; read-only connections never create or alter it."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no database at {path}", hint="run 'dyadwatch ingest PATH' first")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database {path}: {str(exc).splitlines()[0]}",
                         hint="another dyadwatch process holds it; if that is 'dyadwatch "
                              "serve', use 'dyadwatch ingest --server URL'") from exc
    if not read_only:
        con.execute(SCHEMA)
    elif not _has_column(con, "events", "event_id"):
        con.close()
        raise StoreError(f"{path} is not a dyadwatch database", hint="run 'dyadwatch ingest' first")
    if not _has_column(con, *SCHEMA_MARK):
        con.close()
        raise StoreError(f"{path} was made by an older dyadwatch",
                         hint="ingest the articles again into a new database file")
    return con


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    found = con.execute("SELECT count(*) FROM information_schema.columns "
                        "WHERE table_name = ? AND column_name = ?", [table, column]).fetchone()
    return bool(found and found[0])


class Writer:
    """The single writer: stores processed documents, their sources and rejections, then re-merges.

    The maps of stored hashes and inputs live in memory so that triage costs no
    query per document; they grow with the corpus (about 200 bytes a document).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, batch_size: int = 50) -> None:
        self.con = con
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self._pending: list[tuple[ProcessedDocument, Link]] = []
        self._sources: list[dict[str, Any]] = []
        self._retired: set[str] = set()  # stored documents whose input is now a copy of another
        self._hashes: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._text_of: dict[str, str] = {}
        for doc_id, content_hash, text_hash in con.execute(
                "SELECT doc_id, content_hash, text_hash FROM documents").fetchall():
            self._remember(doc_id, content_hash, text_hash)
        self._inputs = dict(con.execute("SELECT input, doc_id FROM sources").fetchall())
        self._stories = StoryIndex(con)

    def _remember(self, doc_id: str, content_hash: str, text_hash: str | None) -> None:
        self._forget(doc_id)
        self._hashes[doc_id] = content_hash
        if text_hash:
            self._text_of[doc_id] = text_hash
            self._texts.setdefault(text_hash, doc_id)

    def _forget(self, doc_id: str) -> None:
        self._hashes.pop(doc_id, None)
        old = self._text_of.pop(doc_id, None)
        if old is not None and self._texts.get(old) == doc_id:
            del self._texts[old]

    def is_unchanged(self, doc_id: str, content_hash: str) -> bool:
        return self._hashes.get(doc_id) == content_hash

    def accept(self, article: Article) -> bool:
        """Whether the article needs coding; unchanged ones and exact duplicates are recorded here."""
        if self.is_unchanged(article.doc_id, article.content_hash):
            self.summary.unchanged += 1
            return False
        first = self._texts.get(article.text_hash) if article.text_hash else None
        if first is None or first == article.doc_id:
            return True
        if self._inputs.get(article.source) == first:
            self.summary.unchanged += 1  # this very input was recorded as a copy before
            return False
        self.summary.duplicates += 1
        if article.doc_id in self._hashes:  # its own earlier version goes: the text lives on in `first`
            self._forget(article.doc_id)
            self._retired.add(article.doc_id)
        self._inputs[article.source] = first
        self._sources.append(source_row(first, article))
        return False

    def add(self, item: ProcessedDocument | Rejection) -> None:
        if isinstance(item, Rejection):
            self._reject(item)
            return
        article = item.article
        if not self.accept(article):
            return
        if any(p.article.doc_id == article.doc_id for p, _ in self._pending):
            self.flush()  # two inputs with one identity in a batch: the later replaces the earlier
        if article.doc_id in self._hashes:
            self.summary.replaced += 1
        self.summary.ingested += 1
        self.summary.mentions += len(item.mentions)
        self.summary.warnings.extend(f"{article.source}: {w}" for w in article.warnings)
        self._remember(article.doc_id, article.content_hash, article.text_hash)
        self._retired.discard(article.doc_id)
        self._inputs[article.source] = article.doc_id
        link = self._stories.link(article)
        if link.story_id != article.doc_id:
            self.summary.near_duplicates += 1
        self._sources.append(source_row(article.doc_id, article))
        self._pending.append((item, link))
        if len(self._pending) >= self.batch_size:
            self.flush()

    def _reject(self, rejection: Rejection) -> None:
        self.summary.rejected[rejection.reason] = self.summary.rejected.get(rejection.reason, 0) + 1
        known = self.con.execute("SELECT count(*) FROM rejections WHERE input = ? AND reason = ?",
                                 [rejection.input, rejection.reason]).fetchone()
        if known and known[0]:
            return
        self.con.execute("INSERT INTO rejections VALUES (?, ?, ?, ?)",
                         [rejection.input, rejection.stage, rejection.reason, rejection.at])

    def flush(self) -> None:
        """Write the batch in one transaction; if that fails, each document alone.

        A document the database refuses becomes a rejection of stage 'store'
        instead of taking its 49 batch mates down with it.
        """
        if not self._pending and not self._sources and not self._retired:
            return
        batch, self._pending = self._pending, []
        sources, self._sources = self._sources, []
        retired, self._retired = sorted(self._retired), set()
        try:
            self._write(batch, sources, retired)
        except Exception:
            self._write_one_by_one(batch, sources, retired)
        self._stories.written()

    def _write_one_by_one(self, batch: list[tuple[ProcessedDocument, Link]],
                          sources: list[dict[str, Any]], retired: list[str]) -> None:
        batch_ids = {p.article.doc_id for p, _ in batch}
        for entry in batch:
            article = entry[0].article
            own = [s for s in sources if s["doc_id"] == article.doc_id]
            if self._refused(article.source, [entry], own, []):
                self._forget(article.doc_id)
                self.summary.ingested -= 1
        for row in sources:
            if row["doc_id"] not in batch_ids:
                self._refused(row["input"], [], [row], [])
        for doc_id in retired:
            self._refused(doc_id, [], [], [doc_id])

    def _refused(self, source: str, batch: list[tuple[ProcessedDocument, Link]],
                 sources: list[dict[str, Any]], retired: list[str]) -> bool:
        try:
            self._write(batch, sources, retired)
        except Exception as exc:
            first = (str(exc).splitlines() or [""])[0][:200]
            self._reject(Rejection(source, "store", f"database refused it: {type(exc).__name__}: {first}"))
            return True
        return False

    def _write(self, batch: list[tuple[ProcessedDocument, Link]], sources: list[dict[str, Any]],
               retired: list[str]) -> None:
        ids = [p.article.doc_id for p, _ in batch] + retired
        groups = {group_key(m) for p, _ in batch for m in p.mentions}
        self.con.execute("BEGIN TRANSACTION")
        try:
            groups |= {g for (g,) in self.con.execute(  # old mentions of replaced documents, and
                "SELECT DISTINCT group_key FROM mentions WHERE doc_id IN (SELECT unnest(?))",  # of
                [ids + [s["doc_id"] for s in sources]]).fetchall()}  # events whose sources grow
            self.con.execute("INSERT OR IGNORE INTO dirty_groups SELECT unnest(?)", [sorted(groups)])
            # A replaced document's copies were copies of its old text: their records go too.
            for table in ("mentions", "documents", "bands", "sources"):
                self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            _insert(self.con, "documents", document_rows(batch))
            _insert(self.con, "mentions", [mention_row(m) for p, _ in batch for m in p.mentions])
            _insert(self.con, "bands", [b for p, _ in batch for b in band_rows(p.article)])
            _insert(self.con, "sources", sources, or_replace=True)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def finish(self, events_of: Any) -> IngestSummary:
        """Flush, then re-merge the groups whose mentions changed (and any a crash left)."""
        self.flush()
        rebuild_events(self.con, events_of)
        return self.summary


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]],
            or_replace: bool = False) -> None:
    if not rows:
        return
    columns = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')").fetchall()]
    arrow = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    con.register("_incoming", arrow)
    verb = "INSERT OR REPLACE" if or_replace else "INSERT"
    try:
        con.execute(f"{verb} INTO {table} SELECT {', '.join(columns)} FROM _incoming")
    finally:
        with contextlib.suppress(duckdb.Error):  # fails inside an aborted transaction: the
            con.unregister("_incoming")  # insert's own error is the one worth raising


def rebuild_events(con: duckdb.DuckDBPyConnection, events_of: Any, everything: bool = False) -> int:
    """Re-merge the mentions of every dirty group (or of all groups) into events.

    Only groups touched since the last merge are loaded, so adding a hundred
    articles to a corpus of millions re-merges only the pairs they mention.
    """
    if everything:
        con.execute("INSERT OR IGNORE INTO dirty_groups SELECT DISTINCT group_key FROM mentions")
    events: list[Event] = events_of(list(load_mentions(con, dirty_only=True)))
    rows_ = [event_row(e) for e in events]
    links = [mention_row(m, e.event_id) for e in events for m in e.mentions]
    dirty = "group_key IN (SELECT group_key FROM dirty_groups)"
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM events WHERE {dirty}")
        con.execute(f"DELETE FROM mentions WHERE {dirty}")
        _insert(con, "events", rows_)
        _insert(con, "mentions", links)
        con.execute(f"""UPDATE mentions SET url = d.url, title = d.title FROM documents d
            WHERE mentions.doc_id = d.doc_id AND mentions.{dirty}""")  # read with the event, no join
        con.execute(f"""UPDATE events SET n_sites = s.sites, n_stories = s.stories FROM (
            SELECT m.event_id, count(DISTINCT coalesce(d.story_id, d.doc_id)) AS stories,
                count(DISTINCT coalesce(src.site, nullif(regexp_extract(
                    coalesce(src.url, d.url), '^[a-zA-Z]+://(?:www\\.)?([^/:]+)', 1), ''))) AS sites
            FROM mentions m JOIN documents d USING (doc_id) LEFT JOIN sources src USING (doc_id)
            WHERE m.{dirty} GROUP BY 1) s WHERE events.event_id = s.event_id""")
        con.execute("DELETE FROM dirty_groups")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(events)


def compact(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite events and mentions sorted by pair and date.

    DuckDB skips blocks whose min/max cannot match a filter, so a store sorted
    this way answers one dyad's chronology from a few blocks instead of scanning
    millions of rows. Incremental merges append out of order; compacting after
    a large ingest restores the order (`dyadwatch compact`).
    """
    con.execute("BEGIN TRANSACTION")
    try:
        for table, order in (("events", "dyad, date_start, event_id"),
                             ("mentions", "dyad, date_start, event_id, doc_id, start_char")):
            con.execute(f"CREATE TEMP TABLE _sorted AS SELECT * FROM {table} ORDER BY {order}")
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} SELECT * FROM _sorted")
            con.execute("DROP TABLE _sorted")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("CHECKPOINT")


def rows(con: duckdb.DuckDBPyConnection, sql: str,
         params: Iterable[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
    """Query results as dicts; params positional (a sequence) or named (a dict, `$name`)."""
    cursor = con.execute(sql, params if isinstance(params, dict) else list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
