"""Key-date entries that name no party: 'Session of the emissaries, in Oslo.'

A policy brief on one relationship ('Peru and Chile since the maritime ruling') often closes
with a dated list in shorthand: '3 April - Session of the chief negotiators, in Lima.', 'The
emissaries agree to reopen two border posts.', 'A joint communique sets a timetable.' A
reader who has seen the headline supplies that pair for each entry without parties. The
reading needs the first sentence naming any state (the headline, else the lead) to name
exactly two, and the article to name that pair together again; an entry with a party of
its own, a place where it happened aside, is read as written. Only the people meeting for
both sides ('the emissaries') or a joint text stand for the pair: an entry with no trigger
('Talks resume, Lima.') has nothing to carry it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import active_kb, clause_words
from dyadwatch.coding.group_pairs import dominant_pair
from dyadwatch.datetext import MONTHS
from dyadwatch.records import Actor

TITLE_KEY = "entrypair:"  # 'entrypair:0', 'entrypair:1': the pair the headline names
DONE_KEY = "entrypair:read"  # the headline has been read
NONE = Actor("", "")
# 'entrypair:seen:N': N sentences read so far; the count lives in the key, as a thing's
# age does in actor_things ('thing:WORD:AGE'), and the value is the empty actor
SEEN_KEY = "entrypair:seen:"
HEAD_SENTENCES = 8  # a headline or lead sits among the page's first sentences
# '3 April - ', '9 Sept. 2021: ', 'July - ': a line opened by a date and a dash or colon; the
# month names are datetext's, whole words only ('Decision:', 'Mayor -' open no entry)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
ENTRY = re.compile(rf"^\s*(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\b\.?(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
                   r"\s*[-–—:]\s", re.IGNORECASE)
PLACE_PREPS = frozenset({"in", "at", "near"})  # 'agree on a plan' names no place
# lexicon clause_words "entry_pair_nouns": who meets for both sides in a pair's process
# ('envoys', 'negotiators', 'special representatives'); "entry_meeting_nouns": the rounds
# they hold ('meeting', 'round', 'session'); "joint_documents": what both sides issue
# ('joint statement', 'joint communiqué')


def note_headline_pair(sent: Span, phrases: Sequence[ActorPhrase],
                       memory: dict[str, Actor]) -> None:
    """The first sentence naming any state, among the article's first few, names the brief's
    pair when it names exactly two states (a headline, else the lead)."""
    seen = _seen(memory)
    if seen <= HEAD_SENTENCES:
        memory.pop(f"{SEEN_KEY}{seen}", None)
        memory[f"{SEEN_KEY}{seen + 1}"] = NONE
    if DONE_KEY in memory or seen >= HEAD_SENTENCES:
        memory.setdefault(DONE_KEY, NONE)
        return
    kb = active_kb()
    states = {p.actor.code: p.actor for p in phrases
              if (kb.parties.get(p.actor.code) or {}).get("kind") == "state"}
    if not states:
        return
    memory[DONE_KEY] = NONE
    if len(states) == 2:
        for i, actor in enumerate(states.values()):
            memory[f"{TITLE_KEY}{i}"] = actor


def entry_pair_references(sent: Span, phrases: Sequence[ActorPhrase],
                          memory: dict[str, Actor]) -> list[tuple[int, int, int, Actor]]:
    """(start, end, head, actor) for both parties of the brief, on the word that stands for
    them in a party-less chronology entry."""
    pair = _pair(memory)
    if not pair or not _in_entry(sent) or any(not _place(sent.doc[p.head]) for p in phrases):
        return []
    word = _pair_word(sent)
    if word is None:
        return []
    return [(word.i, word.i + 1, word.i, actor) for actor in pair]


def _seen(memory: dict[str, Actor]) -> int:
    """How many sentences have been read, up to one past HEAD_SENTENCES."""
    return next((int(k[len(SEEN_KEY):]) for k in memory if k.startswith(SEEN_KEY)), 0)


def _pair(memory: dict[str, Actor]) -> list[Actor]:
    """The headline's pair, once the article has named the two together at least twice
    (group_pairs.dominant_pair over the pair alone). A pair that the body names together
    more often does not displace it: a brief's body and key dates bring in third states
    ('the co-chairs from Norway'), while the headline names what the brief is about."""
    pair = [memory[k] for k in (f"{TITLE_KEY}0", f"{TITLE_KEY}1") if k in memory]
    if len(pair) != 2:
        return []
    return pair if dominant_pair(memory, {a.code: a for a in pair}) else []


def _in_entry(sent: Span) -> bool:
    """The sentence sits on a line that a date and a dash open."""
    text = sent.doc.text
    return ENTRY.match(text[text.rfind("\n", 0, sent.start_char) + 1 :]) is not None


def _place(head: Token) -> bool:
    """'in Lima', ', Oslo.': where the entry's meeting was held."""
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    return head.dep_ in ("npadvmod", "appos") and head.head.dep_ == "ROOT"


def _pair_word(sent: Span) -> Token | None:
    """The people or text that stand for both sides: 'the emissaries agree', 'Session of
    the chief negotiators', 'A joint communique sets'."""
    people = clause_words("entry_pair_nouns")
    for token in sent:
        word = token.lemma_.lower()
        if token.tag_ == "NNS" and word in people and any(c.lower_ == "the" for c in token.children) \
                and (token.dep_ in ("nsubj", "nsubjpass") or _of_meeting(token)):
            return token
        if token.dep_ == "nsubj" and word in clause_words("joint_documents") and any(
                c.lower_ == "joint" for c in token.children):
            return token
    return None


def _of_meeting(token: Token) -> bool:
    """'session of the emissaries': the people whose meeting the entry records."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and \
        prep.head.lemma_.lower() in clause_words("entry_meeting_nouns")
