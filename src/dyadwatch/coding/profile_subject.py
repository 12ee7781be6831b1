"""The subject of an obituary or profile, whom its 'he' and 'him' keep naming.

An obituary opens by naming one person and saying that he died ('X, the emir of Kuwait
who ..., died on Tuesday'); from then on the whole piece is about him, and it calls him
'he', 'him' or by his office ('the emir', 'the pope') even right after naming someone
else: 'Iraq's president chose Kuwait for his first trip ... In July 2018 he went to
Beijing' is the emir's visit, not the Iraqi's. Reading 'he' as the last man named, as a
news story is read, gives the visits and talks of the profile's subject to his hosts.

So a death told in the opening sentences of a document, with a person of a party as its
subject, makes that person the document's subject. Later, a subject 'he' stands for him
unless another person was named before it in its own sentence (that nearer man may be
meant: 'Trump said he would come'); an object 'him' stands for him unless its own
clause's subject is already he ('the emir received him': the guest); and 'the <office>'
that the opening sentence gave him ('the emir', 'the first pope') is he.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.records import Actor

SUBJECT_KEY = "profile:subject"  # the person the document is about
OFFICE_KEY = "profile:office:"  # profile:office:WORD for each office word he was given
READ_KEY = "profile:read"  # the number of sentences read, kept in the actor's name
OPENING = 8  # the sentences (headings, byline, lede) in which the death must be told
OBJECTS = ("dobj", "dative", "pobj")


def note_profile(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """Take the person whose death an opening sentence tells as the document's subject."""
    read = memory.get(READ_KEY)
    count = int(read.name) if read is not None else 0
    memory[READ_KEY] = Actor("", str(count + 1))
    if count >= OPENING or SUBJECT_KEY in memory:
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
    if word == "he" and token.dep_ in ("nsubj", "nsubjpass"):
        return not any(p.is_person and p.end <= token.i and p.actor.code != subject.code
                       and p.start >= token.sent.start for p in phrases)
    if word == "him" and token.dep_ in OBJECTS:
        clause_subject = _clause_subject(token)
        if clause_subject is None:
            return False
        return not (clause_subject.lower_ == "he" or _office_word(clause_subject, memory) or any(
            p.actor.code == subject.code and p.start <= clause_subject.i < p.end for p in phrases))
    return False


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
