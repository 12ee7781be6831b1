"""Checks on triggers that depend on whose deal, which country or which list a clause names.

The same verb names different acts by what it is about: parties who 'welcomed the
agreement' they made agree, anyone else who welcomes it supports; soldiers who 'left
Mali' withdraw, soldiers who left it 'for joint drills' are only on the move; taking a
party off a list of trusted partners cuts its trade, taking it off a list of sponsors of
terrorism eases the pressure on it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import KnowledgeBase

if TYPE_CHECKING:
    from dyadwatch.coding.triggers import Found

# Word lists read at use time from the knowledge in use (clause_words): 'deal_nouns', what
# an agreement is called when the welcome is of a deal the welcomers made; 'joint_nouns',
# a set of parties by its own words ('the two leaders'); 'deal_making', verbs by which a
# pair is told to have made a deal ('Israel and Hamas agreed a truce').

JOINT_WORDS = {"two", "both", "three", "all", "each"}
# other parties named on a deal: 'between Kyiv and Moscow', 'Kyiv's agreement'
OTHERS_ON_DEAL = ("between", "among", "of", "with")


def group_subject(verb: Token) -> bool:
    """'the two leaders', 'both sides': a subject that is a set of parties by its own
    words, so it names the parties of whatever they did together."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in clause_words("joint_nouns"):
        return False
    return any(
        c.lower_ in JOINT_WORDS for c in subject.children if c.dep_ in ("nummod", "det"))


def _pair_words(verb: Token) -> frozenset[str]:
    """The heads of a conjoined subject ('Qatar and Egypt' -> {'qatar', 'egypt'})."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "conj" for c in subject.children):
        return frozenset()
    heads = [subject, *(t for t in subject.subtree if t.dep_ == "conj")]
    return frozenset(t.lower_ for t in heads)


def _made_a_deal(pair: frozenset[str], sents: list[Span]) -> bool:
    """Whether these sentences tell that the same pair made a deal ('X and Y signed ...')."""
    making = clause_words("deal_making")
    return any(t.pos_ == "VERB" and t.lemma_.lower() in making and _pair_words(t) == pair
               for s in sents for t in s)


def _others_named(deal: Token) -> bool:
    """'the agreement between Kyiv and Moscow', 'the deal reached between them', 'Kyiv's
    agreement': the deal is someone's by its own words."""
    words = [deal, *(c for c in deal.children if c.dep_ in ("acl", "relcl"))]
    return any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in OTHERS_ON_DEAL)
               for w in words for c in w.children)


def welcomes_own_deal(found: Found) -> bool:
    """'The two leaders welcomed the agreement': a pair named as a pair welcomes the deal
    they made. 'X and Y welcomed the deal' is as often two onlookers, so a conjoined
    subject counts only where this or the previous sentence says the same pair made it."""
    verb = found.token
    if verb.lemma_.lower() != "welcome" or verb.pos_ != "VERB":
        return False
    deals = [o for o in _objects(verb) if o.lemma_.lower() in clause_words("deal_nouns")]
    if not deals or any(_others_named(d) for d in deals):
        return False
    if group_subject(verb):
        return True
    pair = _pair_words(verb)
    return bool(pair) and _made_a_deal(pair, _this_and_previous(verb.sent))


def _objects(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return objects or [s for c in verb.children if c.dep_ == "ccomp"
                       for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _this_and_previous(sent: Span) -> list[Span]:
    if sent.start == 0:
        return [sent]
    return [sent.doc[sent.start - 1].sent, sent]


def as_joint_agreements(found: list[Found]) -> list[Found]:
    """Retype the welcome of a pair's own deal as their agreement."""
    return [replace(f, entry=replace(f.entry, type="AGREE", mode=None, frame="direct"))
            if f.entry.type == "SUPPORT" and welcomes_own_deal(f) else f for f in found]


# where soldiers are when they 'leave' it: a country, not a barracks or a base
# ('territory_nouns'); a purpose that makes leaving a move, not a withdrawal: 'left Belarus
# for joint drills' ('manoeuvres', 'taking_part')


def leaves_territory(verb: Token) -> bool:
    """'the last soldiers left the Malian territory', 'troops left Mali': the object is a
    country (a place name, or a territory word marked with its people's adjective), and
    no stated purpose makes the departure a move elsewhere ('to take part in exercises')."""
    if _moves_on(verb):
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if obj.ent_type_ in ("GPE", "LOC") or (obj.pos_ == "PROPN" and obj.ent_type_ != "ORG"):
            return True  # the model reads some country names as persons: 'left Mali'
        if obj.lemma_.lower() in clause_words("territory_nouns") and any(
                c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss" or _of_a_country(c)
                for c in obj.children):
            return True  # 'the Malian territory', 'the territory of Mali'
    return any(_a_country(g) for g in _left_out_of(verb))


def _left_out_of(verb: Token) -> list[Token]:
    """'pulled out of Niger', 'moved out of Mali': the place left after 'out of', which
    the parser hangs on the verb or on its particle."""
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
    preps = [p for h in (verb, *outs) for p in h.children
             if p.dep_ == "prep" and p.lower_ == "of" and (h is not verb or outs)]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _a_country(token: Token) -> bool:
    """A place name, not an event or a body one leaves ('out of the World Cup', 'of NATO')."""
    return token.ent_type_ in ("GPE", "LOC") or (token.pos_ == "PROPN" and token.ent_type_ not in (
        "ORG", "EVENT", "LAW", "WORK_OF_ART", "FAC", "PRODUCT"))  # 'Niger' may read as a person


