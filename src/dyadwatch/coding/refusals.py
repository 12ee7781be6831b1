"""A refusal announced as a negated permission: 'said he would not authorise the landing'.

Leaders refuse by saying what they will not allow: 'Petro said he would not authorise the
landing of two US military aircraft', 'Poland said it would not accept migrants sent back
from Germany', 'Nauru said it no longer recognises Taiwan'. The negated verb is no event
(nothing was authorised), so the modality check rightly drops it; but the statement is the
refusal itself, made the day it was said. As with reported blame, the saying verb carries
the act: the speaker refuses, and the party named in the refused clause is refused.
Only the speaker's own refusal counts (the clause's subject is a pronoun standing for the
speaker), and only a permission verb (lexicon 'permitting') under a future modal or 'no
longer': 'said Russia would not allow ...' is a report about another state, and 'said it
had not received the letter' a denial of fact. Declining to renew a pact (lexicon
'renewing_verbs') is the same refusal, and the state may be named: 'told reporters that
Panama would not renew its memorandum with China'. 'Has said she would not accept' is a standing
position recalled, with no day of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import Trigger

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles
    from dyadwatch.coding.triggers import Found

# the saying verb that carries the refusal: 'said he would not authorise the landing'
REPORTED_REFUSAL = Trigger("say", "VERB", "REJECT", None, "direct")

REFUSING_AUX = frozenset({"will", "would", "'ll", "shall"})


def refusal_reports(sent: Span, reporting: frozenset[str]) -> list[Token]:
    """The saying verbs of the sentence whose reported clause is the speaker's refusal."""
    return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in reporting
            and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() == "have")
                        for c in t.children)
            and any(_refuses(c) for c in t.children if c.dep_ == "ccomp")]


def _refuses(clause: Token) -> bool:
    renewing = clause.lemma_.lower() in clause_words("renewing_verbs")
    if not renewing and clause.lemma_.lower() not in clause_words("permitting"):
        return False
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("you", "it's"):
        return False
    if subject.pos_ != "PRON" and not (renewing and _own_pact(clause, subject)):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in clause.subtree):
        return False  # 'said it would not allow it if ...': a condition, not a refusal
    negated = any(c.dep_ == "neg" for c in children)
    future = any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in children)
    no_longer = any(c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children)
                    for c in children)
    return (negated and future) or no_longer


def _own_pact(clause: Token, subject: Token) -> bool:
    """'told reporters that Panama would not renew its memorandum with China': a state named
    as subject declines to renew its own pact (lexicon 'renewed_pacts'), which only that
    state, through its leader speaking, can announce."""
    pacts = clause_words("renewed_pacts")
    return subject.pos_ == "PROPN" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in pacts and any(
            g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children)
        for c in clause.children)


def refused_parties(found: Found, actors: list[ActorPhrase], roles: Roles) -> None:
    """The refused party is named in the refused clause ('the landing of two U.S.
    aircraft'), where the saying verb's own roles do not look; the speaker's own
    nationals there ('carrying deported Colombians') are not refused."""
    if found.entry is not REPORTED_REFUSAL or not roles.sources:
        return
    clauses = [c for c in found.token.children if c.dep_ == "ccomp" and _refuses(c)]
    words = {t.i for c in clauses for t in c.subtree}
    codes = {a.actor.code for a in roles.sources}
    refused = [a for a in actors if a.head in words and a.actor.code not in codes]
    roles.targets = refused
    roles.parsed = True
