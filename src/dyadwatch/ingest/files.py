"""Read one file into raw documents: text, HTML, JSON, JSONL, feeds, WARC, and gzip of each.

Every failure becomes a `Rejection` naming the input and the reason, so one bad
file never stops a batch: the readers yield, they do not raise. The extension
decides the reader (for `x.html.gz` the inner `.html`), because sniffing content
would let a mislabelled file through under the wrong rules.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Literal, TypeAlias, cast

from dyadwatch.ingest import feeds, fields, warc
from dyadwatch.ingest.decoding import (
    TooLarge,
    decode_markup,
    decode_text,
    looks_binary,
    megabytes,
    read_limited,
)
from dyadwatch.ingest.web import Fetch
from dyadwatch.records import Document, Rejection, Skipped

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = {".warc", ".arc"}
# Every suffix some reader takes (a gzipped file ends in .gz): for upload checks.
READABLE_SUFFIXES = tuple(sorted({*TEXT_SUFFIXES, *JSONL_SUFFIXES, *JSON_SUFFIXES, *FEED_SUFFIXES,
                                  *WARC_SUFFIXES, ".gz"}))
SUPPORTED = (".txt, .html, .htm, .json, .jsonl, .xml/.rss/.atom feeds, .warc, or any of these "
             "gzipped (.gz)")
# Past this many characters a document is cut (with a warning kept on the article):
# no news article is anywhere near it, and it bounds parse time per document.
MAX_CHARS = 200_000
# Text and HTML files larger than this are read only up to the limit, so a 50 MB
# dump costs a bounded amount of memory and time.
MAX_READ_BYTES = 4 * MAX_CHARS
# Containers (JSON arrays, feeds) must be parsed whole, and gzip can expand a
# thousandfold: past this they are rejected instead of exhausting memory.
MAX_CONTAINER_BYTES = 64 * 2**20
Item: TypeAlias = Document | Rejection | Skipped


def read_path(path: Path, fetch: Fetch | None = None) -> Iterator[Item]:
    """Read one file according to its extension; `fetch` serves feed entries that only link."""
    suffix = path.suffix.lower()
    compressed = suffix == ".gz"
    if compressed:
        suffix = Path(path.stem).suffix.lower()
    if suffix in WARC_SUFFIXES:  # warcio streams (and un-gzips) record by record itself
        yield from warc.read_warc_path(path)
        return
    if not _known(suffix):
        shown = (suffix + ".gz" if compressed else suffix) if suffix else "(none)"
        yield Rejection(str(path), "read", f"unknown extension {shown!r}; expected {SUPPORTED}")
        return
    try:
        with path.open("rb") as raw:
            stream = cast(IO[bytes], gzip.GzipFile(fileobj=raw)) if compressed else raw
            yield from _read_stream(path, suffix, stream, compressed, fetch)
    except OSError as exc:
        yield Rejection(str(path), "read", f"cannot read file: {exc.strerror or exc}")


def _known(suffix: str) -> bool:
    return any(suffix in kind for kind in (TEXT_SUFFIXES, JSONL_SUFFIXES, JSON_SUFFIXES, FEED_SUFFIXES))


def _read_stream(path: Path, suffix: str, stream: IO[bytes], compressed: bool,
                 fetch: Fetch | None) -> Iterator[Item]:
    where = str(path)
    if suffix in JSONL_SUFFIXES:
        limit = MAX_CONTAINER_BYTES if compressed else sys.maxsize  # plain files cannot explode
        yield from _guarded(where, _jsonl_documents(path, _Bounded(stream, limit)))
        return
    keep = MAX_READ_BYTES if suffix in TEXT_SUFFIXES else MAX_CONTAINER_BYTES
    try:
        if compressed:
            data, truncated = read_limited(stream, keep, MAX_CONTAINER_BYTES)
        else:
            data = stream.read(keep + 1)
            truncated = len(data) > keep
            data = data[:keep]
    except TooLarge as exc:
        yield Rejection(where, "read", str(exc))
        return
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Rejection(where, "read", f"corrupt gzip: {exc}")
        return
    if suffix in FEED_SUFFIXES:
        if truncated:
            yield Rejection(where, "read", f"feed larger than {megabytes(MAX_CONTAINER_BYTES)}")
        else:
            yield from feeds.read_feed(data, where, fetch)
    elif suffix in JSON_SUFFIXES:
        if truncated:
            yield Rejection(where, "read", f"JSON file larger than {megabytes(MAX_CONTAINER_BYTES)}; "
                            "split it or use JSONL")
        else:
            yield from _json_documents(path, data)
    else:
        yield from _text_document(path, TEXT_SUFFIXES[suffix], data, truncated)


def _text_document(path: Path, kind: str, data: bytes, truncated: bool) -> Iterator[Item]:
    try:
        # Saved web pages carry their own charset declaration; plain text must be UTF-8.
        text = decode_markup(data, truncated=truncated) if kind == "html" and data.strip() \
            else decode_text(data, truncated)
    except ValueError as exc:
        yield Rejection(str(path), "read", "empty file" if str(exc) == "empty body" else str(exc))
        return
    media: Literal["text", "html"] = "html" if kind == "html" else "text"
    yield Document(doc_id=path.name, source=str(path), media_type=media, content=text)


def _guarded(where: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn a gzip or size failure midway through a stream into a final rejection."""
    try:
        yield from items
    except TooLarge as exc:
        yield Rejection(where, "read", f"{exc}; the rest was not read")
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Rejection(where, "read", f"corrupt gzip: {exc}")
    except UnicodeError as exc:  # UTF-16 cut mid-character: surrogateescape cannot cover it
        yield Rejection(where, "read", f"invalid {getattr(exc, 'encoding', 'text')} near the end of the file")


