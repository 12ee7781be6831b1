"""Coded errors that tell the user what went wrong and what to do next.

Library code raises these; the CLI prints them as one line and the API can return
the same code and message as JSON, so every surface speaks with one voice.
"""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base error: a stable code, a message naming the input, and a hint."""

    code = "DW000"

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_json(self) -> dict[str, str | None]:
        return {"code": self.code, "message": self.message, "hint": self.hint}


class InputError(DyadwatchError):
    """An input could not be read or cleaned into an article."""

    code = "DW100"


class KnowledgeError(DyadwatchError):
    """A knowledge file (actors, officials, lexicons) is missing or malformed."""

    code = "DW200"


class ModelError(DyadwatchError):
    """The spaCy model could not be loaded."""

    code = "DW300"


class StoreError(DyadwatchError):
    """The database could not be opened or written."""

    code = "DW400"


class QueryError(DyadwatchError):
    """A query argument is invalid (unknown party, bad date, bad format)."""

    code = "DW500"


class NotFoundError(QueryError):
    """An id (event, document) names nothing stored: the web API answers 404."""

    code = "DW510"


class GoldError(DyadwatchError):
    """A gold annotation file is missing or malformed."""

    code = "DW600"
