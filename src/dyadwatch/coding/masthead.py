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
TOPIC_KEY = "masthead:topic"  # the one state a headline is about ("PERU'S FOREIGN POLICY IN 2021")
TOPIC_SPLIT_KEY = "masthead:topics"  # headlines about two different states
TOPIC_CLOSED_KEY = "masthead:story"  # the first sentence of the story has been read
STORY_ENDS = (".", "!", "?")
CLOSED_KEY = "masthead:closed"  # the first line of prose has been read
NONE = Actor("", "")
ENDS = (".", "!", "?", ":", ";", ",")
MAX_WORDS = 12  # a heading line is short


def note_masthead(kb: KnowledgeBase, sent: Span, phrases: Sequence[ActorPhrase],
                  memory: dict[str, Actor]) -> None:
    """Read the heading lines that open a page, up to its first line of prose."""
    _note_topic(kb, sent, phrases, memory)
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


def _note_topic(kb: KnowledgeBase, sent: Span, phrases: Sequence[ActorPhrase],
                memory: dict[str, Actor]) -> None:
    """'LITHUANIA'S DIPLOMACY IN 2022', 'ECUADOR'S FOREIGN POLICY SINCE 2019', 'How Lima
    recast its alliances': a heading line whose one state owns a policy noun or a year, or is
    the subject of a policy verb, says whose story the page tells ('How Turkey sees the war'
    only says who looks on). A line naming two states ('Czech Republic-China relations')
    names no one. Heading lines are those before the story's first full sentence; a heading
    may end in a colon."""
    if TOPIC_CLOSED_KEY in memory:
        return
    if any(line.strip().endswith(STORY_ENDS) and len(line.split()) > 4
           for line in _lines(sent)):
        memory[TOPIC_CLOSED_KEY] = NONE
        return
    for line in _line_spans(sent):
        states = [p for p in phrases if line[0] <= p.start < line[1] and not _bracketed(sent, p)
                  and (kb.parties.get(p.actor.code) or {}).get("kind") == "state"]
        if len({p.actor.code for p in states}) != 1 or not any(_topic(sent, p) for p in states):
            continue
        known = memory.get(TOPIC_KEY)
        if known is not None and known.code != states[0].actor.code:
            memory[TOPIC_SPLIT_KEY] = NONE
        memory[TOPIC_KEY] = Actor(states[0].actor.code, kb.party_name(states[0].actor.code))


def _topic(sent: Span, phrase: ActorPhrase) -> bool:
    """The state owns a policy noun or a year ('PERU'S 2021', "Chile's diplomacy") or is the
    subject of a policy verb ('How Quito reset its ties')."""
    head = sent.doc[phrase.head]
    nouns = clause_words("topic_heading_nouns")
    if head.dep_ == "nsubj":
        verb = head.head
        return verb.lemma_.lower() in clause_words("topic_heading_verbs") or any(
            c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)
    after = sent.doc[phrase.end] if phrase.end < len(sent.doc) else None
    if head.dep_ == "poss":
        owned = list(sent.doc[phrase.end:head.head.i + 1])
    elif after is not None and after.lower_ in ("'s", "’s"):
        owned = list(sent.doc[phrase.end + 1:min(phrase.end + 4, sent.end)])
    else:
        return False
    return any(t.lower_ in nouns or t.lemma_.lower() in nouns or
               (t.like_num and len(t.text) == 4) for t in owned)


def _line_spans(sent: Span) -> list[tuple[int, int]]:
    """(start, end) token indexes of each line of the sentence."""
    spans, start = [], sent.start
    for token in sent:
        if "\n" in token.text_with_ws:
            spans.append((start, token.i + 1))
            start = token.i + 1
    spans.append((start, sent.end))
    return spans


def masthead_topic(memory: dict[str, Actor]) -> Actor | None:
    """The one state the page's headlines say the story is about."""
    return None if TOPIC_SPLIT_KEY in memory else memory.get(TOPIC_KEY)


def _lines(sent: Span) -> list[str]:
    """The non-empty lines of the sentence, as text."""
    lines = (sent.doc[start:end].text for start, end in _line_spans(sent))
    return [line for line in lines if line.strip()]


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
