"""Found triggers that turn into another act, or into two acts, once matched.

Some acts are told by a verb whose lexicon type is right only in part. A demand with a
penalty as its alternative ('do X or face sanctions') is a threat. A state that 'switched
recognition from Taipei to Beijing' does two things at once: it drops one party (a
sanction of the one it leaves) and recognises the other (support for the one it joins).
The verb is matched once, as the sanction; here it gains its second act, and the roles
of each are split by the preposition that names the party: 'from' the one left, 'to' the
one joined.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import Trigger

if TYPE_CHECKING:
    from dyadwatch.coding.actors import ActorPhrase
    from dyadwatch.coding.roles import Roles
    from dyadwatch.coding.triggers import Found

# clause_words, read at use time: 'ultimatum_penalty_verbs', how the alternative a demand
# threatens is held over the one told ('do X or face sanctions'); 'turning_verbs', verbs
# that move a state's standing from one party to another ('switched recognition', 'shifted
# its allegiance'); 'turned_allegiances', what is moved (the recognition of a government).
# the second act of a switch: recognising the party joined
JOINED = Trigger("switch", "VERB", "SUPPORT", None, "direct")


def ultimatum(found: Found) -> bool:
    """'gave Moscow until Friday to agree or face sanctions', 'demanded X withdraw or face
    the consequences': a demand with a penalty as its alternative is a threat."""
    if found.entry.type != "REQUEST" or found.entry.pos != "VERB":
        return False
    for clause in found.token.children:
        if clause.dep_ not in ("xcomp", "ccomp", "advcl") or clause.pos_ != "VERB":
            continue
        penalty_verbs = clause_words("ultimatum_penalty_verbs")
        if any(c.dep_ == "conj" and c.lemma_.lower() in penalty_verbs and any(
                o.lower_ in ("or", "otherwise") for o in clause.children if o.dep_ == "cc")
               for c in clause.children):
            return True
    return False


def switches_sides(verb: Token) -> bool:
    """'switched (diplomatic) recognition from X to Y': a turning verb whose object is the
    recognition moved; 'switched its training camp from Spain to Portugal' is no act."""
    turned = clause_words("turned_allegiances")
    return verb.lemma_.lower() in clause_words("turning_verbs") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in turned for c in verb.children)


def joined_sides(found: list[Found]) -> list[Found]:
    """The support each switch of recognition gives the party joined, as a second act."""
    return [replace(f, entry=JOINED) for f in found
            if f.entry.type == "SANCTION" and f.entry.pos == "VERB" and switches_sides(f.token)]


def switched_parties(found: Found, actors: list[ActorPhrase], roles: Roles) -> None:
    """A switch sanctions only the party it comes 'from' and supports only the one it
    goes 'to'; without the prepositions the roles are left as found."""
    if found.entry.pos != "VERB" or not switches_sides(found.token):
        return
    prep = "to" if found.entry.type == "SUPPORT" else "from"
    preps = [p for p in _preps(found.token) if p.lower_ in ("from", "to")]
    words = {t.i for p in preps if p.lower_ == prep for t in p.subtree}
    if not words:
        return
    named = {t.i for p in preps for t in p.subtree}  # 'from Taipei' is left, not leaving
    roles.sources = [a for a in roles.sources if a.head not in named]
    codes = {a.actor.code for a in roles.sources}
    roles.targets = [a for a in actors if a.head in words and a.actor.code not in codes]
    roles.parsed = True


def _preps(verb: Token) -> list[Token]:
    """The verb's prepositions, and those hung on its object ('recognition from X')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [c for w in (verb, *objects) for c in w.children if c.dep_ == "prep"]
