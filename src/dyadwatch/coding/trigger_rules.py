"""Checks on triggers that depend on what the trigger's clause is about, not on its word.

The same verb names different acts by what it governs: two leaders who 'welcomed the
agreement' reached between them agree, a third party who welcomes it supports; 'endorsed
a joint statement' adopts a text together, 'endorsed the plan' backs someone else's;
'agreed to meet again' arranges a meeting, which is no agreement on anything yet; soldiers
who 'left the Malian territory' withdraw from a country, a minister who leaves a capital
travels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from dyadwatch.coding.triggers import Found


# 'agreed to meet again', 'agreed to hold talks': the act agreed on is a meeting
MEETING_VERBS = {"meet", "talk", "visit", "reconvene", "confer"}
MEETING_NOUNS = {"talks", "meeting", "summit", "consultations", "dialogue", "round"}
# what an agreement is called when the welcome is of a deal the welcomers made
DEAL_NOUNS = {"agreement", "deal", "accord", "understanding", "arrangement", "consensus"}
JOINT_WORDS = {"two", "both", "three", "all", "each"}
JOINT_NOUNS = {"leader", "side", "minister", "president", "party", "country", "government",
               "delegation", "negotiator"}
# where soldiers are when they 'leave' it: a country, not a barracks or a base
TERRITORY_NOUNS = {"territory", "country", "soil", "land"}


def agrees_to_meet(verb: Token) -> bool:
    """'agreed to meet again in Brazil', 'agreed to hold talks': the agreement only
    arranges a meeting, which is coded (as planned) by the meeting's own trigger."""
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        if lemma in MEETING_VERBS:
            return True
        if lemma == "hold" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in (
                MEETING_NOUNS | {"talk"}) for c in clause.children):
            return True
    return False


def governed_objects(verb: Token) -> list[Token]:
    """The verb's objects; when it has none, the subject of a clause it governs, which is
    how the parser often reads a reduced relative: 'welcomed [the agreement reached on X]'."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objects:
        return objects
    return [s for c in verb.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def joint_subject(verb: Token) -> bool:
    """'X and Y', 'the two leaders', 'both sides': the subject is the pair
    (or group) of parties, not one of them."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return True
    return subject.lemma_.lower() in JOINT_NOUNS and any(
        c.lower_ in JOINT_WORDS for c in subject.children if c.dep_ in ("nummod", "det"))


def welcomes_own_deal(found: Found) -> bool:
    """'The two leaders welcomed the agreement reached on patrolling': a pair that welcomes
    a deal with no other parties named on it welcomes the deal they made. A deal 'between'
    others, or someone's ('Kyiv's agreement'), is another's, so the welcome supports it."""
    verb = found.token
    if verb.lemma_.lower() != "welcome" or verb.pos_ != "VERB" or not joint_subject(verb):
        return False
    deals = [o for o in governed_objects(verb) if o.lemma_.lower() in DEAL_NOUNS]
    return bool(deals) and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("between", "among", "of"))
        for d in deals for c in d.children)


def as_joint_agreements(found: list[Found]) -> list[Found]:
    """Retype the welcome of a pair's own deal as their agreement."""
    return [replace(f, entry=replace(f.entry, type="AGREE", mode=None, frame="direct"))
            if f.entry.type == "SUPPORT" and welcomes_own_deal(f) else f for f in found]


def without_adopted_texts(found: Sequence[Found]) -> list[Found]:
    """'endorsed a joint statement', 'endorsed a common understanding': a support verb whose
    object is a jointly adopted text that is itself a trigger (the text's entry lists the
    verb among its governors) yields to it: the parties adopted a text together."""
    texts = {f.token.i for f in found if f.entry.type == "AGREE" and f.entry.pos == "NOUN"}
    out = []
    for f in found:
        if f.entry.type == "SUPPORT" and f.entry.pos == "VERB" and any(
                o.i in texts for o in governed_objects(f.token)):
            continue
        out.append(f)
    return out


