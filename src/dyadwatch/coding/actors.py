"""Find actor phrases in a parsed sentence and resolve them to parties.

Noun chunks fail on diplomatic prose ('US Secretary of State Antony Blinken' gives
none), so an actor is assembled from adjacent pieces: party words (names,
adjectives, capitals, institutions), titles, and person names, glued by 'of',
''s' and honorifics. The party comes from a known official first (time-bounded
by office), else from the party word that qualifies the title or person.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span

from dyadwatch.coding.actor_context import (
    appositive,
    counterpart_offices,
    issuer_references,
    neighbour_references,
    note_portfolio_names,
    paired_official,
    past_post,
    signatory_references,
    titled_name,
)
from dyadwatch.coding.actor_memory import accession_references, generic_references
from dyadwatch.coding.actor_pieces import find_pieces, group_pieces
from dyadwatch.coding.actor_things import remember_things, thing_references
from dyadwatch.coding.actor_types import ActorPhrase as ActorPhrase
from dyadwatch.coding.actor_types import (
    Piece,
    head_token,
    office_key,
    pin_title,
    remember,
    remember_title,
)
from dyadwatch.coding.bare_bodies import place_chambers
from dyadwatch.coding.briefing_party import note_addressed
from dyadwatch.coding.capital_officials import capital_officials
from dyadwatch.coding.entry_pairs import entry_pair_references, note_headline_pair
from dyadwatch.coding.groups import group_references, remember_groups
from dyadwatch.coding.masthead import note_masthead
from dyadwatch.coding.nonparties import demonym_names_no_party
from dyadwatch.coding.organs import apply_organs, organ_references
from dyadwatch.coding.own_titles import own_title_officials
from dyadwatch.coding.owned_bodies import drop_owned_bodies
from dyadwatch.coding.pronouns import note_subject, pronoun_references
from dyadwatch.coding.role_refs import home_officials, note_dateline, note_view, role_references
from dyadwatch.coding.turns import note_answerer, own_references, turn
from dyadwatch.coding.venues import drop_group_venues
from dyadwatch.knowledge import Alias, KnowledgeBase, Office, Official, Title
from dyadwatch.records import Actor


def resolve(kb: KnowledgeBase, group: list[Piece], sent: Span, day: date | None,
            memory: dict[str, Actor]) -> ActorPhrase | None:
    """Turn a group of pieces into an actor, or None when no party can be assigned."""
    placed = _governed_group(kb, group, sent, day, memory)
    if placed is None:
        return None
    group = placed
    parties = [p for p in group if p.kind == "party" and not _is_posting(group, p, sent)]
    titles = [p for p in group if p.kind == "title"]
    persons = [p for p in group if p.kind == "person"]
    title = titles[-1].title if titles else None
    role = _role(titles)
    official = _pick_official(persons, parties, day, memory) if persons else None
    start, end = group[0].start, group[-1].end
    head = head_token(sent, start, end)
    if official is not None:
        office = official.office_on(day) or official.office_on(None)
        actor = Actor(official.party, official.name, role or (office.title if office else None),
                      _sector(title, None), office.level if office else None)
        remember(memory, persons, actor, titles)
        _remember_official(memory, official, actor, None if titles else office)
        return ActorPhrase(start, end, actor, head, True, False, official, bool(titles))
    if not parties:
        # coreference: 'Hajiyev' after 'presidential aide Hikmet Hajiyev'; 'the Secretary'
        # after 'Secretary of State Antony Blinken'
        key = persons[-1].text.split()[-1] if persons else (
            f"title:{titles[-1].text.lower()}" if titles and titles[-1].title is not None
            and not titles[-1].title.collective else "")
        known = memory.get(key) or (memory.get(office_key(titles[-1].title))
                                    if titles and titles[-1].title is not None and not persons
                                    else None)
        if known is None or not known.code:
            return None
        if key.startswith("title:") and memory.get(key) is known:
            pin_title(memory, key, known)
        return ActorPhrase(start, end, known, head, True, False)
    alias = parties[-1].alias if title is None else parties[0].alias
    assert alias is not None
    name = persons[-1].text if persons else kb.party_name(alias.code)
    level = title.level if title else None
    venue_word = len(group) == 1 and alias.category in ("name", "capital", "place")
    sector = _sector(title, alias)
    actor = Actor(alias.code, name, role or _alias_role(alias), sector, level)
    if persons:
        remember(memory, persons, actor, titles)
    return ActorPhrase(start, end, actor, head, bool(persons) or _office_holder(titles, head),
                       venue_word,
                       is_place=venue_word and alias.category == "place")


def _office_holder(titles: list[Piece], head: int) -> bool:
    """'the speaker of the Croatian parliament' is a person: the title that heads the phrase
    decides, not the institution named after it."""
    at_head = [p for p in titles if p.start <= head < p.end] or titles[-1:]
    return any(p.title is not None and not p.title.collective for p in at_head)


def _governed_group(kb: KnowledgeBase, group: list[Piece], sent: Span, day: date | None,
                    memory: dict[str, Actor]) -> list[Piece] | None:
    """The group with its governing movements and bare chambers read as the parties they
    stand for, or None when either leaves no party ('Yemen's Houthi rebels', 'Senate
    President X' of an unsaid state)."""
    governed = _movements_governing(group, day)
    return place_chambers(kb, sent, governed, memory) if governed is not None else None


def _movements_governing(group: list[Piece], day: date | None) -> list[Piece] | None:
    """'the Taliban' stands for Afghanistan while it governs it; an insurgency ('Yemen's Houthi
    rebels', 'the Pakistani Taliban') is no party, and takes its state word with it."""
    out = []
    for piece in group:
        if piece.kind == "movement":
            assert piece.movement is not None
            code = piece.movement.party_on(day)
            if code is None:
                return None
            piece = replace(piece, kind="party", alias=Alias(code, "movement"))
        out.append(piece)
    return out


def _remember_official(memory: dict[str, Actor], official: Official, actor: Actor,
                       office: Office | None) -> None:
    """'Kim' after 'Kim Jong Un' (one-word names, whatever the name order); 'the
    Chancellor' after a chancellor named without the title."""
    for alias in (a for a in official.aliases if " " not in a):
        memory[alias] = actor
    if office is not None:
        remember_title(memory, office.title, actor)


def _is_posting(group: list[Piece], piece: Piece, sent: Span) -> bool:
    before = sent.doc[piece.start - 1] if piece.start > 0 else None
    others = [p for p in group if p.kind == "party" and p is not piece]
    return before is not None and before.text == "to" and bool(others)


def _postings(kb: KnowledgeBase, group: list[Piece], phrase: ActorPhrase,
              sent: Span) -> list[ActorPhrase]:
    """'Japan's ambassador to South Korea was recalled': the country an envoy is posted to
    is a party of its own beside the envoy's, the one a recall or summons is aimed at."""
    posted = [p for p in group if p.kind == "party" and p.alias is not None
              and p.alias.code != phrase.actor.code and _is_posting(group, p, sent)]
    return [ActorPhrase(p.start, p.end, Actor(p.alias.code, kb.party_name(p.alias.code),
                                              _alias_role(p.alias), _sector(None, p.alias)),
                        head_token(sent, p.start, p.end), False, True)
            for p in posted if p.alias is not None]


def _role(titles: list[Piece]) -> str | None:
    """'his counterpart President X' is a President: relational words name no office."""
    offices = [p for p in titles if p.title is None or not p.title.collective] or titles
    return " ".join(p.text for p in offices) or None


def _pick_official(persons: list[Piece], parties: list[Piece], day: date | None,
                   memory: dict[str, Actor] | None = None) -> Official | None:
    candidates = [o for p in persons for o in p.officials]
    if not candidates:
        return None
    named = memory.get(persons[-1].text.split()[-1]) if memory else None
    if named is not None and len(persons[-1].text.split()) == 1:
        # a bare surname shared by several officials ('Kim') is the one the article named
        chosen = [o for o in candidates if o.name == named.name and o.party == named.code]
        if chosen:
            return chosen[0]
    codes = {p.alias.code for p in parties if p.alias}
    if codes:
        candidates = [o for o in candidates if o.party in codes] or []
    if day is not None:
        active = [o for o in candidates if o.office_on(day) is not None]
        candidates = active or candidates
    distinct = {(o.name, o.party) for o in candidates}
    if len(distinct) == 1:
        return candidates[0]
    return None


def _sector(title: Title | None, alias: Alias | None) -> str:
    if title is not None:
        return str(title.sector)
    if alias is not None:
        return "people" if alias.category == "demonym" else alias.sector
    return "government"


def _alias_role(alias: Alias) -> str | None:
    return {"capital": "government", "institution": "institution", "demonym": "people"}.get(alias.category)


def find_actors(kb: KnowledgeBase, sent: Span, day: date | None,
                memory: dict[str, Actor]) -> list[ActorPhrase]:
    """Every actor phrase in a sentence that resolves to a party."""
    phrases = []
    unresolved = []
    known = frozenset(k for k in memory if ":" not in k)
    pieces = find_pieces(kb, sent, known)
    note_dateline(kb, sent, pieces, memory)
    for group in group_pieces(pieces, sent):
        phrase = resolve(kb, group, sent, day, memory)
        if phrase is not None:
            phrases.append(phrase)
            phrases += _postings(kb, group, phrase, sent)
        elif all(p.kind != "movement" for p in group):
            unresolved.append(group)
    phrases += [a for g in unresolved if any(p.kind == "person" for p in g) and (
        a := appositive(g, phrases, sent, memory) or titled_name(g, phrases, sent, memory)
        or paired_official(g, phrases, sent, memory))]
    note_masthead(kb, sent, phrases, memory)
    phrases += own_title_officials(kb, unresolved, phrases, sent, memory)
    phrases += capital_officials(kb, unresolved, phrases, sent, memory)
    phrases += home_officials(kb, unresolved, phrases, sent, memory)
    phrases = [a for a in counterpart_offices(sorted(phrases, key=lambda a: a.start), sent)
               if not past_post(sent, a) and not demonym_names_no_party(sent, a)]
    phrases = drop_owned_bodies(kb, sent, phrases)
    phrases = drop_group_venues(sent, phrases, frozenset(
        i for p in pieces if p.kind == "movement" for i in range(p.start, p.end)))
    phrases += [ActorPhrase(start, end, actor, head, False, False) for start, end, head, actor
                in generic_references(kb, sent, phrases, memory)]
    phrases = apply_organs(phrases, organ_references(kb, sent, phrases, memory))
    note_view(kb, sent, phrases, memory)
    note_portfolio_names(sent, phrases, memory)
    phrases += [ActorPhrase(start, end, actor, head, False, False) for start, end, head, actor
                in role_references(kb, sent, phrases, memory) + thing_references(sent, phrases, memory)]
    phrases += [ActorPhrase(start, end, actor, head, False, False) for start, end, head, actor
                in accession_references(kb, sent, phrases)]
    references = [ActorPhrase(start, end, actor, head, people, False) for start, end, head, actor,
                  people in group_references(sent, phrases, memory)]
    references += [ActorPhrase(start, end, actor, head, True, False) for start, end, head, actor
                   in signatory_references(sent, phrases, memory)]
    references += [ActorPhrase(start, end, actor, head, False, False) for start, end, head, actor
                   in issuer_references(kb, sent, phrases, memory)]
    references += [ActorPhrase(start, end, actor, head, False, False) for start, end, head, actor
                   in neighbour_references(kb, sent, phrases, memory)]
    note_answerer(sent, phrases, memory)
    speaking = turn(sent)
    note_addressed(sent, phrases, memory)
    references += own_references(sent, phrases + references, memory, speaking == "answer")
    references += pronoun_references(kb, sent, phrases + references, memory)
    note_headline_pair(sent, phrases, memory)
    if not references:
        references += [ActorPhrase(start, end, actor, head, False, False) for start, end, head, actor
                       in entry_pair_references(sent, phrases, memory)]
    phrases = sorted(phrases + references, key=lambda a: a.start)
    remember_groups(sent, phrases, references, memory)
    remember_things(sent, phrases, memory)
    note_subject(kb, sent, phrases, memory)
    return [] if speaking == "question" else phrases
