"""One word's own clause in a dependency parse: the verb it hangs on, and that clause's words.

Many rules ask the same question of the parse: from this word, which verb tells the act it
belongs to, and which words share that verb's clause rather than a clause hung below it?
They differ in small, deliberate ways (a rule about 'responded by accusing' must stop at the
'by' phrase; a forecast must stop where one verb is the complement of another), so the
climb takes those differences as explicit arguments instead of each rule writing its own
loop. Only parser grammar lives here (part-of-speech tags and dependency labels); the
words the rules care about are in lexicon.json.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

VERBAL = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})  # a clause's own subject
# the labels by which a clause of its own hangs under a word ('when X signed', 'that Y
# would', 'to hold talks', 'which Z built'); coordination is decided apart (see below)
CLAUSE_LABELS = frozenset({"advcl", "relcl", "ccomp", "parataxis", "acl", "xcomp"})
CONJUNCT_STEPS = 6  # how far up a coordinated list of verbs is followed


def clause_head(token: Token, *, verbal: Collection[str] = VERBAL,
                stop_labels: Collection[str] = (),
                through: Collection[str] | None = None) -> Token:
    """The word a token's clause is told by: the token itself when it is verbal, else the
    first verbal word above it. The climb ends early, on the word reached, at the root, at
    a word hung by one of `stop_labels` (the rule wants that word, not the verb above it),
    or, when `through` is given, at a word hung by any label outside `through` (the rule
    trusts only those links). Callers check whether what they got is verbal."""
    word = token
    while word.pos_ not in verbal and word.head.i != word.i and word.dep_ not in stop_labels \
            and (through is None or word.dep_ in through):
        word = word.head
    return word


def governing_verb(token: Token, through: Collection[str],
                   verbal: Collection[str] = VERBAL) -> Token | None:
    """The verb a non-verbal word is an argument of, reached only by `through` links
    ('carried out tit-for-tat expulsions': 'expulsions' is the object of 'carried'); None
    when such a climb meets no verb. A verbal word is its own answer. The noun-phrase climb
    of trigger anchors, which judges each head it meets rather than the links, is
    anchors.verb_above_phrase."""
    word = clause_head(token, verbal=verbal, through=through)
    return word if word.pos_ in verbal else None


def clause_tokens(head: Token, boundaries: Collection[str] = CLAUSE_LABELS) -> list[Token]:
    """The words of the clause `head` tells, without the clauses hung below it: a child hung
    by one of `boundaries`, or a verb coordinated with the head itself ('..., and Sisi made
    his first trip three months after ...'), opens a clause of its own. A noun coordinated
    with the head, or a verb coordinated deeper down, stays in. Depth first, head first."""
    out: list[Token] = []
    stack = [head]
    while stack:
        word = stack.pop()
        out.append(word)
        stack.extend(c for c in word.children if not _opens_clause(c, head, boundaries))
    return out


def _opens_clause(child: Token, head: Token, boundaries: Collection[str]) -> bool:
    if child.dep_ in boundaries:
        return True
    return child.dep_ == "conj" and child.pos_ in VERBAL and child.head.i == head.i


def in_clause(token: Token, head: Token, boundaries: Collection[str]) -> bool:
    """Whether `token` stands in the clause `head` tells: `head` is above it and no word on
    the way up (the token included, the head not) hangs by one of `boundaries`. With 'conj'
    among the boundaries this is membership of `clause_tokens(head, boundaries)`, found by a
    climb instead of a walk of the whole clause."""
    word = token
    while word != head and word.head != word:
        if word.dep_ in boundaries:
            return False
        word = word.head
    return word == head


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own, which makes it a clause apart from any verb
    it is listed with."""
    return any(c.dep_ in SUBJECTS for c in verb.children)


def conjunct_steps(verb: Token) -> Iterator[tuple[Token, Token]]:
    """Up a coordinated list of verbs ('closes ..., suspends ... and warns'), which the parse
    hangs each off the one before: (verb, the verb it is listed after), nearest first, at
    most CONJUNCT_STEPS of them, while each link is a 'conj' onto a verbal head."""
    current = verb
    for _ in range(CONJUNCT_STEPS):
        head = current.head
        if current.dep_ != "conj" or head == current or head.pos_ not in VERBAL:
            return
        yield current, head
        current = head


def conjunct_chain_head(verb: Token) -> Token:
    """The first verb of a coordinated list that has a subject of its own: the one whose
    subject the later verbs share."""
    current = verb
    for _, head in conjunct_steps(verb):
        if has_subject(current):
            return current
        current = head
    return current


def earlier_conjuncts(verb: Token) -> list[Token]:
    """The verbs listed before this one in the same coordinated list, nearest first, up to
    and including the first with a subject of its own."""
    chain: list[Token] = []
    for current, head in conjunct_steps(verb):
        chain.append(head)
        chain.extend(c for c in head.children if c.dep_ == "conj" and c.i < current.i
                     and c.pos_ in VERBAL)
        if has_subject(head):
            break
    return sorted(set(chain), key=lambda t: -t.i)
