"""Read files and folders of .txt, .html/.htm and .jsonl into raw documents.

Every failure becomes a `Rejection` naming the input and the reason, so one bad
file never stops a batch: the reader yields, it does not raise.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from dyadwatch.records import Document, FuzzyDate, Rejection

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# Past this many characters a document is cut (with a warning kept on the article):
# no news article is anywhere near it, and it bounds parse time per document.
MAX_CHARS = 200_000
# Files larger than this are read only up to the limit, so a 50 MB dump costs
# a bounded amount of memory and time.
MAX_READ_BYTES = 4 * MAX_CHARS


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Document | Rejection]:
    """Yield a document or a rejection for every file under the given paths."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not child.name.startswith("."):
                    yield from read_path(child)
        elif path.is_file():
            yield from read_path(path)
        else:
            yield Rejection(str(path), "read", "no such file or folder")


def read_path(path: Path) -> Iterator[Document | Rejection]:
    """Read one file according to its extension."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix not in JSONL_SUFFIXES:
        yield Rejection(str(path), "read", f"unknown extension {suffix or '(none)'!r}; "
                        "expected .txt, .html, .htm or .jsonl")
        return
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_READ_BYTES + 1)
    except OSError as exc:
        yield Rejection(str(path), "read", f"cannot read file: {exc.strerror or exc}")
        return
    truncated = len(data) > MAX_READ_BYTES
    data = data[:MAX_READ_BYTES]
    text_or_reason = decode(data, truncated)
    if isinstance(text_or_reason, Rejection):
        yield Rejection(str(path), text_or_reason.stage, text_or_reason.reason)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(path, text_or_reason)
        return
    media: Literal["text", "html"] = "html" if TEXT_SUFFIXES[suffix] == "html" else "text"
    yield Document(doc_id=path.name, source=str(path), media_type=media, content=text_or_reason)


def decode(data: bytes, truncated: bool = False) -> str | Rejection:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM), rejecting binary and empty input."""
    if not data.strip():
        return Rejection("", "read", "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return Rejection("", "read", "invalid UTF-16 despite its byte-order mark")
    if _looks_binary(data[:8192]):
        return Rejection("", "read", "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if truncated and exc.start >= len(data) - 4:
            return data[: exc.start].decode("utf-8-sig")
        return Rejection("", "read", f"invalid UTF-8 at byte {exc.start}; re-save the file as UTF-8")


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def _jsonl_documents(path: Path, text: str) -> Iterator[Document | Rejection]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        record = _parse_record(line)
        if isinstance(record, str):
            yield Rejection(where, "read", record)
            continue
        identity = record.get("id") or record.get("url") or f"{path.name}#{number}"
        published = _parse_published(record.get("published"))
        content = str(record["text"])
        media: Literal["text", "html"] = (
            "html" if content.lstrip().startswith("<") and "</" in content else "text")
        yield Document(doc_id=str(identity), source=where, media_type=media,
                       content=content, url=_opt_str(record.get("url")),
                       title=_opt_str(record.get("title")), published=published)


def _parse_record(line: str) -> dict[str, object] | str:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"malformed JSON: {exc.msg} at column {exc.colno}"
    if not isinstance(record, dict):
        return "JSON line is not an object"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return "JSON object has no non-empty 'text' field"
    for key in ("id", "url", "title", "published"):
        if record.get(key) is not None and not isinstance(record[key], str | int):
            return f"field {key!r} must be a string"
    return record


def _parse_published(value: object) -> FuzzyDate | None:
    if not isinstance(value, str) or len(value) < 4:
        return None
    head = value.strip()[:10]
    try:
        return FuzzyDate.parse(head)
    except ValueError:
        return None


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
