"""Checks on triggers that depend on what the trigger's clause is about, not on its word.

The same verb names different acts by what it governs: 'endorsed a joint statement'
adopts a text together, 'endorsed the plan' backs someone else's; 'agreed to meet again'
arranges a meeting, which is no agreement on anything yet; 'said Russia was responsible
for the poisoning' accuses, 'said it would respond firmly' threatens. Whose deal, which
country and which list a clause names are checked in trigger_scope.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.trigger_blame import carries_blame, made_to_pay

if TYPE_CHECKING:
    from dyadwatch.coding.triggers import Found

# Word lists are read at use time from the knowledge in use (clause_words), so a user's
# knowledge file extends them.


# 'agreed to meet again', 'agreed to hold talks': the act agreed on is a meeting
def agrees_to_meet(verb: Token) -> bool:
    """'agreed to meet again in Brazil', 'agreed to hold talks': the agreement only
    arranges a meeting, which is coded (as planned) by the meeting's own trigger. 'Agreed
    to disagree' (or 'to differ') is an idiom for settling nothing at all."""
    talks = clause_words("meeting_nouns") | {"talk"}
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        if lemma in clause_words("meeting_verbs") or lemma in ("disagree", "differ"):
            return True
        if lemma == "hold" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in talks
                                   for c in clause.children):
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


def without_adopted_texts(found: Sequence[Found]) -> list[Found]:
    """'endorsed a joint statement', 'endorsed a common understanding': a support verb whose
    object is a jointly adopted text that is itself a trigger (the text's entry lists the
    verb among its governors) yields to it: the parties adopted a text together."""
    texts = {f.token.i: f.entry.requires for f in found
             if f.entry.type == "AGREE" and f.entry.pos == "NOUN"}
    out = []
    for f in found:  # 'welcomed the deal reached between X and Y' supports X and Y's deal
        if f.entry.type == "SUPPORT" and f.entry.pos == "VERB" and any(
                f.token.lemma_.lower() in texts.get(o.i, ()) for o in governed_objects(f.token)):
            continue
        out.append(f)
    return out


# a reported clause that blames its subject ('X was responsible for the poisoning':
# 'blame_adjectives', 'deeds') or says it broke its word ('had abandoned the commitment',
# 'violated the ceasefire', 'reneged on its pledge': 'breaking_verbs', 'commitments'); what
# the speaker asserts the blame with: 'it was highly likely that X was responsible'
# ('asserting')


def blaming_reports(sent_tokens: Span, reporting: frozenset[str],
                    outsider: Callable[[Token], bool] = lambda _: False) -> list[Token]:
    """Verbs of saying (or concluding) whose reported clause blames its subject: 'May said it
    was highly likely that Russia was responsible for the poisoning', 'the ministry said
    the Lithuanian government had abandoned its commitment'. The speaker accuses; the
    blamed subject is the accused, so the saying verb is the trigger, not the clause."""
    return [t for t in sent_tokens if t.pos_ == "VERB" and t.lemma_.lower() in reporting
            and not any(c.dep_ == "neg" for c in t.children)
            and any(_blames(c, outsider) for c in _reported_clauses(t))]


def _reported_clauses(verb: Token) -> list[Token]:
    """The verb's 'that' clauses (a second one parsed as the verb's conjunct: 'said X, and
    that Y'), through 'it was (highly) likely that ...'."""
    out = []
    asserting = clause_words("asserting")
    for clause in (c for c in verb.children if c.dep_ == "ccomp" or (c.dep_ == "conj" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children))):  # '..., and that
        out.append(clause)
        if any(w.dep_ in ("acomp", "attr") and w.lower_ in asserting for w in clause.children):
            out += [c for w in (clause, *clause.children) if w.lower_ in asserting or w == clause
                    for c in w.children if c.dep_ == "ccomp"]
    return out


