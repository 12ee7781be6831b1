"""Which parties of a symmetric event (a meeting, a call, an agreement) are paired.

Split from pairing: a meeting names its parties as subjects, objects, hosts and venues, and
news prose lists them in ways that do not all mean 'everyone met everyone': co-signers on
one side of a pact, guests received one after another, a host state whose capital the talks
were held in.
"""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Span

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.ceremonies import several_sided
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.delegations import delegates_apart
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

# lexicon clause_words "passive_hosting_verbs"

def symmetric_pairs(found: Found, core: list[Actor], targets: list[Actor],
                     everyone: list[Actor], sent: Span) -> list[tuple[Actor, Actor, bool]]:
    """Every pair of a meeting's parties, except the objects among themselves when the
    subject dealt with each in turn: 'Israel signed agreements with the UAE and Bahrain',
    'received A, and then B'."""
    core = _distinct(core)
    codes = {c.code for c in core}
    others = [t for t in _distinct(targets) if t.code not in codes]
    separate = found.entry.type == "AGREE" or any(
        t.lower_ in ("then", "separately", "later") for t in sent) or delegates_apart(found.token)
    present = {e.code for e in everyone}  # a host ('at the White House') is no 'with' side
    if found.entry.type == "AGREE" and len(core) > 1 and others and all(
            o.code in present for o in others) and not several_sided(found):
        return [(a, b, False) for a in core for b in others]  # 'A and B signed a pact with
        # C': the co-signers are one side, each other's partners in nothing told here
    if not (core and len(others) > 1 and separate):
        return [(a, b, False) for a, b in combinations(everyone, 2)]
    return [(a, b, False) for a, b in combinations(core, 2)] + [
        (a, b, False) for a in core for b in others]


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
