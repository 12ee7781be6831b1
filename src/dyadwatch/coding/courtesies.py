"""Thanks that are courtesy, not support.

Readouts and speeches close with thanks for the host's hospitality, a warm welcome, the
invitation or condolences ('The EU leaders thanked the President for his warm hospitality',
'The prime minister thanked his Chilean hosts for their condolences'), and a speaker
turns to a guest with 'Thank you, dear friend'. None of these backs a policy of the one thanked, so annotators
give them no SUPPORT line; thanks for support, a delivery, a release or a position are
backing, and stay (mostly optional lines in the gold).

Two marks: the 'for' object names only courtesies (a word list in lexicon.json), or the
thanks are the subjectless formula 'Thank you' addressed to someone present. Every 'for'
counts, a conjoined one too ('for his hospitality and for backing the plan'), and a deed
thanked for ('for backing') or a courtesy word with a complement ('the reception of
refugees') is backing.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words, has_word


def courtesy_thanks(trigger: Token) -> bool:
    """Whether a thanking trigger is courtesy: for hospitality, a welcome, condolences, or
    the bare formula 'Thank you'."""
    if not has_word(trigger, "thanking_verbs") or trigger.pos_ != "VERB":
        return False
    if _formula(trigger):
        return True
    # 'for the welcome and for the support': the second 'for' hangs as a conjunct of the
    # first, or of the verb itself
    fors = [f for c in trigger.children if c.dep_ in ("prep", "conj") and c.lower_ == "for"
            for f in (c, *c.conjuncts) if f.lower_ == "for"]
    if any(c.dep_ == "pcomp" for f in fors for c in f.children):
        return False  # 'for backing the deal': a deed thanked for is backing
    reasons = [p for f in fors for p in f.children if p.dep_ == "pobj"]
    nouns = [n for p in reasons for n in (p, *p.conjuncts)]
    return bool(nouns) and all(_courtesy_noun(n) for n in nouns)


def _formula(trigger: Token) -> bool:
    """'Thank you, dear Lula': the bare verb with the addressee as 'you' and no one named
    as thanking ('[Interpretation from French] Thank you' parses the note as a subject, so
    only a pronoun or a name counts as one: 'We thank you for your support' is not it)."""
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PRON", "PROPN")
                      for c in trigger.children)
    addressed = any(c.dep_ in ("dobj", "obj") and c.lower_ == "you" for c in trigger.children)
    return trigger.tag_ in ("VB", "VBP") and addressed and not has_subject


def _courtesy_noun(noun: Token) -> bool:
    """A courtesy word, bare: 'the reception of refugees' is hosting them, backing."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    words = clause_words("courtesy_nouns")
    if noun.lower_ in words or noun.lemma_.lower() in words:
        return True
    return any(f"{c.lower_} {noun.lower_}" in words for c in noun.children if c.dep_ == "amod")