def _blames(clause: Token, outsider: Callable[[Token], bool]) -> bool:
    """`outsider` tells a blamed name that is no party ('said the West was to blame')."""
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or outsider(subject) or any(
            c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
            for c in children):
        return False  # 'it was responsible' needs its antecedent; 'was not' is no blame
    lemma = clause.lemma_.lower()
    if lemma == "be":
        return any(_blame_predicate(c) for c in children)
    if lemma in clause_words("breaking_verbs"):
        aims = [c for c in children if c.dep_ in ("dobj", "obj")] + [
            g for c in children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj"]
        return any(a.lemma_.lower() in clause_words("commitments") for a in aims)
    return carries_blame(clause)


def _blame_predicate(word: Token) -> bool:
    """'responsible for the poisoning', 'to blame for the attack', 'behind the bombing';
    or a name that reproaches by itself: 'said Russia was "our enemy and occupier"', 'told
    the rally that X was corrupt' (lexicon 'reproach_predicates')."""
    if word.dep_ in ("attr", "acomp") and _reproaches(word):
        return True
    if word.dep_ == "acomp" and word.lower_ in clause_words("blame_adjectives"):
        return any(_deed_after(c) for c in word.children if c.dep_ == "prep"
                   and c.lower_ in ("for", "of"))
    if word.dep_ in ("xcomp", "acomp") and word.lemma_.lower() == "blame":
        return True
    return word.dep_ == "prep" and word.lower_ == "behind" and _deed_after(word)


def _reproaches(word: Token) -> bool:
    """The predicate, a conjunct of it ('an aggressor and an occupier') or its modifier
    ('a fascist regime') is a reproach; a hedge or a negation on it ('hardly an enemy')
    is left to the caller's negation check."""
    reproach = clause_words("reproach_predicates")
    words = [word, *word.conjuncts]
    words += [c for w in words for c in w.children if c.dep_ in ("amod", "compound")]
    return any(w.lemma_.lower() in reproach or w.lower_ in reproach for w in words)


def _deed_after(prep: Token) -> bool:
    deeds = clause_words("deeds")
    return any(g.lemma_.lower() in deeds or g.lower_ in deeds
               for g in prep.children if g.dep_ == "pobj")


# 'said Russia would be forced to take counter-measures', 'said it will have serious
# consequences': a reported reprisal that the speaker's side says is coming ('reprisals',
# 'grave', 'outcomes', 'responding', 'forceful', 'striking')
COMING = {"will", "would", "shall", "'ll"}


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
    if _struck_unnamed(clause, children) or made_to_pay(clause):
        return True
    words = _own_words(clause)
    text = " ".join(t.lower_ for t in words).replace(" - ", "-")
    if any(w in text.split() for w in clause_words("reprisals")) or any(
            t.lemma_.lower() == "retaliate" for t in words):
        return True
    grave = clause_words("grave")
    if any(t.lemma_.lower() == "consequence" and any(a.lower_ in grave for a in t.children)
           for t in words) or _grave_outcome(clause, children):
        return True
    return any(_forceful_response(t) for t in [*words, *_seen_doing(clause, children)])


def _grave_outcome(clause: Token, children: list[Token]) -> bool:
    """'the consequences for Russia would be devastating': the grave word is the predicate."""
    outcomes, grave = clause_words("outcomes"), clause_words("grave")
    return clause.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in outcomes for c in children) and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in grave for c in children)


def _seen_doing(clause: Token, children: list[Token]) -> list[Token]:
    """'anyone attacking X would see France respond': the response is the clause's own."""
    if clause.lemma_.lower() not in ("see", "find"):
        return []
    return [c for c in children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]


