"""Leaders who witness a signing together have met: 'A and B witnessed the signing of X'.

A signing ceremony is attended in person. When the leaders of two states are the joint
subject of 'witnessed the signing' ('the two presidents witnessed the signing of a trade
accord', 'both leaders witnessed the exchange of memoranda'), the sentence reports their
meeting as well as the deal, and a reader counts both. One witness ('the President
witnessed the signing by the two ministers') says nothing of a meeting between the
witness and a signatory.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.trigger_scope import group_subject


def witnessed_together(verb: Token, kind: str) -> bool:
    """True when `verb` is an AGREE 'witness' whose subject is a pair or group:
    coordinated names, or 'both leaders' / 'the two leaders'."""
    if kind != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() != "witness":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return bool(group_subject(verb)) or any(c.dep_ == "conj" for c in subject.children)
