"""A proposal put to another party: 'proposed to his counterpart the return of Venezuela'.

Putting a proposal to someone asks them to take it up, which PLOVER codes as a request:
'Petro proposed to his Venezuelan counterpart the return of Venezuela to the Andean
Community', 'Brazil proposed to Argentina the creation of a joint commission'. Only the
shape with a 'to' phrase naming the addressee counts: 'proposed a ceasefire' names no one
asked, and 'proposed to hold talks' is the proposer's own plan ('to' there opens a verb).
"""

from __future__ import annotations

from spacy.tokens import Token


def proposes_to(verb: Token) -> bool:
    """The verb has a 'to' phrase whose object is a noun or name, and something proposed
    (an object, or a noun set beside the addressee as the parser often hangs it)."""
    addressees = [g for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if not addressees:
        return False
    proposed = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    proposed += [c for a in addressees for c in a.children if c.dep_ == "appos"]
    return any(p.pos_ == "NOUN" for p in proposed)
