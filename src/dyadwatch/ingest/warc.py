"""Web archives (WARC, gzipped or not) into one document per archived HTML page.

Crawls are gigabytes, so records are streamed with warcio and each page is read
only up to a bound; nothing holds the whole archive. Records that are not pages
(requests, metadata, images, redirects, revisits) are reported as `Skipped`
so the caller can count them; a corrupt archive ends in a `Rejection` after the
pages already read, which stay valid.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TypeAlias

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArchiveLoadFailed

from dyadwatch.ingest.decoding import decode_markup, parse_content_type
from dyadwatch.records import Document, Rejection, Skipped

HTML_TYPES = {"text/html", "application/xhtml+xml"}
# An archived page is read only this far; the rest of the record is skipped by
# warcio without being kept. Matches the cap on HTML files (4 x 200,000 characters).
MAX_RECORD_BYTES = 800_000
Item: TypeAlias = Document | Rejection | Skipped


def read_warc_path(path: Path) -> Iterator[Item]:
    """Stream a .warc or .warc.gz file from disk."""
    try:
        with path.open("rb") as handle:
            yield from read_warc(handle, str(path))
    except OSError as exc:
        yield Rejection(str(path), "read", f"cannot read file: {exc.strerror or exc}")


def read_warc(stream: IO[bytes], source: str) -> Iterator[Item]:
    """Every record of a WARC stream as a document, a skip, or a rejection.

    An archive that yields no page at all also ends in a rejection, so an input
    never disappears from the counts without a reason.
    """
    seen = produced = end = 0
    short = False
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            seen += 1
            try:
                item = _record(record, source, seen)
            except Exception as exc:  # one odd record is rejected alone; the archive goes on
                item = Rejection(f"{source}#{seen}", "read", f"unreadable record: {type(exc).__name__}")
            if not isinstance(item, Skipped):
                produced += 1
            yield item
            end = records.get_record_offset() + records.get_record_length()
            # A record still owed bytes after being read to its end, or one without the
            # mandatory Content-Length (its header was cut), ran into the end of the file.
            short = record.length is None or int(getattr(record.raw_stream, "limit", 0) or 0) > 0
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib, EOF and attribute errors
        yield Rejection(source, "read", f"corrupt WARC after {seen} records: {_describe(exc)}")
        return
    tail = _tail(stream, end)
    if short:
        yield Rejection(source, "read", f"corrupt WARC after {seen} records: the last record is cut "
                        "short (truncated file?)")
    elif tail:
        yield Rejection(source, "read", f"corrupt WARC after {seen} records: {tail:,} bytes at the end "
                        "are not a complete record (truncated file?)")
    elif seen == 0:
        yield Rejection(source, "read", "empty WARC: no records")
    elif produced == 0:
        yield Rejection(source, "read", f"no HTML pages among {seen} WARC records")


def _describe(exc: Exception) -> str:
    if isinstance(exc, ArchiveLoadFailed | EOFError | zlib.error | OSError):
        detail = " ".join(str(exc).split())[:160]
        return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return f"malformed record ({type(exc).__name__})"


def _tail(stream: IO[bytes], end: int) -> int:
    """How many non-blank bytes follow the last whole record: warcio stops quietly at a cut gzip."""
    try:
        stream.seek(end)
        rest = stream.read(4096)
        if not rest.strip():
            return 0
        return len(rest) + len(stream.read())  # only reached for damaged archives
    except (OSError, ValueError):
        return 0  # not seekable (or closed): nothing more can be checked


def _record(record: Any, source: str, number: int) -> Item:
    kind = str(record.rec_type)
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{source}#{uri or number}"
    if kind == "response":
        if record.http_headers is None:
            return Skipped(where, "response without HTTP headers")
        status = record.http_headers.get_statuscode() or "?"
        media, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
        if not status.startswith("2"):
            return Skipped(where, f"HTTP {status} response")
    elif kind == "resource":
        media, charset = parse_content_type(record.rec_headers.get_header("Content-Type"))
    else:
        return Skipped(where, f"{kind} record")
    if media not in HTML_TYPES:
        return Skipped(where, f"{media or 'untyped'} {kind}, not HTML")
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    truncated = len(body) > MAX_RECORD_BYTES
    try:
        text = decode_markup(body[:MAX_RECORD_BYTES], charset, truncated)
    except ValueError as exc:
        return Rejection(where, "read", str(exc))
    return Document(doc_id=uri or where, source=where, media_type="html", content=text, url=uri or None)
