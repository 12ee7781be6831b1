"""'The Chilean foreign minister met Brazilian and Argentine officials': one noun, several
nationalities.

Officials of two states named under one plural noun as those someone met are each the
subject's counterpart; the sentence does not say they sat together, and annotators code
the subject with each, not the two among themselves. A trilateral is told otherwise
('met his Russian and Iranian counterparts', 'the three leaders met'), so 'counterparts'
and 'leaders' are not in the list (clause_words 'separate_delegates' in lexicon.json).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

OBJECT_DEPS = frozenset({"dobj", "obj"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def delegates_apart(trigger: Token) -> bool:
    """Whether the trigger's counterparts are officials of two or more states under one
    noun ('met Kazakh and Uzbek officials', 'talks with Kenyan and Ugandan diplomats')."""
    return any(_several_nationalities(noun) for noun in _met_nouns(trigger))


def _met_nouns(trigger: Token) -> list[Token]:
    """The nouns naming whom the trigger's subject met: its object, or 'with' X under the
    trigger or under the light verb that holds it ('held talks with X')."""
    holders = [trigger] + ([trigger.head] if trigger.dep_ in OBJECT_DEPS else [])
    found = [c for h in holders for c in h.children if c.dep_ in OBJECT_DEPS and c != trigger]
    found += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    return found


def _several_nationalities(noun: Token) -> bool:
    if noun.lemma_.lower() not in clause_words("separate_delegates") or noun.tag_ != "NNS":
        return False
    named = [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.pos_ in ("ADJ", "PROPN")]
    named += [c for m in named for c in m.conjuncts if c not in named]
    return len({t.lower_ for t in named if t.text[:1].isupper()}) >= 2
