"""The FastAPI application: one read-write connection, JSON errors, static pages.

DuckDB lets only one process open a file for writing, so the server process
holds the single read-write connection; each request works on its own cursor
of it and ingests (uploads, URLs) are serialised by a lock. Every error, whatever raised it,
leaves as the same JSON shape the CLI's coded errors use, so clients need one
error parser and user mistakes are 4xx, never 500.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyadwatch import store
from dyadwatch.errors import DyadwatchError, InputError, NotFoundError, QueryError
from dyadwatch.ingest import Fetcher

STATIC = Path(__file__).parent / "static"
PAGES = ("", "dyad", "event", "balance", "actors", "search", "documents", "upload")
log = logging.getLogger("dyadwatch.web")


class Database:
    """The process's one read-write connection, a cursor per request, one writer at a time."""

    def __init__(self, path: str | Path, actors: tuple[str, ...] = ()) -> None:
        self.path = Path(path)
        self.actors = actors
        self.con = store.connect(self.path)
        self.write_lock = threading.Lock()

    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor inside one read transaction: a request's queries (a page and its total,
        a series and its imprecise count) all see the same snapshot, whatever is written meanwhile."""
        cur = self.con.cursor()
        try:
            cur.execute("BEGIN TRANSACTION")
            yield cur
        finally:
            try:
                cur.execute("ROLLBACK")
            finally:
                cur.close()

    def close(self) -> None:
        self.con.close()


def error_body(code: str, message: str, hint: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "hint": hint}}


def _status_of(exc: DyadwatchError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, QueryError | InputError):
        return 400
    return 500


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DyadwatchError)
    async def _coded(_: Request, exc: DyadwatchError) -> JSONResponse:
        return JSONResponse({"error": exc.as_json()}, status_code=_status_of(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "query")
        return JSONResponse(error_body("DW500", f"bad parameter {where}: {first.get('msg', 'invalid')}",
                                       "see /docs for each parameter's allowed values"), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {401: "DW401", 403: "DW403", 404: "DW404", 405: "DW405", 413: "DW413"}.get(
            exc.status_code, f"DW{exc.status_code}")
        return JSONResponse(error_body(code, str(exc.detail)), exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return JSONResponse(error_body("DW000", f"internal error: {type(exc).__name__}",
                                       "this is a bug; the server log has the traceback"), 500)


def create_app(db_path: str | Path, token: str | None = None,
               actors: tuple[str, ...] = (), public_urls_only: bool = False) -> FastAPI:
    """The dashboard and API over one database file (created if missing).

    `public_urls_only` makes URL ingest refuse private and loopback addresses: set it
    whenever the server listens beyond localhost.
    """
    from dyadwatch.web import api, writes  # late: writes imports Database from here

    database = Database(db_path, actors)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        yield
        database.close()

    app = FastAPI(title="dyadwatch", version="0.1.0", lifespan=lifespan,
                  description="Dated, sourced events between states, from news articles.")
    app.state.db = database
    app.state.token = token
    app.state.fetcher = Fetcher(public_only=public_urls_only)
    _install_error_handlers(app)
    app.include_router(api.router, prefix="/api")
    app.include_router(writes.router, prefix="/api")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    for name in PAGES:
        app.add_api_route(f"/{name}", page, methods=["GET"], include_in_schema=False)
    return app
