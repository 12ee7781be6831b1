"""Parties on the same side of one act are not each other's counterparts.

News prose lists several parties around a meeting or agreement word whose relation to each
other the sentence does not tell:

- co-recipients: 'Japan and Canada received theirs', 'A and B welcomed the envoy' -- those
  who receive a guest, a letter or a delegation stand side by side, opposite whoever came;
- the partners of an unnamed doer: 'the administration established relations with A and B'
  -- each of A and B dealt with the doer, and the doer is unresolved, so nothing is told
  about a pair the text names;
- a body's own gathering: 'At their summit, EU leaders granted candidate status to A and B'
  -- the summit is the bloc's own meeting; A and B are what it decided about, not guests.

Each rule returns the parties to keep apart (or whether a trigger pairs no one), so that
the pairing code can drop only the pairs the sentence does not support.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.triggers import Found

VERBAL = ("VERB", "AUX")


def co_receivers(found: Found, actors: list[ActorPhrase]) -> set[str]:
    """Codes of the conjoined subjects of a receiving verb ('A and B received X'): they
    are hosts or addressees side by side, never each other's guest."""
    token = found.token
    if found.entry.type != "CONSULT" or token.pos_ not in VERBAL or \
            token.lemma_.lower() not in clause_words("co_receiving_verbs"):
        return set()
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return set()
    words = {subject.i} | {c.i for c in subject.subtree if c.dep_ == "conj"}
    codes = {a.actor.code for a in actors if a.head in words}
    return codes if len(codes) > 1 else set()


def partners_of_unnamed(found: Found, actors: list[ActorPhrase]) -> set[str]:
    """'The government established relations with A and B', 'the cabinet acknowledged A and
    B as countries, then set up relations with both': an agreement verb whose subject is a
    noun that names no party has only partners; each agreed with that subject, not with
    the other. The codes of the parties named in its predicate, to be kept apart (a doer
    found elsewhere, such as the page's own state, still pairs with each)."""
    token = found.token
    if found.entry.type != "AGREE" or token.pos_ not in VERBAL:
        return set()
    subject = _shared_subject(token)
    if subject is None or subject.pos_ == "PRON" or \
            subject.lower_ in clause_words("together_subjects"):
        return set()
    said = {t.i for t in subject.subtree}
    if any(a.head in said or a.start in said for a in actors):
        return set()
    partners = _partner_words(token, subject.head)
    codes = {a.actor.code for a in actors if a.head in partners}
    others = {a.actor.code for a in actors if a.head not in partners}
    return codes if len(codes) > 1 and not codes & others else set()


def _partner_words(verb: Token, top: Token) -> set[int]:
    """The words of the objects and 'with' phrases of the verb and of the verbs it is
    joined to up to `top`: where a verb's partners are named."""
    verbs = [verb]
    while verbs[-1].i != top.i and verbs[-1].dep_ == "conj":
        verbs.append(verbs[-1].head)
    words: set[int] = set()
    for v in verbs:
        for child in v.children:
            if child.dep_ in ("dobj", "obj") or (child.dep_ == "prep" and child.lower_ == "with"):
                words |= {t.i for t in child.subtree}
    return words


def _shared_subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares with the verb it is joined to ('the
    cabinet acknowledged A, then set up relations with it')."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject if subject is not None and subject.dep_ == "nsubj" else None
        verb = verb.head


def own_gathering(found: Found, actors: list[ActorPhrase]) -> bool:
    """'At their summit, EU leaders granted candidate status to A and B': a gathering
    owned by the subject of the verb it frames ('their', 'its') is that party's own
    meeting when the subject is one party; the verb's objects did not attend it."""
    token = found.token
    if found.entry.type != "CONSULT" or token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    if not any(c.dep_ == "poss" and c.lower_ in clause_words("own_gathering_possessors")
               for c in token.children):
        return False
    verb = _framed_verb(token)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    span = {t.i for t in subject.subtree}
    return len({a.actor.code for a in actors if a.head in span}) == 1


def _framed_verb(noun: Token) -> Token | None:
    """The verb a time or place phrase ('at their summit') hangs on."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.pos_ not in VERBAL:
        return None
    return prep.head


def other_occasions_parties(found: Found, actors: list[ActorPhrase]) -> set[str]:
    """'breakfast with Scholz in Berlin, lunch with Macron in Paris and dinner with Rutte':
    conjoined meeting nouns are separate occasions, and the party named under one of
    them met the subject there, not at the others. The codes named only under another
    conjunct of this meeting noun, never under the noun itself nor outside the list."""
    token = found.token
    if found.entry.type != "CONSULT" or token.pos_ != "NOUN":
        return set()
    chain = _conjuncts(token)
    if len(chain) < 2:
        return set()
    kept: set[str] = set()  # named under this noun, or outside the list (the subject)
    others: set[str] = set()
    for actor in actors:
        holder = _nearest(token.doc[actor.head], chain)
        (kept if holder is None or holder.i == token.i else others).add(actor.actor.code)
    return others - kept


def _conjuncts(noun: Token) -> set[Token]:
    """The noun and every noun coordinated with it ('breakfast, lunch and dinner')."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return {top} | {t for t in top.subtree if t.dep_ == "conj" and t.pos_ == "NOUN" and
                    _coordinated(t, top)}


def _coordinated(token: Token, top: Token) -> bool:
    """Whether `token` reaches `top` through conjunct links alone."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i == top.i


def _nearest(word: Token, chain: set[Token]) -> Token | None:
    """The first noun of the chain at or above `word` in the parse."""
    indices = {t.i: t for t in chain}
    while True:
        if word.i in indices:
            return indices[word.i]
        if word.head.i == word.i:
            return None
        word = word.head
