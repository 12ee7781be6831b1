"""'Both prime ministers', 'the two foreign ministers', 'both leaders': a pair of people.

Such a phrase stands for two people, so a reader looks back for the last two office
holders of different parties that fit the office named ('prime ministers' fits a prime
minister, 'leaders' any office), not for the last list of countries, which may be named
in passing between them ('Sudan and Libya were on the agenda').
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.records import Actor

PERSON_KEY = "person:"
KEPT = 6  # office holders remembered, the latest last
# lexicon clause_words "any_office_plurals"
OFFICE_PLURALS = {"presidents": "president", "ministers": "minister", "premiers": "premier",
                  "chancellors": "chancellor", "envoys": "envoy", "diplomats": "diplomat",
                  "secretaries": "secretary", "monarchs": "monarch", "kings": "king",
                  "emirs": "emir"}
FILLER = {"of", "affairs", "the", "for"}


class Phrase(Protocol):
    start: int
    end: int
    actor: Actor


def remember_persons(phrases: Sequence[Phrase], memory: dict[str, Actor]) -> None:
    """Keep the office holders named, in order, for a later 'both presidents'."""
    held = stored_persons(memory)
    held += [p.actor for p in sorted(phrases, key=lambda p: p.start)
             if getattr(p, "is_person", False) and p.actor.role]
    held = held[-KEPT:]
    for index in range(KEPT):
        memory.pop(f"{PERSON_KEY}{index}", None)
    for index, actor in enumerate(held):
        memory[f"{PERSON_KEY}{index}"] = actor


def stored_persons(memory: dict[str, Actor]) -> list[Actor]:
    out: list[Actor] = []
    while f"{PERSON_KEY}{len(out)}" in memory:
        out.append(memory[f"{PERSON_KEY}{len(out)}"])
    return out


def office_pair(token: Token, phrases: Sequence[Phrase], memory: dict[str, Actor]) -> list[Actor]:
    """The two parties whose office holders are in view for a people noun of two, those of
    the office it names first, else any office holders."""
    noun = token.lower_
    if noun not in clause_words("any_office_plurals") and noun not in OFFICE_PLURALS:
        return []
    local = [p.actor for p in sorted(phrases, key=lambda p: p.start)
             if getattr(p, "is_person", False) and p.actor.role and p.end <= token.i]
    candidates = stored_persons(memory) + local
    words = _office_words(token)
    return _last_two(candidates, words) or (_last_two(candidates, set()) if words else [])


def _office_words(token: Token) -> set[str]:
    noun = token.lower_
    if noun in clause_words("any_office_plurals"):
        return set()
    qualifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")
                  and c.lower_ not in ("two", "both")}
    return qualifiers | {OFFICE_PLURALS[noun]}


def _last_two(candidates: list[Actor], words: set[str]) -> list[Actor]:
    """The holders of two parties, when the office holders in view are of just two: with a
    third (a host, a mediator) 'the two leaders' may be any two of them."""
    chosen: dict[str, Actor] = {}
    for actor in candidates:
        role = set((actor.role or "").lower().replace("-", " ").split()) - FILLER
        if words <= role:
            chosen.pop(actor.code, None)
            chosen[actor.code] = actor
    return list(chosen.values()) if len(chosen) == 2 else []
