"""Ingest stage: turn paths into raw `Document` records or `Rejection` records."""

from dyadwatch.ingest.files import MAX_CHARS, iter_inputs, read_path

__all__ = ["MAX_CHARS", "iter_inputs", "read_path"]
