"""Parties of a deed told as a noun phrase rather than a clause.

Analysis and press releases name deeds with nouns: 'the visit of the Egyptian minister to
Khartoum', 'Ankara's imposition of tariffs on Greek goods', 'the imposition of sanctions
on Iran by the EU', 'the accord reached on Sunday between Ethiopia and Somalia'. The
parser hangs the doer on a noun that governs the trigger, or on the participle that
follows it, where the ordinary role rules do not look. These repairs run after them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dyadwatch.coding import deed_parties
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.aid_voyages import voyage_parties
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.decisions import decision_parties
from dyadwatch.coding.passive_chain import passive_parties
from dyadwatch.coding.put_off import visitor_parties
from dyadwatch.coding.refusals import refused_parties
from dyadwatch.coding.trigger_deeds import AGENT_DEEDS, PROMISE, recalled_envoys
from dyadwatch.coding.trigger_frames import meeting_nouns
from dyadwatch.coding.trigger_turns import switched_parties
from dyadwatch.coding.triggers import Found

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles

# a journey told as a noun: 'of' names who travels, 'to' where (and so whom) they visit
# lexicon clause_words "journey_nouns"
# participles that tell a pact or talks took place: 'the deal reached between A and B'
# lexicon clause_words "happened_participles"
BETWEEN_TYPES = {"AGREE", "CONSULT", "COOPERATE", "SETTLE"}
# the bodies whose journeys are visits: 'the visit of a Sudanese delegation to Cairo'
# lexicon clause_words "travelling_party_nouns"
# besides the talks of trigger_frames.meeting_nouns(), read from the knowledge in use
# lexicon clause_words "nominal_meeting_words"
# nouns that count a meeting: 'two days of talks', 'a fresh round of negotiations'
# lexicon clause_words "meeting_measures"
LINK_DEPS = {"conj", "amod", "compound", "appos", "nmod"}


def repair(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """Apply each nominal repair; each leaves the roles alone unless its pattern holds."""
    _journey_noun(found, actors, doc, roles)
    _carrying_noun_doer(found, actors, doc, roles)
    _between_on_participle(found, actors, doc, roles)
    _deal_of_meeting(found, actors, doc, roles)
    _agent_deed(found, actors, doc, roles)
    _promised_to(found, actors, doc, roles)
    _backed(found, actors, doc, roles)
    deed_parties.repair(found, actors, doc, roles)
    refused_parties(found, actors, roles)
    voyage_parties(found, actors, roles)
    decision_parties(found, actors, doc, roles)
    switched_parties(found, actors, roles)
    visitor_parties(found, actors, roles)
    passive_parties(found, actors, roles)


def _prep_children(token: Token, word: str) -> set[int]:
    """The objects of one preposition on a token ('between' may be parsed as an agent)."""
    return {g.i for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ == word
            for g in p.children if g.dep_ == "pobj"}


def _hanging(actors: list[ActorPhrase], doc: Doc, heads: set[int]) -> list[ActorPhrase]:
    """Actors whose head is one of the tokens, directly, as a later member of a list, or
    as the adjective of the noun there ('of Chinese warships')."""
    found = []
    for phrase in actors:
        token = doc[phrase.head]
        for _ in range(3):
            if token.i in heads or token.dep_ not in LINK_DEPS or token.head == token:
                break
            token = token.head
        if token.i in heads:
            found.append(phrase)
    return found


def _journey_noun(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'the visit of the Egyptian foreign minister to Khartoum', 'a trip of a Sudanese
    delegation to Cairo', 'a tour of Kenya by Chinese investors': 'of' names the visitor
    (unless a bare country, the ground toured), 'by' the visitor, 'to' the host."""
    noun = found.token
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in clause_words("journey_nouns"):
        return  # a visitor named on the noun outranks the subject of 'recalled the visit of'
    of_heads = _prep_children(noun, "of")
    of_phrases = _hanging(actors, doc, of_heads)
    visitors = _hanging(actors, doc, _prep_children(noun, "by"))
    ground = [a for a in of_phrases if not _traveller(a, doc)]
    visitors = visitors or [a for a in of_phrases if _traveller(a, doc)]
    if not visitors:
        return
    to_heads = _prep_children(noun, "to") | {i for h in of_heads for i in _prep_children(doc[h], "to")}
    codes = {a.actor.code for a in visitors}
    hosts = [h for h in _hanging(actors, doc, to_heads) + ground if h.actor.code not in codes]
    roles.sources = visitors
    roles.targets = hosts or [t for t in roles.targets if t.actor.code not in codes]
    roles.of_targets = []
    roles.parsed = True


def _traveller(phrase: ActorPhrase, doc: Doc) -> bool:
    """A person, an office or a body ('Chinese warships', 'a Sudanese delegation') can
    travel; a bare country or capital after 'of' is the ground toured."""
    head = doc[phrase.head]
    return phrase.is_person or phrase.actor.role not in (None, "government") or (
        head.dep_ in ("amod", "compound", "nmod")
        and head.head.lemma_.lower() in clause_words("travelling_party_nouns"))


