"""Whether a word names a phone call, or an act done to someone over the phone.

'called Aliyev' is a call; 'called on', 'called for', 'called X a partner' and 'so-called'
are not; 'apologised to him by telephone' is an apology that also puts the two in contact.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words


def is_phone_call(token: Token) -> bool:
    """'called Aliyev' is a call; 'called on', 'called for', 'called X a Y', 'so-called' are not."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in ("on", "upon", "for", "off", "in", "out", "up", "back"):
        return False
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in ("consultation", "consultations")
                                    for g in c.children) for c in token.children):
        return False  # 'called to consultations her ambassador': an envoy recalled, no call
    if any(c.lower_ in ("home", "back") and c.dep_ in ("advmod", "prt", "npadvmod")
           for c in token.children) or any(c.dep_ in ("dobj", "obj") and any(
            g.lower_ == "home" and g.dep_ == "compound" for g in c.children) for c in token.children):
        return False  # 'called home its ambassador', 'call home ambassadors': a recall
    if token.i > 0 and token.doc[token.i - 1].text in ("-", "so"):
        return False
    for child in token.children:
        if child.dep_ in ("oprd", "xcomp", "attr", "acomp") and (child.pos_ == "ADJ" or any(
                g.dep_ == "det" or g.pos_ == "ADJ" for g in child.children)):
            return False  # 'called the measures unacceptable', 'called it a provocation'
        if child.dep_ == "ccomp":
            return False
        if child.dep_ in ("dobj", "obj") and (any(g.pos_ == "ADJ" and g.i > child.i
                                                  for g in child.children) or _ends_in_adjective(child)):
            return False  # 'called the measures unacceptable' parsed as a trailing adjective
    if _names_a_second_noun(token):
        return False  # 'called Kosovo's move a provocation': a naming misparsed as objects
    return token.dep_ not in ("amod", "acl") or token.tag_ != "VBN"


def _names_a_second_noun(token: Token) -> bool:
    """'call X a Y' names X as Y; parsers hang the Y as a second object of the verb or
    as an object of X. A phone call takes one object, the party called."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if len(objects) > 1:
        return True
    return any(g.dep_ in ("dobj", "appos", "attr", "oprd") and g.pos_ == "NOUN" and any(
        d.dep_ == "det" for d in g.children) for o in objects for g in o.children)


def _ends_in_adjective(noun: Token) -> bool:
    """'called X's attacks on Y unacceptable' with the adjective parsed deep in the object."""
    words = [t for t in noun.subtree if not t.is_punct]
    return words[-1].pos_ == "ADJ" and words[-1].i > noun.i


# clause_words 'phone_nouns', read at use time: what an act done 'by' or 'over' makes a call
# ('by telephone', 'over the phone')


def by_phone(verb: Token) -> bool:
    """'apologised to him by telephone', 'congratulated her over the phone': an act done to
    someone in a call puts the parties in contact by phone; 'the raid was planned by phone'
    is addressed to no one."""
    phones = clause_words("phone_nouns")
    return verb.pos_ == "VERB" and _addressed(verb) and any(
        c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in phones for g in c.children)
        for c in verb.children)


def _addressed(verb: Token) -> bool:
    """The act has a person or party as its object or its 'to'/'with' partner."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children if g.dep_ == "pobj"]
    return any(p.pos_ in ("PROPN", "PRON") or p.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
               for p in people)
