"""One entry point for every kind of input: files, folders and http(s) URLs, mixed freely.

The CLI, the server and a watch loop hand over whatever the user named; this
module decides per input which reader applies and guarantees that each input
ends as documents, rejections (with a reason) or counted skips, never an
exception, so one bad input never stops a batch.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeAlias

from dyadwatch.ingest.feeds import read_feed
from dyadwatch.ingest.files import read_path
from dyadwatch.ingest.warc import read_warc
from dyadwatch.ingest.web import Fetch, Fetcher, page_document, sniff
from dyadwatch.records import Document, Rejection, Skipped

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
Item: TypeAlias = Document | Rejection | Skipped


def iter_inputs(inputs: Iterable[str | Path], fetcher: Fetch | None = None) -> Iterator[Item]:
    """Yield documents, rejections and skips for every file, folder (recursively) and URL.

    `fetcher` is used for URLs and for feed entries that only link to their
    article; by default a `Fetcher` with its standard limits.
    """
    fetch: Fetch = fetcher or Fetcher()
    for raw in inputs:
        if isinstance(raw, str) and SCHEME.match(raw.strip()):
            url = raw.strip()
            if url.lower().startswith(("http://", "https://")):
                yield from read_url(url, fetch)
            else:
                yield Rejection(url, "fetch", "only http:// and https:// URLs can be fetched")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not child.name.startswith("."):
                    yield from read_path(child, fetch)
        elif path.is_file():
            yield from read_path(path, fetch)
        else:
            yield Rejection(str(path), "read", "no such file or folder")


def read_url(url: str, fetch: Fetch) -> Iterator[Item]:
    """Fetch one URL and read it as what it turns out to be: page, feed or web archive."""
    try:
        fetched = fetch(url)
    except Exception as exc:  # an injected fetcher may raise; the batch goes on regardless
        yield Rejection(url, "fetch", f"fetch failed: {type(exc).__name__}: {exc}")
        return
    if isinstance(fetched, Rejection | Skipped):
        yield fetched
        return
    kind = sniff(fetched)
    if kind == "feed":
        yield from read_feed(fetched.body, url, fetch)
    elif kind == "warc":
        yield from read_warc(io.BytesIO(fetched.body), url)
    elif kind in ("html", "text"):
        yield page_document(fetched, "html" if kind == "html" else "text")
    else:
        yield Rejection(url, "fetch", kind)
