"""Repair for a transcript's turn label read as the subject of the turn's first clause.

'QUESTION (Moreau, Radio Lac): On Tuesday Poland summoned ...' reaches the parser as one
sentence, and the parser makes the label word the verb's subject ('QUESTION' nsubj of
'summoned'), pushing the true subject into a neighbouring phrase. A label names who speaks,
never an argument of what is said, so the label loses the subject role; the clause after
the colon is then repaired like any sentence opening ('On Tuesday Poland ...').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

MAX_LABEL = 16  # tokens a label may span: 'QUESTION (Name Surname, Outlet Name):'
SUBJECTS = {"nsubj", "nsubjpass"}
COLONS = (":", "：")  # a transcript may close its labels with the full-width colon, as turns does
Proposal = tuple[dict[int, int], dict[int, str]]


def label_end(sent: Span) -> int | None:
    """The index of the colon (ASCII or full-width) closing a turn label that opens the
    sentence: a capitalised first word, no verb before the colon."""
    first = sent[0]
    if not first.text[:1].isupper():
        return None
    for tok in sent[:MAX_LABEL]:
        if tok.text.endswith(COLONS) and tok.i > sent.start:
            return tok.i
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def label_subject(sent: Span) -> Proposal | None:
    """Proposal: a label word that the parser made the subject of a verb after the colon
    becomes a loose dependent ('dep') of that verb."""
    end = label_end(sent)
    if end is None:
        return None
    doc = sent.doc
    stolen = [t for t in doc[sent.start:end] if t.dep_ in SUBJECTS and t.head.i > end]
    heads: dict[int, int] = {}
    deps = {t.i: "dep" for t in stolen}
    verb = next((t for t in doc[end + 1:sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and not any(c.dep_ in SUBJECTS and c not in stolen
                                           for c in verb.children):
        span = range(end + 1, verb.i)
        tops = [doc[i] for i in span if doc[i].head.i not in span]
        if len(tops) == 1 and tops[0].head.i <= end and tops[0].pos_ in ("PROPN", "NOUN"):
            heads[tops[0].i], deps[tops[0].i] = verb.i, "nsubj"  # 'Ortiz): Vietnam ... signed'
    return (heads, deps) if deps else None


def after_label(tok: Token) -> bool:
    """Whether the token is the first word after a turn label's colon."""
    end = label_end(tok.sent)
    return end is not None and tok.i == end + 1
