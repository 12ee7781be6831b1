"""Whether a capitalised word is a person's name the article already introduced.

The tagger reads a foreign surname at the start of a sentence as a common noun
('Guterres condemned ...') and the surname 'May' as a month or a modal verb;
knowing that the article named the person decides it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.datetext import MONTHS


def known_surname(token: Token, known: frozenset[str]) -> bool:
    """A surname the article already tied to a party, even when the tagger calls it a noun
    ('Guterres condemned ...'); a month-word only when a finite verb follows ('May said')."""
    if token.text not in known or not token.text[:1].isupper():
        return False
    if token.lower_ in MONTHS:
        return month_name_subject(token)
    return token.pos_ in ("PROPN", "NOUN")


def month_name_subject(token: Token) -> bool:
    """'May spoke', 'May had said': a modal 'may' takes a bare verb, so a past or third-person
    verb after the capitalised word shows a name."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.tag_ in ("VBD", "VBZ")
