"""Whom 'he' or 'she' stands for when the sentence names no one before it.

'Ruto and Abiy met on Monday. He accused Sudan ...': with two people of different
states just named, 'he' could be either, and guessing the last one named codes the
wrong state as often as the right one. Such a pronoun gives no party. Nor does 'he'
stand for a woman: officials whose gender the tables record are passed over by the
pronoun of the other gender, which matters more as the tables name more people. And a
'he' opening a sentence after one whose subject was a private person ('Analyst X of the
Eurasia Group said ... He accused ...', 'BBC correspondent X ... he') is that person,
who speaks for no party, not the official named before.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Token

from dyadwatch.coding.clause_words import active_kb, clause_words
from dyadwatch.records import Actor

SINGULAR = {"he", "she"}
GENDERS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}
RECENT = 4  # persons remembered far enough back to compete for a pronoun


def person_antecedent(candidates: list[Actor], excluded: set[str], pronoun: Token) -> list[Actor]:
    """The last person named outside the excluded parties, unless a person of another
    state was named beside them in the sentence before or this one."""
    pool = [p for p in candidates if p.code not in excluded and may_be(p, pronoun)]
    if not pool:
        return []
    last = pool[-1]
    if pronoun.lower_ not in SINGULAR:
        return [last]
    if _after_private_speaker(pronoun, candidates):
        return []
    if pronoun.sent.start == 0:  # the sentence before is in another paragraph, unseen here:
        return [] if len(pool) > 1 and pool[-2].code != last.code else [last]  # the last two
    window = _window(pronoun)
    rivals = [p for p in pool[-RECENT:] if p.code != last.code and _named_in(p, window)]
    return [] if rivals and _named_in(last, window) else [last]


def may_be(person: Actor, pronoun: Token) -> bool:
    """False only when every official of that name and party is of the other gender."""
    wanted = GENDERS.get(pronoun.lower_)
    if wanted is None:
        return True
    known = {o.gender for o in active_kb().officials_named(person.name)
             if o.party == person.code}
    return not known or None in known or wanted in known


def _after_private_speaker(pronoun: Token, candidates: list[Actor]) -> bool:
    """The pronoun is its sentence's main subject and the sentence before had for its main
    subject a named person described as an analyst, reporter or company chief, whom no
    party's official here is named as."""
    sent = pronoun.sent
    if pronoun.dep_ != "nsubj" or pronoun.head != sent.root or sent.start == 0:
        return False
    before = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return False
    if any(_named_in(p, {_plain(subject.text)}) for p in candidates):
        return False
    private = clause_words("private_heads") | clause_words("private_speakers")
    described = [c for c in subject.children if c.dep_ in ("compound", "appos", "amod")]
    described += [g for c in described for g in c.children if g.dep_ in ("compound", "amod")]
    return any(t.lemma_.lower() in private for t in described)


def _window(pronoun: Token) -> set[str]:
    """The words of the sentence before the pronoun's and of its own up to the pronoun."""
    sent = pronoun.sent
    doc = pronoun.doc
    start = doc[sent.start - 1].sent.start
    return {_plain(t.text) for t in doc[start : pronoun.i]}


def _named_in(person: Actor, words: set[str]) -> bool:
    parts = re.split(r"[\s\-]+", _plain(person.name))  # 'el-Sisi' is written 'Sisi'
    return any(part in words for part in parts if len(part) > 2)


def _plain(word: str) -> str:
    """'Erdoğan' as the English press writes it: 'Erdogan'."""
    folded = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))
