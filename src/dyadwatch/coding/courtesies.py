"""Thanks that are courtesy, not support.

Readouts and speeches close with thanks for the host's hospitality, a warm welcome, the
invitation or condolences ('The EU leaders thanked the President for his warm hospitality',
'Putin thanked the Uzbek side for the condolences'), and a speaker turns to a guest with
'Thank you, dear friend'. None of these backs a policy of the one thanked, so annotators
give them no SUPPORT line; thanks for support, a delivery, a release or a position are
backing, and stay (mostly optional lines in the gold).

Two marks: the 'for' object names only courtesies (a word list in lexicon.json), or the
thanks are the subjectless formula 'Thank you' addressed to someone present.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

THANKS = frozenset({"thank"})


def courtesy_thanks(trigger: Token) -> bool:
    """Whether a thanking trigger is courtesy: for hospitality, a welcome, condolences, or
    the bare formula 'Thank you'."""
    if trigger.lemma_.lower() not in THANKS or trigger.pos_ != "VERB":
        return False
    if _formula(trigger):
        return True
    reasons = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
               for p in c.children if p.dep_ == "pobj"]
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
    words = clause_words("courtesy_nouns")
    if noun.lower_ in words or noun.lemma_.lower() in words:
        return True
    return any(f"{c.lower_} {noun.lower_}" in words for c in noun.children if c.dep_ == "amod")
