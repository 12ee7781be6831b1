"""`dyadwatch ingest --server URL`: hand files to the running server, the single writer.

DuckDB lets one process open a database file while another writes it, so while
`dyadwatch serve` holds the file the CLI cannot ingest into it directly. Instead
it uploads the files to the server's ingest endpoint, in batches that respect
the server's limits, and the server stores them and re-merges. Only the
standard library is used: the CLI needs no HTTP client package.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dyadwatch.errors import InputError
from dyadwatch.ingest.files import READABLE_SUFFIXES

SUFFIXES = READABLE_SUFFIXES
BATCH_FILES = 50
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 600


def collect(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files to send, and one-line reasons for the ones that cannot be sent."""
    found, skipped = [], []
    for raw in paths:
        path = Path(raw)
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in candidates:
            if not p.exists():
                skipped.append(f"{p}: no such file")
            elif p.suffix.lower() not in SUFFIXES:
                skipped.append(f"{p}: unknown extension {p.suffix or '(none)'!r}")
            elif p.stat().st_size > MAX_BYTES:
                skipped.append(f"{p}: over {MAX_BYTES // (1024 * 1024)} MB, the server's upload limit")
            else:
                found.append(p)
    return found, skipped


def batches(files: list[Path]) -> Iterator[list[Path]]:
    """Groups of at most BATCH_FILES with distinct names (the name is the document's identity)."""
    pending = list(files)
    while pending:
        batch: list[Path] = []
        rest: list[Path] = []
        for p in pending:
            (rest if len(batch) >= BATCH_FILES or p.name in {b.name for b in batch} else batch).append(p)
        yield batch
        pending = rest


def _multipart(files: list[Path]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for p in files:
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
                     f"filename=\"{p.name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                     .encode() + p.read_bytes() + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def upload(server: str, files: list[Path], token: str | None) -> dict[str, Any]:
    body, content_type = _multipart(files)
    return _post(server, "/api/ingest", body, content_type, token)


def send_urls(server: str, urls: list[str], token: str | None) -> dict[str, Any]:
    """Have the server fetch and store pages and feeds by URL (it is the one that writes)."""
    return _post(server, "/api/ingest/urls", json.dumps(urls).encode(), "application/json", token)


def _post(server: str, path: str, body: bytes, content_type: str, token: str | None) -> dict[str, Any]:
    request = urllib.request.Request(server.rstrip("/") + path, data=body, method="POST",
                                     headers={"Content-Type": content_type})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            result: dict[str, Any] = json.load(response)
            return result
    except urllib.error.HTTPError as exc:
        detail = _error_message(exc.read())
        raise InputError(f"server {server} refused the upload ({exc.code}): {detail}",
                         hint="check --token, or the file types and sizes") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"cannot reach server {server}: {reason}",
                         hint="start it with 'dyadwatch serve', or ingest without --server") from exc


def _error_message(raw: bytes) -> str:
    try:
        return str(json.loads(raw)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return raw[:200].decode("utf-8", "replace")
