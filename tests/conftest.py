"""Shared fixtures: the real spaCy model and knowledge, loaded once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from dyadwatch import knowledge, nlp
from dyadwatch.coding.coder import code_parsed
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, FuzzyDate, Mention

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return knowledge.load()


@pytest.fixture(scope="session")
def model() -> Language:
    return nlp.load()


@pytest.fixture(scope="session")
def code(kb: KnowledgeBase, model: Language) -> Callable[..., list[Mention]]:
    """Code a small hand-written text (one paragraph a line) as one article."""

    def run(text: str, published: str | None = None, doc_id: str = "t.txt") -> list[Mention]:
        article = Article(doc_id, doc_id, text, "hash",
                          published=FuzzyDate.parse(published) if published else None)
        blocks, position = [], 0
        for line in text.split("\n"):
            if line.strip():
                blocks.append((position, position + len(line)))
            position += len(line) + 1
        parsed = [(b, model(text[b[0]:b[1]])) for b in blocks]
        return list(code_parsed(kb, article, parsed))

    return run


Quad = tuple[str, str, str, str | None]


def quads(mentions: list[Mention]) -> set[Quad]:
    """What a scorer compares: (type, source, target, ISO date or None)."""
    return {(m.type, m.source.code, m.target.code, m.date.iso if m.date else None)
            for m in mentions}


def typed(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    """Type and direction only, for tests whose sentences carry one plain date."""
    return {(m.type, m.source.code, m.target.code) for m in mentions}


def types_between(found: set[Quad], a: str, b: str) -> set[str]:
    """The event types coded between two parties, either way round."""
    return {q[0] for q in found if {q[1], q[2]} == {a, b}}


@pytest.fixture(scope="session")
def coded(code: Callable[..., list[Mention]]) -> Callable[..., set[Quad]]:
    """Code a text (optionally with its publication day) straight to scorer tuples."""

    def run(text: str, published: str | None = None) -> set[Quad]:
        return quads(code(text, published))

    return run
