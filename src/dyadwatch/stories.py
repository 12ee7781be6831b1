"""Store-side duplicate detection: one stored document per text, one story per wire copy.

Exact duplicates (the same main text under another name or URL) are not stored
again: their input is added to the first copy's `sources`. Near-duplicates (the
same wire story with another headline or other boilerplate) are stored and
coded, and share a `story_id` so that counts can treat them as one report.
Candidates come from MinHash band keys kept in the `bands` table, so linking a
new document costs a few indexed lookups, not a comparison with every document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from dyadwatch import fingerprint
from dyadwatch.records import Article


@dataclass(frozen=True)
class Link:
    story_id: str
    similarity: float  # 1.0 for a document that starts its own story


class StoryIndex:
    """Band keys and signatures of stored documents, plus those of the batch being written."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._pending: dict[int, list[str]] = {}
        self._signatures: dict[str, tuple[tuple[int, ...], str]] = {}

    def link(self, article: Article) -> Link:
        """The story this article belongs to: the most similar earlier document's, or its own."""
        keys = fingerprint.bands(article.signature)
        best = Link(article.doc_id, 1.0)
        best_score = 0.0
        for doc_id in sorted(self._candidates(keys) - {article.doc_id}):
            signature, story = self._signature(doc_id)
            score = fingerprint.similarity(article.signature, signature)
            if score >= fingerprint.NEAR and score > best_score:
                best, best_score = Link(story, score), score
        for key in keys:
            self._pending.setdefault(key, []).append(article.doc_id)
        self._signatures[article.doc_id] = (article.signature, best.story_id)
        return best

    def written(self) -> None:
        """The batch is committed: its documents are now found in the tables."""
        self._pending.clear()
        self._signatures.clear()

    def _candidates(self, keys: Sequence[int]) -> set[str]:
        if not keys:
            return set()
        found = {d for key in keys for d in self._pending.get(key, ())}
        listed = ", ".join(str(int(key)) for key in keys)  # integers only: safe to inline
        found |= {d for (d,) in self.con.execute(  # an IN list of constants uses the ART index
            f"SELECT DISTINCT doc_id FROM bands WHERE band IN ({listed})").fetchall()}
        return found

    def _signature(self, doc_id: str) -> tuple[tuple[int, ...], str]:
        if doc_id in self._signatures:
            return self._signatures[doc_id]
        row = self.con.execute("SELECT signature, story_id FROM documents WHERE doc_id = ?",
                               [doc_id]).fetchone()
        if row is None:
            return (), doc_id
        return tuple(row[0] or ()), row[1] or doc_id


def band_rows(article: Article) -> list[dict[str, object]]:
    return [{"band": key, "doc_id": article.doc_id} for key in fingerprint.bands(article.signature)]
