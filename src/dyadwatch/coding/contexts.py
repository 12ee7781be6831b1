"""Contexts and themes of each mention, from its sentence and paragraph.

The tagger also stamps each mention with its article's publication date, which
the merge stage needs to place an undated report next to the happening it covers.

A sentence such as 'the two ministers spoke by phone' says nothing about what
they discussed; the paragraph around it usually does ('... on the gas
pipeline and the border commission'). Long paragraphs are cut to a window
around the sentence so a sprawling text does not lend every event every theme.
Terms are knowledge data (`analysis.json`), not code.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Mention

MAX_PARAGRAPH = 1200
WINDOW = 300


def term_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for a list of terms; all-capital terms (LNG, TAP) keep their case."""
    parts = []
    for term in terms:
        body = re.escape(term.rstrip("*")) + (r"\w*" if term.endswith("*") else "")
        body = body.replace(r"\ ", r"\s+")
        parts.append(body if term.rstrip("*").isupper() else f"(?i:{body})")
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


@lru_cache(maxsize=8)
def _compiled(key: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for name, terms in key:
        pattern = term_pattern(terms)
        if pattern is not None:
            out.append((name, pattern))
    return tuple(out)


def _patterns(kb: KnowledgeBase) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _compiled(tuple(sorted((c, tuple(t)) for c, t in kb.context_terms.items())))


def _theme_patterns(kb: KnowledgeBase) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return _compiled(tuple(sorted((t.name, t.terms) for t in kb.themes.values())))


def paragraph(text: str, start: int, end: int) -> str:
    """The blank-line paragraph around a span, or a window when that paragraph is long."""
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    left = 0 if left < 0 else left + 2
    right = len(text) if right < 0 else right
    if right - left > MAX_PARAGRAPH:
        left, right = max(left, start - WINDOW), min(right, end + WINDOW)
    return text[left:right]


def classify(kb: KnowledgeBase, window: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """PLOVER contexts and our themes found in a piece of text."""
    contexts = tuple(name for name, pattern in _patterns(kb) if pattern.search(window))
    themes = {t.name for t in kb.themes.values() if set(t.contexts) & set(contexts)}
    themes |= {name for name, pattern in _theme_patterns(kb) if pattern.search(window)}
    return contexts, tuple(sorted(themes))


def tag(kb: KnowledgeBase, article: Article, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    out = []
    for mention in mentions:
        contexts, themes = classify(kb, paragraph(article.text, mention.start, mention.end))
        out.append(replace(mention, contexts=contexts, themes=themes, published=article.published))
    return tuple(out)
