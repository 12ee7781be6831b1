"""Turns of a question-and-answer transcript (press briefings, interviews).

A journalist's question reports nothing: 'Q: Reports say X will deploy missiles. Will Y
retaliate?' asserts a premise the speaker has not confirmed, so its parties act in no
event. In the answer the spokesperson speaks for a government: 'we' and 'our' are that
government, named earlier as the spokesperson of a ministry. A ministry's own press
release speaks the same way: after 'Our Minister Mr. Fidan', 'our country' is Türkiye.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.records import Actor

QUESTION = ("q", "question", "journalist", "reporter")
ANSWER = ("a", "answer", "spokesperson", "spokesman", "spokeswoman")
MARKER = re.compile(r"(?:^|(?<=\n)|(?<=[.?!]\s))[ \t]*(" + "|".join(QUESTION + ANSWER)
                    + r")[ \t]*[:：]", re.IGNORECASE)
OWN_WORDS = ("we", "us", "our", "ours")
OWN_NOUNS = {"country", "nation", "ministry", "government", "minister", "president", "state",
             "republic", "embassy", "ambassador", "side", "delegation", "leader", "authorities",
             "forces", "army", "navy", "consulate", "mission", "representative"}
ANSWERER = "answerer:"
VOICE = "voice:"  # the government whose own release this is


def turn(sent: Span) -> str | None:
    """'question', 'answer' or None for a sentence, from the last turn marker before its
    words ('Q:' heading the sentence or an earlier one of its paragraph)."""
    text = sent.doc.text
    lead = MARKER.match(sent.text)
    prefix = text[: sent.start_char + (lead.end() if lead else 0)]
    markers = list(MARKER.finditer(prefix))
    if not markers:
        return None
    return "question" if markers[-1].group(1).lower() in QUESTION else "answer"


def note_answerer(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """The first spokesperson named answers the questions; 'Our Minister Mr. Fidan' names
    the government whose release this is."""
    for phrase in phrases:
        before = phrase.start - 1
        if "spokes" in (phrase.actor.role or "").lower():
            memory.setdefault(ANSWERER, phrase.actor)
        elif before >= 0 and phrase.is_person and sent.doc[before].lower_ == "our":
            memory.setdefault(VOICE, phrase.actor)


def own_references(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor],
                   answering: bool) -> list[ActorPhrase]:
    """'We urge Japan to ...' in an answer: the spokesperson's government urges. Outside
    answers only 'our' before an office or institution counts ('our Ministry summoned'):
    a bare 'we' there may be anyone quoted."""
    answerer = memory.get(ANSWERER if answering else VOICE) or memory.get(VOICE)
    if answerer is None:
        return []
    own = Actor(answerer.code, answerer.name, "government", answerer.sector, answerer.level)
    taken = {i for p in phrases for i in range(p.start, p.end)}
    out = []
    for token in sent:
        if token.lower_ not in OWN_WORDS or token.i in taken:
            continue
        if answering and token.pos_ == "PRON":
            out.append(ActorPhrase(token.i, token.i + 1, own, token.i, False, False))
        elif token.lower_ == "our" and token.head.lower_ in OWN_NOUNS and token.head.i not in taken:
            out.append(ActorPhrase(token.i, token.head.i + 1, own, token.head.i, False, False))
    return out
