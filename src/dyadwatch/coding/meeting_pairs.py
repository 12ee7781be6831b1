"""Which parties of a symmetric event (a meeting, a call, an agreement) are paired.

Split from pairing: a meeting names its parties as subjects, objects, hosts and venues, and
news prose lists them in ways that do not all mean 'everyone met everyone': co-signers on
one side of a pact, guests received one after another, a host state whose capital the talks
were held in.
"""

from __future__ import annotations

import re
from itertools import combinations

from spacy.tokens import Span, Token

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.ceremonies import several_sided
from dyadwatch.coding.clause_words import active_kb, clause_words
from dyadwatch.coding.delegations import delegates_apart
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

# lexicon clause_words "passive_hosting_verbs"

def symmetric_pairs(found: Found, core: list[Actor], targets: list[Actor],
                     everyone: list[Actor], sent: Span) -> list[tuple[Actor, Actor, bool]]:
    """Every pair of a meeting's parties, except the objects among themselves when the
    subject dealt with each in turn: 'Israel signed agreements with the UAE and Bahrain',
    'received A, and then B' (a sequence word only splits when the subject is known)."""
    core = _distinct(core)
    codes = {c.code for c in core}
    others = [t for t in _distinct(targets) if t.code not in codes]
    apart = dealt_apart(found, sent)
    separate = found.entry.type == "AGREE" or apart or _says(sent, "sequence_words") or (
        delegates_apart(found.token)) or _signing_meeting(found)
    present = {e.code for e in everyone}  # a host ('at the White House') is no 'with' side
    if found.entry.type == "AGREE" and len(core) > 1 and others and all(
            o.code in present for o in others) and not several_sided(found):
        return [(a, b, False) for a in core for b in others]  # 'A and B signed a pact with
        # C': the co-signers are one side, each other's partners in nothing told here
    if apart and not core and len(others) > 1 and _has_subject(found):
        return []  # 'she met A and B respectively', 'she' unresolved: A and B never met
    faced = [o for o in others if o.code in present]  # a host state is no counterpart
    if _delegation(found, core, faced, sent):
        return [(a, b, False) for a in core for b in faced] + [
            (a, b, False) for a, b in combinations(faced, 2)]
    if not (core and len(others) > 1 and separate):
        return [(a, b, False) for a, b in combinations(everyone, 2)]
    return [(a, b, False) for a, b in combinations(core, 2)] + [
        (a, b, False) for a in core for b in others]


def _delegation(found: Found, core: list[Actor], others: list[Actor], sent: Span) -> bool:
    """'Ramaphosa, Sall and Hichilema met Zelensky in Kyiv': leaders named together as the
    subject of an in-person meeting with a counterpart came as one delegation; each met the
    counterpart, and the sentence tells no meeting among themselves (they travelled together).
    Only a counterpart met as the verb's object counts: 'A and B met with C' or 'held talks
    with C' is as often A and B meeting each other with C as host or mediator. Two subjects
    meeting two others may be a mediated meeting of all four ('Merkel and Hollande met Putin
    and Poroshenko'), so two co-subjects count as one side only against a single
    counterpart, and only on a trip to the counterpart's state or with no place told;
    three or more always do."""
    if found.entry.type != "CONSULT" or not others or len(core) < 2 or \
            not _has_subject(found) or _calls(found, {t.lower_ for t in sent}) or \
            _says(sent, "joint_call_words"):
        return False
    if not any(c.dep_ in ("dobj", "obj") for c in found.token.children):
        return False  # 'A and B met in Putrajaya with C as host': A and B met each other
    if len(core) >= 3:
        return True
    # two co-subjects at a third place ('Blinken and Wang Yi met Lavrov in Geneva') sit at
    # one table with the counterpart, all three
    return len(others) == 1 and not _neutral_place(found, {o.code for o in others})