class _Bounded(io.RawIOBase):
    """A read-only view of a stream that raises `TooLarge` past a byte budget."""

    def __init__(self, inner: IO[bytes], limit: int) -> None:
        super().__init__()
        self.inner, self.limit, self.seen = inner, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        data = self.inner.read(len(buffer))
        self.seen += len(data)
        if self.seen > self.limit:
            raise TooLarge(self.limit)
        buffer[: len(data)] = data
        return len(data)


def _jsonl_documents(path: Path, stream: _Bounded) -> Iterator[Item]:
    """One record a line, streamed: a large JSONL costs one line of memory at a time."""
    buffered = io.BufferedReader(stream, buffer_size=1 << 16)
    head = buffered.peek(8192)[:8192]
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and looks_binary(head):
        yield Rejection(str(path), "read", "binary content, not text")
        return
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    lines = io.TextIOWrapper(buffered, encoding=encoding, errors="surrogateescape", newline="\n")
    number = produced = 0
    while True:
        line = lines.readline(MAX_READ_BYTES + 1)
        if not line:
            break
        number += 1
        produced += bool(line.strip())
        if len(line) > MAX_READ_BYTES and not line.endswith("\n"):
            while line and not line.endswith("\n"):  # skip the rest of the over-long line
                line = lines.readline(MAX_READ_BYTES)
            yield Rejection(f"{path}:{number}", "read", f"line longer than {MAX_READ_BYTES:,} characters")
            continue
        if not line.strip():
            continue
        if any("\udc80" <= c <= "\udcff" for c in line):
            yield Rejection(f"{path}:{number}", "read", "invalid UTF-8 on this line")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(f"{path}:{number}", "read", _json_reason(exc, with_line=False))
            continue
        except RecursionError:
            yield Rejection(f"{path}:{number}", "read", "malformed JSON: nested too deeply")
            continue
        yield _record_document(record, f"{path}:{number}", f"{path.name}#{number}")
    if not produced:  # blank lines only: say so rather than yield nothing
        yield Rejection(str(path), "read", "empty file")


def _json_reason(exc: json.JSONDecodeError, with_line: bool = True) -> str:
    """Python's messages for some errors end in 'at' ('Invalid control character at'),
    which our own 'at column N' would double."""
    where = f"line {exc.lineno} column {exc.colno}" if with_line else f"column {exc.colno}"
    return f"malformed JSON: {exc.msg.removesuffix(' at')} at {where}"


def _json_documents(path: Path, data: bytes) -> Iterator[Item]:
    """A JSON array of records (or one record): each bad element is its own rejection."""
    try:
        text = decode_text(data)
        value = json.loads(text)
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        reason = _json_reason(exc) if isinstance(exc, json.JSONDecodeError) else str(exc)
        yield Rejection(str(path), "read", reason)
        return
    except RecursionError:
        yield Rejection(str(path), "read", "malformed JSON: nested too deeply")
        return
    if isinstance(value, dict):
        yield _record_document(value, str(path), path.name, "value")
    elif not isinstance(value, list):
        yield Rejection(str(path), "read", "JSON is neither an array nor an object")
    elif not value:
        yield Rejection(str(path), "read", "JSON array is empty")
    else:
        for index, element in enumerate(value):
            yield _record_document(element, f"{path}[{index}]", f"{path.name}[{index}]", "element")


def _record_document(raw: object, where: str, fallback_id: str,
                     what: str = "line") -> Document | Rejection:
    """One parsed JSON record (a JSONL line, an array element) as a document, or why not."""
    record = _parse_record(raw, what)
    if isinstance(record, str):
        return Rejection(where, "read", record)
    read = {name: (found[1] if (found := fields.first(record, names)) else None)
            for name, names in _FIELDS.items()}
    content = str(read["text"])
    media: Literal["text", "html"] = (
        "html" if content.lstrip().startswith("<") and "</" in content else "text")
    return Document(doc_id=str(read["id"] or read["url"] or fallback_id), source=where,
                    media_type=media, content=content, url=_opt_str(read["url"]),
                    title=_opt_str(read["title"]), published=fields.published(read["published"]),
                    site=_opt_str(read["site"]))


_OTHER_TEXT_NAMES = ", ".join(repr(name) for name in fields.TEXT[1:])
_FIELDS = {"text": fields.TEXT, "id": fields.ID, "url": fields.URL, "title": fields.TITLE,
           "published": fields.PUBLISHED, "site": fields.SITE}


def _parse_record(raw: object, what: str) -> dict[str, object] | str:
    if not isinstance(raw, dict):
        return f"JSON {what} is not an object"
    found = fields.first(raw, fields.TEXT)
    if found is None or not isinstance(found[1], str) or not found[1].strip():
        return f"JSON object has no non-empty 'text' field (nor {_OTHER_TEXT_NAMES})"
    for names in (fields.ID, fields.URL, fields.TITLE, fields.SITE, fields.PUBLISHED):
        field = fields.first(raw, names)  # a number is an id or an epoch stamp
        if field is not None and (not isinstance(field[1], str | int | float) or isinstance(field[1], bool)):
            return f"field {field[0]!r} must be a string or a number"
    return raw


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
