"""The doer of a deed, named again only by the deed: 'Burundi closed its border with
Rwanda ... Kigali regretted the unilateral decision'.

A reaction in news copy often names the act, not the party that did it ('condemned the
expulsion', 'rejected the move'), because the sentence before has just told who did it. A
reader takes 'the decision' to be that party's. This module keeps, for a few sentences,
the subject of the last deed verb with the nouns that can name its deed, and lets a
definite deed noun that is the object of a reaction verb stand for that party.

It is kept apart from actor_things' memory of owned things: there a bare noun in any role
names its owner, which is right for 'the balloon' but too loose for 'the decision', a
word that so often has no owner in mind. Here the noun counts only as what a reaction
verb is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_memory import Phrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.records import Actor

DEED_WINDOW = 4  # sentences a deed's doer stays in mind ('the decision' further on is another)
DEFINITE = {"the", "this", "that"}
# lexicon clause_words "deed_doing_verbs": acts one party does that a later sentence may
# call 'the decision'; "deed_nominals": 'verb=noun' pairs, the noun naming that verb's act
# ('close=closure'); "decision_nouns": nouns naming any deed ('the move', 'the step');
# "deed_reaction_verbs": verbs whose object is the deed reacted to.


def remember_deeds(sent: Span, phrases: Sequence[Phrase], memory: dict[str, Actor]) -> None:
    """Age what was kept, then keep each deed of this sentence: the party that is the
    subject of a deed verb, the nouns that can name its deed and the parties it was done
    to. Keys are 'deed:AGE:SLOT:n:NOUN' (the doer) and 'deed:AGE:SLOT:p:CODE' (a patient)."""
    for key in [k for k in memory if k.startswith("deed:")]:
        _, age, rest = key.split(":", 2)
        actor = memory.pop(key)
        if int(age) + 1 < DEED_WINDOW:
            memory[f"deed:{int(age) + 1}:{rest}"] = actor
    for slot, phrase in enumerate(phrases):
        verb = _deed_verb(sent.doc[phrase.head])
        if verb is None:
            continue
        for noun in _deed_nouns(verb):
            memory[f"deed:0:{slot}:n:{noun}"] = phrase.actor
        memory[f"deed:0:{slot}:h:{sent.doc[phrase.head].lemma_.lower()}"] = phrase.actor
        for other in phrases:
            if other.actor.code != phrase.actor.code and any(
                    t.i == other.head for t in verb.subtree):
                memory[f"deed:0:{slot}:p:{other.actor.code}"] = other.actor


def deed_reference(token: Token, phrases: Sequence[Phrase], memory: dict[str, Actor]
                   ) -> Actor | None:
    """The doer a definite deed noun names back: 'regretted the unilateral decision',
    'condemned this move'. Not a noun whose owner is said ('Burundi's decision', 'the
    decision of Niger') nor one whose reactor is its own doer. Of several deeds kept, the
    one done to the reactor is meant ('Togo recalled its envoy from Ghana. Benin expelled
    ... Ghana regretted the decision'), else the newest."""
    verb = token.head
    if token.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in clause_words("deed_reaction_verbs"):
        return None
    owner = _bare_owner(token, phrases)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) or any(
            c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("of", "by")
                                               and owner is None)
            for c in token.children):
        return None
    if _own_deed(token) or (owner is not None and len(
            {a.code for k, a in memory.items() if k.startswith("deed:") and
             k.endswith(f":h:{owner}")}) > 1):
        return None  # 'the vote in the Assembly on Gaza'; two parliaments just told
    reactors = {p.actor.code for p in phrases if sent_subject(p, verb)}
    deeds = sorted((int(k.split(":")[1]), k.split(":")[2], a) for k, a in memory.items()
                   if k.startswith("deed:") and k.endswith(f":n:{token.lemma_.lower()}") and
                   (owner is None or f"deed:{k.split(':')[1]}:{k.split(':')[2]}:h:{owner}" in memory))
    done_to = [(age, slot) for age, slot, _ in deeds if any(
        memory.get(f"deed:{age}:{slot}:p:{code}") for code in reactors)]
    chosen = [a for age, slot, a in deeds if (age, slot) in done_to[:1]] or [a for _, _, a in deeds[:1]]
    actor = chosen[0] if chosen else None
    return None if actor is None or actor.code in reactors else actor


def _own_deed(token: Token) -> bool:
    """'criticised the vote in the UN General Assembly on Gaza', 'the decision that it
    took in May': a deed noun with its own venue, topic or clause names a deed of its own,
    not the one just told; only an owner ('of', 'by') or a date may follow it. The parser
    often hangs the venue on the verb, so a prep right after the noun naming a place or
    body counts too ('in a statement' names none)."""
    for child in token.children:
        if child.dep_ in ("relcl", "acl"):
            return True
        if child.dep_ == "prep" and child.lower_ not in ("of", "by") and not any(
                c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children):
            return True
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return False
    prep = token.doc[after]
    return prep.dep_ == "prep" and prep.head.i == token.head.i and \
        prep.lower_ not in ("of", "by") and any(
            c.dep_ == "pobj" and c.ent_type_ in NAMED_OCCASIONS for c in prep.children)


NAMED_OCCASIONS = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "NORP"})


def _bare_owner(token: Token, phrases: Sequence[Phrase]) -> str | None:
    """'welcomed the decision of parliament' after 'The Slovak parliament endorsed the
    treaty': an owner named by a bare common noun that names no party by itself is the
    body just told as the doer, so the deed kept for a doer of that head noun is meant.
    An owner that is a party ('the decision of Niger') names the doer outright."""
    covered = {i for p in phrases for i in range(p.start, p.end)}
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "by"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and noun.i not in covered:
            return noun.lemma_.lower()
    return None


def sent_subject(phrase: Phrase, verb: Token) -> bool:
    """Whether the phrase is the subject of the verb."""
    head = verb.doc[phrase.head]
    return head.head == verb and head.dep_ in ("nsubj", "nsubjpass")


def _deed_verb(head: Token) -> Token | None:
    """The deed verb the party is the active subject of; 'decided to close' and 'filed its
    application, alleging that ...' name the closing and the allegation as well."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in clause_words("deed_doing_verbs"):
        return verb
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                 and c.tag_ != "VBN" and c.lemma_.lower() in clause_words("deed_doing_verbs")),
                None)


def _deed_nouns(verb: Token) -> set[str]:
    lemma = verb.lemma_.lower()
    own = {pair.split("=", 1)[1] for pair in clause_words("deed_nominals")
           if pair.split("=", 1)[0] == lemma}
    return own | set(clause_words("decision_nouns"))