def _forceful_response(verb: Token) -> bool:
    """'would respond firmly', 'will react decisively': a response announced as forceful is a
    reprisal; 'would respond to the letter' is not, and 'would respond firmly to any attack
    on Belarus' pledges a defence, naming the defended, not the one threatened."""
    if verb.lemma_.lower() not in clause_words("responding") or _defends(verb):
        return False
    manner = [t for c in verb.children if c.dep_ == "advmod" for t in c.subtree]
    forceful = clause_words("forceful")
    return any(t.lower_ in forceful for t in manner) or any(
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
    return clause.lemma_.lower() in clause_words("striking") and any(
        c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


# 'declined to comment', 'refused to elaborate': a refusal to speak to the press rejects
# no one, whatever party the question was about ('no_comment'); 'declined an invitation',
# 'declined the offer': what a party can decline from another ('offers')


def refuses_to_comment(verb: Token) -> bool:
    no_comment = clause_words("no_comment")
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in no_comment for c in verb.children)


def denies_a_deed(verb: Token) -> bool:
    """'Poland denied that it had summoned the ambassador', 'Iran denies supplying missiles':
    denying a deed, one's own or another's, says it did not happen; it rejects no one, and
    least of all the party the deed was done to. Denying a charge, a claim or a report
    ('denied Kyiv's claims') turns down whoever made it, and is kept."""
    if verb.lemma_.lower() != "deny":
        return False
    if any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    return any(c.dep_ in ("ccomp", "xcomp", "pcomp") or (c.dep_ in ("dobj", "obj") and
                                                         c.pos_ == "VERB")
               for c in verb.children)


def declines_a_party(verb: Token) -> bool:
    """'declined to open negotiations with X', 'declined the invitation': declining is a
    rejection only of an act or an offer; 'exports declined' and 'declined to comment'
    reject no one."""
    if refuses_to_comment(verb):
        return False
    offers = clause_words("offers")
    return any((c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")) or (
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in offers) for c in verb.children)


# people who visit when they land somewhere ('visitors'); a plane, a jet or troops do not


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
    return subject.lemma_.lower() in clause_words("visitors")


# clause_words 'doing_verbs', read at use time: verbs that machine-translated text uses for
# 'to do' an act named by a noun ('has effected the visit', 'did the recall of the
# ambassador'); 'act_nouns', nouns of an act done to an object ('proceeded to the signature
# of the accord': the act is the signing, the accord its object)


def done_by_light_verb(noun: Token) -> bool:
    """An event noun done by a bare verb of doing ('did the recall', 'proceeded to the
    rupture', 'addressed the request to X') is reported as done, as with its usual verb."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() \
            in clause_words("act_nouns"):
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in clause_words("doing_verbs"):
        return True
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() == "proceed":
        return True
    return noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() == "address" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in (*verb.children, *noun.children))


# clause_words 'in_person_verbs', read at use time: verbs of agreeing together, which done at
# a named place or beside a meeting ('sideline_nouns': 'on the sidelines of') say the
# parties met in person


def agreed_in_person(found: Found) -> bool:
    """'Kurti and Vucic agreed late on Saturday in Ohrid on an annex', 'Albanese signed the
    treaty with the Prime Minister of Tuvalu on the margins of the Forum': two parties
    agreeing together, or one signing with the other, at a named place met there, whether
    or not the text says 'talks'; the gold sets code the meeting beside the deal. 'Abiy and
    Isaias sign an agreement in Jeddah' is left alone: the gold sets do not code a meeting
    for two signatories named together (Moscow and Kyiv signed the grain deals in Istanbul
    in separate rooms), and a party signing alone met no one."""
    verb = found.token
    if found.entry.type != "AGREE" or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in clause_words("in_person_verbs"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    preps = _phrase_preps(verb)
    if verb.lemma_.lower() == "agree":
        together = subject is not None and any(t.dep_ == "conj" for t in subject.subtree)
    else:  # 'X and Y signed deals in Istanbul' may be two signings apart: only 'signed with'
        together = any(p.lower_ == "with" and any(g.dep_ == "pobj" for g in p.children)
                       for p in preps)
    return together and (any(_named_place(p) for p in preps) or any(
        w.lower_ in clause_words("sideline_nouns") and w.head.lower_ == "on" for w in verb.subtree))


def _phrase_preps(verb: Token) -> list[Token]:
    """The verb's prepositions and those the parser hung on its object instead ('signed a
    treaty in Tashkent'); not deeper ones, which mostly name a topic ('an agreement on
    investment in India')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [c for w in [verb, *objects] for c in w.children if c.dep_ == "prep"]


def _named_place(prep: Token) -> bool:
    """'in Ohrid', 'at the Elysee' (not 'in 2019')."""
    if prep.dep_ != "prep":
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.lower_ in ("in", "at") and any(
        g.ent_type_ in ("GPE", "FAC", "LOC") or (g.pos_ == "PROPN" and not g.ent_type_)
        for g in objects)  # the model misses small towns: 'in Ohrid'
