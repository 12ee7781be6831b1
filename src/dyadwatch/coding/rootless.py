"""The doer of a main verb the parser hung on its subject as a clause.

'The president of Colombia, Gustavo Petro, made on Tuesday a visit to Caracas': a long
subject with an appositive name, followed by a verb separated from its object by a date,
is often parsed as a verbless sentence whose root is the subject noun ('president') with
the real main verb hung under it as a clause ('made', acl) and no subject of its own.
Machine-translated and wire copy write this shape often. A finite verb (past or present,
or a 'participle' with a direct object, which a passive reduced relative never has)
hanging that way is the sentence's main verb, and the root noun phrase
before it is its subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.attachment import is_location

FINITE = {"VBD", "VBZ", "VBP"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}


def rootless_subject(anchors: list[Token], actors: list[ActorPhrase],
                     sent: Span) -> list[ActorPhrase]:
    """The parties named in the root noun phrase before a finite verb hung under it, when
    they are all of one party ('The president of Colombia, Gustavo Petro, made ...')."""
    for verb in anchors:
        if not _swallowed_main_verb(verb):
            continue
        head = _phrase_root(verb.head)
        inside = [a for a in actors if head.left_edge.i <= a.start and a.end <= verb.i
                  and not is_location(a, sent.doc)]
        if len({a.actor.code for a in inside}) == 1:
            return inside
    return []


def _swallowed_main_verb(verb: Token) -> bool:
    """A finite verb without a subject hung as a clause on a noun that is its sentence's
    root: the parser took the subject for the whole sentence."""
    head = _phrase_root(verb.head)
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and _finite(verb) and \
        _set_off(head, verb) and \
        head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and \
        not any(c.dep_ in ("relcl", "acl") and c.i != verb.i and c.i > head.i
                and c.tag_ in FINITE for c in head.children)


def _set_off(head: Token, verb: Token) -> bool:
    """The shape comes with a name or phrase set off by commas between subject and verb; a
    verb right after its noun ('the Indian minister called on ...') is parsed well enough
    by the ordinary rules, and reading it here lost the courtesy-call sense."""
    return any(t.text == "," for t in head.doc[head.i + 1:verb.i])


def _phrase_root(noun: Token) -> Token:
    """'The president of Brazil, Ilse Brandvold, made ...': the verb may hang on the name in
    apposition; the noun it stands beside is the phrase's root."""
    while noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _finite(verb: Token) -> bool:
    """Past or present tense, or a form tagged participle that takes a direct object: 'made'
    is tagged either way, and 'made a visit' is active, so no reduced relative."""
    return verb.tag_ in FINITE or (verb.tag_ == "VBN" and not any(
        c.dep_ in ("auxpass", "aux") for c in verb.children) and any(
        c.dep_ in ("dobj", "obj") for c in verb.children))


def date_apposed_verb(trigger: Token) -> list[Token]:
    """'realized this Tuesday the 1 of November a visit to Caracas': an object placed after a
    spelled-out date is parsed as an apposition to the date, which hangs on the verb; the
    verb carries the noun as its object all the same."""
    head = trigger.head
    if trigger.dep_ != "appos" or trigger.pos_ != "NOUN" or not _date_word(head) \
            or head.dep_ not in ("npadvmod", "dobj", "obj") or head.head.pos_ != "VERB":
        return []
    return [head.head]


def _date_word(token: Token) -> bool:
    """A day number or date word ('the 5 of March', 'the first of May')."""
    return token.pos_ == "NUM" or token.ent_type_ in ("DATE", "CARDINAL")
