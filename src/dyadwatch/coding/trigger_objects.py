"""Frames whose act is named by the trigger's object rather than by the trigger word.

General words become acts only through what they govern: 'recalled its chiefs of mission'
and 'withdrew all its diplomatic personnel' call diplomats home (a measure, SANCTION),
while 'withdrew its military personnel' pulls troops back; 'the end of relations with X'
breaks ties, 'the end of the war' does not; 'recognised Beijing and dropped Taipei' abandons one state for
another, 'dropped Spain from the list' does not. A lexicon entry names one of these frames;
the words each frame accepts are data (lexicon 'clause_words'):

- 'diplomatic_envoys': nouns that are diplomats by themselves ('ambassador', 'consul');
- 'diplomatic_staff_nouns' with 'diplomatic_staff_modifiers': staff who are diplomats only
  when so qualified ('diplomatic personnel', 'embassy staff', 'consular employees');
- 'mission_heads': heads of a mission ('chiefs of mission', 'heads of mission');
- 'ended_ties': what the noun 'end' must be the end of to sever relations;
- 'recognising_verbs': verbs beside which dropping a state switches recognition.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

# frame name -> the check; noun entries with these frames find their roles as nouns do
OBJECT_FRAMES = ("diplomatic_staff", "end_of_ties", "dropped_for")


def object_frame_fits(token: Token, frame: str) -> bool:
    """Dispatch one of OBJECT_FRAMES; an unknown frame fits (the caller decides)."""
    if frame == "diplomatic_staff":
        return any(_diplomats(o) for o in _named_things(token))
    if frame == "end_of_ties":
        return _end_of(token, "ended_ties")
    if frame == "dropped_for":
        return drops_for_another(token)
    return True


def _named_things(token: Token) -> list[Token]:
    """What a verb acts on (its objects, or what it takes 'from': 'withdrew from X its
    envoys' is rare, the object is the rule) or what a noun is 'of' ('the withdrawal of
    its diplomats'); conjuncts count ('its ambassador and two attachés')."""
    if token.pos_ in ("VERB", "AUX"):
        heads = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    else:
        heads = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.conjuncts]


def _diplomats(noun: Token) -> bool:
    """'its ambassador', 'all the diplomatic personnel', 'its chiefs of mission'."""
    lemma, word = noun.lemma_.lower(), noun.lower_
    if lemma in clause_words("diplomatic_envoys") or word in clause_words("diplomatic_envoys"):
        return True
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    if (lemma in clause_words("diplomatic_staff_nouns")
            and modifiers & set(clause_words("diplomatic_staff_modifiers"))):
        return True
    if lemma in clause_words("mission_heads") or word in clause_words("mission_heads"):
        return any(g.lemma_.lower() == "mission" for c in noun.children
                   if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return False


def _end_of(noun: Token, words: str) -> bool:
    """'the end of diplomatic relations': the noun 'end' is an act only by what it ends,
    named in its own 'of' phrase. (An ended operation or presence is not coded: the
    noun's roles make whoever marks the end its doer, often the host, not the one who
    leaves.)"""
    if noun.lemma_.lower() != "end" or noun.pos_ != "NOUN":
        return False
    ended = _named_things(noun)
    return any(e.lemma_.lower() in clause_words(words) or e.lower_ in clause_words(words)
               for e in ended)


def drops_for_another(verb: Token) -> bool:
    """'recognises Beijing and drops Taipei', 'dropped Taipei for Beijing': a state dropped
    beside a verb of recognising is a severed relation. A name as the object is required
    ('dropped the plan' is no one dropped), and the recognising verb must be a conjunct of
    the dropping verb, its head, or the dropping verb must say 'for' another state."""
    if not any(c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN" for c in verb.children):
        return False
    verbs = clause_words("recognising_verbs")
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    if any(v.lemma_.lower() in verbs for v in linked):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("for", "in") and any(
        g.pos_ == "PROPN" or g.lower_ == "favour" or g.lower_ == "favor" for g in c.children)
        for c in verb.children)
