"""Nationality words that name no party of an event.

A demonym often describes a thing or a private person, not the state: 'a Russian-made
drone' is the drone's origin, 'Iranian-backed militias' are the militias, 'Chinese
companies' and 'an Indian journalist' act for themselves, 'the Belarusian opposition'
opposes its state, and 'former Ukrainian minister X' no longer speaks for Ukraine.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import active_kb, clause_words

# Word lists read at use time from the knowledge in use (clause_words):
# 'origin_marks': 'Russian-made', 'Iranian-backed': the demonym tells where a thing or force
# comes from. 'US-led' is left out: a coalition a state leads is that state's force.
# 'private_heads': heads a demonym describes without making them the state: firms, media,
# sport, private people who speak for themselves, and goods.
# 'opposing_heads': groups against their own state, never that state, whatever their place
# in the clause. 'past_marks': words that put a post in the past ('former', 'ex').

# a ship's flag or registry: the state whose ship it is (see _origin)
# lexicon clause_words "flag_marks"

# capitalised words that, set before a state's adjective, make it a region's: 'Central
# American', 'Latin American', 'Pan-African'. A state whose own adjective starts so ('South
# African', 'North Korean') is matched whole by its alias and never reaches this check.
REGION_LEADS = frozenset({"Central", "Latin", "North", "South", "East", "West", "Northern",
                          "Southern", "Eastern", "Western", "Pan", "Sub", "Trans", "Inter"})
# a state named after a continent takes the continent's regions with it: 'Latin America',
# 'South America', 'Central America' are regions, never the United States
CONTINENT_NAMES = frozenset({"America", "Americas"})


def demonym_names_no_party(sent: Span, phrase: ActorPhrase) -> bool:
    """True when the phrase's party is not an actor in what the sentence reports."""
    return _origin(sent, phrase) or _former(sent, phrase) or _private(sent, phrase) or \
        _region(sent, phrase) or _norm_label(sent, phrase) or _former_of(sent, phrase) or \
        _excluded(sent, phrase)


def _excluded(sent: Span, phrase: ActorPhrase) -> bool:
    """'a major non-NATO ally', 'non-EU fleets', 'non-OPEC producers': a name after an
    excluding prefix ('exclusion_prefixes') marks what stands outside the body, so the body is
    no side of anything the sentence tells, and no member of a later 'the two governments'."""
    if phrase.start - 2 < sent.start:
        return False
    dash, prefix = sent.doc[phrase.start - 1], sent.doc[phrase.start - 2]
    return dash.text == "-" and not dash.whitespace_ and not prefix.whitespace_ and \
        prefix.lower_ in clause_words("exclusion_prefixes")


def _norm_label(sent: Span, phrase: ActorPhrase) -> bool:
    """'breaching UN resolutions', 'EU rules', 'IAEA safeguards': an organisation naming a
    document or norm ('norm_heads') labels it and does nothing. 'EU sanctions' is left out of
    the list: there the bloc is the one that sanctions."""
    token = sent.doc[phrase.head]
    if token.dep_ not in ("compound", "nmod", "amod") or token.head.i <= token.i:
        return False
    return _word(token.head, clause_words("norm_heads"))


def _former_of(sent: Span, phrase: ActorPhrase) -> bool:
    """'The former president of Kenya, X, criticised': the state hangs from a past post
    ('of' after a title marked 'former') held by the subject, so it speaks for no state; the
    name set beside it is often parsed as an apposition of the state, and goes with it."""
    token = sent.doc[phrase.head]
    if token.dep_ == "appos":
        token = token.head
    title = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    if title is token and phrase.head == token.i:
        return False
    if title.dep_ not in ("nsubj", "nsubjpass"):
        return False
    past = clause_words("past_marks")
    return any(t.lower_ in past for t in title.lefts)


def _region(sent: Span, phrase: ActorPhrase) -> bool:
    """'the Central American country', 'Latin American leaders', 'Pan-American': a state's
    adjective after a region word names the region (in no party's alias list), not the state."""
    if phrase.start <= sent.start:
        return False
    doc = sent.doc
    i = phrase.start - 1
    if doc[i].text in ("-", "–") and i > sent.start:
        i -= 1
    adjectives = (active_kb().parties.get(phrase.actor.code) or {}).get("adjectives", [])
    return doc[i].text in REGION_LEADS and (doc[phrase.start].text in adjectives
                                            or doc[phrase.start:phrase.end].text in CONTINENT_NAMES)


def _origin(sent: Span, phrase: ActorPhrase) -> bool:
    """'a Russian-made drone' names where a thing comes from. A flag ('a Greek-flagged
    tanker', 'a Liberian-registered vessel') is the one origin a state answers for: seizing
    or striking the ship is done to the flag state, so the flag is no party only where
    the ship itself acts."""
    doc = sent.doc
    end = phrase.end
    if not (end + 1 < len(doc) and doc[end].text in ("-", "–")):
        return False
    mark = doc[end + 1]
    if mark.lower_ in clause_words("flag_marks"):
        return _acts(mark)
    return mark.lower_ in clause_words("origin_marks")


def _former(sent: Span, phrase: ActorPhrase) -> bool:
    """'Former Kenyan president X', 'the ex-foreign minister of Iran', 'a former Thai
    premier': words before the phrase (articles and hyphens aside) that put the post in
    the past. A former official who acts or speaks speaks for no state; one acted upon
    or answered ('in response to statements by former president X') may hold another post
    still, so only subjects are dropped."""
    doc = sent.doc
    if doc[phrase.head].dep_ not in ("nsubj", "nsubjpass"):
        return False
    past = clause_words("past_marks")
    i = phrase.start - 1
    while i >= sent.start and doc[i].text in ("-", "the", "The", "a", "A", "an", "An"):
        i -= 1
    if i >= sent.start and doc[i].lower_ in past:
        return True
    return any(t.lower_ in past for t in doc[phrase.start : phrase.end])


def _private(sent: Span, phrase: ActorPhrase) -> bool:
    """A bare demonym or country name modifying a private head that acts ('Chinese companies
    signed', 'Indian journalist Y said') or a group opposed to its state ('the Belarusian
    opposition leader'). Done TO firms, goods or nationals ('tariffs on Chinese cars',
    'blacklisted Iranian companies', 'detained a Japanese businessman'), a measure is
    coded against their state, as the field's coders do."""
    opposing, private = clause_words("opposing_heads"), clause_words("private_heads")
    inner = sent.doc[phrase.start + 1 : phrase.end]
    if any(_word(t, opposing) for t in inner):
        return True  # 'the Belarusian opposition leader', 'a Syrian rebel commander'
    if any(_word(t, private) for t in inner):
        return _acts(sent.doc[phrase.head])
    if phrase.is_person or phrase.actor.role not in (None, "people") or \
            phrase.end - phrase.start > 2:
        return False
    token = sent.doc[phrase.head]
    if token.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    head = token.head
    named = [head] + [c for c in head.children if c.dep_ in ("compound", "amod")
                      and c.i > token.i]
    if any(_word(t, opposing) for t in named):
        return True
    return any(_word(t, private) for t in named) and _acts(head)


def _acts(token: Token) -> bool:
    """The phrase is the doer: a subject, or an apposition or compound of one."""
    while token.dep_ in ("compound", "appos", "amod", "nmod") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "ROOT")


def _word(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words
