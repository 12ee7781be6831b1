"""Find event triggers in a sentence from the lexicon, with the checks each frame needs.

A trigger word alone is weak evidence: 'called' is a phone call only when it takes
a party as object and no naming complement ('called Azerbaijan a partner');
'agreement' is an event only when something signs or reaches it. Those checks
are stated per trigger in the lexicon (`requires`, `forbids`) and per frame here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyadwatch.knowledge import KnowledgeBase, Trigger

LIGHT_VERBS = {
    "have", "hold", "make", "pay", "send", "sign", "conduct", "exchange", "give", "provide",
    "deliver", "impose", "launch", "extend", "express", "offer", "receive", "reach", "conclude",
    "announce", "begin", "start", "host", "voice", "pledge", "reaffirm", "take", "carry",
    "arrive", "go", "travel", "welcome", "discuss", "adopt", "agree", "ink", "seal", "strike",
}
# verbs that pass judgment on a deed: whoever 'condemned the attacks' did not attack
JUDGING_TYPES = {"ACCUSE", "REJECT", "PROTEST"}
AGENT_NOUNS = {
    "delegation", "minister", "president", "leader", "leaders", "official", "officials", "envoy",
    "ambassador", "diplomat", "team", "troops", "force", "forces", "soldier", "mission", "premier",
    "chancellor", "secretary", "head", "chief", "king", "queen", "prince", "emir", "sultan",
    "monarch", "spokesman", "representative", "negotiator", "adviser", "advisor", "counterpart",
    "lawmaker", "senator", "speaker", "commissioner", "general", "commander", "prosecutor",
    "mediator", "observer", "inspector", "peacekeeper", "unit", "ship", "warship", "vessel",
    "convoy", "aircraft", "jet", "bomber", "minister-designate", "governor", "mayor", "party",
    "side", "government", "administration", "parliamentarian", "member", "member state"}
NAMING = {"call", "describe", "term", "label", "brand"}


@dataclass(frozen=True)
class Found:
    """A trigger matched in a sentence: its head token and the lexicon entry."""

    token: Token
    end: int
    entry: Trigger
    start: int = -1
    judged: bool = False  # a noun deed that another trigger's verb judges: 'condemned the attacks'


def find_triggers(kb: KnowledgeBase, sent: Span) -> list[Found]:
    found: list[Found] = []
    covered: set[int] = set()
    for size in (4, 3, 2):
        for i in range(sent.start, sent.end - size + 1):
            words = " ".join(t.lower_ for t in sent.doc[i : i + size])
            entry = next((kb.phrase_triggers[w] for w in (words, *_lemma_variants(sent, i, size))
                          if w in kb.phrase_triggers), None)
            if entry is None or covered & set(range(i, i + size)):
                continue
            head = _phrase_head(sent.doc[i : i + size], entry)
            if _accept(head, entry, sent):
                found.append(Found(head, i + size, entry, i))
                covered.update(range(i, i + size))
    for token in sent:
        if token.i in covered:
            continue
        for entry in _entries_for(kb, token):
            if _accept(token, entry, sent):
                found.append(Found(token, token.i + 1, entry, token.i))
                covered.add(token.i)
                break
    found.sort(key=lambda f: f.token.i)
    return [replace(f, judged=True) if _judged(f, found) else f for f in found]


def _judged(noun: Found, found: list[Found]) -> bool:
    """'She condemned the attacks on ...', 'denounced the invasion of ...': the deed's
    actor is not the judge, so the judging verb must not lend the noun its subject."""
    if noun.token.pos_ not in ("NOUN", "PROPN"):
        return False
    judges = {f.token.i: f for f in found if f.entry.pos == "VERB" and f.entry.type in
              JUDGING_TYPES and f.entry.type != noun.entry.type}
    current = noun.token
    for _ in range(3):  # 'condemned the attacks', 'accused Baku of attacks'
        head = current.head
        if head == current:
            return False
        if head.i in judges or (head.lemma_.lower() in NAMING and any(
                c.lower_ == "what" for c in head.children)):
            return True  # 'denounced what she called attacks by X': named, not reported
        if not (current.dep_ == "pobj" and head.dep_ == "prep"):
            return False
        current = head
    return False


def _lemma_variants(sent: Span, i: int, size: int) -> tuple[str, str]:
    """A noun phrase inflects its last word ('phone calls'), a verb phrase its first
    ('called on', 'broke off'): try both lemmatised forms."""
    tokens = sent.doc[i : i + size]
    rest = [t.lower_ for t in tokens]
    return (" ".join([*rest[:-1], tokens[-1].lemma_.lower()]),
            " ".join([tokens[0].lemma_.lower(), *rest[1:]]))


def _phrase_head(span: Span, entry: Trigger) -> Token:
    if entry.pos == "VERB":
        return span[0]
    return span.root


def _entries_for(kb: KnowledgeBase, token: Token) -> list[Trigger]:
    candidates = kb.triggers.get(token.lemma_.lower(), []) + kb.triggers.get(token.lower_, [])
    pos = token.pos_
    if pos == "PROPN" and not candidates and token.text[:1].isupper():
        # a verb mis-tagged as a name is not lemmatised: 'Congratulated', 'Called'
        word = token.lower_
        for stem in (word[:-1], word[:-2]) if word.endswith("ed") else ():
            candidates = candidates + [e for e in kb.triggers.get(stem, []) if e.pos == "VERB"]
    out = []
    for entry in candidates:
        if (entry.pos == "VERB" and pos in ("VERB", "AUX")) or (entry.pos == "NOUN" and pos in (
                "NOUN", "PROPN")):
            out.append(entry)
        elif entry.pos == "VERB" and pos == "PROPN" and token.text[:1].isupper() and token.i > 0:
            out.append(entry)  # machine-translated text capitalises verbs mid-sentence
    return out


def _accept(token: Token, entry: Trigger, sent: Span) -> bool:
    if entry.pos == "VERB" and (token.dep_ == "amod" or (token.dep_ == "compound"
                                and token.pos_ != "PROPN")):
        return False  # 'the once occupied region', 'US-backed': an adjective, not an act
    if entry.frame == "call" and not _is_phone_call(token):
        return False
    if entry.frame == "recognize" and not any(t.lower_ in ("part", "sovereignty", "integrity",
                                                          "independence") for t in token.subtree):
        return False
    if entry.frame == "party_object" and not any(c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"
                                                 for c in token.children):
        return False  # 'the bloc suspended Niger': the object is a member, not an activity
    if entry.frame == "travel" and not _agent_subject(token):
        return False  # 'His comments came a day after ...': only people and bodies travel
    if entry.type in JUDGING_TYPES and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj")
                                           for c in token.children):
        return False  # 'denounced what she called illegal attacks': the naming is a hedge
    if entry.requires and not _has_governor(token, entry.requires):
        return False
    return not (entry.forbids and any(c.lemma_.lower() in entry.forbids for c in token.children
                                      if c.dep_ in ("dobj", "obj")))


def _agent_subject(verb: Token) -> bool:
    """A common-noun subject of a travel verb must be people or a body: 'the delegation
    arrived', 'troops went', not 'his comments came' or 'the decision came'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return True
    return subject.lemma_.lower() in AGENT_NOUNS


