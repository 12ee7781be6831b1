"""JSON endpoints: thin wrappers over query, analytics and workflow, which hold the SQL.

Parameters are validated here (FastAPI), party names resolved like the CLI does,
and the library's coded errors pass through to the app's JSON error handlers.
"""

from __future__ import annotations

import hmac
import re
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, File, Header, HTTPException, Query, Request, UploadFile

from dyadwatch import analytics, knowledge, query, workflow
from dyadwatch.errors import InputError, QueryError

MAX_UPLOAD = 5 * 1024 * 1024
MAX_FILES = 50
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
router = APIRouter()


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    yield from request.app.state.db.cursor()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
From = Annotated[str | None, Query(alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD")]
To = Annotated[str | None, Query(alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD")]
Party = Annotated[str, Query(description="code or name: USA, Azerbaijan, Baku")]
By = Annotated[str, Query(description="week, month, quarter or year")]


def _party(request: Request, text: str) -> str:
    return str(query.resolve_party(knowledge.load(request.app.state.db.actors), text))


def _pair(request: Request, a: str, b: str) -> tuple[str, str]:
    return _party(request, a), _party(request, b)


@router.get("/status")
def status(con: Con) -> dict[str, Any]:
    """Counts of documents, rejections, mentions and events."""
    return {"counts": query.counts(con)}


@router.get("/events")
def events(request: Request, con: Con,
           party: Annotated[list[str], Query(description="repeat: events involving each")] = [],  # noqa: B006
           a: str | None = None, b: str | None = None,
           type: Annotated[str | None, Query(description="PLOVER type, e.g. CONSULT")] = None,
           date_from: From = None, date_to: To = None,
           q: Annotated[str | None, Query(description="text in a mention's sentence")] = None,
           document: str | None = None,
           limit: Annotated[int, Query(ge=1, le=500)] = 100,
           offset: Annotated[int, Query(ge=0)] = 0,
           sort: Annotated[str, Query(description=", ".join(query.SORTS))] = "date") -> dict[str, Any]:
    """Events matching every filter, with their mentions; `a` and `b` together pick a dyad."""
    if (a is None) != (b is None):
        raise QueryError("a dyad needs both a and b", hint="pass ?a=USA&b=AZE, or use party")
    dyad = _pair(request, a, b) if a is not None and b is not None else None
    parties = tuple(_party(request, p) for p in party)
    found = query.events(con, parties=parties, dyad=dyad, type_=type, date_from=date_from,
                         date_to=date_to, text=q, document=document, limit=limit, offset=offset,
                         sort=sort)
    return {"limit": limit, "offset": offset, "count": len(found), "events": found}


@router.get("/events/{event_id}")
def event(con: Con, event_id: str) -> dict[str, Any]:
    """One event with every mention (document, sentence, offsets in the stored text)."""
    result: dict[str, Any] = query.event(con, event_id)
    return result


@router.get("/documents")
def documents(con: Con) -> dict[str, Any]:
    """Stored documents (without text) and every rejected input with its reason."""
    return {"documents": query.documents(con), "rejections": query.rejections(con)}


@router.get("/documents/{doc_id:path}")
def document(con: Con, doc_id: str) -> dict[str, Any]:
    """A document's stored text, which mention offsets index, and its boilerplate spans."""
    result: dict[str, Any] = query.document(con, doc_id)
    return result


@router.get("/dyads")
def dyads(con: Con, limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
    """Pairs of parties with event counts, most active first."""
    return {"dyads": query.dyads(con, limit)}


@router.get("/series")
def series(request: Request, con: Con, a: Party, b: Party, by: By = "month",
           date_from: From = None, date_to: To = None) -> dict[str, Any]:
    """A dyad's events per period: types, modes, intensity, cooperation-conflict balance."""
    result: dict[str, Any] = analytics.series(con, *_pair(request, a, b), by, date_from, date_to)
    return result


@router.get("/balance")
def balance(request: Request, con: Con, party: Party,
            with_: Annotated[list[str], Query(alias="with", min_length=1)],
            date_from: From = None, date_to: To = None) -> dict[str, Any]:
    """How one party engages others: contacts by level and mode, initiative, gaps."""
    others = [_party(request, o) for o in with_]
    result: dict[str, Any] = analytics.balance(con, _party(request, party), others, date_from, date_to)
    return result


@router.get("/themes")
def themes(request: Request, con: Con, a: Party, b: Party, by: By = "year",
           date_from: From = None, date_to: To = None) -> dict[str, Any]:
    """Which themes (energy, security, peace, ...) a dyad's events touch, per period."""
    result: dict[str, Any] = analytics.themes(con, *_pair(request, a, b), by, date_from, date_to)
    return result


@router.get("/actors")
def actors(request: Request, con: Con, a: Party, b: Party,
           date_from: From = None, date_to: To = None) -> dict[str, Any]:
    """Who meets whom in a relationship: nodes (people or parties) and edges with counts."""
    result: dict[str, Any] = analytics.actors(con, *_pair(request, a, b), date_from, date_to)
    return result


@router.get("/digest")
def digest(con: Con, since: Annotated[str, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")]
           ) -> dict[str, Any]:
    """What happened, or was first reported, since a date, by dyad."""
    result: dict[str, Any] = analytics.digest(con, since)
    return result


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Write endpoints need `Authorization: Bearer T` when the server was given a token."""
    token: str | None = request.app.state.token
    if token is None:
        return
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
        raise HTTPException(401, "missing or wrong bearer token", {"WWW-Authenticate": "Bearer"})


def safe_name(name: str | None) -> str:
    """A bare file name: no folders, no odd characters; its suffix must be one we read."""
    base = re.split(r"[\\/]", name or "")[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip("._")[:120]
    if not cleaned or Path(cleaned).suffix.lower() not in UPLOAD_SUFFIXES:
        raise InputError(f"cannot take file {name!r}",
                         hint=f"upload {', '.join(UPLOAD_SUFFIXES)} files")
    return cleaned


@router.post("/ingest", dependencies=[Depends(require_token)])
def ingest(request: Request, files: Annotated[list[UploadFile], File(description="articles")]
           ) -> dict[str, Any]:
    """Store uploaded articles (.txt, .html, .jsonl, 5 MB each) and return the ingest summary."""
    if len(files) > MAX_FILES:
        raise InputError(f"{len(files)} files in one upload", hint=f"send at most {MAX_FILES}")
    db = request.app.state.db
    with tempfile.TemporaryDirectory(prefix="dyadwatch-upload-") as folder:
        names: list[str] = []
        for upload in files:
            name = safe_name(upload.filename)
            if name in names:
                raise InputError(f"file {name!r} uploaded twice", hint="give each file its own name")
            data = upload.file.read(MAX_UPLOAD + 1)
            if len(data) > MAX_UPLOAD:
                raise HTTPException(413, f"{name} is over {MAX_UPLOAD // (1024 * 1024)} MB")
            (Path(folder) / name).write_bytes(data)
            names.append(name)
        with db.write_lock:
            cur = db.con.cursor()
            try:
                summary = workflow.ingest(cur, [str(Path(folder) / n) for n in names], db.actors)
                counts = query.counts(cur)
            finally:
                cur.close()
    result = asdict(summary)
    result["rejected_total"] = summary.rejected_total
    result["warnings"] = [w.replace(folder + "/", "") for w in summary.warnings]
    return {"files": names, "summary": result, "counts": counts}
