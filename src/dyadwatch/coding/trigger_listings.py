"""Frames for measures told in the vocabulary of sanctions notices and of walking away.

A sanctions notice rarely says 'sanctioned': its verb is 'designated' ('Treasury today
designated nine persons and four firms', 'designated the navy commander pursuant to
E.O. 13818'). 'Designate' is a common word, though: a government designates an envoy, a
venue, a partner, a national day. It lists someone for a measure only when the clause
shows the register: the object is a bare count of the listed kinds ('individuals',
'entities', 'persons'), the verb's own 'pursuant to'/'under' phrase names the legal basis
or the measure ('under the Global Magnitsky program', 'pursuant to Executive Order ...'),
or the one designating is a sanctions office. A 'sanctions' word elsewhere in the clause
('as the venue for sanctions talks') or a bare 'executive' proves nothing. The words are
data (lexicon 'clause_words'):

- 'listed_party_nouns': what a notice lists by count ('individuals', 'entities');
- 'listing_basis_words': the prepositions that introduce the basis ('pursuant', 'under');
- 'listing_authority_words': words naming the legal basis or the measure ('pursuant',
  'sanctions', 'Magnitsky', 'E.O.'); 'executive' counts only as 'Executive Order';
- 'sanctions_offices': offices whose designations are listings ('OFAC', 'OFSI').

A state also ends a tie by 'walking away' from it ('walked away from the pipeline
accord', 'may walk away from the arms-control treaty'): the verb's 'away' carries the
'from' phrase, and what it leaves must be a tie ('walkaway_ties'), not a meeting room or a
negotiating table left in protest (no list word there).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import active_kb, clause_words
from dyadwatch.coding.ended_talks import stopped_talks
from dyadwatch.coding.trigger_scope import visit_cut_short


def _words(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def lists_for_sanctions(verb: Token) -> bool:
    """'designated 14 individuals', 'designated a shipping firm pursuant to E.O. 13846', 'OFSI
    designated the general': a listing; 'designated a special envoy', 'designated Oman as
    the host' is not. The legal basis counts only in a 'pursuant to'/'under' phrase
    of the verb or of its object: a 'sanctions' noun elsewhere ('as the venue for sanctions talks') or a bare
    'executive' ('under an executive decision') names no listing authority."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    if any(_words(o) & clause_words("listed_party_nouns") for o in objects):
        return True
    holders = [verb, *objects]  # the parser may hang 'under its sanctions law' on the object
    basis = clause_words("listing_basis_words")
    if any(_cites_authority(p) for h in holders for p in h.children
           if p.dep_ in ("prep", "advmod", "oprd") and p.lower_ in basis):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_words(t) & clause_words("sanctions_offices")
               for s in subjects for t in s.subtree)


def _cites_authority(phrase: Token) -> bool:
    """'pursuant to E.O. 14024', 'under its Magnitsky sanctions authorities', 'under
    Executive Order 13818': the phrase names the measure or its legal basis ('executive'
    only as 'Executive Order')."""
    words = [t for t in phrase.subtree if t != phrase]
    return any(_words(t) & clause_words("listing_authority_words") or (
        t.lower_ == "executive" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "order")
        for t in words)


def walks_away(verb: Token) -> bool:
    """'walked away from its submarine contract', 'walking away from the deal': the 'from'
    phrase hangs on the verb or on its 'away'; its noun must be a tie."""
    if not any(c.lower_ == "away" for c in verb.children):
        return False
    holders = [verb, *(c for c in verb.children if c.lower_ == "away")]
    left = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]
    return any(_words(n) & clause_words("walkaway_ties") for n in left)


