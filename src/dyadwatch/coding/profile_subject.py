"""The subject of an obituary or profile, whom its 'he' and 'him' keep naming.

An obituary opens by naming one person and saying that he died ('X, the emir of Kuwait
who ..., died on Tuesday'); from then on the whole piece is about him, and it calls him
'he', 'him' or by his office ('the emir', 'the pope') even right after naming someone
else: 'Chile's president picked Lima for his first state visit ... In May 2016 he flew to
Tokyo' is the dead leader's trip, not the Chilean's. Reading 'he' as the last man named, as
a news story is read, gives the visits and talks of the profile's subject to his hosts.

So a death told in the opening sentences of a document, with a person of a party as its
subject, makes that person the document's subject. Later, a subject 'he' stands for him
unless another person was named before it in its own sentence (that nearer man may be
meant: 'Trump said he would come'), or another named person was the subject of the sentence
before and this one names no year (the tributes and funeral guests that follow a death:
'King Abdullah sent condolences. He also called ...' is the king; only a year such as 'In
May 2016 he ...' takes the story back into the dead man's life); an object 'him' stands for
him unless its own clause's subject is already he ('the emir received him': the guest) or
another man was named before it in its sentence ('met President Ruto and later called
him'); and 'the <office>' that the opening sentence gave him ('the emir') is he.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.records import Actor

SUBJECT_KEY = "profile:subject"  # the person the document is about
OFFICE_KEY = "profile:office:"  # profile:office:WORD for each office word he was given
LAST_KEY = "profile:last"  # another named person, subject of the sentence just read
# the death must be told in the opening sentences: a few heading and byline lines
# (title, date, author, place) and the lede's first sentences, about eight at most
OPENING = 8
OBJECTS = ("dobj", "dative", "pobj")


def note_profile(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """Take the person whose death an opening sentence tells as the document's subject,
    and, once there is one, keep the other named person this sentence is about."""
    if SUBJECT_KEY in memory:
        _note_last(sent, phrases, memory)
        return
    if sum(1 for s in islice(sent.doc.sents, OPENING) if s.start < sent.start) >= OPENING:
        return
    root = sent.root
    if root.lemma_.lower() not in clause_words("obituary_verbs"):
        return
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    own = [p for p in phrases if p.is_person and p.actor.code and p.start <= subject.i < p.end]
    if len({p.actor.code for p in own}) != 1:
        return
    memory[SUBJECT_KEY] = own[0].actor
    for word in _offices(subject):
        memory[OFFICE_KEY + word] = own[0].actor


def _note_last(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """The sentence's subject when it is a named person other than the profile's subject;
    a 'he' leaves the last one as it was (it was his, or the subject's, which clears it)."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "he":
        return
    own = [p for p in phrases if p.is_person and p.start <= subject.i < p.end] \
        if subject is not None else []
    if own and own[0].actor.code and own[0].actor.code != memory[SUBJECT_KEY].code:
        memory[LAST_KEY] = own[0].actor
    else:
        memory.pop(LAST_KEY, None)


def _offices(subject: Token) -> set[str]:
    """'X, the emir of Kuwait', 'X, the first pope from the Americas': the office noun
    heading an apposition to the subject (not one of a clause inside it)."""
    offices = clause_words("profile_offices")
    return {a.lower_ for a in subject.children if a.dep_ == "appos" and a.lower_ in offices}


def profile_references(sent: Span, phrases: list[ActorPhrase],
                       memory: dict[str, Actor]) -> list[ActorPhrase]:
    """'he', 'him' and 'the emir' in a profile, resolved to its subject."""
    subject = memory.get(SUBJECT_KEY)
    if subject is None:
        return []
    taken = {i for p in phrases for i in range(p.start, p.end)}
    out = []
    for token in sent:
        if token.i in taken:
            continue
        if _stands_for_subject(token, phrases, subject, memory):
            out.append(ActorPhrase(token.i, token.i + 1, subject, token.i, True, False))
        elif _office_word(token, memory):
            out.append(ActorPhrase(token.i - 1, token.i + 1, subject, token.i, True, False))
    return out


def _stands_for_subject(token: Token, phrases: list[ActorPhrase], subject: Actor,
                        memory: dict[str, Actor]) -> bool:
    word = token.lower_
    others = [p for p in phrases if p.is_person and p.end <= token.i and
              p.actor.code != subject.code and p.start >= token.sent.start]
    if word == "he" and token.dep_ in ("nsubj", "nsubjpass"):
        if others or (LAST_KEY in memory and not _names_year(token.sent)):
            return False
        memory.pop(LAST_KEY, None)
        return True
    if word == "him" and token.dep_ in OBJECTS:
        clause_subject = _clause_subject(token)
        if clause_subject is None or any(not p.start <= clause_subject.i < p.end for p in others):
            return False
        return not (clause_subject.lower_ == "he" or _office_word(clause_subject, memory) or any(
            p.actor.code == subject.code and p.start <= clause_subject.i < p.end for p in phrases))
    return False


def _names_year(sent: Span) -> bool:
    """'In May 2016 he flew ...': a year takes the story back into the subject's life."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in sent)


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the verb whose object the pronoun is; a verb joined by 'and' to an
    earlier one shares its subject ('embraced him ... and received him')."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
        if verb.dep_ not in ("conj", "xcomp", "prep") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _office_word(token: Token, memory: dict[str, Actor]) -> bool:
    """'the emir' alone, the office the opening sentence gave the subject."""
    if OFFICE_KEY + token.lower_ not in memory or token.pos_ != "NOUN" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return before.lower_ == "the" and not (after is not None and after.lower_ == "of")
