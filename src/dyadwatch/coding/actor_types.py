"""The actor phrase and its parts, shared by the finder (actors.py) and the rules that read
a phrase's context (actor_context.py), and the article memory both write names into."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import Alias, Movement, Official, Title
from dyadwatch.records import Actor

# words that make a title another office than its head noun: 'the minister' is never the
# prime minister, 'the president' never the vice president
# lexicon clause_words "ranked_office_marks"
# titles that name one office in different words
SAME_OFFICE = {"premier": "premier", "prime minister": "premier", "top diplomat": "diplomat",
               "foreign minister": "diplomat", "foreign secretary": "diplomat",
               "secretary of state": "diplomat", "minister of foreign affairs": "diplomat",
               "chief diplomat": "diplomat"}

# parties whose officials English news calls by the family name written first
FAMILY_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "KHM"})
PINNED = "pinned:"  # bare titles already used alone for one party's office holder


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
        words = piece.text.split()
        memory[words[-1]] = actor
        if (len(words) >= 3 or actor.code in FAMILY_FIRST) and len(words) > 1 and \
                words[0].isalpha() and words[0] not in memory:
            memory[words[0]] = actor  # 'Anwar Ibrahim ... Anwar said', 'Sun Weidong ... Sun said'
    for piece in titles or []:
        remember_title(memory, piece.text, actor)
        if piece.title is not None and not piece.title.collective:
            remember_office(memory, office_key(piece.title), actor)


def office_key(title: Title) -> str:
    """'the premier' after 'Prime Minister X', 'the top diplomat' after 'Foreign Minister Y':
    another title for the same office. Ranks ('head of state' after 'Crown Prince' or
    'President') are too loose to name one person."""
    office = SAME_OFFICE.get(title.text.lower())
    return f"office:{office}" if office else ""


def remember_office(memory: dict[str, Actor], key: str, actor: Actor) -> None:
    """An office two states' holders share in one story names neither ('the premier' after
    two prime ministers met)."""
    if not key:
        return
    known = memory.get(key)
    memory[key] = Actor("", "") if known is not None and known.code != actor.code else actor


def remember_title(memory: dict[str, Actor], title: str, actor: Actor) -> None:
    """'the Secretary' after 'Secretary of State X', 'the minister' after 'Foreign Minister
    Y': the whole title, its first word and its head noun ('minister' of 'foreign minister'
    and of 'Minister of Foreign Affairs'), but not the head of a ranked office ('prime
    minister', 'vice president'). A head noun two parties' officials share is
    ambiguous ('the minister' after two foreign ministers met) and resolves to no one."""
    words = title.lower().split()
    for key in (f"title:{title.lower()}", f"title:{words[0]}"):
        if not _pinned_elsewhere(memory, key, actor):
            memory[key] = actor
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head == words[0] or f"ambiguous:{head}" in memory or clause_words("ranked_office_marks") & set(words):
        return
    known = memory.get(f"title:{head}")
    if known is not None and known.code != actor.code:
        memory[f"ambiguous:{head}"] = actor
        del memory[f"title:{head}"]
        return
    memory[f"title:{head}"] = actor


def pin_title(memory: dict[str, Actor], key: str, actor: Actor) -> None:
    """A bare title the text has already used alone ('the Prime Minister said') names the
    story's own office holder: English news introduces a foreign holder of the same office
    with a name or a country ('Prime Minister Draghi', 'the Qatari Prime Minister') and
    keeps the bare title for its protagonist, so that holder must not take the title over."""
    memory.setdefault(PINNED + key, actor)


def _pinned_elsewhere(memory: dict[str, Actor], key: str, actor: Actor) -> bool:
    pinned = memory.get(PINNED + key)
    return pinned is not None and pinned.code != actor.code


def head_token(sent: Span, start: int, end: int) -> int:
    span = sent.doc[start:end]
    for token in span:
        if token.head.i < start or token.head.i >= end or token.head.i == token.i:
            return token.i
    return end - 1


def unresolved_titled(groups: Sequence[list[Piece]], phrases: Sequence[ActorPhrase]
                      ) -> Iterator[tuple[list[Piece], list[Piece]]]:
    """(group, its titles) for each group that a title alone must place: the rules that
    place an office by what the reader knows (own_titles, capital_officials) may only take a
    group with a title, no party word of its own and no token another phrase has taken."""
    taken = {i for p in phrases for i in range(p.start, p.end)}
    for group in groups:
        titles = [p for p in group if p.kind == "title" and p.title is not None]
        if titles and all(p.kind != "party" for p in group) and \
                not taken & set(range(group[0].start, group[-1].end)):
            yield group, titles


def titled_phrase(memory: dict[str, Actor], sent: Span, group: list[Piece], party: Actor,
                  titles: list[Piece], keep_titles: bool) -> ActorPhrase:
    """The phrase for a titled group placed in `party`, remembered for later surnames (and,
    with `keep_titles`, for later bare uses of the title)."""
    title = titles[-1].title
    assert title is not None
    actor = Actor(party.code, party.name, title.text, title.sector, title.level)
    remember(memory, [p for p in group if p.kind == "person"], actor,
             titles if keep_titles else None)
    start, end = group[0].start, group[-1].end
    return ActorPhrase(start, end, actor, head_token(sent, start, end), True, False)
