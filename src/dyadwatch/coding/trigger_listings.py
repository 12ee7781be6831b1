"""Frames for measures told in the vocabulary of sanctions notices and of walking away.

A sanctions notice rarely says 'sanctioned': its verb is 'designated' ('OFAC designated 23
individuals and 21 entities', 'designated the army's chief of staff pursuant to E.O.
14046'). 'Designate' is a common word, though: a government designates an envoy, a venue,
a national day. It lists someone for a measure only when the clause shows the register:
the object is a bare count of the listed kinds ('individuals', 'entities', 'persons'), the
clause names the authority it acts under ('pursuant to', 'under the Global Magnitsky
program', 'Executive Order') or sanctions themselves, or the one designating is a
sanctions office. The words are data (lexicon 'clause_words'):

- 'listed_party_nouns': what a notice lists by count ('individuals', 'entities');
- 'listing_authority_words': words naming the legal basis or the measure ('pursuant',
  'sanctions', 'Magnitsky', 'E.O.');
- 'sanctions_offices': offices whose designations are listings ('OFAC', 'OFSI').

A state also ends a tie by 'walking away' from it ('walked away from its contract with
Naval Group', 'is walking away from the nuclear deal'): the verb's 'away' carries the
'from' phrase, and what it leaves must be a tie ('walkaway_ties'), not a meeting room or a
negotiating table left in protest (no list word there).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import active_kb, clause_words


def _words(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def lists_for_sanctions(verb: Token) -> bool:
    """'designated 23 individuals', 'designated PdVSA pursuant to E.O. 13850', 'OFAC
    designated Maduro': a listing; 'designated an envoy to the talks' is not."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    if any(_words(o) & clause_words("listed_party_nouns") for o in objects):
        return True
    scope = [t for t in verb.subtree if t.dep_ not in ("nsubj",) or t.head != verb]
    if any(_words(t) & clause_words("listing_authority_words") for t in scope):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_words(t) & clause_words("sanctions_offices")
               for s in subjects for t in s.subtree)


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
    """'removed Turkey from the F-35 programme', 'excluded Russia from the naval exercise':
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
    """'applied for membership of the EU', 'applied to join ECOWAS': a state asks an
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
    """'lifted its veto on the start of EU accession talks with Skopje', 'its objection to
    membership talks': the talks are what a veto holds up, not a round that took place."""
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


def leaves_organisation(token: Token) -> bool:
    """'announced their withdrawal from ECOWAS', 'withdrew from the OAS', 'an order
    withdrawing the United States from the Human Rights Council': a state leaving an
    organisation turns its back on it (the sets code it REJECT), whereas troops withdrawn
    from a country or a mission pull back ('withdrawal of its troops from Mali' stays a
    retreat). The organisation is a named one, tagged as such."""
    moved = [g for c in token.children if c.dep_ in ("dobj", "obj") or (
        c.dep_ == "prep" and c.lower_ == "of") for g in ([c] if c.dep_ != "prep" else [
            g for g in c.children if g.dep_ == "pobj"])]
    if any(_words(m) & clause_words("withdrawn_forces") for m in moved):
        return False
    left = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]
    return any(n.pos_ == "PROPN" and _organisation(n) for n in left)


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
    """'a resolution rejecting Morocco's use of minors', 'rejected Russia's treatment of
    prisoners': to reject another party's conduct is to blame it for it (ACCUSE); to reject
    its proposal or claim stays a refusal."""
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(_words(o) & clause_words("conduct_nouns") and any(
        c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))
        for c in o.children) for o in objects)
