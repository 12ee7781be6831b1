"""Read endpoints: thin wrappers over query and analytics, which hold the SQL.

Parameters are validated here (FastAPI), party names resolved like the CLI does,
and the library's coded errors pass through to the app's JSON error handlers.
Dyad and date-range parameters are shared dependencies, so every endpoint that
takes them documents and checks them the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, NamedTuple

import duckdb
from fastapi import APIRouter, Depends, Query, Request

from dyadwatch import analytics, knowledge, query
from dyadwatch.errors import QueryError

router = APIRouter()
DATE = "YYYY, YYYY-MM or YYYY-MM-DD"


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    yield from request.app.state.db.cursor()


def party_code(request: Request, text: str) -> str:
    return str(query.resolve_party(knowledge.load(request.app.state.db.actors), text))


class Span(NamedTuple):
    """A date range at any precision; either end may be open (unpacks as from, to)."""

    date_from: str | None
    date_to: str | None


def span(date_from: Annotated[str | None, Query(alias="from", description=DATE)] = None,
         date_to: Annotated[str | None, Query(alias="to", description=DATE)] = None) -> Span:
    return Span(date_from, date_to)


def pair(request: Request, a: Annotated[str, Query(description="code or name: USA, Azerbaijan, Baku")],
         b: Annotated[str, Query(description="the other party")]) -> tuple[str, str]:
    return party_code(request, a), party_code(request, b)


Con = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
Dates = Annotated[Span, Depends(span)]
Pair = Annotated[tuple[str, str], Depends(pair)]
By = Annotated[str, Query(description="week, month, quarter or year")]
Limit = Annotated[int, Query(ge=1, le=500, description="page size, at most 500")]
Offset = Annotated[int, Query(ge=0)]


@router.get("/status")
def status(con: Con) -> dict[str, Any]:
    """Counts of documents, rejections, mentions and events."""
    return {"counts": query.counts(con)}


@router.get("/events")
def events(request: Request, con: Con, dates: Dates,
           party: Annotated[list[str], Query(description="repeat: events involving each")] = [],  # noqa: B006
           a: str | None = None, b: str | None = None,
           type: Annotated[str | None, Query(description="PLOVER type, e.g. CONSULT")] = None,
           q: Annotated[str | None, Query(description="text in a mention's sentence")] = None,
           document: str | None = None, limit: Limit = 100, offset: Offset = 0,
           sort: Annotated[str, Query(description=", ".join(query.SORTS))] = "date") -> dict[str, Any]:
    """One page of the events matching every filter, with their mentions, and the `total`
    matching (`count` is this page's size); `a` and `b` together pick a dyad."""
    if (a is None) != (b is None):
        raise QueryError("a dyad needs both a and b", hint="pass ?a=USA&b=AZE, or use party")
    filters: dict[str, Any] = {
        "parties": tuple(party_code(request, p) for p in party), "type_": type, "text": q,
        "dyad": pair(request, a, b) if a is not None and b is not None else None,
        "date_from": dates.date_from, "date_to": dates.date_to, "document": document}
    found = query.events(con, **filters, limit=limit, offset=offset, sort=sort)
    total = query.count_events(con, **filters)
    return {"total": total, "limit": limit, "offset": offset, "count": len(found), "events": found}


@router.get("/events/{event_id}")
def event(con: Con, event_id: str) -> dict[str, Any]:
    """One event with every mention (document, sentence, offsets in the stored text)."""
    result: dict[str, Any] = query.event(con, event_id)
    return result


@router.get("/documents")
def documents(con: Con, limit: Limit = 100, offset: Offset = 0,
              flag: Annotated[str | None, Query(description="only documents with this quality flag")]
              = None,
              language: Annotated[str | None, Query(description="only documents in this language")]
              = None) -> dict[str, Any]:
    """One page of stored documents (no text; language, quality flags, story, sources), the
    `total`, how many documents carry each flag, and every rejected input with its reason."""
    page = query.documents(con, flag=flag, language=language, limit=limit, offset=offset)
    return {**page, "flags": query.flag_counts(con), "rejections": query.rejections(con, limit=200),
            "rejected_total": query.counts(con)["rejections"]}


@router.get("/documents/{doc_id:path}")
def document(con: Con, doc_id: str) -> dict[str, Any]:
    """A document's stored text, which mention offsets index, and its boilerplate spans."""
    result: dict[str, Any] = query.document(con, doc_id)
    return result


@router.get("/dyads")
def dyads(con: Con, limit: Limit = 100) -> dict[str, Any]:
    """Pairs of parties with event counts, most active first."""
    return {"dyads": query.dyads(con, limit)}


@router.get("/series")
def series(con: Con, dyad: Pair, dates: Dates, by: By = "month") -> dict[str, Any]:
    """A dyad's events per period: types, modes, intensity, cooperation-conflict balance."""
    result: dict[str, Any] = analytics.series(con, *dyad, by, *dates)
    return result


@router.get("/themes")
def themes(con: Con, dyad: Pair, dates: Dates, by: By = "year") -> dict[str, Any]:
    """Which themes (energy, security, peace, ...) a dyad's events touch, per period."""
    result: dict[str, Any] = analytics.themes(con, *dyad, by, *dates)
    return result


@router.get("/actors")
def actors(con: Con, dyad: Pair, dates: Dates) -> dict[str, Any]:
    """Who meets whom in a relationship: nodes (people or parties) and edges with counts."""
    result: dict[str, Any] = analytics.actors(con, *dyad, *dates)
    return result


@router.get("/balance")
def balance(request: Request, con: Con, dates: Dates,
            party: Annotated[str, Query(description="code or name: USA, Azerbaijan, Baku")],
            with_: Annotated[list[str], Query(alias="with", min_length=1)]) -> dict[str, Any]:
    """How one party engages others: contacts by level and mode, initiative, gaps."""
    others = [party_code(request, o) for o in with_]
    result: dict[str, Any] = analytics.balance(con, party_code(request, party), others, *dates)
    return result


@router.get("/digest")
def digest(con: Con, since: Annotated[str, Query(description=DATE)]) -> dict[str, Any]:
    """What happened, or was first reported, since a date, by dyad."""
    result: dict[str, Any] = analytics.digest(con, since)
    return result