def _is_phone_call(token: Token) -> bool:
    """'called Aliyev' is a call; 'called on', 'called for', 'called X a Y', 'so-called' are not."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in ("on", "upon", "for", "off", "in", "out", "up"):
        return False
    if token.i > 0 and token.doc[token.i - 1].text in ("-", "so"):
        return False
    for child in token.children:
        if child.dep_ in ("oprd", "xcomp", "attr", "acomp") and (child.pos_ == "ADJ" or any(
                g.dep_ == "det" or g.pos_ == "ADJ" for g in child.children)):
            return False  # 'called the measures unacceptable', 'called it a provocation'
        if child.dep_ == "ccomp":
            return False
        if child.dep_ in ("dobj", "obj") and any(g.pos_ == "ADJ" and g.i > child.i
                                                 for g in child.children):
            return False  # 'called the measures unacceptable' parsed as a trailing adjective
    return token.dep_ not in ("amod", "acl") or token.tag_ != "VBN"


def _has_governor(token: Token, lemmas: tuple[str, ...]) -> bool:
    """A noun trigger needs its verb ('signed an agreement'); a verb its object."""
    if token.pos_ in ("VERB", "AUX"):
        # a name does not count: 'complaint to the World Trade Organization' is no trade
        return any(c.lemma_.lower() in lemmas or c.lower_ in lemmas for c in token.subtree
                   if c.pos_ != "PROPN")
    head = token.head
    for _ in range(3):
        if head.lemma_.lower() in lemmas:
            return True
        if head.head == head:
            break
        head = head.head
    # 'the alliance agreement signed on February 22': a participle modifying the noun
    return any(c.lemma_.lower() in lemmas for c in token.children if c.dep_ in ("acl", "relcl", "amod"))
