"""Whether a word or sentence is on the main line of a report's time.

Split from narrative so that each module stays small. Only the main clause in the
simple past moves a report to another day; a relative or adverbial clause, a noun's
date ('the February 12 call'), a look back in the past perfect and a future look
aside, and a sentence that signals a move in time ('later', 'then') ends a story
rather than going on with it. These are questions of the parse alone, asked by the
narrative's bookkeeping and by the dating of a sentence's own dates.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.tense import backshifted, clause_verb

MAIN_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "parataxis"}
ARGUMENT_DEPS = {"ROOT", "dobj", "nsubj", "nsubjpass", "attr"}


def shifted(sent: Span) -> bool:
    """'What followed ...', 'Later, ...', 'Then X ...': the sentence moves on in time (a
    relative clause's 'then' describes its noun, not the sentence's time)."""
    relative = {t.i for c in sent if c.dep_ in ("relcl", "acl") for t in c.subtree}
    shifts = clause_words("time_shift_words")  # 'then', 'later', 'afterwards', ...
    return any((t.lower_ in shifts or t.lemma_.lower() == "follow") and t.i not in relative
               for t in sent)


def main_clause(token: Token | None, date: bool = False) -> bool:
    """The word belongs to the main line of the sentence in the simple past: not to a
    relative, adverbial or prepositional clause, a noun it modifies ('the February 12
    call', 'after talks on Tuesday'), a look back in the past perfect, or a present or
    future ('which expires in November'). A date phrase ('on Tuesday') stands for the
    verb it attaches to; an event noun ('signed an agreement') for the verb it serves."""
    if token is None:
        return False
    word = token
    while date and word.head != word and (word.pos_ == "ADP" or word.dep_ == "pobj") and \
            (word.head.pos_ == "ADP" or word.head.lemma_.lower() in clause_words(
                "date_phrase_nouns")):
        word = word.head  # 'in the early hours of Tuesday' as one phrase
    if word.pos_ == "ADP" and date:
        word = word.head  # 'on Tuesday' as one phrase
    elif word.pos_ not in ("VERB", "AUX"):
        if date and word.dep_ == "pobj" and word.head.dep_ == "prep":
            word = word.head.head
        elif word.dep_ in ARGUMENT_DEPS | {"npadvmod"} and word.dep_ != "ROOT":
            word = word.head
    if word.pos_ not in ("VERB", "AUX") or word.tag_ not in ("VBD", "VBN") or \
            flashback(word) or (date and perfect(word)) or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall")
                for c in word.children):
        return False
    while word.head != word:
        if word.dep_ not in MAIN_DEPS or (date and remembers(word.head, token)):
            return False
        word = word.head
    return not (date and remembers(word, token))


def perfect(verb: Token) -> bool:
    """'said they had fired missiles late on Monday': a date on a past perfect, even one a
    saying reports, tells of a time before the report's, not of its main line."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def remembers(verb: Token, date: Token) -> bool:
    """'recalled his state visit to China in May last year', 'recalled that talks opened on
    25 June': a date after a verb of memory tells of what is remembered, not of the
    remembering, which is the report's own time. 'On Monday they recalled ...' dates the
    recalling, and 'recalled its ambassador' is a withdrawal, not a memory."""
    if verb.lemma_.lower() not in clause_words("memory_verbs") or date.i < verb.i:
        return False
    envoys = clause_words("recalled_envoy_nouns")
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in envoys for c in verb.children)


def flashback(token: Token) -> bool:
    """'had said', 'had stopped' (and the verbs joined to them): the past perfect looks
    back from the report's time, unless a past saying reports it ('said it had ...')."""
    verb = clause_verb(token)
    while verb is not None:
        if backshifted(verb):
            return False
        if perfect(verb):
            return True
        verb = verb.head if verb.dep_ == "conj" else None
    return False
