"""Bytes to text, and bounded decompression, shared by every reader.

Plain-text files are held to UTF-8 (or UTF-16 with a BOM): a user can re-save
them, and guessing would silently corrupt offsets. Web pages and archived
responses cannot be re-saved by the user, so markup gets the browser-like chain
(HTTP header, BOM, <meta>, UTF-8, statistical guess). Both reject binary data
instead of producing mojibake that the later stages would code as prose.
"""

from __future__ import annotations

import codecs
import email.message
import re
import zlib
from typing import IO

import charset_normalizer

# How much of the start of a page a <meta charset> may hide in (HTML spec: 1024;
# real pages put long scripts first, so look a little further).
META_SCAN_BYTES = 4096
META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Browsers read these labels as windows-1252; so do we, falling back to the label.
WINDOWS_1252_ALIASES = {"ascii", "latin-1", "iso8859-1"}
CHUNK = 1 << 16


class TooLarge(Exception):
    """Raised by `read_limited` when a stream holds more than its limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"decompressed size exceeds {megabytes(limit)}")
        self.limit = limit


def megabytes(limit: int) -> str:
    """'64 MB' (or '200 KB') for a byte count, as reasons name limits in the user's units."""
    if limit >= 2**20:
        return f"{round(limit / 2**20, 1):g} MB"
    return f"{round(limit / 2**10):g} KB"


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or many control characters: an image, a PDF, an executable."""
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes, truncated: bool = False) -> str:
    """Decode a plain-text file strictly; return the text, or raise `ValueError` with the reason."""
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("invalid UTF-16 despite its byte-order mark") from None
    if looks_binary(data[:8192]):
        raise ValueError("binary content, not text")
    return _utf8(data, truncated, "re-save the file as UTF-8")


def _utf8(data: bytes, truncated: bool, hint: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if truncated and exc.start >= len(data) - 4:  # a character cut by the read limit
            return data[: exc.start].decode("utf-8-sig")
        raise ValueError(f"invalid UTF-8 at byte {exc.start}; {hint}") from None


def decode_markup(data: bytes, header_charset: str | None = None, truncated: bool = False) -> str:
    """Decode HTML as a browser would; raise `ValueError` with the reason when it is not text.

    Order: the HTTP header's charset, a byte-order mark, <meta charset> or
    http-equiv, strict UTF-8, then charset_normalizer's guess. A declared charset
    that does not decode is treated as a lie and the chain goes on.
    """
    if not data.strip():
        raise ValueError("empty body")
    text = _try(data, header_charset)
    if text is not None:
        return text
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is not None:
                return text
    if looks_binary(data[:8192]):
        raise ValueError("binary content, not text")
    text = _try(data, meta_charset(data))
    if text is not None:
        return text
    try:
        return _utf8(data, truncated, "")
    except ValueError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError("cannot tell the text encoding")
    return str(best)


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few KB (<meta charset> or http-equiv)."""
    match = META_CHARSET.search(data[:META_SCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def _try(data: bytes, label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    candidates = ["cp1252", name] if name in WINDOWS_1252_ALIASES else [name]
    if name == "utf-8":
        candidates = ["utf-8-sig"]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def read_limited(stream: IO[bytes], keep: int, limit: int) -> tuple[bytes, bool]:
    """Read a (decompressing) stream, keeping `keep` bytes and refusing past `limit`.

    Returns the kept bytes and whether there was more than `keep`. The rest is
    decompressed and dropped only to measure it, so memory stays bounded while a
    decompression bomb is still caught: `TooLarge` is raised past `limit`.
    """
    kept = bytearray()
    total = 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > limit:
            raise TooLarge(limit)
        if len(kept) <= keep:
            kept += chunk[: keep + 1 - len(kept)]
    return bytes(kept[:keep]), len(kept) > keep


def gunzip_limited(data: bytes, limit: int) -> bytes:
    """Decompress a gzip (or zlib) body held in memory, raising `TooLarge` past `limit`."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # accept gzip or zlib headers
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit:
        raise TooLarge(limit)
    return out


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from a Content-Type header value; ('', None) when absent."""
    if not value or not value.strip():
        return "", None
    message = email.message.Message()
    message["Content-Type"] = value
    return message.get_content_type(), message.get_content_charset()
