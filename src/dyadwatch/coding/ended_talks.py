"""Acts told by what they end or send away: broken-off talks, envoys told to leave.

The noun 'talks' is a meeting when talks are held, and no meeting when it is the object of
a verb that stops them: 'suspended negotiations with Brazil', 'terminated all trade talks
with Canada', 'broke off talks with Bolivia' report a measure against the other side (a
SANCTION, coded from the verb) and no round of talks that day. Verbs that close a round
that took place ('ended three days of talks', 'concluded negotiations') stay meetings,
so only verbs that stop talks against their course count (lexicon 'talk_ending_verbs').

An expulsion is often written without 'expel': 'told the Russian ambassador to leave the
country', 'told the envoy to leave by Friday'. 'tell' is that order only when its object
is a diplomat (lexicon 'diplomatic_envoys') and its complement a leaving verb (lexicon
'leaving_verbs'); 'told reporters he would leave' is a plan of the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words


def _stopping_verb(verb: Token) -> bool:
    """A verb that stops talks: 'suspend', 'terminate'; 'break' only with 'off'."""
    lemma = verb.lemma_.lower()
    if lemma not in clause_words("talk_ending_verbs"):
        return False
    if lemma == "break":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return True


def stopped_talks(noun: Token) -> bool:
    """The meeting noun is what a stopping verb stops ('suspended negotiations with X',
    'broke off the talks'), directly or as the second of coordinated objects."""
    head = noun
    if head.dep_ == "conj":
        head = head.head
    return head.dep_ in ("dobj", "obj") and head.head.pos_ in ("VERB", "AUX") \
        and _stopping_verb(head.head)


def breaks_off_talks(verb: Token) -> bool:
    """'broke off talks with Chile', 'broke off negotiations': 'break' with 'off' and a
    meeting noun as object is a measure; 'the talks broke down' is not one."""
    if not _stopping_verb(verb) or verb.lemma_.lower() != "break":
        return False
    nouns = clause_words("resumable_meeting_nouns")
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in nouns for c in verb.children)


def orders_envoy_out(verb: Token) -> bool:
    """'told the Russian ambassador to leave the country': 'tell' with a diplomat as object
    and a leaving verb as its complement is an expulsion."""
    envoys = clause_words("diplomatic_envoys")
    told = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    if not any(c.lemma_.lower() in envoys or c.lower_ in envoys for c in told):
        return False
    leaving = clause_words("leaving_verbs")
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in leaving
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in verb.children)
