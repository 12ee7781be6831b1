"""Raising a relationship's rank: 'raised ties to a comprehensive strategic partnership'.

Diplomatic news reports a deal between two states by the new rank of their relations
rather than by a verb of agreeing: 'upgraded relations to a strategic partnership',
'elevated their ties to the level of ambassadors', 'raise relations to Comprehensive
Strategic Partner'. The act is mutual and agreed, so it is an AGREE. The verbs are
common ('raise', 'lift', 'take'), so the frame asks for both halves of the construction:
the verb's own object is the relationship ('ties', 'relations'), and a 'to' phrase names
the rank reached ('partnership', 'level'). 'raised concerns about the partnership' and
'lifted sanctions on its partner' have neither.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words


def raises_rank(verb: Token, ranks: tuple[str, ...]) -> bool:
    """True when `verb` takes a relationship as object and a 'to' phrase naming a rank."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    ties = clause_words("ranked_ties")
    tie_objects = [o for o in objects if o.lemma_.lower() in ties or o.lower_ in ties]
    if not tie_objects:
        return False
    heads = [verb, *tie_objects]
    return any(_names_rank(prep, ranks) for h in heads for prep in h.children
               if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "into"))


def _names_rank(prep: Token, ranks: tuple[str, ...]) -> bool:
    """The 'to' phrase's noun, or a noun it is the level of ('to the level of
    ambassadors'), is a rank word."""
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in ranks or t.lower_ in ranks
               for n in nouns for t in (n, *(c for c in n.children if c.dep_ == "compound")))