def _governor(noun: Token) -> Token | None:
    """The carrying noun over a trigger noun: 'imposition' in 'imposition of tariffs'."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head == prep:
        return None
    governor = prep.head
    # nouns that only name carrying a deed out (lexicon 'carrying_nouns'): whoever owns or
    # does them does the deed under them ('Ankara's imposition of tariffs'); nouns that undo
    # or judge a deed ('lifting', 'criticism') are left out, their owner did not do it
    if governor.pos_ != "NOUN" or governor.lemma_.lower() not in clause_words("carrying_nouns"):
        return None
    return governor


def _carrying_noun_doer(found: Found, actors: list[ActorPhrase], doc: Doc,
                        roles: Roles) -> None:
    """'Ankara's imposition of tariffs on Greek goods', 'the extension of sanctions on
    Iran by the EU', 'sanctions on Iran by the EU': the owner of the noun that carries out
    the deed, or the 'by' on it or on the deed, did the deed."""
    noun = found.token
    if noun.pos_ != "NOUN" or roles.sources:
        return
    governor = _governor(noun)
    holders = {noun.i} | ({governor.i} if governor is not None else set())
    owners = {c.i for h in holders for c in doc[h].children if c.dep_ == "poss"} - {noun.i}
    if governor is None:
        owners = set()  # the trigger's own possessor is already its source
    by_heads = {i for h in holders for i in _prep_children(doc[h], "by")}
    by_heads |= _by_on_object(noun)
    taken = {id(a) for a in roles.targets + roles.participants}
    doers = [a for a in _hanging(actors, doc, owners | by_heads) if id(a) not in taken
             and doc[a.head].lower_ not in ("its", "their")]
    if not doers:
        return
    codes = {a.actor.code for a in doers}
    roles.sources = doers
    roles.targets = [t for t in roles.targets if t.actor.code not in codes]
    if governor is not None and not roles.targets:
        # 'Kenya's offer of assistance to Somalia': the parser hangs 'to' on the carrier
        aimed = {i for w in ("to", "on", "against") for i in _prep_children(governor, w)}
        roles.targets = [a for a in _hanging(actors, doc, aimed) if a.actor.code not in codes]
    roles.parsed = True


def _by_on_object(noun: Token) -> set[int]:
    """'sanctions on Iran by the EU': the parser hangs 'by' on the last noun before it."""
    heads: set[int] = set()
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "against", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                heads |= _prep_children(obj, "by")
    return heads


def _between_on_participle(found: Found, actors: list[ActorPhrase], doc: Doc,
                           roles: Roles) -> None:
    """'welcomed the agreement reached on Sunday between Ethiopia and Somalia', 'talks held
    between Cairo and Ankara': 'between' on the participle names the pact's parties; the
    one who welcomes or hosts it is no party."""
    noun = found.token
    if noun.pos_ != "NOUN" or found.entry.type not in BETWEEN_TYPES:
        return
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(noun.head)  # 'the agreement reached on Sunday between A and B was ...'
    heads: set[int] = set()
    for verb in verbs:
        if verb.lemma_.lower() not in clause_words("happened_participles"):
            continue
        # 'reached on 15 May between A and B': the parser may hang 'between' on the date
        holders = [verb] + [g for p in verb.children if p.dep_ == "prep" and p.lower_ != "between"
                            for g in p.children if g.dep_ == "pobj"]
        for holder in holders:
            heads |= _prep_children(holder, "between") | _prep_children(holder, "among")
    parties = _hanging(actors, doc, heads)
    if len({a.actor.code for a in parties}) < 2:
        return
    roles.sources, roles.targets = [], []
    roles.participants = parties
    roles.between = list(parties)
    roles.parsed = True


def _deal_of_meeting(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'the talks between A and B ended with a deal', 'the summit among A, B and C produced
    an accord': the meeting's parties made the deal it came to."""
    noun = found.token
    if noun.pos_ != "NOUN" or found.entry.type != "AGREE" or roles.targets \
            or roles.participants:
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    meetings = meeting_nouns() | clause_words("nominal_meeting_words")
    meeting = next((m for c in verb.children if c.dep_ == "nsubj"
                    for m in (c, *_measured(c)) if m.lemma_.lower() in meetings), None)
    if meeting is None or noun.dep_ not in ("dobj", "pobj"):
        return
    if roles.sources and meeting.lemma_.lower() not in clause_words("journey_nouns"):
        return  # only a visit's owner is read as the subject's ('X's visit produced ...')
    heads = _prep_children(meeting, "between") | _prep_children(meeting, "among")
    if meeting.lemma_.lower() in clause_words("journey_nouns"):
        # 'Kamikawa's visit to Manila produced an agreement': the visitor and the host
        heads |= {c.i for c in meeting.children if c.dep_ == "poss"} | _prep_children(
            meeting, "to")
    parties = _hanging(actors, doc, heads)
    if len({a.actor.code for a in parties}) < 2:
        return
    roles.sources = []
    roles.participants = parties
    roles.between = list(parties)
    roles.parsed = True


