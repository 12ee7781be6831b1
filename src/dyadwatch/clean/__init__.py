"""Clean stage: raw `Document` -> `Article` (main text, metadata, boilerplate spans)."""

from dyadwatch.clean.article import clean

__all__ = ["clean"]
