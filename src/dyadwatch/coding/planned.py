"""Whether an act is told as still to come: 'will visit', 'is due to visit', 'the talks
are slated for June', 'agreed to return', 'look forward to the visit'.

Split out of modality.py, which decides among occurred, planned, negated and hypothetical:
these checks climb the same chain of governing words but only ever answer 'planned', and a
plan has its own vocabulary (arranging verbs, 'due', 'set', 'be to') worth reading apart.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

# Word lists read at use time from the knowledge in use (clause_words): 'planning_verbs',
# words that look forward to an act ('plans to visit', 'agreed to return'); 'settling_verbs',
# which with a noun object make the decision the deed ('decided sanctions', 'agreed a
# truce'); 'offered_words', what is given in the offering itself ('offered condolences');
# 'planning_verbs' with 'arranging_verbs' and 'arranged_words', what an event noun is said
# to be, passive or as an adjective, when it is still to come ('the visit was scheduled for
# May', 'talks are slated for June', 'the summit is due'); 'happening_verbs', verbs of an
# event taking place ('did not take place', 'failed to materialise'); 'lapsed_plan_words',
# what a plan told in the past perfect was ('had been due to', 'had been expected to').
# Future auxiliaries are grammar, and the lemma fixes a tagger quirk: both stay in code.
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# the tagger reads 'hopes' as a form of 'hop'
MISREAD_LEMMAS = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def _arranged(token: Token, chain: list[Token]) -> bool:
    """'A visit by X to Y was scheduled for September', 'the talks are due in May': the
    event named as the subject of a passive arranging verb, or of 'be' with such a word,
    is a plan; the act of arranging is no news of its own."""
    if token == chain[0]:
        return False
    below = chain[chain.index(token) - 1]
    arranged_words = clause_words("arranged_words")
    arranging = clause_words("planning_verbs") | clause_words("arranging_verbs")
    if below.dep_ == "nsubjpass" and (_lemma(token) in arranging or token.lower_ in arranged_words):
        return True
    if token.lemma_.lower() != "be" or not any(
            c.dep_ in ("acomp", "attr", "advmod") and c.lower_ in arranged_words
            for c in token.children):
        return False
    # 'the talks are due'; 'Li Qiang is due on Tuesday for the summit': what one is due for
    return below.dep_ == "nsubj" or (below.dep_ == "prep" and below.lower_ == "for")


def is_planned(chain: list[Token]) -> bool:
    """Whether a word on the chain up from the trigger (the trigger first) arranges, promises
    or looks forward to the act, before the chain leaves the trigger's own clause."""
    for token in chain[:4]:
        children = list(token.children)
        if _arranged(token, chain):
            return True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children):
            return True
        if _looks_forward(token, chain):
            return True  # 'look forward to the visit of X later this year'
        if _lemma(token) in clause_words("planning_verbs") and token != chain[0] and \
                _complement_below(chain, token) and not _settled(chain, token) and not _decided(chain, token):
            return True  # 'agreed to return', not 'agreed at their summit'
        if any(c.lower_ == "going" for c in children) and any(c.lower_ == "to" for c in children):
            return True
        if _be_to(token, chain):
            return True  # 'were to hold a video call later on Sunday'
        if token.dep_ in ("ROOT", "ccomp") and token != chain[0]:
            break
    return False


def _lemma(token: Token) -> str:
    return MISREAD_LEMMAS.get(token.lower_, token.lemma_.lower())


def _looks_forward(token: Token, chain: list[Token]) -> bool:
    """'both countries look forward to the visit', 'we look forward to welcoming him': what
    one looks forward to is still to come."""
    return token.lemma_.lower() == "look" and token != chain[0] and any(
        c.lower_ == "forward" and c.dep_ in ("advmod", "prt") for c in token.children)


def _settled(chain: list[Token], verb: Token) -> bool:
    """'had decided heavy sanctions against Mali', 'agreed a ceasefire': a past decision whose
    object is the measure itself, not a clause of what to do, is the measure taken; what a
    decided thing is for ('agreed a date for talks') stays to come."""
    below = chain[chain.index(verb) - 1]  # the trigger itself: 'agreed a date for talks'
    if verb.lemma_.lower() == "offer" and below.lemma_.lower() in clause_words("offered_words"):
        return True  # 'offered condolences', 'offered its support': saying it is the act
    return below == chain[0] and verb.lemma_.lower() in clause_words("settling_verbs") and verb.tag_ in (
        "VBD", "VBN") and below.dep_ in ("dobj", "obj") and below.pos_ in ("NOUN", "PROPN")


def _decided(chain: list[Token], verb: Token) -> bool:
    """'decided to expel the ambassador', 'has decided to send troops': a past decision to
    take a measure is the measure taken that day; what was decided about a meeting
    ('decided to hold summits annually', 'decided to meet again') stays to come."""
    below = chain[chain.index(verb) - 1]
    return below == chain[0] and verb.lemma_.lower() == "decide" and verb.tag_ in (
        "VBD", "VBN") and below.dep_ == "xcomp" and \
        below.lemma_.lower() not in clause_words("planned_meeting_verbs")  # a meeting to hold


def _be_to(token: Token, chain: list[Token]) -> bool:
    """'be' with a 'to' infinitive ('the leaders were to meet') arranges what is to come."""
    if token.lemma_.lower() != "be" or token == chain[0]:
        return False
    below = chain[chain.index(token) - 1]
    return below.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in below.children)


def _complement_below(chain: list[Token], verb: Token) -> bool:
    """Whether the chain reaches `verb` through what it plans (its object or clause), not
    through an adjunct that says where or when it was planned."""
    below = chain[chain.index(verb) - 1]
    return below.dep_ not in ("prep", "npadvmod", "advmod", "nsubj", "nsubjpass", "conj")


def lapsed_plan(chain: list[Token]) -> bool:
    """'had been due to travel on Monday', 'had been scheduled to visit', 'was to have met',
    'was supposed to meet': a plan told from after its time, in the past perfect or with a
    perfect infinitive, is a plan that fell through; the writer would say it happened if it
    had. 'is due to travel' and 'had travelled' are not such plans."""
    for below, token in pairwise(chain[:5]):
        if below.dep_ == "xcomp" and _lapsed(token, below):
            return True
        if token.dep_ in ("ROOT", "ccomp"):
            break  # the plan must govern the trigger's own clause ('signed the accord')
    return False


def _lapsed(token: Token, below: Token) -> bool:
    """Whether `token`, governing the planned act `below`, tells a plan after its time."""
    if _lemma(token) in clause_words("lapsed_plan_words"):
        holder = token.head if token.dep_ == "acomp" else token  # 'had been due to'
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in holder.children):
            return True
        if _lemma(token) == "suppose" and token.tag_ == "VBN":
            return True  # 'was supposed to meet': the plan, not the meeting, is told
    return token.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "have"
                                                for c in below.children)  # 'was to have met'