def leaves_territory(verb: Token) -> bool:
    """'the last soldiers left the Malian territory', 'troops left Mali': the object is a
    country (a place name, or a territory word marked with its people's adjective)."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if obj.ent_type_ in ("GPE", "LOC") or (obj.pos_ == "PROPN" and obj.ent_type_ != "ORG"):
            return True  # the model reads some country names as persons: 'left Mali'
        if obj.lemma_.lower() in TERRITORY_NOUNS and any(
                c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss" for c in obj.children):
            return True
    return False


# a reported clause that blames its subject: 'X was responsible for the poisoning'
BLAME_ADJECTIVES = {"responsible", "culpable", "guilty"}
DEEDS = {"attack", "poisoning", "killing", "bombing", "strike", "assassination", "murder",
         "explosion", "shooting", "downing", "crash", "incident", "hack", "hacking",
         "cyberattack", "abduction", "kidnapping", "shelling", "massacre", "sabotage", "raid",
         "incursion", "invasion", "aggression", "breach", "violation", "death", "violence",
         "blast", "sinking", "crime", "crimes", "interference", "provocation"}
# 'had abandoned the commitment', 'violated the ceasefire', 'reneged on its pledge'
BREAKING_VERBS = {"abandon", "violate", "break", "breach", "renege", "betray", "flout",
                  "disregard", "undermine"}
COMMITMENTS = {"commitment", "promise", "pledge", "agreement", "obligation", "treaty",
               "ceasefire", "truce", "accord", "deal", "word", "understanding", "principle",
               "consensus", "resolution", "sovereignty", "law"}
# what the speaker asserts the blame with: 'it was highly likely that X was responsible'
ASSERTING = {"likely", "clear", "certain", "obvious", "evident", "plain", "undeniable"}


def blaming_reports(sent_tokens: Span, reporting: frozenset[str]) -> list[Token]:
    """Verbs of saying (or concluding) whose reported clause blames its subject: 'May said it
    was highly likely that Russia was responsible for the poisoning', 'the ministry said
    the Lithuanian government had abandoned its commitment'. The speaker accuses; the
    blamed subject is the accused, so the saying verb is the trigger, not the clause."""
    return [t for t in sent_tokens if t.pos_ == "VERB" and t.lemma_.lower() in reporting
            and not any(c.dep_ == "neg" for c in t.children)
            and any(_blames(c) for c in _reported_clauses(t))]


def _reported_clauses(verb: Token) -> list[Token]:
    """The verb's 'that' clauses (a second one parsed as the verb's conjunct: 'said X, and
    that Y'), through 'it was (highly) likely that ...'."""
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" or (c.dep_ == "conj" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children))):  # '..., and that
        out.append(clause)
        if any(w.dep_ in ("acomp", "attr") and w.lower_ in ASSERTING for w in clause.children):
            out += [c for w in (clause, *clause.children) if w.lower_ in ASSERTING or w == clause
                    for c in w.children if c.dep_ == "ccomp"]
    return out


def _blames(clause: Token) -> bool:
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or any(
            c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
            for c in children):
        return False  # 'it was responsible' needs its antecedent; 'was not' is no blame
    lemma = clause.lemma_.lower()
    if lemma == "be":
        return any(_blame_predicate(c) for c in children)
    if lemma in BREAKING_VERBS:
        aims = [c for c in children if c.dep_ in ("dobj", "obj")] + [
            g for c in children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj"]
        return any(a.lemma_.lower() in COMMITMENTS for a in aims)
    return False


def _blame_predicate(word: Token) -> bool:
    """'responsible for the poisoning', 'to blame for the attack', 'behind the bombing'."""
    if word.dep_ == "acomp" and word.lower_ in BLAME_ADJECTIVES:
        return any(_deed_after(c) for c in word.children if c.dep_ == "prep"
                   and c.lower_ in ("for", "of"))
    if word.dep_ in ("xcomp", "acomp") and word.lemma_.lower() == "blame":
        return True
    return word.dep_ == "prep" and word.lower_ == "behind" and _deed_after(word)


def _deed_after(prep: Token) -> bool:
    return any(g.lemma_.lower() in DEEDS or g.lower_ in DEEDS
               for g in prep.children if g.dep_ == "pobj")


# 'said Russia would be forced to take counter-measures', 'said it will have serious
# consequences': a reported reprisal that the speaker's side says is coming
REPRISALS = {"countermeasure", "countermeasures", "counter-measures", "retaliation",
             "reprisal", "reprisals"}
GRAVE = {"serious", "grave", "severe", "dire", "devastating", "catastrophic", "painful",
         "crushing", "harsh", "disastrous"}
OUTCOMES = {"consequence", "cost", "price", "response", "retribution"}
RESPONDING = {"respond", "react", "retaliate", "answer"}
FORCEFUL = {"firmly", "decisively", "forcefully", "harshly", "uncompromisingly", "resolutely",
            "strongly", "severely", "robustly", "militarily", "mercilessly"}
COMING = {"will", "would", "shall", "'ll"}
STRIKING = {"target", "hit", "strike", "attack", "destroy", "punish"}


def threatening_reports(sent_tokens: Span, reporting: frozenset[str]) -> list[Token]:
    """Verbs of saying whose reported clause announces a reprisal to come: the speaker
    threatens whoever the clause names as the cause ('said Finland's accession was an
    escalation and that Russia would be forced to take counter-measures')."""
    return [t for t in sent_tokens if t.pos_ == "VERB" and (t.lemma_.lower() in reporting
                                                            or _makes_clear(t))
            and not any(c.dep_ == "neg" for c in t.children)
            and any(_threatens(c) for r in _reported_clauses(t) for c in _with_conjuncts(r))]


def _makes_clear(verb: Token) -> bool:
    """'made clear the United States would respond': asserting as saying does (the parser
    hangs 'clear' on the verb or on the clause made clear)."""
    return verb.lemma_.lower() == "make" and any(
        w.lower_ == "clear" and w.dep_ in ("acomp", "oprd", "ccomp")
        for c in verb.children for w in (c, *c.children) if c.dep_ != "nsubj")


def _with_conjuncts(clause: Token) -> list[Token]:
    return [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB",
                                                                                   "AUX")]


