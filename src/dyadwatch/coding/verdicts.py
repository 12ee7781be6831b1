"""A verdict on another party's words: 'called Erdogan's remarks crazy'.

Leaders answer an insult by naming it ('called the remarks crazy', 'described the claims
as ridiculous'), which annotators code as a rejection of the party that spoke. The verdict
must be the naming verb's own complement: in 'X called Y fascists, in remarks Z called
crazy' the word 'crazy' belongs to Z's clause inside the first verb's phrase, and Y was
called nothing of the kind by X.
"""

from __future__ import annotations

from spacy.tokens import Token

# clauses inside a verb's phrase that have their own speaker: 'remarks (that) Z called ...'
OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})


def gives_verdict(verb: Token, verdicts: tuple[str, ...]) -> bool:
    """A verdict word in the verb's phrase but outside any clause of its own below it."""
    inner = {t.i for d in verb.subtree if d != verb and d.dep_ in OWN_CLAUSES
             and any(c.dep_ in ("nsubj", "nsubjpass") for c in d.children) for t in d.subtree}
    return any((t.lemma_.lower() in verdicts or t.lower_ in verdicts) and t.i not in inner
               for t in verb.subtree)
