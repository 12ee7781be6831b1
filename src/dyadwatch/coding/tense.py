"""Date a trigger by its tense when its sentence gives no date phrase for it.

Split from when.py, which picks among a sentence's date phrases: these rules read
the verb instead ('has urged' is news of the report's month, 'had lodged' after
'said' is the speaker's simple past, a simple-past 'after' clause is a recent
cause), and the phrase rules need only the verb-finding helpers from here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.dates import publication_relatives
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.datetext import CLOCK_TIME, MERIDIEM
from dyadwatch.records import FuzzyDate

if TYPE_CHECKING:
    from dyadwatch.coding.when import SentenceDate

CAUSE_MONTHS = 2  # how far back an undated cause of the news may reach
# clause_words 'standing_adverbs', read at use time: 'has long opposed', 'have repeatedly
# accused': a standing stance, not the report's news
SPAN = re.compile(r"\bfor\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|"
                  r"(?:the\s+)?(?:past|last)\s+)?(?:a|an|\w+)?\s*(?:years?|months?|decades?|"
                  r"weeks?|days?|some\s+time|a\s+long\s+time)\b", re.IGNORECASE)  # 'for years'


def clause_verb(token: Token) -> Token | None:
    """The verb whose tense dates a trigger: the trigger itself, or the verb it belongs to
    ('held talks', 'lodged representations', 'sent a message of condolence')."""
    verb = token
    for _ in range(4):
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by" and \
                verb.head.head.pos_ == "VERB":  # 'responded by accusing': the tense of 'responded'
            return verb.head.head
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("amod", "acl", "compound"):
            return verb
        if verb.head == verb:
            return None
        verb = verb.head
    return None


def backshifted(verb: Token) -> bool:
    """'said it had lodged representations': a past perfect reported by a past-tense
    saying is the speaker's simple past, news of the report's day, not a look back."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    head = verb.head
    return bool(auxes & {"had", "'d"}) and verb.dep_ == "ccomp" and \
        head.lemma_.lower() in reporting_verbs() and head.tag_ == "VBD" and \
        not any(t.lower_ in clause_words("standing_adverbs") for t in verb.subtree)


def reported_threat(token: Token, kind: str) -> bool:
    """'The Kremlin said Russia would be forced to take counter-measures': a threat is made
    by saying it, so a threat in the words of a past-tense saying is news of the saying's
    day, though its own clause ('would take') looks ahead."""
    if kind != "THREATEN":
        return False
    word = token
    for _ in range(8):
        if word.head == word:
            return False
        word = word.head
        if word.lemma_.lower() in reporting_verbs() and word.tag_ == "VBD":
            return not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "will", "would")
                           for c in word.children)
    return False


def about_deed(token: Token) -> bool:
    """'Ukraine accused Russia of torturing the prisoners', 'protested over the arrest': a
    reaction that names the deed it is about is news of its own, not a part of the event
    told just before, even when the same two parties took part in that event."""
    verb = clause_verb(token)
    if verb is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "over", "for") and
               any(g.dep_ in ("pcomp", "pobj") for g in c.children) for c in verb.children)


def recent_perfect(token: Token, published: date | None) -> tuple[FuzzyDate | None, str | None]:
    """'Tokyo has urged Beijing to lift the ban': a present perfect with no date of its own
    tells news of the report's time, which it does not pin to a day, so it is dated to
    the month of publication; 'has long opposed' and 'has ... since 2018' are stances. A
    live blog's entry stamped with its clock time tells that day's news."""
    verb = clause_verb(token)
    if published is None or verb is None or verb.tag_ != "VBN" or verb.dep_ in ("relcl", "acl"):
        return None, None  # 'Bulgaria, which has closed its airspace, ...' describes Bulgaria
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & {"has", "have", "'s", "'ve"} or auxes & {"will", "would", "to", "may",
                                                            "might", "could", "should"}:
        return None, None
    own = _own_words(verb)
    standing = clause_words("standing_adverbs")
    if any(t.lower_ in standing for t in own) or SPAN.search(" ".join(t.text for t in own)):
        return None, None
    if _announced_now(verb) or CLOCK.match(verb.sent.text):
        return FuzzyDate.from_date(published), "perfect"  # '12:15 - X has called on Y
    return FuzzyDate(published.year, published.month), "perfect"


def _announced_now(verb: Token) -> bool:
    """'The three countries announce that an agreement has been reached': a statement in
    the present tense makes its news known on its own day, the day it is dated."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in reporting_verbs() and \
        head.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass")
                                                for c in head.children)


def _own_words(verb: Token) -> list[Token]:
    """The sentence without the clauses below it, but for their conjunction: 'until
    all sanctions reimposed since 2018 are lifted' tells when the sanctions began, not
    that the refusal is a stance of years; 'since the war began' is a span of time."""
    below = {t.i for c in verb.sent if c.dep_ in ("relcl", "acl", "advcl") and c.i != verb.i
             and verb not in c.subtree
             for t in c.subtree if not (t.dep_ == "mark" and t.head == c)}
    return [t for t in verb.sent if t.i not in below]


def cause_year(token: Token, dates: list[SentenceDate], published: date | None,
               news: FuzzyDate | None) -> tuple[FuzzyDate | None, str | None]:
    """'Ministers agreed on Malta, ending months of deadlock after Russia blocked a bid by
    Estonia': a cause told in a simple-past 'after' clause, with no date of its own, came
    shortly before the news it explains, so in the year of the sentence's date (else the
    news day's), when that date lies far enough into its year for the cause not to reach
    back into the year before ('severed ties in January 2016, after ...' does not say)."""
    current: Token | None = token
    while current is not None and not any(c.dep_ == "mark" and c.lower_ == "after"
                                          for c in current.children):
        current = current.head if current.head != current else None
    told = [d for d in [d.value for d in dates] + [d for d, _, _ in publication_relatives(
        token.sent.text, published, False)] if published is None or d.start <= published]
    day = told[0] if told else news  # 'would chair the body next year' tells no past
    if current is None or day is None or day.month is None or day.month <= CAUSE_MONTHS:
        return None, None
    return FuzzyDate(day.start.year), "cause"


# a live-blog entry's opening clock time: '14:05 -', '14:45 GMT', '9.30am', or a bare
# '09:30 Estonia summons ...' (a time, then a capitalised word, opening the line)
CLOCK = re.compile(rf"^\s*{CLOCK_TIME}(?:\s*(?:[-–—:|]|GMT|UTC|{MERIDIEM})"
                   r"|\s+(?=[A-Z\"'“]))")


def headline_present(token: Token) -> bool:
    """'Moscow expels two Estonian diplomats', '14:05 - Egypt, Sudan sign water pact': a
    live-blog entry or headline tells a past event in the present tense, so its verb dates
    like a simple past. A headline has no closing full stop; a blog entry starts with
    its clock time. Prose present tense ('Brazil imports wheat.') stays a habit."""
    verb = clause_verb(token) or token
    if verb.tag_ not in ("VBZ", "VBP", "VB", "NN", "NNS") or verb.dep_ not in (
            "ROOT", "compound", "amod"):
        return False
    sent = token.sent
    if CLOCK.match(sent.text):
        return True
    return len(sent) <= 14 and sent[-1].text not in (".", "?", "!") and \
        sent[0].text[:1].isupper()
