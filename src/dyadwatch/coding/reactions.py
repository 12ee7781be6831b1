"""The day of an act told as an answer to a deed the report has just told.

News writing tells an exchange as one story: a deed with its day, then the other side's
answer with none ('Spain recalled its ambassador on Monday. Israel responded by accusing
Spain ...'; 'Guterres condemned the strikes'). The answer is dated from the deed, either by
the definite noun that names it or by a verb that frames the act as a response.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import clause_head
from dyadwatch.coding.tense import clause_verb
from dyadwatch.coding.when import NOT_ANAPHORIC
from dyadwatch.records import FuzzyDate

if TYPE_CHECKING:
    from dyadwatch.coding.narrative import Narrative

NEWS_DAYS = 7
REACTIONS = {"ACCUSE", "PROTEST", "REJECT", "SUPPORT"}
DEFINITE = {"the", "this", "that", "these", "those"}
ANSWER_BLOCKS = 2  # the deed answered was told in this paragraph or the one before


def answered_day(narrative: Narrative, token: Token) -> FuzzyDate | None:
    """'X responded by accusing Y' after a deed told with its day: the answer came that day.
    Only a simple past answer ('had responded' looks back, 'will respond' is a plan) to an
    event told with a day in this paragraph or the one just before."""
    verb = _answer_verb(token)
    if verb is None or verb.tag_ != "VBD" or not narrative.told:
        return None
    told = narrative.told[-1]
    recent = narrative.blocks[-ANSWER_BLOCKS:]
    if told.day.precision != "day" or told.block not in recent:
        return None
    return told.day


def _answer_verb(token: Token) -> Token | None:
    """The verb of answering whose 'by' phrase holds the act: 'responded by accusing',
    'retaliated by expelling' (clause_words 'answer_verbs'; 'hit' only with its particle:
    'hit back by summoning'). The verb frames the act of its 'by' phrase as the answer to
    what was just told."""
    # up to the verb, or to the word the 'by' phrase holds: 'responded by lodging a protest'
    verb = clause_head(token, verbal={"VERB"}, stop_labels={"pcomp"})
    prep = verb.head if verb.dep_ == "pcomp" else None
    if prep is None or prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    head = prep.head
    lemma = head.lemma_.lower()
    if lemma not in clause_words("answer_verbs") or head.pos_ != "VERB":
        return None
    if lemma == "hit" and not any(c.dep_ == "prt" and c.lower_ == "back" for c in head.children):
        return None
    return head


def reaction_date(narrative: Narrative, token: Token, kind: str, deeds: dict[int, str]
                  ) -> tuple[FuzzyDate | None, str | None]:
    """'Missiles struck Odesa on Saturday. ... Guterres condemned the strikes': a reaction
    to a deed the report told as its news, named by a definite noun ('the strikes', 'the
    attack'), is news of that deed's day; a reaction to an older deed ('condemned the
    2014 annexation') says nothing of when it came. `deeds` maps the sentence's trigger
    nouns to their event types. An act framed as an answer ('responded by accusing Y')
    takes the day of the deed just told, whatever its type."""
    answered = answered_day(narrative, token)
    if answered is not None:
        return answered, "reaction"
    published = narrative.time.published
    verb = clause_verb(token)
    if kind not in REACTIONS or published is None or verb is None:
        return None, None
    for noun in _objects(token if token.pos_ == "NOUN" else verb):
        days = {told.day for told in narrative.told
                if told.day.precision == "day" and 0 <= (published - told.day.start).days <=
                NEWS_DAYS and (noun.lemma_.lower() == told.lemma or
                               deeds.get(noun.i, "") == told.kind != "")}
        if len(days) == 1:  # 'the attack' after an attack on Friday and strikes on Saturday:
            return days.pop(), "reaction"  # which one is meant, the noun does not say
    return None, None


def _objects(word: Token) -> list[Token]:
    """The definite nouns a verb or noun of reaction is about: its object ('condemned the
    strikes') or the object of its preposition ('concern over the attack')."""
    nouns = [c for c in word.children if c.dep_ == "dobj"]
    nouns += [g for c in word.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    return [n for n in nouns if n.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children) and not any(
        c.lower_ in NOT_ANAPHORIC or c.like_num for c in n.children)]
