"""Which coding stage fails on a sentence that yielded no event of an expected pair.

Error analysis needs more than 'nothing came out': a missing actor is fixed in the
actor tables, a missing trigger in the lexicon, and a dropped one in the role or
modality rules. The sentence is read again with the same components the coder uses,
and with the parties the article's earlier sentences lend it ('the two sides', 'the
minister', 'Ankara' after Türkiye was named): read alone, such a sentence would be
blamed on the actor tables when the coder in fact found its parties.
"""

from __future__ import annotations

from spacy.language import Language

from dyadwatch.coding.actors import find_actors
from dyadwatch.coding.clause_words import words_from
from dyadwatch.coding.modality import modality
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

# (start, end, parties) of each sentence of a text, character offsets into the text
Found = list[tuple[int, int, frozenset[str]]]


def parties_in_context(kb: KnowledgeBase, nlp: Language, text: str) -> Found:
    """The parties the actor stage finds in each sentence when it reads the text line by
    line in order, carrying its memory from sentence to sentence as the coder does."""
    memory: dict[str, Actor] = {}
    found: Found = []
    position = 0
    lines = []
    for line in text.split("\n"):
        if line.strip():
            lines.append((position, line))
        position += len(line) + 1
    with words_from(kb):
        for (offset, _), doc in zip(lines, nlp.pipe(line for _, line in lines), strict=True):
            for sent in doc.sents:
                codes = frozenset(a.actor.code for a in find_actors(kb, sent, None, memory))
                found.append((offset + sent.start_char, offset + sent.end_char, codes))
    return found


def context_of(found: Found, start: int, end: int) -> frozenset[str]:
    """Parties found, with the article's memory, in the sentences a span overlaps."""
    return frozenset().union(*(codes for s, e, codes in found if s < end and e > start))


def failing_stage(kb: KnowledgeBase, nlp: Language, text: str, pair: set[str],
                  types: set[str], context: frozenset[str] = frozenset()) -> str:
    """'no actor: X' when a party of the pair is found neither in the line nor, through
    the article's earlier sentences, in `context`; 'no trigger' when no trigger of an
    expected type is, 'modality' when every such trigger was judged negated or
    hypothetical, else 'roles' (both parties and a trigger, never joined)."""
    with words_from(kb):  # the word lists of the knowledge base the coder used
        doc = nlp(text)
        found: set[str] = set(context)
        triggers = []
        for sent in doc.sents:
            found |= {a.actor.code for a in find_actors(kb, sent, None, {})}
            triggers += [f for f in find_triggers(kb, sent) if f.entry.type in types]
        missing = sorted(pair - found)
        if missing:
            return "no actor: " + ", ".join(missing)
        if not triggers:
            return "no trigger"
        if all(modality(f.token, f.token.sent, f.entry.type) in ("negated", "hypothetical")
               for f in triggers):
            return "modality"
        return "roles"
