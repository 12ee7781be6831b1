"""An event's date checked against the terms of the officials who act in it.

'US President George W. Bush' in a sentence dated 2022 says the date is wrong, not the title:
such a date is dropped. Only the officials who stand for the event's own parties may veto it:
'the removal, announced by the outgoing administration on 14 January, was undone when the
returning President Trump signed an order' names a president who took office six days after
the removal, and his term says nothing about the day of the removal.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clauses import CLAUSE_LABELS, in_clause
from dyadwatch.coding.fallback_roles import fallback
from dyadwatch.coding.relative_clauses import relative_roles
from dyadwatch.coding.tense import clause_verb
from dyadwatch.coding.triggers import Found
from dyadwatch.records import FuzzyDate

# stricter than a clause's own boundaries: anything coordinated (a verb or a noun listed
# with the phrase's head) and a clausal subject are apart from the trigger's clause too
CLAUSE_DEPS = CLAUSE_LABELS | {"conj", "csubj"}
# a leader just deposed keeps the title for a while: 'reinstate President Bazoum'
TITLE_AFTERLIFE = timedelta(days=365)


def contradicts_office(found: Found, actors: list[ActorPhrase], sent: Span,
                       when: FuzzyDate) -> bool:
    """True when an official acting in this event was out of office on its date."""
    return any(_out_of_office(phrase, when) for phrase in _own_phrases(found, actors, sent))


def _own_phrases(found: Found, actors: list[ActorPhrase], sent: Span) -> list[ActorPhrase]:
    """The phrases the parse gives the event's roles; all of the sentence's actors when it
    gives none (a carried or remembered pair), as before roles were consulted."""
    roles = relative_roles(found.token, actors,
                           fallback(found, actors, role_rules.assign(found, actors, sent)))
    own = [*roles.sources, *roles.targets, *roles.participants, *roles.places,
           *roles.between, *roles.hosts, *roles.of_targets]
    if not own:
        return actors
    return own + [a for a in actors if a not in own and _in_own_clause(a, found, sent)]


def _in_own_clause(phrase: ActorPhrase, found: Found, sent: Span) -> bool:
    """'visited Washington at the invitation of President Obama': a phrase hanging on the
    trigger's own clause takes part in the event though no role names it; one inside a
    clause below ('when the returning President Trump signed ...') does not."""
    verb = clause_verb(found.token) or found.token
    return in_clause(sent.doc[phrase.head], verb, CLAUSE_DEPS)


def _out_of_office(phrase: ActorPhrase, when: FuzzyDate) -> bool:
    official = phrase.official
    return official is not None and phrase.titled and not official.active_between(
        when.start - TITLE_AFTERLIFE, when.end)


__all__ = ["TITLE_AFTERLIFE", "contradicts_office"]