def _backed(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'threw its weight behind Kenya's bid', 'assured Serbia of its full support': the
    one backed is not on the support noun but on its verb, after 'behind' or as the
    object the assurance is given to."""
    noun = found.token
    assured = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    verb = noun.head.head if assured else noun.head
    if assured and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # the parser hangs 'of its support' on the one assured
    if found.entry.type != "SUPPORT" or noun.pos_ != "NOUN" or roles.targets \
            or verb.pos_ != "VERB" or not (assured or noun.dep_ in ("dobj", "obj")):
        return
    heads = {c.i for c in verb.children if c.dep_ in ("dobj", "obj")} if assured \
        else _prep_children(verb, "behind") | _causes(doc, _prep_children(noun, "for"))
    heads |= {c.i for h in heads for c in doc[h].children if c.dep_ == "poss"}
    codes = {a.actor.code for a in roles.sources}
    backed = [a for a in _hanging(actors, doc, heads) if a.actor.code not in codes]
    if backed:
        roles.targets = backed
        roles.places = [p for p in roles.places if p not in backed]
        roles.parsed = True


def _causes(doc: Doc, heads: set[int]) -> set[int]:
    """'support for the territorial integrity of Serbia', 'for Kenya's bid': the cause
    backed belongs to the one backed, its owner or its 'of' object (lexicon
    'backed_causes')."""
    causes = clause_words("backed_causes")
    found: set[int] = set()
    for h in heads:
        nouns = [doc[h], *[c for c in doc[h].children if c.dep_ == "conj"]]
        if any(n.lemma_.lower() in causes for n in nouns):
            # the 'of' may hang on the last of coordinated causes ('sovereignty and
            # territorial integrity of Y'), which all belong to Y
            found |= {i for n in nouns for i in _prep_children(n, "of")} | {
                c.i for n in nouns for c in n.children if c.dep_ == "poss"}
    return found


def _measured(noun: Token) -> list[Token]:
    """'two days of talks', 'a second round of talks': the meeting a measure noun counts,
    which holds the parties the measure itself does not."""
    if noun.lemma_.lower() not in clause_words("meeting_measures"):
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _promised_to(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'Qatar pledged to fund schools in Lebanon', 'Nigeria committed to raising trade with
    Ghana': the party the promised act is for or with is the promise's target."""
    if found.entry is not PROMISE or not roles.sources or roles.targets:
        return
    verb = found.token
    act = {t.i for c in verb.children if c.dep_ in ("xcomp", "prep") for t in c.subtree}
    codes = {a.actor.code for a in roles.sources}
    targets = [a for a in actors if a.head in act and a.actor.code not in codes]
    if targets:
        roles.targets = targets
        roles.places = [p for p in roles.places if p not in targets]
        roles.parsed = True


def _under(doc: Doc, heads: set[int]) -> set[int]:
    """The nouns and the 'of' objects hung on them: 'the border service of Tajikistan'."""
    return heads | {i for h in heads for i in _prep_children(doc[h], "of")}


def _agent_deed(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """'the arrest of two Kyrgyz citizens by the border service of Tajikistan', 'the
    deployment of German troops to Lithuania by Berlin': the 'by' agent (or the owner)
    did the deed; 'to', 'against' or 'on' names whom it is aimed at, else 'of' does, over
    a party the clause around the noun names ('... alarmed Ethiopia')."""
    noun = found.token
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in AGENT_DEEDS:
        return
    owners = {c.i for c in noun.children if c.dep_ == "poss"}
    envoys = recalled_envoys(noun)
    owners |= {c.i for e in envoys for c in e.children if c.dep_ == "poss"}
    aimed = set().union(*(_prep_children(noun, w) for w in ("to", "against", "on")))
    aimed |= {i for e in envoys for i in _prep_children(e, "from")}
    named = _hanging(actors, doc, owners | _under(doc, _prep_children(noun, "by")))
    aimed_codes = {a.actor.code for a in _hanging(actors, doc, aimed)}
    # the clause's subject, less a party the noun aims at ('recall of its envoy from Belarus')
    doers = named or [a for a in roles.sources if a.actor.code not in aimed_codes]
    codes = {a.actor.code for a in doers}
    if not doers:
        return
    targets = [a for a in _hanging(actors, doc, _under(doc, aimed)
                                   or _under(doc, _prep_children(noun, "of")))
               if a.actor.code not in codes]
    if targets:
        roles.sources, roles.targets, roles.parsed = doers, targets, True
