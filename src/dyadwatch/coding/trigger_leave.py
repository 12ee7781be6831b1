"""Expulsions reported as a deadline: 'the ministry says the Venezuelan diplomats have 72
hours to leave', 'told reporters that the Russian embassy staff must leave by July 3'.

No expelling verb is written: the speaker's side states what another side's envoys must
do, and only the host state can set that deadline, so the one who says it expels them.
The envoys must be the clause's subject (lexicon 'expelled_envoys'); a time span to leave
is a count of 'deadline_units' ('72 hours', 'two days'). 'Our diplomats have 48 hours to
leave' is the same words said by the expelled side, so envoys owned by a pronoun ('its',
'our') are left alone: the speaker is then the one expelled, not the one expelling.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words

OBLIGING = frozenset({"must", "should"})


def deadline_reports(sent_tokens: Span, reporting: frozenset[str]) -> list[Token]:
    """Saying verbs whose reported clause gives another side's envoys a deadline to leave."""
    return [t for t in sent_tokens if t.pos_ == "VERB" and t.lemma_.lower() in reporting
            and not any(c.dep_ == "neg" for c in t.children)
            and any(_told_to_leave(c) for c in t.children if c.dep_ == "ccomp")]


def _told_to_leave(clause: Token) -> bool:
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in clause_words("expelled_envoys") or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children) or any(
            c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
            for c in children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "leave":  # 'must leave by July 3'
        return any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in children)
    return lemma == "have" and any(  # 'have 72 hours to leave'
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in clause_words("deadline_units")
        and any(g.lemma_.lower() == "leave" for g in c.children) for c in children)
