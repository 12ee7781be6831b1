"""Chronology entries that name no party: 'Second meeting of the envoys, in Vienna.'

A brief about one relationship ('Turkey-Armenia normalisation ...', 'how Malaysia and
Singapore fell out') ends with a list of key dates whose entries are written in shorthand:
'14 March - Third meeting of the special envoys, in Geneva.', 'The negotiators agree to
reopen the crossing.', 'A joint statement announces ...'. Under such a headline a reader
takes every party-less entry to concern the pair the brief is about. The reading holds
only when the first sentence naming any state (the headline, else the lead) names exactly
that pair and the article keeps naming the two together; an entry that names any party of
its own, other than a place where it happened, is read as written. Only the people who
meet for both sides ('the envoys') and a joint text stand for the pair: a bare 'Second
round, Vienna.' has no trigger to carry it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import active_kb, clause_words
from dyadwatch.records import Actor

TITLE_KEY = "entrypair:"  # 'entrypair:0', 'entrypair:1': the pair the headline names
DONE_KEY = "entrypair:read"  # the headline has been read
NONE = Actor("", "")
SEEN_KEY = "entrypair:seen"  # how many sentences have been read (in the Actor's name)
HEAD_SENTENCES = 8  # a headline or lead sits among the page's first sentences
# '14 March - ', '3 May 2022: ', 'July - ': a line opened by a date and a dash or colon
ENTRY = re.compile(r"^\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                   r"[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*[-–—:]\s", re.IGNORECASE)
PLACE_PREPS = frozenset({"in", "at", "near", "on"})
# lexicon clause_words "entry_pair_nouns": who meets for both sides in a pair's process
# ('envoys', 'negotiators', 'special representatives'); "entry_meeting_nouns": the rounds
# they hold ('meeting', 'round', 'session'); "joint_text_nouns": what both sides issue
# ('joint statement', 'joint communiqué')


def note_headline_pair(sent: Span, phrases: Sequence[ActorPhrase],
                       memory: dict[str, Actor]) -> None:
    """The first sentence naming any state, among the article's first few, names the brief's
    pair when it names exactly two states (a headline, else the lead)."""
    seen = int(memory[SEEN_KEY].name) if SEEN_KEY in memory else 0
    memory[SEEN_KEY] = Actor("", str(seen + 1))
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


def _pair(memory: dict[str, Actor]) -> list[Actor]:
    """The headline's pair, while the article keeps naming the two together."""
    pair = [memory[k] for k in (f"{TITLE_KEY}0", f"{TITLE_KEY}1") if k in memory]
    if len(pair) != 2:
        return []
    first, second = sorted(a.code for a in pair)
    together = sum(1 for k in memory if k.startswith(f"conamed:{first}|{second}:"))
    return pair if together >= 2 else []


def _in_entry(sent: Span) -> bool:
    """The sentence sits on a line that a date and a dash open."""
    text = sent.doc.text
    return ENTRY.match(text[text.rfind("\n", 0, sent.start_char) + 1 :]) is not None


def _place(head: Token) -> bool:
    """'in Moscow', ', Vienna.': where the entry's meeting was held."""
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    return head.dep_ in ("npadvmod", "appos") and head.head.dep_ == "ROOT"


def _pair_word(sent: Span) -> Token | None:
    """The people or text that stand for both sides: 'the envoys agree', 'Fifth meeting of
    the special representatives', 'A joint statement announces'."""
    people = clause_words("entry_pair_nouns")
    for token in sent:
        word = token.lemma_.lower()
        if token.tag_ == "NNS" and word in people and any(c.lower_ == "the" for c in token.children) \
                and (token.dep_ in ("nsubj", "nsubjpass") or _of_meeting(token)):
            return token
        if token.dep_ == "nsubj" and word in clause_words("joint_text_nouns") and any(
                c.lower_ == "joint" for c in token.children):
            return token
    return None


def _of_meeting(token: Token) -> bool:
    """'meeting of the envoys': the people whose meeting the entry records."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and \
        prep.head.lemma_.lower() in clause_words("entry_meeting_nouns")
