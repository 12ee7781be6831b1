"""Who met whom when several parties are named around one meeting word.

News prose names a meeting's parties in lists that do not all mean 'everyone met everyone':
leaders who attend a head of state's inauguration or a funeral each meet the host, not each
other; a person whose party the article leaves unresolved meets officials 'from A, B and C',
who are his partners, not each other's; a count such as 'three months after' in a later
clause says nothing about how many sides signed a pact.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import VERBAL, clause_head, clause_tokens
from dyadwatch.coding.triggers import Found
from dyadwatch.coding.venues import bloc_gathering, is_gathering
from dyadwatch.records import Actor


def several_sided(found: Found) -> bool:
    """Whether the trigger's own clause calls the act one of several sides together ('a
    trilateral pact with C', 'the three sides signed': clause_words 'several_sided_marks');
    then every signer is a partner of each. The clauses hung from the trigger's own do not
    count ('..., and Sisi made his first trip three months after ...')."""
    marks = clause_words("several_sided_marks")
    return any(t.lower_ in marks for t in clause_tokens(clause_head(found.token)))


def ceremony_honorees(found: Found, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """'attended the inauguration of President Tinubu', 'attended Mnangagwa's swearing-in':
    leaders who come to a state's inauguration or funeral are received by its host, so the
    party whose ceremony it is stands opposite each attendee."""
    if found.entry.type != "CONSULT" or found.token.pos_ not in VERBAL:
        return []
    ceremonies = clause_words("honour_ceremonies")
    honours = [c for c in found.token.children
               if c.dep_ in ("dobj", "obj") and _hyphened(c) in ceremonies]
    heads = {g.i for c in honours for g in c.children if g.dep_ == "poss"}
    heads |= {g.i for c in honours for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"}
    return [a.actor for a in actors if a.head in heads and a.actor.code not in own]


def _hyphened(noun: Token) -> str:
    """A noun's lemma with the words hyphened onto it: 'swearing-in' is parsed as the noun
    'in' with 'swearing' and '-' before it."""
    doc, start = noun.doc, noun.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_:
        start -= 2
    if start == noun.i:
        return noun.lemma_.lower()
    return doc[start:noun.i + 1].text.lower()


def unresolved_host(found: Found, actors: list[ActorPhrase]) -> bool:
    """'Than Swe meets ministers from Thailand, China and India': a named person, whose
    party the article did not let us resolve, met the parties listed; they are his
    partners, and their own pairs are not told. A gathering as subject ('The summit
    brought together A, B and C') or a plural one ('Ministers from A and B met') is not
    such a person."""
    subject = next((c for c in found.token.children if c.dep_ == "nsubj"), None)
    if found.token.pos_ not in VERBAL or subject is None or subject.tag_ != "NNP":
        return False
    if subject.lemma_.lower() in clause_words("meeting_nouns") or subject.ent_type_ in (
            "GPE", "NORP", "ORG", "FAC", "LOC"):
        return False
    words = set(range(subject.left_edge.i, found.token.i))  # 'ANKARA (Wire) - A and B
    # agreed': a dateline parsed as the subject leaves the parties between it and the verb
    return not any(a.head in words or any(a.start <= w < a.end for w in words) for a in actors)


def bloc_gathering_hosted(found: Found) -> bool:
    """'The next Pacific Islands Forum leaders' meeting will be hosted by Solomon Islands':
    a state that hosts a gathering of a body named after no state meets no one in that
    clause; the body is only the name of the gathering (as 'hosted the G20 summit' is)."""
    hosting = clause_words("hosting_verbs")  # 'host', 'welcome'
    if found.entry.type != "CONSULT" or found.token.lemma_.lower() not in hosting:
        return False
    return any(c.dep_ in ("nsubjpass", "dobj") and is_gathering(c) and bloc_gathering(c)
               and not any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
               for c in found.token.children)


def topic_partners(found: Found) -> set[int]:
    """'The two leaders discussed their joint mediation with the United States': the party
    behind 'with' on the thing discussed is a partner in that effort, not in the talk, so
    it is no target of the discussion. Only when the talk has several sides of its own
    ('the two leaders', 'A and B'): one leader's 'joint plan with X' is made with X."""
    if found.entry.type != "CONSULT" or found.token.pos_ not in VERBAL:
        return set()
    subject = next((c for c in found.token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" for c in subject.children)):
        return set()
    shared = clause_words("shared_effort_marks")  # 'their joint mediation', 'our common work'
    topics = [c for c in found.token.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
              and any(m.lower_ in shared for m in c.children
                      if m.dep_ in ("amod", "poss", "compound"))]
    return {w.i for t in topics for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
            for w in p.subtree}


def misheaded_subject(found: Found, actors: list[ActorPhrase]) -> ActorPhrase | None:
    """'Than Swe meets ...' parsed with 'Than' as a conjunction: the named person's phrase
    holds the verb's subject but is headed by another word, so no rule sees it as the
    subject. The phrase that holds the subject is the one who acts."""
    if found.token.pos_ not in VERBAL:
        return None
    subject = next((c for c in found.token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((a for a in actors if a.start <= subject.i < a.end and a.head != subject.i
                 and a.is_person), None)
