"""The masthead of an official page: 'Ministry of External Affairs', 'DEPARTMENT OF ... /
REPUBLIC OF SOUTH AFRICA', 'Foreign Ministry Spokesperson's Regular Press Conference /
Beijing', a transcript's 'SPOKESPERSON OF THE FEDERAL FOREIGN OFFICE'.

A ministry's or a presidency's own release, readout or briefing transcript opens with
heading lines that name the office publishing it, and from then on speaks of its own
officials by bare title ('the Prime Minister returned last night', 'the Official
Spokesperson') while naming every foreign one with a name or a country. The state of that
masthead is the story's home for bare titles, however many foreign officials the page goes
on to name. A heading line counts only when it is nothing but the office or the state (a
headline has a verb; a subtitle lists topics), and a masthead naming two states (a
summit's title) gives no home.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

STATE_KEY = "masthead:state"  # the state a heading line names as publisher
OFFICE_KEY = "masthead:office"  # a heading line names an office (ministry, presidency)
SPLIT_KEY = "masthead:split"  # the heading lines name two publishing states
CLOSED_KEY = "masthead:closed"  # the first line of prose has been read
NONE = Actor("", "")
ENDS = (".", "!", "?", ":", ";", ",")
MAX_WORDS = 12  # a heading line is short


def note_masthead(kb: KnowledgeBase, sent: Span, phrases: Sequence[ActorPhrase],
                  memory: dict[str, Actor]) -> None:
    """Read the heading lines that open a page, up to its first line of prose."""
    if CLOSED_KEY in memory:
        return
    if sent.start != 0 or any(_prose(line) for line in _lines(sent)):
        memory[CLOSED_KEY] = NONE
        return
    words = clause_words("masthead_words")
    if any(w.strip("|>-()").lower() in words for w in sent.text.split()):
        memory[OFFICE_KEY] = NONE
    states = {p.actor.code for p in phrases if not _bracketed(sent, p)
              and (kb.parties.get(p.actor.code) or {}).get("kind") == "state"}
    if len(states) != 1 or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return  # a summit's title or a headline: no publisher
    code = next(iter(states))
    known = memory.get(STATE_KEY)
    if known is not None and known.code != code:
        memory[SPLIT_KEY] = NONE
    memory[STATE_KEY] = Actor(code, kb.party_name(code))


def _lines(sent: Span) -> list[str]:
    return [line for line in sent.text.split("\n") if line.strip()]


def _prose(line: str) -> bool:
    text = line.strip()
    return text.endswith(ENDS) or len(text.split()) > MAX_WORDS


def _bracketed(sent: Span, phrase: ActorPhrase) -> bool:
    """'(excerpt: Russia, Normandy format)': a subtitle's topics, not its publisher."""
    before = sent.doc.text[:sent.doc[phrase.start].idx]
    return before.count("(") > before.count(")")


def masthead_state(memory: dict[str, Actor]) -> Actor | None:
    """The state whose office publishes the page, when its heading lines named one office
    and one state."""
    state = memory.get(STATE_KEY)
    if state is None or OFFICE_KEY not in memory or SPLIT_KEY in memory:
        return None
    return state