def _threatens(clause: Token) -> bool:
    children = list(clause.children)
    if not any(c.dep_ == "aux" and c.lower_ in COMING for c in children) or any(
            c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
            for c in children):
        return False  # 'said it would not retaliate'; 'if X happened, it would' is a condition
    if _struck_unnamed(clause, children):
        return True
    words = _own_words(clause)
    text = " ".join(t.lower_ for t in words).replace(" - ", "-")
    if any(w in text.split() for w in REPRISALS) or any(t.lemma_.lower() == "retaliate"
                                                        for t in words):
        return True
    if any(t.lemma_.lower() == "consequence" and any(a.lower_ in GRAVE for a in t.children)
           for t in words) or _grave_outcome(clause, children):
        return True
    return any(_forceful_response(t) for t in [*words, *_seen_doing(clause, children)])


def _grave_outcome(clause: Token, children: list[Token]) -> bool:
    """'the consequences for Russia would be devastating': the grave word is the predicate."""
    return clause.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in OUTCOMES for c in children) and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in GRAVE for c in children)


def _seen_doing(clause: Token, children: list[Token]) -> list[Token]:
    """'anyone attacking X would see France respond': the response is the clause's own."""
    if clause.lemma_.lower() not in ("see", "find"):
        return []
    return [c for c in children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]


def _forceful_response(verb: Token) -> bool:
    """'would respond firmly', 'will react decisively': a response announced as forceful is a
    reprisal; 'would respond to the letter' is not, and 'would respond firmly to any attack
    on Belarus' pledges a defence, naming the defended, not the one threatened."""
    if verb.lemma_.lower() not in RESPONDING or _defends(verb):
        return False
    manner = [t for c in verb.children if c.dep_ == "advmod" for t in c.subtree]
    return any(t.lower_ in FORCEFUL for t in manner) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() == "force"
                                                       for g in c.children) for c in verb.children)


def _defends(verb: Token) -> bool:
    return any(d.dep_ == "pobj" and any(p.dep_ == "prep" and p.lower_ in ("on", "against")
                                        for p in d.children)
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for d in c.children)


def _own_words(clause: Token) -> list[Token]:
    """The clause's words without its conditions and nested clauses: in 'would be targeted
    if X took part in any retaliation' the retaliation is X's, not the speaker's."""
    skip = {t.i for c in clause.children if c.dep_ in ("advcl", "ccomp") for t in c.subtree}
    return [t for t in clause.subtree if t.i not in skip]


def _struck_unnamed(clause: Token, children: list[Token]) -> bool:
    """'said U.S. bases would be targeted': an attack to come, in the passive with no one
    named as its agent, is the speaker's side's to make. With an agent ('would be hit by
    Iran') the speaker reports someone else's threat."""
    return clause.lemma_.lower() in STRIKING and any(c.dep_ == "auxpass" for c in children) \
        and not any(c.dep_ == "agent" for c in children)


