"""Word lists that trigger checks consult, kept as data in lexicon.json ('clause_words').

Which nouns name a deed one can be blamed for, which name a commitment one can break,
which words make a response a reprisal: these are facts of the language and the domain,
not of the code, and an analyst should be able to read and extend them beside the
triggers they qualify.

A list holds lemmas ('meet' matches 'met') unless the data says otherwise: the list
'surface_form_lists' names the lists that hold surface forms, matched against the word
as written, lowercased ('talks' is not 'talk', 'his' is not 'he'). `has_word` reads that
marker, so a rule asks whether a token is in a list without knowing which form the list
holds, and a list's form is stated once, beside its words. A few rules still read a list
by both forms, or by a phrase's text; they compare by hand.

A user knowledge file (`--actors FILE`) adds words to these lists, so rules read them
from the knowledge base coding the document, at use time, never from module constants
frozen at import. The coder names that knowledge base with `words_from(kb)`; a rule
called outside coding (tests, tools) reads the shipped knowledge.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.tokens import Token

from dyadwatch.errors import KnowledgeError
from dyadwatch.knowledge import KnowledgeBase, load

# a context variable, not a global: concurrent or interleaved codings keep their own base
_ACTIVE: ContextVar[KnowledgeBase | None] = ContextVar("dyadwatch_clause_words_kb",
                                                       default=None)


@contextmanager
def words_from(kb: KnowledgeBase) -> Iterator[KnowledgeBase]:
    """Rules run inside this block read their word lists from `kb`. Generators must leave
    the block before each `yield`, or the base would leak into whatever runs meanwhile."""
    token = _ACTIVE.set(kb)
    try:
        yield kb
    finally:
        _ACTIVE.reset(token)


def active_kb() -> KnowledgeBase:
    """The knowledge base coding now, else the shipped one (the loader's own cache, so
    that this is the very base `knowledge.load()` gives)."""
    kb = _ACTIVE.get()
    return load() if kb is None else kb


def clause_words(name: str) -> frozenset[str]:
    """One named list of the knowledge in use; a missing name is a broken lexicon, not an
    empty list."""
    try:
        return active_kb().clause_words[name]
    except KeyError as exc:
        raise KnowledgeError(f"lexicon.json has no clause_words list '{name}'") from exc


SURFACE_LISTS = "surface_form_lists"


def has_word(token: Token, name: str) -> bool:
    """Whether the token is a word of list `name`, compared in the form the list holds:
    the lowercased surface form for a list named in 'surface_form_lists', else the
    lowercased lemma. Callers that spelt out `token.lemma_.lower()` or `token.lower_`
    could pick the wrong one for a list and match nothing, silently."""
    words = clause_words(name)
    form = token.lower_ if name in clause_words(SURFACE_LISTS) else token.lemma_.lower()
    return form in words
