"""Titles that only one state gives its officials: 'the Secretary of State signed the compact
with Palau', 'last month the Secretary of State stayed away from the G20 meeting'.

Most bare titles ('the President', 'the Foreign Minister') mean the page's own state and
need a masthead or dateline to be placed. A few are worn, in that bare form, by one state's
officials alone, and writers everywhere (a hearing, a foreign ministry's briefing, a
sanctions notice) use them without a country because every reader knows whose they are.
The title then names that state even on a page told from another state's side, unless:
a holder of the title was named earlier (that person's party wins, in `resolve`), the title
carries a complement that makes it another office ('Secretary of State for Wales',
'Cardinal Secretary of State'), or the page's own state uses the same bare title.
Which titles and states these are is knowledge (parties.json 'own_titles'; lexicon
clause_words 'shared_title_states', 'own_title_complements', 'own_title_ranks').
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from dyadwatch.coding.actor_types import ActorPhrase, Piece, head_token, remember
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.role_refs import home_state
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor


def own_title_officials(kb: KnowledgeBase, groups: Sequence[list[Piece]],
                        phrases: Sequence[ActorPhrase], sent: Span,
                        memory: dict[str, Actor]) -> list[ActorPhrase]:
    """Unresolved titled groups whose last title only one state's officials bear."""
    owners = _owners(kb)
    if not owners:
        return []
    taken = {i for p in phrases for i in range(p.start, p.end)}
    home = home_state(memory)
    if home is not None and home.code.lower() in clause_words("shared_title_states"):
        return []  # a page of a state that uses the title itself: home_officials decides
    out = []
    for group in groups:
        titles = [p for p in group if p.kind == "title" and p.title is not None]
        if not titles or any(p.kind == "party" for p in group) or \
                taken & set(range(group[0].start, group[-1].end)):
            continue
        code = owners.get(titles[-1].text.lower())
        if code is None or _blocked(sent, group):
            continue
        title = titles[-1].title
        assert title is not None
        actor = Actor(code, kb.party_name(code), title.text, title.sector, title.level)
        persons = [p for p in group if p.kind == "person"]
        remember(memory, persons, actor, titles)
        start, end = group[0].start, group[-1].end
        out.append(ActorPhrase(start, end, actor, head_token(sent, start, end), True, False))
    return out


def _owners(kb: KnowledgeBase) -> dict[str, str]:
    """title (lower-cased) -> the one state whose officials bear it bare."""
    out: dict[str, str] = {}
    for code, entry in kb.parties.items():
        for title in (entry or {}).get("own_titles", []):
            out[str(title).lower()] = code
    return out


def _blocked(sent: Span, group: list[Piece]) -> bool:
    """'Secretary of State for Northern Ireland', 'the Holy See's Cardinal Secretary of State':
    a complement or a preceding rank word makes the title another state's office."""
    doc, start, end = sent.doc, group[0].start, group[-1].end
    after = doc[end].lower_ if end < len(doc) else ""
    before = doc[start - 1].lower_ if start > 0 else ""
    return after in clause_words("own_title_complements") or \
        before in clause_words("own_title_ranks")
