"""Deals and deeds told with verbs or nouns the lexicon's governors do not list.

Wire copy varies the verb that completes a pact ('finalised a visa accord', 'renewed the
defence pact', 'the talks ended with a deal', 'the meeting produced an agreement'), names a
measure by its noun with its doer as possessor or 'by' agent ('the expulsion of two
diplomats by Moldova', 'Egypt's deployment of troops'), and states a promise whose act the
lexicon has no word for ('Qatar pledged to fund reconstruction in Lebanon'). PLOVER codes
such a promise as AGREE.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.trigger_frames import pledged_together
from dyadwatch.knowledge import Trigger

# Word lists read at use time from the knowledge in use (clause_words): 'completing', verbs
# whose object is a pact made, renewed or made binding by the subject (not 'approve' or
# 'endorse', which a third party does to others' deal: 'France approved the accord');
# 'yielding', verbs whose object is what a meeting came to ('the talks produced an
# agreement'); 'meeting_endings', verbs a meeting ends with ('ended with a deal', 'resulted
# in an accord'); 'promising', verbs of promising whose complement is the promised act;
# 'deciding', verbs of settling what to do, a deal only when parties settle it together.
ENDING_PREPS = frozenset({"with", "in"})
# deed nouns that tell the deed itself when a doer is named on them
AGENT_DEEDS = frozenset({"expulsion", "arrest", "detention", "deployment", "closure",
                         "embargo", "recall", "seizure", "suspension"})
# deeds that are events only for certain objects (a border closed, troops deployed): the
# deed's lemma names the clause_words list of those objects, read at use time.
# AGENT_DEEDS stays here: nominal_roles imports it.
OBJECT_LISTS = {"closure": "closed_objects", "deployment": "deployed_objects"}
# clause_words 'recall_deeds', read at use time: deeds that take an envoy home ('from' on
# the envoy names the post left, not the doer)
PROMISE = Trigger("pledge", "VERB", "AGREE", None, "direct")


def completes_a_deal(noun: Token) -> bool:
    """'finalised a visa waiver accord', 'the pact was renewed', 'talks ended with a deal',
    'the summit yielded an agreement'; not 'ended without a deal' nor 'produced no deal'."""
    if any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children):
        return False
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return lemma in clause_words("completing") or (
            lemma in clause_words("yielding") and noun.dep_ != "nsubjpass")
    if noun.dep_ == "pobj" and head.lower_ in ENDING_PREPS and head.dep_ == "prep":
        verb = head.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in clause_words("meeting_endings")
    return False


def done_by_agent(noun: Token) -> bool:
    """'the expulsion of a diplomat by Moldova', 'Egypt's deployment of troops', 'the
    closure of the border by Algeria': the named doer makes the noun the deed's report."""
    lemma = noun.lemma_.lower()
    if lemma not in AGENT_DEEDS or noun.pos_ != "NOUN":
        return False
    if lemma in OBJECT_LISTS and not any(t.lower_ in clause_words(OBJECT_LISTS[lemma])
                                         for t in noun.subtree):
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
        return True
    if any(c.dep_ == "poss" for e in recalled_envoys(noun) for c in e.children):
        return True  # 'the recall of its ambassador', 'the recall of Poland's envoy'
    holders = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ in (
        "of", "on", "to", "against") for g in p.children if g.dep_ == "pobj"]
    return any(p.dep_ in ("prep", "agent") and p.lower_ == "by" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG"))
        for g in p.subtree) for h in holders for p in h.children)


def recalled_envoys(noun: Token) -> list[Token]:
    """'the recall of Poland's ambassador from Minsk': a state recalls its own envoy, so the
    envoy's owner is the doer and the post left ('from') the target. Only withdrawing deeds:
    in 'the expulsion of Russian diplomats from Poland' 'from' names the doer."""
    if noun.lemma_.lower() not in clause_words("recall_deeds"):
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"
            and g.lemma_.lower() in clause_words("envoy_nouns")]


def bare_promises(sent: Span, covered: set[int]) -> list[Token]:
    """Promise verbs, and decisions taken together, whose act names no trigger of its own:
    'Nigeria committed to raising trade with Ghana', 'Turkey vowed to help Syria rebuild',
    'Morocco and Spain decided to set up a joint committee'."""
    out = []
    promising, deciding = clause_words("promising"), clause_words("deciding")
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.i in covered or not (lemma in promising or (
                lemma in deciding and pledged_together(verb))):
            continue
        act = _promised_act(verb)
        if act is not None and not covered & {t.i for t in act.subtree}:
            out.append(verb)
    return out


def _promised_act(verb: Token) -> Token | None:
    """'pledged to fund', 'committed to raising', 'is committed to expanding'."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((g for g in child.children if g.dep_ == "pcomp"
                         and g.pos_ == "VERB"), None)
    return None


def gives_back(verb: Token) -> bool:
    """'Return' with an object hands something back ('return four villages', 'returned the
    seized tanker'); only the intransitive verb travels ('returned to Moscow', 'returned home')."""
    return verb.lemma_.lower() == "return" and any(
        c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN") and c.lower_ != "home"
        for c in verb.children)
