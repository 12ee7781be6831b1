"""Blame and threats a reported clause carries without a copula or a reprisal noun.

A speaker blames another party not only with 'X was responsible for' but with a light verb
and a blame noun ('X bears full responsibility for the reporter's health', 'shared
responsibility for the shelling') or with the idiom of a limit passed ('had crossed a red
line'). A speaker threatens when the clause says the other side will pay for something
('Latvia would pay a dear price for the summit', 'would be made to pay for the raid'). The
words live in the lexicon ('blame_light_verbs', 'blame_nouns', 'blame_intensifiers',
'price_nouns', 'threat_price_adjectives'); callers keep their own checks on the subject (a
named party, not the speaker's 'it') and on negation and conditions.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words


def carries_blame(clause: Token) -> bool:
    """'bears/shares/carries (full) responsibility for <a deed>' or 'crossed a red line'.

    Blame needs its object: 'for' a deed ('for the shelling'), or a blame noun made total
    ('full responsibility for the detainee's health'). 'Responsibility for regional
    stability' is a duty, and 'bears no blame' clears the party."""
    lemma = clause.lemma_.lower()
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    if lemma in clause_words("blame_light_verbs"):
        return any(o.lemma_.lower() in clause_words("blame_nouns") and not negated_noun(o)
                   and _blamed_for(o, clause) for o in objects)
    return lemma == "cross" and any(
        o.lemma_.lower() == "line" and any(a.lower_ == "red" for a in o.children)
        for o in objects)


def negated_noun(noun: Token) -> bool:
    """'no blame', 'no funds': a noun its own determiner negates (lexicon
    'negating_determiners'), which a verb's `neg` check does not see."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in clause_words("negating_determiners")
               for c in noun.children)


def _blamed_for(noun: Token, clause: Token) -> bool:
    fors = [p for p in (*noun.children, *clause.children) if p.dep_ == "prep" and p.lower_ == "for"]
    if not fors:
        return False
    if any(a.dep_ in ("amod", "det", "predet") and a.lower_ in clause_words("blame_intensifiers")
           for a in noun.children):
        return True
    deeds = clause_words("deeds")
    return any(g.lemma_.lower() in deeds or g.lower_ in deeds
               for p in fors for g in p.children if g.dep_ == "pobj")


def made_to_pay(clause: Token) -> bool:
    """'would pay a steep price (for the summit)', 'would be made to pay for the raid'.

    A sum paid ('would pay 2 billion to Ukraine') is aid, not a threat: the clause must
    pay a price noun that is not a market price ('a higher price for electricity'), or be
    the passive 'be made to pay', unless a rule sets what is owed ('made to pay more under
    the new budget rules')."""
    if not _named_payer(clause):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "pay":
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in clause_words("price_nouns")
                   and _threat_price(c) for c in clause.children)
    if lemma != "make" or not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    pays = [c for c in clause.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "pay"]
    return bool(pays) and not any(  # 'made to pay more under the new budget rules': owed
        g.dep_ == "prep" and g.lower_ in ("under", "according")
        for w in (clause, *pays) for g in w.children)


def _threat_price(price: Token) -> bool:
    """'a heavy price', 'the price': a threat; 'a higher price', 'price for electricity':
    a market price (any other adjective, or a 'for' object that is no deed)."""
    if any(a.dep_ == "amod" and a.lower_ not in clause_words("threat_price_adjectives")
           for a in price.children):
        return False
    return not any(a.dep_ == "amod" and a.tag_ in ("JJR", "JJS") for a in price.children)


# named states, peoples and bodies: a person's name may be unknown to the coder, and the
# threat would then fall on whatever party the document named last
PAYER_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def _named_payer(clause: Token) -> bool:
    """The one who will pay is named as a state, people or body ('Czechia', 'the Czech
    side'), not only as a person the coder may not place."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the subject's own head and its compounds/possessors, not a place inside it
    # ('consumers in Sweden' is consumers, not Sweden)
    return any(w.ent_type_ in PAYER_ENTITIES for s in subjects
               for w in (s, *[c for c in s.children if c.dep_ in ("compound", "poss", "amod")]))