def _of_a_country(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        g.ent_type_ == "GPE" or g.pos_ == "PROPN" for g in prep.children if g.dep_ == "pobj")


def _moves_on(verb: Token) -> bool:
    """'left Poland for joint drills', 'left Belarus to take part in exercises'."""
    manoeuvres = clause_words("manoeuvres")
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in manoeuvres for g in c.children if g.dep_ == "pobj"):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            lemma = c.lemma_.lower()
            if lemma in clause_words("taking_part") or (lemma == "take" and any(
                    g.lower_ == "part" for g in c.children)) or any(
                    t.lemma_.lower() in manoeuvres for t in c.subtree):
                return True
    return False


# 'removed South Korea from its list of trusted trading partners', 'added Huawei to its
# entity list', 'removed Sudan from its list of state sponsors of terrorism': clause_words
# 'list_nouns' (the lists), 'taking_off_words' and 'putting_on_words' (the moves),
# 'favoured' and 'restricted' (what the list is), all read at use time


def changes_trade_list(token: Token) -> bool:
    """Taking a party off a list of favoured partners, or putting it on a restricted one,
    cuts its trade."""
    return _list_change(token) == "cut"


def eases_list(token: Token) -> bool:
    """Taking a party off a restricted list (sponsors of terrorism, an entity list) lifts
    a sanction: a concession."""
    return _list_change(token) == "ease"


def _list_change(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in clause_words("taking_off_words"):
        preps, off = ("from", "off"), True
    elif lemma in clause_words("putting_on_words"):
        preps, off = ("to", "on"), False
    else:
        return None
    words = list(token.subtree)
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj"):
        words += list(token.head.children)  # 'approved the removal of X from its list'
    for prep in (t for t in words if t.lower_ in preps and t.dep_ == "prep"):
        for lst in (g for g in prep.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in clause_words("list_nouns")):
            kinds = {w.lemma_.lower() for w in lst.subtree} | {w.lower_ for w in lst.subtree}
            if kinds & clause_words("favoured"):
                return "ease" if not off else "cut"
            if kinds & clause_words("restricted"):
                return "ease" if off else "cut"
    return None


def describes_a_list(token: Token) -> bool:
    """'the list of countries cooperating with ...', 'a list of states supporting ...':
    a verb that says which members a list has is no act of any of them."""
    if token.dep_ not in ("acl", "relcl"):
        return False
    noun = token.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.lemma_.lower() in clause_words("list_nouns")


def names_no_party(kb: KnowledgeBase, subject: Token) -> bool:
    """'the West, not Moscow, was to blame': a blamed name the knowledge base knows as no
    party, state, place or official accuses no one; the name denied beside it ('not
    Moscow') is cleared, not blamed. Common nouns ('the government') are left to roles."""
    if subject.pos_ != "PROPN":
        return False
    denied = {t.i for c in subject.children if c.dep_ in ("appos", "conj")
              and any(n.dep_ == "neg" for n in subject.children) for t in c.subtree}
    words = [t for t in subject.subtree if t.i not in denied and t.pos_ == "PROPN"]
    names = {" ".join(w.text for w in words[a:b]) for a in range(len(words))
             for b in range(a + 1, len(words) + 1)}
    person = not any(c.dep_ == "det" for c in subject.children)  # 'the West' is no Mr West
    return not any(n in kb.aliases or (person and kb.officials_named(n)) or n in kb.places or
                   n.split()[-1] in kb.aliases for n in names)


def blames_outsider(kb: KnowledgeBase, verb: Token) -> bool:
    """'X was to blame for ...' with X no party: the blame verb's clause subject."""
    clause = verb.head
    if verb.dep_ not in ("xcomp", "acomp") or clause.lemma_.lower() != "be":
        return False  # 'X blamed Y': the subject blames, it is not blamed
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and names_no_party(kb, subject)


# what a visitor cuts short, and who can give him cause to: 'after X insulted the delegation'
# ('stays', 'affronters')


def _cut_short(verb: Token) -> Token | None:
    """The visit in 'cut short his visit to Serbia' / 'cut his trip short'."""
    if verb.lemma_.lower() != "cut" or not any(c.lower_ == "short" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                 and c.lemma_.lower() in clause_words("stays")), None)


def cuts_visit_short(verb: Token) -> bool:
    """A visitor who cuts a visit short because of what someone there did or said protests
    to the host ('cut short his visit after a nationalist leader insulted the delegation',
    'in protest at'); one who flies home for a storm or a crisis at home does not."""
    if _cut_short(verb) is None:
        return False
    affronters = clause_words("affronters")
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "protest"
                                                          for g in c.children):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "because")
                                     for m in c.children) and any(
                s.dep_ == "nsubj" and (s.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or
                                       s.lemma_.lower() in affronters) for s in c.children):
            return True
    return False


def visit_cut_short(noun: Token) -> bool:
    """The visit a visitor cut short began earlier: the news is the cutting short."""
    return noun.dep_ in ("dobj", "obj") and _cut_short(noun.head) == noun


def identifying_participle(verb: Token) -> bool:
    """'the early release of the national detained in China': a bare past participle after
    a noun says which person or thing is meant, a state known to the reader, not news. Told
    with its doer or its time ('journalists detained by police on Monday') it is news."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not _definite(verb.head):
        return False  # 'a diplomat left Ankara' misread as a participle has its object
    return not any(c.dep_ in ("agent", "npadvmod", "advmod", "dobj", "obj") or (
        c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree))
        for c in verb.children)


def _definite(noun: Token) -> bool:
    """'the national', 'its citizen': a known one, whom the participle picks out."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that",
                                                                       "these", "those"))
               for c in noun.children)
