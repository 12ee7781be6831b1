"""Acts told in the same breath as a meeting take the meeting's parties.

Readouts and wire copy pack a meeting and what came of it into one sentence: 'Modi met
Muizzu and announced a currency swap', 'Biden hosted Kishida and Marcos, where they agreed
to expand patrols', 'Zelensky met Scholz, and Germany pledged a new arms package',
'Putin telephoned Aliyev and apologised'. The act's own clause names no one it is done to
(or, after 'where they', no one who does it), because the sentence has just said who was in
the room. Without this rule the coder keeps only the meeting, and the agreement, the aid or
the apology, which is the news, is lost.

The rule is narrow on purpose: the act must hang below the meeting word in the parse (a
conjoined verb, a 'where' clause, the object of either), or the meeting must be the act's
occasion ('during talks with X, Y pledged'); a doer of its own must be one of the meeting's
parties; and one party acting alone carries over only for acts that are done to the person
one meets (aid, support, apology, request, protest, agreement, cooperation), not for
criticism or threats, which are often aimed at someone not in the room.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.pairing import distinct
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

Pair = tuple[Actor, Actor, bool]

# acts one party does to the party it is meeting; the rest need a target of their own
HANDED_OVER = frozenset({"AID", "SUPPORT", "CONCEDE", "REQUEST", "PROTEST", "AGREE",
                         "COOPERATE"})
# acts the whole meeting does together, one undirected event between each two of its parties
JOINT = frozenset({"AGREE", "COOPERATE"})
# the path from the act up to the meeting word
LINKS = frozenset({"conj", "relcl", "advcl", "xcomp", "dobj", "ccomp", "acl"})
# 'during talks with', 'on the sidelines of the summit': the meeting is the act's occasion
PHRASE = frozenset({"prep", "pobj"})
OCCASIONS = frozenset({"during", "at", "in", "after", "following", "on"})
# subjects that stand for everyone in the room: clause_words 'together_subjects', read at use
# time ('they', 'both', 'the leaders')


def acts_at_meeting(found: Found, meetings: list[tuple[Token, list[Pair]]],
                    actors: list[ActorPhrase]) -> list[Pair]:
    """The pairs of the one meeting this act was done at, or none."""
    kind = found.entry.type
    if kind not in HANDED_OVER:
        return []
    for meeting, met in meetings:
        if not (_below(found.token, meeting) or _occasion(found.token, meeting)):
            continue
        parties = distinct([p for pair in met for p in pair[:2]])
        if len(parties) < 2:
            continue
        doers = _doers(found.token, meeting, actors, {p.code for p in parties})
        if doers is None:
            return []
        return _pairs(kind, [d for d in parties if d.code in doers] if doers else parties,
                      parties)
    return []


def _pairs(kind: str, doers: list[Actor], parties: list[Actor]) -> list[Pair]:
    directed = kind not in JOINT
    if len(doers) == len(parties):
        if kind not in JOINT:
            return []  # 'they met and called for calm': asked of no one in the room
        return [(a, b, False) for i, a in enumerate(parties) for b in parties[i + 1:]]
    return [(d, o, directed) for d in doers for o in parties if o not in doers]


def _below(act: Token, meeting: Token) -> bool:
    """'met X and pledged', 'met X and signed a deal', and 'hosted X at the White House,
    where they agreed', whose clause hangs on the place or the day of the meeting (a
    phrase under the meeting is crossed only above such a clause, so that 'met X on the
    sidelines of a summit on aid' lends the meeting's parties to no aid)."""
    token, clause = act, False
    while token.head.i != token.i and (token.dep_ in LINKS or (clause and token.dep_ in PHRASE)):
        clause = clause or token.dep_ in ("relcl", "advcl")
        token = token.head
        if token.i == meeting.i:
            return True
    return False


def _occasion(act: Token, meeting: Token) -> bool:
    """'During talks with Rutte, Kristersson pledged': the meeting noun is the object of a
    time preposition that hangs on the act, or on the first of the verbs the act is
    joined to ('During talks with X, Y raised the case and demanded their release')."""
    prep = meeting.head
    verbs = {act.i}
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
        verbs.add(act.i)
    return meeting.dep_ == "pobj" and prep.lower_ in OCCASIONS and prep.head.i in verbs \
        and meeting.pos_ == "NOUN"


def _doers(act: Token, meeting: Token, actors: list[ActorPhrase],
           parties: set[str]) -> set[str] | None:
    """Codes of who did the act; an empty set when everyone in the room did it; None when
    its subject is someone outside the meeting (or no party at all)."""
    subject = _subject(act, meeting)
    if subject is None or subject.lower_ in clause_words("together_subjects"):
        return set()
    words = [subject, *[c for c in subject.subtree if c.dep_ == "conj"]]
    codes = {a.actor.code for a in actors for w in words
             if a.start <= w.i < a.end or a.head == w.i}
    if not codes or not codes <= parties:
        return None
    return codes


def _subject(act: Token, meeting: Token) -> Token | None:
    """The act's own subject, or the one it shares with the verb it is joined to."""
    token = act if act.pos_ == "VERB" else act.head
    while True:
        own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return None if own[0].dep_ == "nsubjpass" and token.i != meeting.i else own[0]
        if token.dep_ not in ("conj", "xcomp") or token.head.i == token.i:
            return None
        token = token.head
