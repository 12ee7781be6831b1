"""Ingest stage: turn files, folders and URLs into raw `Document`, `Rejection` or `Skipped` records."""

from dyadwatch.ingest.files import MAX_CHARS, read_path
from dyadwatch.ingest.sources import iter_inputs, read_url
from dyadwatch.ingest.web import Fetch, Fetched, Fetcher

__all__ = ["MAX_CHARS", "Fetch", "Fetched", "Fetcher", "iter_inputs", "read_path", "read_url"]
