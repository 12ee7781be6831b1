"""Dates that belong to another clause's event: 'after', 'before' and 'when' clauses.

A sentence often tells two events and one date: 'protested on Sunday after a U.S. jet
shot down the balloon', 'Last week the US imposed sanctions after Pyongyang fired a
missile on 13 April'. Which event the date belongs to is a question of clause structure,
kept here apart from the resolution of dates (when.py), which asks these rules whether a
date may date a trigger at all. The same holds for a date inside a relative clause, one
worn by another noun ('the February 12 call'), one a past perfect looks back to, and a
trigger set days off the main clause ('days after holding talks in Kyiv').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.scope import phrase as _phrase
from dyadwatch.coding.scope import token_at as _token_at
from dyadwatch.coding.tense import backshifted, clause_verb
from dyadwatch.coding.triggers import Found

if TYPE_CHECKING:
    from dyadwatch.coding.when import SentenceDate

OTHER_TIME_LINKS = {"after", "when", "since", "once", "following"}  # a clause's own time
FORWARD = re.compile(r"\b(?:later|next|coming|following|by|before|until|within|ahead)\b",
                     re.IGNORECASE)  # a time the asked-for act is to happen in
FRAME_PREPS = {"during", "at", "throughout"}  # 'during the March 5 talks': the same time
# clauses of their own time: 'until the sanctions, which ...' (a participle or a reported
# clause, 'the agreement recently reached', stays in the noun's or the saying's time)
CLAUSES = {"advcl", "relcl", "parataxis", "csubj"}
TIME_LINKS = {"until", "till", "since", "after", "before"}  # 'until the sanctions, which ...'
# prepositions that name the deed a charge, blame or thanks is about: 'accused X OF closing
# ...', 'blamed Y FOR shelling ...', 'protested OVER ...'
CHARGE_PREPS = {"of", "for", "over"}


def after_clause(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'protested on Sunday after a U.S. jet shot down the balloon': a finite 'after'
    clause tells what came before the main clause's date, on a day it does not give;
    'hours after' and 'after hosting them' stay in the day. Across a 'before' or 'after'
    phrase a date never carries: 'arrived after talks in Moscow on Tuesday' dates the
    talks, and 'Before travelling to Moscow, he had stopped in Ankara on Monday' tells of
    a trip later than Monday."""
    token = _token_at(sent, when.position)
    if token is None:
        return False
    for mark in (t for t in sent if t.lower_ == "after" and t.dep_ == "mark"):
        verb = mark.head
        inside = {t.i for t in verb.subtree}
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 or any(c.dep_ == "pobj" for c in mark.children):
            continue  # 'after the talks two sides signed': 'after' takes a noun, not the clause
        if found.token.i in inside and token.i not in inside and subjects and not _soon(mark):
            return True
    for word in (t for t in sent if t.lower_ in ("after", "before") and not _soon(t)
                 and not _time_of_day(t)):
        inside = _phrase(word)
        if not inside or (found.token.i in inside) == (token.i in inside):
            continue
        if found.token.i in inside and word.i > 0 and \
                word.nbor(-1).lower_ in clause_words("time_span_units"):
            return True  # 'met on Friday, days after holding talks in Kyiv': another day
        head = clause_verb(found.token)
        if (token.i in inside and word.dep_ == "prep" and head is not None
                and word.head.i == head.i) or \
                (word.lower_ == "before" and found.token.i in inside):
            return True  # a clause's own date is left to _nearest: 'after' parses go astray
    return False


