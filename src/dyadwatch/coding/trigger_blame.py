"""Blame and threats a reported clause carries without a copula or a reprisal noun.

A speaker blames another party not only with 'X was responsible for' but with a light verb
and a blame noun ('X bears full responsibility for the reporter's health', 'shared
responsibility for his crimes') or with the idiom of a limit passed ('had crossed a red
line'). A speaker threatens when the clause says the other side will pay for something
('Czechia would pay a heavy price', 'Spain would be made to pay'). The words live in the
lexicon ('blame_light_verbs', 'blame_nouns', 'price_nouns'); callers keep their own checks
on the subject (a named party, not the speaker's 'it') and on negation and conditions.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words


def carries_blame(clause: Token) -> bool:
    """'bears/shares/carries (full) responsibility for <something>' or 'crossed a red line'.

    Blame needs its object ('for ...'): 'a responsibility to protect' is a duty, not blame."""
    lemma = clause.lemma_.lower()
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    if lemma in clause_words("blame_light_verbs"):
        return any(o.lemma_.lower() in clause_words("blame_nouns") and any(
            p.dep_ == "prep" and p.lower_ == "for" for p in (*o.children, *clause.children))
            for o in objects)
    return lemma == "cross" and any(
        o.lemma_.lower() == "line" and any(a.lower_ == "red" for a in o.children)
        for o in objects)


def made_to_pay(clause: Token) -> bool:
    """'would pay a heavy price (for the visit)', 'would be made to pay (twice as much)'.

    A sum paid ('would pay 2 billion to Ukraine') is aid, not a threat: the clause must
    pay a price noun, or be the passive 'be made to pay'."""
    if not _named_payer(clause):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "pay":
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in clause_words("price_nouns")
                   for c in clause.children)
    return lemma == "make" and any(c.dep_ == "auxpass" for c in clause.children) and any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "pay" for c in clause.children)


# named states, peoples and bodies: a person's name may be unknown to the coder, and the
# threat would then fall on whatever party the document named last
PAYER_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def _named_payer(clause: Token) -> bool:
    """The one who will pay is named as a state, people or body ('Czechia', 'the Czech
    side'), not only as a person the coder may not place."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(w.ent_type_ in PAYER_ENTITIES for s in subjects for w in s.subtree)
