"""Expulsions reported as a deadline: 'the ministry says the Cuban diplomats have three
days to leave', 'told reporters that the Russian embassy staff must leave by July 3'.

No expelling verb is written: the speaker's side states what another side's envoys must
do, and only the host state can set that deadline, so the one who says it expels them.
The envoys must be the clause's subject (lexicon 'expelled_envoys'); a time span to leave
is a count of 'deadline_units' ('72 hours', 'two days'). 'Our diplomats have 48 hours to
leave' is the same words said by the expelled side, so envoys owned by a pronoun ('its',
'our') are left alone: the speaker is then the one expelled, not the one expelling.
Only 'must' obliges (lexicon 'obliging_auxiliaries'): 'should leave ... for their own
safety' is advice, and a deadline held on an 'if' clause is a warning, not an expulsion.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words


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
    if _conditional(children) or _for_safety(children):
        return False
    if lemma == "leave":  # 'must leave by July 3'; 'should leave' is advice
        return any(c.dep_ == "aux" and c.lower_ in clause_words("obliging_auxiliaries")
                   for c in children)
    return lemma == "have" and any(  # 'have 72 hours to leave'
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in clause_words("deadline_units")
        and any(g.lemma_.lower() == "leave" for g in c.children) for c in children)


def _conditional(children: list[Token]) -> bool:
    """'must leave by July 3 if talks fail': the deadline hangs on a condition, whose 'if'
    marks the adverbial clause, not the leaving."""
    return any(c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in c.children)
        for c in children)


def _for_safety(children: list[Token]) -> bool:
    """'should leave ... for their own safety': a warning to one's own or others' people to
    get out, not an expulsion (lexicon 'safety_nouns')."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in clause_words("safety_nouns") for o in c.children)
        for c in children)
