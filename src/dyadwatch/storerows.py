"""Records to table rows and back: the one place that knows the store's column layout.

Kept apart from the writer so that a runner writing Parquet or another database
(the coming Dask runner) maps records to the same columns without the writer's
transaction logic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import duckdb

from dyadwatch.merge import group_key
from dyadwatch.records import Actor, Article, Event, FuzzyDate, Mention, ProcessedDocument, Span
from dyadwatch.stories import Link

ACTOR_FIELDS = ("code", "name", "role", "sector", "level")


def source_row(doc_id: str, article: Article) -> dict[str, Any]:
    return {"doc_id": doc_id, "input": article.source, "url": article.url, "site": article.site,
            "title": article.title, "published": article.published.iso if article.published else None,
            "added_at": datetime.now()}


def document_rows(batch: list[tuple[ProcessedDocument, Link]]) -> list[dict[str, Any]]:
    now = datetime.now()
    return [{
        "doc_id": a.doc_id, "source": a.source, "url": a.url, "title": a.title, "site": a.site,
        "published": a.published.iso if a.published else None, "published_from": a.published_from,
        "content_hash": a.content_hash, "text": a.text,
        "boilerplate": json.dumps([[s.start, s.end] for s in a.boilerplate]),
        "warnings": json.dumps(list(a.warnings)), "ingested_at": now, "text_hash": a.text_hash,
        "language": a.language, "flags": list(a.flags), "quality": a.quality,
        "story_id": link.story_id, "coded": p.coded, "signature": list(a.signature) or None,
    } for p, link in batch for a in (p.article,)]


def _actor_cols(prefix: str, actor: Actor) -> dict[str, Any]:
    return {f"{prefix}_{f}": getattr(actor, f) for f in ACTOR_FIELDS}


def _date_cols(value: FuzzyDate | None) -> dict[str, Any]:
    return {"date": value.iso if value else None, "date_precision": value.precision if value else None,
            "date_start": value.start if value else None}


def mention_row(m: Mention, event_id: str | None = None) -> dict[str, Any]:
    return {"doc_id": m.doc_id, "sentence_index": m.sentence_index, "start_char": m.start,
            "end_char": m.end, "sentence": m.sentence, "trigger": m.trigger, "type": m.type,
            "mode": m.mode, "status": m.status, "directed": m.directed, "date_text": m.date_text,
            "contexts": list(m.contexts), "themes": list(m.themes), "group_key": group_key(m),
            "published": m.published.iso if m.published else None,
            "dyad": "|".join(sorted((m.source.code, m.target.code))),
            "event_id": event_id, **_actor_cols("source", m.source), **_actor_cols("target", m.target),
            **_date_cols(m.date)}


def load_mentions(con: duckdb.DuckDBPyConnection, dirty_only: bool = False) -> Iterator[Mention]:
    where = "WHERE group_key IN (SELECT group_key FROM dirty_groups)" if dirty_only else ""
    cursor = con.execute(f"SELECT * FROM mentions {where} ORDER BY doc_id, start_char")
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        yield Mention(
            doc_id=row["doc_id"], sentence_index=row["sentence_index"], start=row["start_char"],
            end=row["end_char"], sentence=row["sentence"], trigger=row["trigger"], type=row["type"],
            mode=row["mode"], status=row["status"], source=_actor(row, "source"),
            target=_actor(row, "target"), directed=row["directed"],
            date=FuzzyDate.parse(row["date"]) if row["date"] else None, date_text=row["date_text"],
            contexts=tuple(row["contexts"] or ()), themes=tuple(row["themes"] or ()),
            published=FuzzyDate.parse(row["published"]) if row["published"] else None)


def _actor(row: dict[str, Any], prefix: str) -> Actor:
    return Actor(*(row[f"{prefix}_{f}"] for f in ACTOR_FIELDS))


def event_row(e: Event) -> dict[str, Any]:
    return {"event_id": e.event_id, "type": e.type, "mode": e.mode, "status": e.status,
            "directed": e.directed, "intensity": e.intensity, "n_mentions": len(e.mentions),
            "n_documents": len({m.doc_id for m in e.mentions}), "n_sites": 0, "n_stories": 0,
            "level": e.level,
            "contexts": list(e.contexts), "themes": list(e.themes),
            "date_alternatives": json.dumps([{"date": d, "documents": n}
                                             for d, n in e.date_alternatives]),
            "group_key": group_key(e.mentions[0]) if e.mentions else None,
            "dyad": "|".join(sorted((e.source.code, e.target.code))),
            **_actor_cols("source", e.source), **_actor_cols("target", e.target),
            **_date_cols(e.date)}


def stored_article(con: duckdb.DuckDBPyConnection, doc_id: str) -> Article | None:
    """The article as the coder saw it (text, title, date, boilerplate spans), for error
    analysis that codes it again; None for a document not in the store."""
    row = con.execute("SELECT source, text, content_hash, url, title, site, published,"
                      " boilerplate FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    source, text, content_hash, url, title, site, published, boilerplate = row
    spans = tuple(Span(s, e) for s, e in json.loads(boilerplate or "[]"))
    return Article(doc_id, source, text, content_hash, url=url, title=title, site=site,
                   published=FuzzyDate.parse(published) if published else None,
                   boilerplate=spans)
