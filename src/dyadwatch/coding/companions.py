"""Parties that act alongside the doer: 'X, together with Y, travelled to Z'.

'X joined Y in condemning Z' makes Y a doer of the condemning as well.

'together with', 'along with', 'alongside' and 'accompanied by' add a companion to the
subject; the companion does what the subject does and is never the one acted on, though
the parse often hangs its 'with' off the verb like a partner's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words

COMPANION_ADVERBS = {"together", "along"}
COMPANION_PREPS = {"alongside"}
# lexicon clause_words "companion_verbs"
CLIMB_DEPS = {"conj", "appos", "compound", "amod", "poss", "nmod"}


def companions(anchors: list[Token], actors: list[ActorPhrase],
               sources: list[ActorPhrase]) -> list[ActorPhrase]:
    """The actors named as going with the trigger's doer or with one of its subjects."""
    holders = set(anchors) | {t for s in sources for t in _phrase_tokens(s, anchors)}
    return [a for a in actors if a not in sources and
            (point := _companion_point(a.head, anchors)) is not None and point in holders]


def _phrase_tokens(phrase: ActorPhrase, anchors: list[Token]) -> list[Token]:
    doc = anchors[0].doc
    return [*doc[phrase.start : phrase.end], doc[phrase.head].head]


def _companion_point(index: int, anchors: list[Token]) -> Token | None:
    """The token a companion phrase hangs from, or None when the phrase is no companion."""
    token = anchors[0].doc[index]
    for _ in range(4):
        if token.dep_ not in CLIMB_DEPS or token.head == token:
            break
        token = token.head
    prep = token.head
    if token.dep_ in ("dobj", "obj") and prep.lemma_.lower() == "join":
        return _joined_deed(prep)  # 'X joined Y in condemning Z': Y condemns too
    if token.dep_ == "pobj" and prep.lower_ in COMPANION_PREPS:
        return prep.head
    if token.dep_ == "pobj" and prep.lower_ == "with":
        if any(c.lower_ in COMPANION_ADVERBS and c.dep_ == "advmod" for c in prep.children):
            return prep.head  # 'together with the Italian prime minister'
        if prep.head.lower_ in COMPANION_ADVERBS:
            return prep.head.head  # 'along with', parsed as 'along' holding 'with'
    if token.dep_ == "pobj" and prep.dep_ == "agent" and \
            prep.head.lemma_.lower() in clause_words("companion_verbs") and \
            prep.head.dep_ in ("acl", "advcl"):
        return prep.head.head  # 'Macron, accompanied by the Belgian prime minister, visited'
    return None


def _joined_deed(join: Token) -> Token | None:
    """The deed after 'joined Y in': 'in condemning Z', 'in calling for ...'. A bare 'joined
    the talks' or 'joined NATO' names what was joined, not a companion."""
    for prep in join.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            deed = next((c for c in prep.children if c.dep_ == "pcomp"), None)
            if deed is not None:
                return deed
    return None
