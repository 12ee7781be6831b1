"""The actor phrase and its parts, shared by the finder (actors.py) and the rules that read
a phrase's context (actor_context.py), and the article memory both write names into."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dyadwatch.knowledge import Alias, Movement, Official, Title
from dyadwatch.records import Actor

COUNTERPARTS = {"counterpart", "counterparts"}


@dataclass
class Piece:
    kind: str  # party | title | person | movement
    start: int  # token index, sentence-relative to the doc
    end: int
    alias: Alias | None = None
    movement: Movement | None = None
    title: Title | None = None
    officials: list[Official] = field(default_factory=list)
    text: str = ""


@dataclass
class ActorPhrase:
    """An actor as found in one sentence, with the tokens it covers."""

    start: int
    end: int
    actor: Actor
    head: int  # index of the token that carries the phrase in the parse
    is_person: bool
    is_venue_word: bool  # a bare capital or country name, which may only be a place
    official: Official | None = None
    titled: bool = False
    is_place: bool = False  # a named non-capital place ('in the Amur region'), never an agent


def remember(memory: dict[str, Actor], persons: list[Piece], actor: Actor,
             titles: list[Piece] | None = None) -> None:
    """Later bare surnames ('Hajiyev's visit') and titles ('the Secretary') resolve to this actor."""
    for piece in persons:
        memory[piece.text.split()[-1]] = actor
    for piece in titles or []:
        words = piece.text.lower().split()
        memory[f"title:{piece.text.lower()}"] = actor
        memory[f"title:{words[0]}"] = actor


def head_token(sent: Span, start: int, end: int) -> int:
    span = sent.doc[start:end]
    for token in span:
        if token.head.i < start or token.head.i >= end or token.head.i == token.i:
            return token.i
    return end - 1