def removes_from_undertaking(verb: Token) -> bool:
    """'dropped Pakistan from the joint fighter project', 'barred Iran from the air show':
    a state put out of a joint undertaking is punished. The one removed must be named
    ('removed the clause from the programme' removes no one), and lists are another rule
    (taken off a sanctions list is eased, not punished)."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "obj")
             and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP"))]
    if not named:
        return False
    left = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]
    return any(_words(n) & clause_words("joint_undertakings") for n in left)


def bids_for_membership(verb: Token) -> bool:
    """'applied for membership of NATO', 'applied to join the African Union': a state asks an
    organisation to admit it. 'Applied the rules', 'applied for a visa' ask nothing of a
    party."""
    wanted = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]
    if any(_words(n) & clause_words("membership_nouns") for n in wanted):
        return True
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in clause_words("joining_verbs")
               for c in verb.children)


_NOUN_LINKS = ("pobj", "prep", "compound", "nmod", "amod", "poss")


def vetoed_talks(noun: Token) -> bool:
    """'dropped its block on opening membership negotiations with Tirana', 'its objection
    to accession talks': the talks are what a veto holds up, not a round that took place."""
    token = noun
    for _ in range(6):
        if token.dep_ not in _NOUN_LINKS or token.head == token:
            return False
        token = token.head
        if _words(token) & clause_words("blocking_nouns") or (token.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "obj") and _words(c) & clause_words("blocking_nouns")
                for c in token.children)):
            return True  # 'lifted its veto on talks': the parse hangs 'on' on the verb
    return False


def no_new_meeting(noun: Token) -> bool:
    """A meeting noun that tells of no meeting starting: a visit cut short began before
    (the cutting short is the news), talks suspended or broken off are a measure, and
    talks a veto holds up have not opened."""
    return visit_cut_short(noun) or stopped_talks(noun) or vetoed_talks(noun)


def leaves_organisation(token: Token) -> bool:
    """'announced its exit from ECOWAS', 'withdrew from the OAS', 'a decree taking Brazil
    out of the Human Rights Council': a state giving up its own membership of a
    named organisation turns its back on it (the lexicon's entries type it SANCTION).
    Only the subject itself leaves: the verb moves nothing ('withdrew from'), or what it
    moves is a party, a reflexive or the membership ('withdrew its membership'). Money,
    a complaint, a request or troops taken out of an organisation or a country are not
    leaving it ('withdrew its case from the WTO' stays a concession)."""
    moved = [g for c in token.children if c.dep_ in ("dobj", "obj", "npadvmod") or (
        c.dep_ == "prep" and c.lower_ == "of") for g in ([c] if c.dep_ != "prep" else [
            g for g in c.children if g.dep_ == "pobj"]) if g.ent_type_ not in ("DATE", "TIME")]
    if not all(_own_membership(m) for m in moved):
        return False
    left = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]
    return any(n.pos_ == "PROPN" and _organisation(n) for n in left)


def _own_membership(moved: Token) -> bool:
    """What a leaving state may move: itself ('withdrawing Britain from', 'itself'), or its
    seat ('its membership')."""
    if moved.lower_ in ("itself", "themselves"):
        return True
    if _words(moved) & clause_words("membership_nouns"):
        return True
    return (moved.pos_ == "PROPN" and moved.ent_type_ in ("GPE", "NORP")) or (
        active_kb().aliases.get(moved.text) is not None)


def _organisation(noun: Token) -> bool:
    """A name the knowledge holds as an organisation's ('ECOWAS', 'the Organization of
    American States', 'the UN Human Rights Council' through its head 'UN')."""
    kb = active_kb()
    words = [t for t in noun.subtree if t.dep_ != "det" and t.dep_ != "punct"]
    spans = [" ".join(t.text for t in words), noun.text]
    spans += [t.text for t in words if t.pos_ == "PROPN"]
    for text in spans:
        alias = kb.aliases.get(text)
        if alias is not None and kb.parties.get(alias.code, {}).get("kind") == "organisation":
            return True
    return False


def rejects_conduct(verb: Token) -> bool:
    """'a motion rejecting Egypt's detention of reporters', 'rejected Russia's treatment of
    prisoners': to reject another party's conduct is to blame it for it (ACCUSE); to reject
    its proposal or claim stays a refusal."""
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(_words(o) & clause_words("conduct_nouns") and any(
        c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))
        for c in o.children) for o in objects)
