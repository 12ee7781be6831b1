"""Titles that one state's officials are known by, bare, wherever they are written: 'the
Secretary of State flew on to Manila', 'the Secretary of State skipped the ASEAN dinner'.

Most bare titles ('the President', 'the Foreign Minister') mean the page's own state and
need a masthead or dateline to be placed. A few are worn, in that bare form, by one state's
officials so much more often than by anyone else's that writers with no home state of their
own (a hearing, a wire round-up, a sanctions notice) use them without a country. But many
states have an office of the same English name (France's and Spain's secrétaires/secretarios
de Estado, Portugal's, Brazil's, the UK's Secretaries of State, Germany's Staatssekretäre,
the Holy See's): on a page told from one of them, the bare title is that state's official.
So the reading is a positive one: the title names its owner only where the page has no home
state other than the owner — no dateline, masthead or unanimous officials placing it
elsewhere (`home_state`), and no other state's government as the subject of its opening
sentence, as a release or a report opens with its own government ('The UK government
announced ...'). The owner named on the page itself ('the US embassy said ...') restores it.
It also yields to a holder named earlier (that person's party wins, in `resolve`) and to a
complement or a rank word that makes it another office ('Secretary of State for Wales',
'Cardinal Secretary of State'). Which titles and states these are is knowledge (parties.json
'own_titles'; lexicon clause_words 'shared_title_states', 'own_title_complements',
'own_title_ranks').
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from dyadwatch.coding.actor_types import ActorPhrase, Piece, titled_phrase, unresolved_titled
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.role_refs import OFFICIAL_KEY, home_state
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

LEAD_KEY = "owntitle:lead"  # the state whose government is the subject of the opening sentence
NAMED_KEY = "named:"  # as in the reference memory: parties the page has named


def own_title_officials(kb: KnowledgeBase, groups: Sequence[list[Piece]],
                        phrases: Sequence[ActorPhrase], sent: Span,
                        memory: dict[str, Actor]) -> list[ActorPhrase]:
    """Unresolved titled groups whose last title only one state's officials bear."""
    _note_lead(kb, phrases, sent, memory)
    owners = _owners(kb)
    out = []
    for group, titles in unresolved_titled(groups, phrases):
        code = owners.get(titles[-1].text.lower())
        if code is None or _blocked(sent, group) or _elsewhere(memory, code):
            continue
        out.append(titled_phrase(memory, sent, group, Actor(code, kb.party_name(code)),
                                 titles, keep_titles=True))
    return out


def _elsewhere(memory: dict[str, Actor], owner: str) -> bool:
    """The page is told from a state other than the title's owner, and never names the owner.

    Where the officials named so far disagree there is no home state, but if one of them is
    of a state listed in clause_words 'shared_title_states' the bare title may be that
    state's own: the list holds the states whose governments have an office English calls
    'Secretary of State' or 'State Secretary' (the UK's cabinet secretaries, the Holy See's,
    the junior secretaries of state of France, Spain, Portugal, Italy, Belgium, Brazil, the
    Staatssekretäre of Germany, Austria, Switzerland and the staatssecretarissen of the
    Netherlands)."""
    if NAMED_KEY + owner in memory:
        return False
    home = home_state(memory)
    if home is not None and home.code != owner:
        return True
    lead = memory.get(LEAD_KEY)
    if lead is not None and lead.code not in ("", owner):
        return True
    officials = {k[len(OFFICIAL_KEY):] for k in memory if k.startswith(OFFICIAL_KEY)}
    return owner not in officials and \
        bool(officials & set(clause_words("shared_title_states")))


def _note_lead(kb: KnowledgeBase, phrases: Sequence[ActorPhrase], sent: Span,
               memory: dict[str, Actor]) -> None:
    """On the first sentence with actors, keep the state whose government (a ministry, an
    office, the government itself) is its subject; a country name or a people is no voice."""
    if LEAD_KEY in memory or not phrases:
        return
    memory[LEAD_KEY] = Actor("", "")
    for phrase in phrases:
        entry = kb.parties.get(phrase.actor.code) or {}
        if entry.get("kind") == "state" and phrase.actor.sector == "government" and \
                sent.doc[phrase.head].dep_ in ("nsubj", "nsubjpass"):
            memory[LEAD_KEY] = phrase.actor
            return


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
