"""Members of listed parties: the parse often hangs the later members of a list ('A, B,
C and D met', 'met with A, and B') off the wrong word, so each member is brought back to
the role the list plays for the trigger."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words

LIST_GLUE = {"and", ",", "the"}
DEAL_DEPS = {"dobj", "obj", "nsubjpass", "ccomp"}  # 'signed the deal between A and B'
# who signs 'as guarantors' or witnesses a deal is no party to it
# lexicon clause_words "witness_nouns"


def join_stray_members(targets: list[ActorPhrase], participants: list[ActorPhrase],
                       stray: list[ActorPhrase]) -> None:
    """'received A, and then B', 'held a meeting with A, and B': the parse hangs the last
    member of a listed object off the verb as its conjunct; a party is no verb, so it joins
    the object or partner named just before it."""
    for actor in stray:
        groups = (targets, participants)
        before = [(m.start, group) for group in groups for m in group if m.end <= actor.start]
        if before:
            max(before, key=lambda pair: pair[0])[1].append(actor)


def coordinated_members(groups: list[list[ActorPhrase]], actors: list[ActorPhrase],
                        sent: Span) -> None:
    """'envoys from Türkiye and Armenia': a party coordinated with one inside an argument
    phrase plays the same role, though the parse hangs it off the inner party. A long list
    ('A, B, C and D met') chains each member to the one before, so members that join the
    group are searched in turn."""
    for group in groups:
        for member in group:  # grows while it is walked: the chain is followed to its end
            for actor in actors:
                token = sent.doc[actor.head]
                if actor in group or token.dep_ != "conj" or not (
                        member.start <= token.head.i < member.end) or actor.start < member.end:
                    continue
                group.append(actor)


def listed_before_members(groups: list[list[ActorPhrase]], placed_groups: list[list[ActorPhrase]],
                          actors: list[ActorPhrase], sent: Span) -> None:
    """'Turkey's envoy Kilic and Armenia's envoy Rubinyan held a meeting', 'A, B and C signed':
    the parse often hangs the first of listed parties inside the next one ('envoy' as a
    modifier of 'Rubinyan'); the parties listed just before an argument, each hung into a
    neighbour of the list, play the argument's role."""
    doc = sent.doc
    placed = {id(a) for group in placed_groups for a in group}
    ordered = sorted(actors, key=lambda a: a.start)
    for group in groups:
        for member in list(group):
            run = [member]
            for actor in reversed([a for a in ordered if a.end <= member.start]):
                between = [t.lower_ for t in doc[actor.end : run[0].start]]
                if not between or not set(between) <= LIST_GLUE or (
                        len(run) == 1 and "and" not in between) or id(actor) in placed or (
                        actor.start > 0 and doc[actor.start - 1].pos_ == "ADP"):
                    break
                if not any(_linked(actor, other, doc) or _linked(other, actor, doc) for other in run):
                    break
                run.insert(0, actor)
            for actor in run[:-1]:
                group.append(actor)
                placed.add(id(actor))


def _linked(inner: ActorPhrase, outer: ActorPhrase, doc: Doc) -> bool:
    """Some token of one phrase hangs, through nouns and prepositions, into the other."""
    for token in doc[inner.start : inner.end]:
        current = token
        for _ in range(4):
            if current.head == current or current.pos_ in ("VERB", "AUX"):
                break
            current = current.head
            if outer.start <= current.i < outer.end:
                return True
    return False


def deal_parties(verb: Token, signers: list[ActorPhrase],
                 actors: list[ActorPhrase]) -> list[ActorPhrase] | None:
    """'the agreement between A and B was also signed by C': whoever signs a deal between
    named parties joins its members, unless they sign 'as guarantors' or witnesses, who are
    no party to it. None when the verb signs no deal that names its members."""
    deal = next((c for c in verb.children if c.dep_ in DEAL_DEPS and _between(c)), None)
    if deal is None:
        return None
    inside = {t.i for p in _between(deal) for t in p.subtree}
    members = [a for a in actors if a.head in inside]
    if not members:
        return None
    witnessed = any(t.dep_ == "pobj" and t.head.lower_ == "as" and
                    t.lemma_.lower() in clause_words("witness_nouns") for t in verb.subtree)
    return members if witnessed else signers + members


def _between(deal: Token) -> list[Token]:
    return [c for c in deal.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
