"""Bare legislature names belong to the state the story is about, not to America.

'Senate', 'House of Representatives' and 'Chamber of Deputies' name a chamber in dozens of
states. The knowledge lists the bare 'Senate' among American institutions because US wires
say 'the Senate' for theirs, but a Czech timeline's 'Senate President Milos Vystrcil', a
Nepali report's 'the House of Representatives ratified the compact' or a Philippine
embassy's 'once the Senate gives its consent' speak of their own chamber. So a bare chamber name:

- is the chamber of the state the report is filed from (its dateline) or published by (an
  office's own masthead) ('KATHMANDU - The House of Representatives'); states whose officials
  merely appear in the text say nothing about whose chamber a bare name is;
- names no party when it is only part of an office title ('Senate President X') and no home
  state is known: US wires do not call anyone a bare 'Senate President X' (the Vice President
  presides as 'President of the Senate'), so the title says nothing about which state's
  chamber it is; 'Senate President pro tempore X' is the US office and stays American;
- otherwise stays as the knowledge has it ('The Senate ratified the treaty' in a US wire).

A chamber qualified by its state ('the US Senate', 'the Philippine Senate', "Bolivia's
Senate") never reaches this rule: the qualifier is its own party word.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dyadwatch.coding.actor_types import Piece
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.masthead import masthead_state
from dyadwatch.coding.role_refs import HOME_KEY
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

# lexicon clause_words "bare_chamber_names": chamber names many states share
# lexicon clause_words "unamerican_chamber_titles": a chamber's offices the US chambers lack
# ('Senate President'); 'Senate Majority Leader' and 'House Speaker' stay American


def bare_chamber(sent: Span, piece: Piece) -> bool:
    """Whether a party piece is a chamber name with no state word of its own."""
    if piece.kind != "party" or piece.alias is None or piece.alias.category != "institution":
        return False
    text = sent.doc[piece.start:piece.end].text.lower()
    return text in clause_words("bare_chamber_names")


def place_chambers(kb: KnowledgeBase, sent: Span, group: list[Piece],
                   memory: dict[str, Actor]) -> list[Piece] | None:
    """The group with each bare chamber moved to the story's home state, or None when the
    group names a chamber office ('Senate President') of a state the text leaves unsaid.
    Groups with another party word keep it and lose the bare chamber."""
    chambers = [p for p in group if bare_chamber(sent, p)]
    if not chambers:
        return group
    others = [p for p in group if p.kind == "party" and p not in chambers]
    if others:
        return [p for p in group if p not in chambers]
    home = masthead_state(memory) or memory.get(HOME_KEY)
    if home is not None and home.code and (kb.parties.get(home.code) or {}).get("kind") == "state":
        return [_moved(p, home.code) if p in chambers else p for p in group]
    if any(p.kind == "title" and p.start >= chambers[-1].end and
           sent.doc[p.start:p.end].text.lower() in clause_words("unamerican_chamber_titles")
           and not _pro_tempore(sent, p) for p in group):
        return None  # 'Senate President X' with no home state: whose senate is unknown
    return group


def _pro_tempore(sent: Span, title: Piece) -> bool:
    """'Senate President pro tempore X': the US Senate's own office."""
    words = [t.lower_ for t in sent.doc[title.end:title.end + 2]]
    return words == ["pro", "tempore"]


def _moved(piece: Piece, code: str) -> Piece:
    """The chamber piece as the home state's own chamber."""
    assert piece.alias is not None
    return replace(piece, alias=replace(piece.alias, code=code))
