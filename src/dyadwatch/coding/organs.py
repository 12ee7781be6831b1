"""Organs of an organisation named without it: 'the Permanent Council voted', 'the General
Assembly adopted a resolution', 'the Council adopted by consensus'.

A piece about one organisation names it once and then speaks of its organs alone. Several
organisations have organs of the same name (the OAS and the UN both have a General
Assembly, the OAS and the OSCE a Permanent Council), so a reader takes the organ to be
that of the organisation in view: the one named last whose institutions include an organ
of that name. A bare 'the Council' is that organ only when the organisation in view has
exactly one council. With no organisation in view the organ's usual owner stands (the
General Assembly of the UN) or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

ORG_KEY = "org:"  # as in role_refs: organisations named, the latest last
LONGEST = 3  # 'Committee of Ministers', 'Permanent Council', 'Council'


def _organs(kb: KnowledgeBase, code: str) -> list[str]:
    """The organ names of an organisation: its institutions less the organisation's own name
    ('OAS Permanent Council' gives 'permanent council')."""
    entry = kb.parties.get(code) or {}
    names = sorted(entry.get("names", []), key=len, reverse=True)
    out = []
    for inst in entry.get("institutions", []):
        text = inst["name"] if isinstance(inst, dict) else str(inst)
        for name in names:
            if text.startswith(name + " ") and name != text:
                out.append(text[len(name) + 1:].lower())
                break
    return out


def _in_view(kb: KnowledgeBase, memory: dict[str, Actor],
             earlier: Sequence[ActorPhrase]) -> Actor | None:
    """The organisation named last (earlier in the sentence, else before it), when it has
    organs of its own."""
    named = [p.actor for p in earlier if (kb.parties.get(p.actor.code) or {}).get("kind")
             == "organisation"]
    if not named:
        named = [memory[k] for k in memory if k.startswith(ORG_KEY)]
    if not named or not _organs(kb, named[-1].code):
        return None
    return named[-1]


def _match(kb: KnowledgeBase, code: str, words: str) -> bool:
    """'permanent council' is the organ; 'council' alone only when it is the one council."""
    organs = _organs(kb, code)
    if words in organs:
        return True
    heads = [o for o in organs if o.split()[-1] == words]
    return " " not in words and len(heads) == 1


def organ_references(kb: KnowledgeBase, sent: Span, phrases: Sequence[ActorPhrase],
                     memory: dict[str, Actor]) -> list[ActorPhrase]:
    """Phrases for capitalised organ names after 'the' that no other rule placed, and the
    organisation in view for organ names another organisation's alias took."""
    out = []
    taken = {i: p for p in phrases for i in range(p.start, p.end)}
    doc = sent.doc
    for token in sent:
        if token.lower_ != "the" or token.i + 1 >= sent.end:
            continue
        org = _in_view(kb, memory, [p for p in phrases if p.end <= token.i])
        if org is None:
            continue
        for length in range(LONGEST, 0, -1):
            end = token.i + 1 + length
            span = doc[token.i + 1:end]
            if end > sent.end or not all(t.text[:1].isupper() for t in span) or \
                    (end < sent.end and doc[end].text[:1].isupper()) or \
                    not _match(kb, org.code, span.text.lower()):
                continue
            owner = {taken[i].actor.code for i in range(span.start, end) if i in taken}
            if owner and owner != {org.code} and _whole(taken, span):
                out.append(_retake(taken[span.start], org))
            elif not owner:
                out.append(ActorPhrase(span.start, end, org, end - 1, False, False))
            break
    return out


def _whole(taken: dict[int, ActorPhrase], span: Span) -> bool:
    """The organ name is the whole phrase ('General Assembly'), not part of a longer one
    ('the UN General Assembly')."""
    phrase = taken[span.start]
    return phrase.start == span.start and phrase.end == span.end


def _retake(phrase: ActorPhrase, org: Actor) -> ActorPhrase:
    return ActorPhrase(phrase.start, phrase.end, Actor(org.code, org.name, phrase.actor.role,
                                                       phrase.actor.sector, phrase.actor.level),
                       phrase.head, phrase.is_person, phrase.is_venue_word)


def apply_organs(phrases: list[ActorPhrase], organs: list[ActorPhrase]) -> list[ActorPhrase]:
    """Replace the phrases organs retook, and add the new ones."""
    spans = {(o.start, o.end) for o in organs}
    return [p for p in phrases if (p.start, p.end) not in spans] + organs