def others_time(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'Last week the US imposed sanctions after Pyongyang fired a missile on 13 April': a
    date inside a finite 'after/when/since/once' clause dates that clause's own event, not
    a main clause that names its own time ('last week', 'on Monday'), even one the
    reference day cannot resolve."""
    token = _token_at(sent, when.position)
    if token is None:
        return False
    for verb in (t for t in sent if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX")):
        inside = {t.i for t in verb.subtree}
        linked = any(c.lower_ in OTHER_TIME_LINKS and c.dep_ in ("mark", "advmod")
                     and c.i < verb.i for c in verb.children)
        finite = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if linked and finite and token.i in inside and found.token.i not in inside and \
                any(t.ent_type_ in ("DATE", "TIME") and t.i not in inside
                    and t.i in {w.i for w in verb.head.subtree} for t in sent):
            return True
    return False


def foreign_time(found: Found, when: SentenceDate, sent: Span) -> bool:
    """Whether a date of the sentence belongs to another clause's event than the trigger's."""
    return after_clause(found, when, sent) or others_time(found, when, sent) or \
        asked_time(found, when, sent)


def charged_deed_time(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'accused Chile of closing the border on 3 January', 'blamed Kyiv for shelling the
    plant on Sunday': a date inside the gerund a charge is about dates the deed charged.
    'accused Chile on Monday of ...' keeps its own day. when.py decides whether the
    deed's day is far enough back to be no day of the charge."""
    token = _token_at(sent, when.position)
    verb = clause_verb(found.token)
    if token is None or verb is None:
        return False
    for above in token.ancestors:
        if above.i in (verb.i, found.token.i):
            return False
        prep = above.head
        if above.tag_ == "VBG" and above.dep_ == "pcomp" and prep.lower_ in CHARGE_PREPS \
                and prep.head.i in (verb.i, found.token.i):
            return found.token not in above.subtree
    return False


def asked_time(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'invited him to visit Moscow later this year', 'urged Iran to free the crew by
    Friday': a date inside the infinitive a request asks for is the time of the act
    asked for, not of the asking, which is dated as if the sentence gave no date."""
    token = _token_at(sent, when.position)
    if token is None or found.entry.type != "REQUEST" or not _ahead(when, sent):
        return False  # 'asked Dhaka to extradite them on Tuesday': the day of the asking
    asked = False
    for above in token.ancestors:
        if above == found.token:
            return asked
        asked = asked or (above.tag_ == "VB" and above.pos_ == "VERB")
    return False


def in_relative_clause(found: Found, when: SentenceDate, sent: Span) -> bool:
    """A relative clause dates its own verb and the noun it describes ('the talks, which
    opened on Monday'), not the sentence's other words: 'announced the suspension of the
    treaty which the two countries signed in 2002' on another date it gives, and
    'refused talks until the sanctions, which began in 2014, are lifted' on none."""
    token = _token_at(sent, when.position)
    return token is not None and any(
        token.i in (inside := {t.i for t in c.subtree}) and found.token.i not in inside
        and found.token.i != c.head.i
        for c in sent if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB")


def describes_own(found: Found, when: SentenceDate, sent: Span) -> bool:
    """The relative clause holding the date describes a word of the trigger's clause."""
    token = _token_at(sent, when.position)
    clauses = [c for c in sent if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
               and token is not None and token in c.subtree]
    if not clauses:
        return True
    own = {found.token.i} | ({verb.i} if (verb := clause_verb(found.token)) else set())
    word = clauses[-1].head
    for _ in range(8):
        if word.i in own:
            return True
        if word.head == word or word.dep_ in CLAUSES or word.lower_ in TIME_LINKS or \
                (word.dep_ == "conj" and word.pos_ in ("VERB", "AUX")):
            return False
        word = word.head
    return False


def attributive(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'The meeting followed up on the February 12 call': a date worn by another noun
    ('the February 12 call', 'Monday's vote') names that noun's event only."""
    token = _token_at(sent, when.position)
    while token is not None and token.dep_ in ("nummod", "npadvmod") and token.head != token \
            and token.head.pos_ in ("PROPN", "NUM"):
        token = token.head  # '12' -> 'February'
    if token is None or token.dep_ not in ("nmod", "compound", "poss") or \
            token.head.pos_ != "NOUN" or \
            when.position <= token.head.idx < when.position + len(when.text):
        return False  # 'March 5th' parsed as a noun '5th' the month modifies is one date
    if _token_at(sent, when.position) == sent[0]:
        return False  # 'March 15 USA Secretary ... called Aliyev': a chronology entry's date
    if _occasion_frame(token.head):
        return False  # 'During the March 5-7 forum, X expelled ...': the clause is inside it
    return found.token.i not in {t.i for t in token.head.subtree}


def _occasion_frame(noun: Token) -> bool:
    """The noun is the occasion a clause is placed in ('during the March 5 talks', 'on the
    sidelines of the 5-7 March summit'): its date is the time of what the clause tells."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ in ("sidelines", "margins") \
            and prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("on", "at"):
        return True
    return prep is not None and prep.lower_ in FRAME_PREPS


def look_back(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'X thanked Y; he had met Z the previous day': a past perfect clause's date is the
    time it looks back to, not the time of the simple past beside it."""
    verb = _token_at(sent, when.position)
    for _ in range(4):  # 'the previous day' -> 'day' -> 'met'
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or backshifted(verb) or \
            not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    own = {t.i for t in verb.subtree} - {
        t.i for c in verb.children if c.dep_ in ("ccomp", "conj", "parataxis", "advcl")
        and c.i < verb.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for t in c.subtree}  # 'X thanked Y; he had met Z': a clause before it is its own
    return found.token.i not in own


def other_day(token: Token) -> bool:
    """'met on Friday, days after holding talks in Kyiv': a trigger in a phrase set some
    days or weeks off the main clause happened on a day the sentence does not give, so
    neither the main clause's day nor the narrative's dates it."""
    word = token
    for _ in range(12):
        links = [c for c in word.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
        if word.dep_ in ("pobj", "pcomp") and word.head.lower_ in ("after", "before"):
            links.append(word.head)
        if any(w.i > 0 and w.nbor(-1).lower_ in clause_words("time_span_units") for w in links):
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _ahead(when: SentenceDate, sent: Span) -> bool:
    """A time that looks forward ('later this year', 'next month', 'by Friday') or names
    no day ('in June', 'in the autumn'): the time of a plan; a past day is an act's."""
    before = sent.doc.text[max(sent.start_char, when.position - 12):when.position].lower()
    return when.value.precision != "day" or bool(FORWARD.search(when.text)) or \
        bool(FORWARD.search(before.split()[-1] if before.split() else ""))


def _time_of_day(link: Token) -> bool:
    """'before dawn on Thursday', 'after nightfall on Sunday': a time of day is no event, so
    the day named with it is the main clause's day (lexicon 'times_of_day')."""
    objects = [c for c in link.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.lower_ in clause_words("times_of_day") for o in objects)


def _soon(after: Token) -> bool:
    """'hours after', 'shortly before': an act so close to the other is told as on its day,
    not on another (lexicon 'soon_words')."""
    before = after.doc[max(after.i - 2, after.sent.start):after.i]
    return any(t.lower_ in clause_words("soon_words") for t in before)


def other_nouns_time(found: Found, when: SentenceDate, sent: Span) -> bool:
    """'issued a declaration that replaces the Declaration of 2008', 'announced a plan for
    2025 to 2029', 'a violation of the agreement of the year 1974': a date that an 'of' or
    'for' phrase hangs on another noun names that thing's year or term, not the day of the
    act the sentence tells; so does a year 'for' hangs on a verb in the simple past, where
    the parser attached the noun's phrase to the verb (a past act's time is never 'for').
    A time noun ('the morning of 24 November', 'the end of 2019') and an occasion ('at the
    summit of 5 May') carry the date on to the clause."""
    token = _token_at(sent, when.position)
    while token is not None and token.dep_ in ("nummod", "npadvmod", "compound") and \
            token.head != token and (token.head.pos_ in ("PROPN", "NUM") or
                                     token.head.lemma_.lower() == "year"):
        token = token.head  # '1974' -> 'year', '1' -> 'August'
    if token is None or token.dep_ != "pobj" or \
            token.head.lower_ not in clause_words("noun_date_preps"):
        return False
    noun = token.head.head
    if noun.pos_ == "VERB" and noun.tag_ == "VBD" and token.head.lower_ == "for":
        return when.value.precision == "year"  # 'signed a plan for 2026' (the parse's verb)
    if noun.pos_ != "NOUN" or noun.i == found.token.i or noun.ent_type_ in ("DATE", "TIME") \
            or _occasion_frame(noun) or (token.head.lower_ != "for" and _acts_own(noun, found)):
        return False
    lemma = noun.lemma_.lower()
    return not any(lemma in clause_words(name) or noun.lower_ in clause_words(name)
                   for name in ("date_phrase_nouns", "period_nouns", "times_of_day"))


def _acts_own(noun: Token, found: Found) -> bool:
    """The noun is the act's own object or instrument ('signed the Declaration of 2008',
    'restored ties under the declaration of January 2021'): its 'of' date is the act's; a
    noun of another clause ('which replaces the Declaration of 2008') or deeper in a phrase
    ('a breach of the accord of 1996') names an older thing. A 'for' date is a term even
    on the act's own object ('signed a plan for 2027')."""
    verb = clause_verb(found.token) or found.token
    above = noun.head.head if noun.dep_ == "pobj" else noun.head
    return above.i in (verb.i, found.token.i)
