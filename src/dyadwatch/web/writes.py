"""Write endpoints: ingest of uploaded files and of URLs or feeds, through the single writer.

Both hand their inputs to `workflow.ingest` on the server's one read-write
connection while holding the write lock, so any number of parallel requests
store each document once and readers see consistent snapshots meanwhile.
An optional bearer token protects them (required beyond localhost).
"""

from __future__ import annotations

import hmac
import re
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Body, Depends, File, Header, HTTPException, Request, UploadFile

from dyadwatch import query, workflow
from dyadwatch.errors import InputError
from dyadwatch.ingest import Fetch
from dyadwatch.ingest.files import READABLE_SUFFIXES
from dyadwatch.web.app import Database

MAX_UPLOAD = 5 * 1024 * 1024
MAX_FILES = 50
MAX_URLS = 50
MAX_URL_CHARS = 2048
UPLOAD_SUFFIXES = READABLE_SUFFIXES


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Write endpoints need `Authorization: Bearer T` when the server was given a token.

    Without a token, a page from another site could still make the browser post to
    a dashboard on localhost (a form post needs no permission): so a write whose
    Origin is not this server itself is refused either way.
    """
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, f"writes from another site ({origin[:100]}) are refused")
    token: str | None = request.app.state.token
    if token is None:
        return
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
        raise HTTPException(401, "missing or wrong bearer token", {"WWW-Authenticate": "Bearer"})


router = APIRouter(dependencies=[Depends(require_token)])


def store_inputs(db: Database, inputs: list[str], folder: str | None = None,
                 fetcher: Fetch | None = None) -> dict[str, Any]:
    """Ingest through the single writer; the summary, with the upload folder cut from warnings."""
    with db.write_lock:
        cur = db.con.cursor()
        try:
            summary = workflow.ingest(cur, inputs, db.actors, fetcher=fetcher,
                                      label=_upload_label(folder))
            counts = query.counts(cur)
        finally:
            cur.close()
    result = asdict(summary)
    result["rejected_total"] = summary.rejected_total
    if folder is not None:
        result["warnings"] = [w.replace(folder + "/", "") for w in summary.warnings]
    return {"summary": result, "counts": counts}


def _upload_label(folder: str | None) -> Any:
    """Uploaded files are recorded as 'upload:NAME': stable across uploads, no server paths."""
    if folder is None:
        return None
    prefix = folder.rstrip("/") + "/"
    return lambda name: "upload:" + name[len(prefix):] if name.startswith(prefix) else name


def safe_name(name: str | None) -> str:
    """A bare file name: no folders, no odd characters; its suffix must be one we read."""
    base = re.split(r"[\\/]", name or "")[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip("._")[:120]
    if not cleaned or Path(cleaned).suffix.lower() not in UPLOAD_SUFFIXES:
        raise InputError(f"cannot take file {name!r}",
                         hint=f"upload {', '.join(UPLOAD_SUFFIXES)} files")
    return cleaned


@router.post("/ingest")
def ingest(request: Request, files: Annotated[list[UploadFile], File(description="articles")]
           ) -> dict[str, Any]:
    """Store uploaded files (articles, JSON(L), feeds, WARC, gzip; 5 MB each); returns the summary."""
    if len(files) > MAX_FILES:
        raise InputError(f"{len(files)} files in one upload", hint=f"send at most {MAX_FILES}")
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
        stored = store_inputs(request.app.state.db, [str(Path(folder) / n) for n in names], folder,
                              fetcher=request.app.state.fetcher)
    return {"files": names, **stored}


def checked_urls(urls: list[str]) -> list[str]:
    """The distinct URLs in order, each an absolute http(s) URL; else one InputError."""
    if not urls:
        raise InputError("no URLs given", hint='send a JSON list such as ["https://example.org/a"]')
    if len(urls) > MAX_URLS:
        raise InputError(f"{len(urls)} URLs in one request", hint=f"send at most {MAX_URLS}")
    for url in urls:
        shown = url if len(url) <= 80 else url[:77] + "..."
        if len(url) > MAX_URL_CHARS or re.search(r"[\s\x00-\x1f\x7f]", url):
            raise InputError(f"bad URL {shown!r}", hint=f"at most {MAX_URL_CHARS} characters, no spaces")
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError for a malformed port
        except ValueError as exc:
            raise InputError(f"bad URL {shown!r}: {exc}", hint="send absolute http(s) URLs") from exc
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise InputError(f"cannot fetch {shown!r}", hint="only absolute http:// and https:// URLs")
    return list(dict.fromkeys(urls))


@router.post("/ingest/urls")
def ingest_urls(request: Request, urls: Annotated[list[str], Body(
        description=f"a JSON list of article or feed URLs (http or https, at most {MAX_URLS})",
        examples=[["https://example.org/news/article.html", "https://example.org/feed.xml"]])]
                ) -> dict[str, Any]:
    """Fetch and store articles and feeds by URL; returns the ingest summary.

    Inputs that cannot be fetched or read are recorded as rejections with a reason,
    as for files; a malformed request (not http(s), too many URLs) is a 400.
    """
    wanted = checked_urls(urls)
    return {"urls": wanted, **store_inputs(request.app.state.db, wanted,
                                           fetcher=request.app.state.fetcher)}