def _neutral_place(found: Found, counterparts: set[str]) -> bool:
    """Whether the meeting is placed ('in Geneva', 'at the summit in Bali') somewhere that is
    not the counterpart's state: only a trip to the counterpart makes co-subjects one
    delegation ('met Zelensky in Kyiv'); at a third place they sit at one table."""
    places = [p for prep in found.token.children
              if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
              for p in prep.children if p.dep_ == "pobj" and p.ent_type_ in PLACE_ENTS]
    if not places:
        return False
    kb = active_kb()
    owners = set()
    for place in places:
        name = _entity_text(place)
        alias = kb.aliases.get(name)  # a capital or a state's name: 'in Kyiv'
        owners.add(alias.code if alias else kb.place_party(name))
    return not owners & counterparts


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _entity_text(token: Token) -> str:
    """The whole name a place word ends ('Buenos Aires' for 'Aires')."""
    if token.ent_type_:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent.text
    return token.text


def _signing_meeting(found: Found) -> bool:
    """The meeting read from a signing ('signed the compacts with A in Port Moresby, and
    with B the following day'): like the signing itself, its partners each met the signer,
    and not each other."""
    return found.entry.type == "CONSULT" and found.entry.lemma == "agree" and \
        found.token.lemma_.lower() in clause_words("in_person_verbs")


def dealt_apart(found: Found, sent: Span) -> bool:
    """Whether the subject dealt with its counterparts one at a time, so they are not each
    other's partners: 'separately', 'separate' or 'bilateral' talks,
    'met A and B respectively', and a call placed to two leaders, which is two calls
    unless the sentence makes it one ('a three-way call', 'a joint call')."""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    if _says(sent, "separate_dealing_words") or any(
            c.lower_ in clause_words("separate_meeting_modifiers") for c in found.token.children):
        return True
    return _calls(found, words) and not _says(sent, "joint_call_words")


def _says(sent: Span, list_name: str) -> bool:
    """A listed word in the sentence, read on its text so that a hyphened word the
    tokenizer split ('three-way') still counts."""
    text = sent.text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in clause_words(list_name))


def _has_subject(found: Found) -> bool:
    """Whether someone is named as doing the meeting, on the trigger or on the light verb
    that holds it ('she met', 'he held talks'), though no party could be read from it."""
    token = found.token
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "obj") else [])
    return any(c.dep_ in ("nsubj", "nsubjpass") for h in holders for c in h.children)


def _calls(found: Found, words: set[str]) -> bool:
    """A telephone call: the trigger is one, or a meeting word stands beside 'phone'."""
    return found.entry.type == "CONSULT" and (found.entry.mode == "phone" or bool(
        words & set(clause_words("phone_nouns"))))


def visitor_first(pair: tuple[Actor, Actor, bool], venue: set[str]) -> tuple[Actor, Actor, bool]:
    """'talks in Moscow between Putin and the US envoy': a meeting held in one party's
    country is the other's visit to it, so the visitor is named first."""
    first, second, directed = pair
    if first.code in venue and second.code not in venue:
        return second, first, directed
    return pair


def host_side(found: Found, sources: list[Actor]) -> set[str]:
    """'The Kenyan president was received by Xi', 'was welcomed by Ruto': the subject of a
    passive of receiving is the visitor, named first as its clause names it; the one who
    receives is at home."""
    if found.entry.type != "CONSULT" or not any(
            a.lemma_.lower() in clause_words("passive_hosting_verbs")
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in a.children)
            for a in role_rules.trigger_anchors(found)):
        return set()
    return {s.code for s in sources}


def hosted(hosts: list[Actor], everyone: list[Actor]) -> list[tuple[Actor, Actor, bool]]:
    """'signed agreements with A and B at the White House': the host state meets every
    party of the ceremony, though the parties it brought together deal with each in turn."""
    codes = {h.code for h in hosts}
    return [(other, host, False) for host in hosts for other in everyone
            if other.code not in codes]



def _distinct(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.code, actor)
    return list(seen.values())
