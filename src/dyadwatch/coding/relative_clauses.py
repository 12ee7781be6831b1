"""Parties of a relative or participle clause that the parse leaves outside it.

'Vietnam, whose ambassador Japan expelled, said ...': the antecedent of 'whose' owns what
was acted on; 'Having met his Vietnamese counterpart, Japan's minister said ...': a
participle clause is done by the subject of the clause it hangs on; 'Japan was among the
countries that condemned Vietnam': the subject of 'was' is one of the set the relative
clause speaks of. Split from clause_links, whose rules link a trigger to neighbouring
clauses of the same level; these look from a clause to the noun or clause it modifies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import SUBJECTS

if TYPE_CHECKING:  # only an annotation here: no run-time tie to the role machinery
    from dyadwatch.coding.roles import Roles

def whose_antecedent(verb: Token, actors: list[ActorPhrase], own: set[str]) -> list[ActorPhrase]:
    """'Vietnam, whose ambassador Japan expelled on Tuesday, said ...': in a relative clause
    opened by 'whose' with a doer of its own, the antecedent owns what was acted on, so it
    is the party acted on."""
    if verb.dep_ != "relcl" or not own or not any(
            t.lower_ == "whose" for c in verb.children for t in c.subtree):
        return []
    return [a for a in actors if a.head == verb.head.i and a.actor.code not in own]


def whose_doer(verb: Token, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'Vietnam, whose foreign minister condemned Japan on Tuesday, ...': the subject of a
    relative clause owned through 'whose' acts for the antecedent."""
    if verb.dep_ != "relcl" or not any(c.dep_ in SUBJECTS and any(
            t.lower_ == "whose" for t in c.children) for c in verb.children):
        return []
    return [a for a in actors if a.head == verb.head.i]


def participle_doers(verb: Token, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'Having met his Vietnamese counterpart on Tuesday, Japan's foreign minister said ...':
    a participle clause with no subject or conjunction of its own is done by the subject of
    the clause it hangs on."""
    having = any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    if verb.dep_ != "advcl" or not (verb.tag_ == "VBG" or having) or any(
            c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return []  # 'Backed by Russia, Syria ...': a passive participle's doer is its agent
    subjects = {c.i for c in verb.head.children if c.dep_ in SUBJECTS}
    return [a for a in actors if a.head in subjects]


def relative_subject(verb: Token) -> bool:
    """Whether the relative pronoun is the clause's subject ('the countries that condemned
    Y') rather than its object ('the countries that Y accused')."""
    return any(c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP") for c in verb.children)


def group_members(verb: Token, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'Japan was among the countries that condemned Vietnam', 'one of the states that
    Vietnam accused': the subject of 'was' is one of the set the relative clause speaks
    of, so it fills the role the relative pronoun fills there."""
    group = verb.head
    if verb.dep_ != "relcl" or group.lemma_.lower() not in clause_words("group_nouns"):
        return []
    holder = group.head
    if group.dep_ != "pobj" or holder.lower_ not in ("among", "of"):
        return []
    if holder.lower_ == "of":  # 'one of the countries that ...'
        holder = holder.head if holder.head.lower_ in ("one", "some", "several") else holder
    governor = holder.head
    subjects = {c.i for c in governor.children if c.dep_ in SUBJECTS}
    return [a for a in actors if a.head in subjects]


def relative_roles(verb: Token, actors: list[ActorPhrase], roles: Roles) -> Roles:
    """Relative and participle clauses whose parties the parse leaves outside them."""
    if not roles.sources:
        roles.sources = whose_doer(verb, actors) or participle_doers(verb, actors)
    members = group_members(verb, actors)
    if members and relative_subject(verb):
        roles.sources = roles.sources or members
    elif members and roles.sources:  # 'the countries that Vietnam accused'
        roles.targets = roles.targets or members
    if not roles.targets:
        roles.targets = whose_antecedent(verb, actors, {a.actor.code for a in roles.sources})
    return roles