# 'removed South Korea from its list of trusted trading partners', 'added Huawei to its
# entity list': a trade list a party is taken off (favoured) or put on (restricted)
LISTS = {"list", "whitelist", "blacklist"}
FAVOURED = {"partner", "trusted", "preferential", "preferred", "white", "whitelist", "favoured",
            "favored"}
RESTRICTED = {"entity", "black", "blacklist", "sanction", "sanctions", "restricted",
              "unreliable", "control"}
TAKING_OFF = {"remove", "removal", "drop", "delete", "exclude", "exclusion"}
PUTTING_ON = {"add", "addition", "put", "place", "include", "inclusion"}


def changes_trade_list(token: Token) -> bool:
    """Taking a party off a list of favoured partners, or putting it on a restricted one,
    cuts its trade; taking it off a list of sponsors of terrorism would ease, so only the
    list's own words decide."""
    lemma = token.lemma_.lower()
    preps: tuple[str, ...]
    if lemma in TAKING_OFF:
        preps, kind = ("from",), FAVOURED
    elif lemma in PUTTING_ON:
        preps, kind = ("to", "on"), RESTRICTED
    else:
        return False
    words = list(token.subtree)
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj"):
        words += list(token.head.children)  # 'approved the removal of X from its list'
    for prep in (t for t in words if t.lower_ in preps and t.dep_ == "prep"):
        for lst in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in LISTS):
            if any(w.lemma_.lower() in kind or w.lower_ in kind for w in lst.subtree):
                return True
    return False


# 'declined to comment', 'refused to elaborate': a refusal to speak to the press rejects
# no one, whatever party the question was about
NO_COMMENT = {"comment", "elaborate", "speculate", "confirm", "specify", "answer", "respond",
              "identify", "name", "detail", "disclose", "reveal", "say"}
# 'declined an invitation', 'declined the offer': what a party can decline from another
OFFERS = {"invitation", "offer", "request", "proposal", "demand", "call", "appeal", "plea",
          "bid", "overture", "initiative", "mediation"}


def refuses_to_comment(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT for c in verb.children)


def declines_a_party(verb: Token) -> bool:
    """'declined to open negotiations with X', 'declined the invitation': declining is a
    rejection only of an act or an offer; 'exports declined' and 'declined to comment'
    reject no one."""
    if refuses_to_comment(verb):
        return False
    return any((c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")) or (
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in OFFERS) for c in verb.children)


# people who visit when they land somewhere; a plane, a jet or troops landing do not
VISITORS = {"delegation", "minister", "president", "leader", "official", "envoy", "ambassador",
            "diplomat", "team", "premier", "chancellor", "secretary", "head", "chief", "king",
            "queen", "prince", "emir", "sultan", "monarch", "representative", "negotiator",
            "adviser", "advisor", "counterpart", "lawmaker", "senator", "speaker",
            "commissioner", "mediator", "governor", "mayor", "pope"}


def person_lands(verb: Token) -> bool:
    """'Blinken landed in Beijing', 'the foreign minister landed in Delhi' arrive on a visit;
    'the plane landed safely', 'troops landed on the beach' or 'landed troops' do not."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return verb.dep_ == "conj"  # 'the minister left Kabul and landed in Doha'
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she")
    if subject.pos_ == "PROPN":
        return subject.ent_type_ not in ("GPE", "NORP", "ORG", "LOC", "FAC", "PRODUCT")
    return subject.lemma_.lower() in VISITORS


PHONES = {"phone", "telephone"}


def by_phone(verb: Token) -> bool:
    """'apologised to him by telephone', 'congratulated her over the phone': an act done to
    someone in a call puts the parties in contact by phone; 'the raid was planned by phone'
    is addressed to no one."""
    return verb.pos_ == "VERB" and _addressed(verb) and any(
        c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in PHONES for g in c.children)
        for c in verb.children)


def _addressed(verb: Token) -> bool:
    """The act has a person or party as its object or its 'to'/'with' partner."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children if g.dep_ == "pobj"]
    return any(p.pos_ in ("PROPN", "PRON") or p.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
               for p in people)
