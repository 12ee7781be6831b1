"""Which coding stage fails on a sentence that yielded no event of an expected pair.

Error analysis needs more than 'nothing came out': a missing actor is fixed in the
actor tables, a missing trigger in the lexicon, and a dropped one in the role or
modality rules. The parties are those the coder itself had in view in the sentence,
lent by the article's earlier sentences included ('the two sides', 'the minister'):
read alone, such a sentence would be blamed on the actor tables when the coder had
found its parties. Triggers and modality are read again with the coder's own parts.
"""

from __future__ import annotations

from spacy.language import Language

from dyadwatch.coding.clause_words import words_from
from dyadwatch.coding.coder import code_parsed, content_blocks
from dyadwatch.coding.modality import modality
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article

# (start, end, parties) of each coded sentence, character offsets into the article's text
SentenceParties = list[tuple[int, int, frozenset[str]]]


def parties_in_view(kb: KnowledgeBase, nlp: Language, article: Article) -> SentenceParties:
    """Codes the article as the pipeline does and records, sentence by sentence, the
    parties its triggers could have been paired with."""
    seen: SentenceParties = []
    blocks = content_blocks(article)
    texts = (article.text[s:e] for s, e in blocks)
    for _ in code_parsed(kb, article, zip(blocks, nlp.pipe(texts), strict=True),
                         observe=lambda s, e, codes: seen.append((s, e, codes))):
        pass
    return seen


def parties_at(seen: SentenceParties, start: int, end: int) -> frozenset[str] | None:
    """Parties in view in the sentences a span overlaps; None when the coder read none of
    them (a span in boilerplate, or evidence not found in the text)."""
    hit = [codes for s, e, codes in seen if s < end and e > start]
    return frozenset().union(*hit) if hit else None


def failing_stage(kb: KnowledgeBase, nlp: Language, text: str, pair: set[str],
                  types: set[str], in_view: frozenset[str] | None) -> str:
    """'not read' when the coder never read the line (boilerplate); 'no actor: X' when a
    party of the pair was not in view there; 'no trigger' when no trigger of an expected
    type is found, 'modality' when every such trigger was judged negated or hypothetical,
    else 'roles' (both parties and a trigger, never joined)."""
    if in_view is None:
        return "not read (boilerplate or no such line)"
    missing = sorted(pair - in_view)
    if missing:
        return "no actor: " + ", ".join(missing)
    with words_from(kb):  # the word lists of the knowledge base the coder used
        triggers = [f for sent in nlp(text).sents for f in find_triggers(kb, sent)
                    if f.entry.type in types]
        if not triggers:
            return "no trigger"
        if all(modality(f.token, f.token.sent, f.entry.type) in ("negated", "hypothetical")
               for f in triggers):
            return "modality"
    return "roles"
