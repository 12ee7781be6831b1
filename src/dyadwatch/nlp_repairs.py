"""Repairs of the small parser's errors on shapes that news copy uses all the time.

Every coding rule reads the dependency tree, so a misparse of the actor loses the event
whatever rule would have coded it. The small English model misreads a few frequent shapes
in a way that is plain from the words alone:

* a fronted date with no comma ("On Tuesday Turkey criticised Sweden", "In March Germany
  ...", "On 5 March Brazil ...") — the parser folds the actor into the date's phrase, as
  the object of "On" or a compound of the weekday, and the verb is left with no subject;
* a name right before a verb read as the verb's modifier ("Pakistan slams Sweden", in
  headlines above all), which leaves the verb with no subject;
* a bare weekday after a name, in agency style ("Chad Tuesday criticised ..."), which
  takes the name's role and leaves the name as its modifier;
* a wire dateline ("ANKARA, March 5 (Wire) - ...") — the upper-case city is taken for the
  subject of the lede's verb, which blocks the true subject after the dash.

The component `dyadwatch_repairs` runs last in the pipeline (it reads the POS tags that
the attribute ruler maps after the parser) and rewrites heads and labels only
(never the text, so character offsets into the article stay valid). Each proposed tree is
checked to be acyclic and within the sentence before it is applied; anything doubtful is
left as the parser had it.
"""

from __future__ import annotations

import re
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from dyadwatch.datetext import MONTHS, NUMERIC_DAY, WEEKDAYS
from dyadwatch.nlp_labels import after_label, label_subject

# words that may follow a weekday or date inside the same time phrase ("Monday evening")
DAY_PARTS = {"morning", "afternoon", "evening", "night", "overnight"}
# prepositions that open a time phrase in front of the clause
TIME_PREPS = {"on", "in", "by", "since", "until", "during", "from", "before", "after"}
# lower-case particles inside personal names ("Abdullah bin Zayed", "Ursula von der Leyen")
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "ben", "de", "da", "di", "du", "dos",
                  "der", "van", "von", "la", "le", "del"}
# words that make a weekday a named day ('Super Tuesday', 'Good Friday'), not a date
NAMED_DAYS = {"super", "good", "black", "ash", "holy", "easter", "palm", "bloody", "maundy",
              "cyber", "giving"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
SUBJECTS = {"nsubj", "nsubjpass"}
DASHES = {"-", "--", "\u2013", "\u2014"}
MAX_ACTOR = 9
ORDINAL = re.compile(r"[0-3]?\d(?:st|nd|rd|th)")  # '5th', as in 'On 5th of March'
ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")
COMPONENT = "dyadwatch_repairs"
# new heads and new labels, by token index in the Doc
Proposal = tuple[dict[int, int], dict[int, str]]


def _is_dash(tok: Token) -> bool:
    """A dash set off by spaces, as after a dateline; not the hyphen inside 'Kok-Tash'."""
    return tok.text in DASHES and tok.tag_ != "HYPH" and bool(tok.whitespace_) and \
        tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _is_anchor(tok: Token) -> bool:
    """A word that alone makes a phrase a date: weekday, month, a four-digit year, or a
    numeric day as regional outlets print it ('5.03.2024', '2024-03-05'), one token."""
    low = tok.lower_
    return low in WEEKDAYS or low.rstrip(".") in MONTHS or \
        (tok.is_digit and len(tok.text) == 4 and tok.text[:2] in {"19", "20"}) or \
        NUMERIC_DAY.fullmatch(tok.text) is not None or ISO_DAY.fullmatch(tok.text) is not None


def _is_date_word(tok: Token) -> bool:
    """A word inside a date phrase: 'the 5th of March' holds an ordinal and its 'of'."""
    low = tok.lower_
    if low == "of" and tok.i > 0 and ORDINAL.fullmatch(tok.doc[tok.i - 1].lower_):
        return True
    return _is_anchor(tok) or low in DAY_PARTS or (tok.is_digit and len(tok.text) <= 2) or \
        ORDINAL.fullmatch(low) is not None


def _date_run(sent: Span, start: int) -> int:
    """End (exclusive, doc index) of the run of date words that begins at `start`, or
    `start` when the run holds no weekday, month or year."""
    end = start
    while end < sent.end and _is_date_word(sent.doc[end]):
        end += 1
    if not any(_is_anchor(sent.doc[i]) for i in range(start, end)):
        return start
    return end


def _actor_ok(toks: list[Token]) -> bool:
    """A name-like noun phrase: starts with a capital (or 'the' + capital), holds no
    preposition, verb or punctuation other than an inner hyphen or a possessive."""
    if not toks or len(toks) > MAX_ACTOR:
        return False
    first = toks[1] if toks[0].lower_ == "the" and len(toks) > 1 else toks[0]
    if not first.text[:1].isupper() or _is_date_word(first):
        return False
    for tok in toks:
        if tok.lower_ in NAME_PARTICLES or tok.text in {"-", "'s", "'"}:
            continue
        if tok.pos_ not in {"PROPN", "NOUN", "ADJ", "DET", "NUM"} or tok.tag_ in FINITE_TAGS:
            return False
    return True


def _acyclic(doc: Doc, heads: dict[int, int], sent: Span) -> bool:
    """Whether the tree with `heads` overriding the parser's stays a tree in the sentence."""
    for tok in sent:
        seen: set[int] = set()
        i = tok.i
        while True:
            nxt = heads.get(i, doc[i].head.i)
            if nxt == i:
                break
            if nxt in seen or not sent.start <= nxt < sent.end:
                return False
            seen.add(i)
            i = nxt
    return True


def _group(doc: Doc, idxs: range, top: int, heads: dict[int, int], deps: dict[int, str]) -> None:
    """Hang every token of a phrase whose head lies outside the phrase on its `top`."""
    for i in idxs:
        if i != top and doc[i].head.i not in idxs:
            heads[i] = top
            deps[i] = "nummod" if doc[i].like_num else "compound"


def _clause_verb(tok: Token) -> Token:
    """The verb a subject belongs to: for an auxiliary ('had' in 'had made') its head."""
    if tok.dep_ in {"aux", "auxpass"} and tok.head.i > tok.i:
        return tok.head
    return tok


def _fronted_date(sent: Span, prep: Token, pending: dict[int, str]
                  ) -> Proposal | None:
    """Proposal for 'On Tuesday Turkey criticised ...': date phrase, then actor, then verb.
    `pending` holds labels already changed in this sentence (a dateline's subject)."""
    doc = sent.doc
    d_end = _date_run(sent, prep.i + 1)
    if d_end == prep.i + 1:
        return None
    verb_i = next((i for i in range(d_end, min(d_end + MAX_ACTOR + 1, sent.end))
                   if doc[i].tag_ in FINITE_TAGS), None)
    if verb_i is None or verb_i == d_end:
        return None
    actor = list(doc[d_end:verb_i])
    verb = _clause_verb(doc[verb_i])
    a_top = actor[-1]
    if not _actor_ok(actor) or a_top.tag_ not in {"NNP", "NNPS", "NN", "NNS"}:
        return None
    if any(pending.get(c.i, c.dep_) in SUBJECTS and c.i != a_top.i for c in verb.children):
        return None
    dates = range(prep.i + 1, d_end)
    if a_top.head == verb and a_top.dep_ in SUBJECTS and \
            all(t.head.i in range(d_end, verb_i) for t in actor[:-1]) and \
            all(doc[i].head.i not in range(d_end, verb_i) for i in dates):
        return None  # already right
    d_top = next(i for i in dates if _is_anchor(doc[i]))
    heads: dict[int, int] = {a_top.i: verb.i, d_top: prep.i}
    deps: dict[int, str] = {a_top.i: "nsubj", d_top: "pobj"}
    _group(doc, dates, d_top, heads, deps)
    _group(doc, range(d_end, verb_i), a_top.i, heads, deps)
    if prep.head.i in dates or prep.head.i in range(d_end, verb_i) or prep.head == prep:
        heads[prep.i], deps[prep.i] = verb.i, "prep"
    if prep.head == prep and verb.head.i in range(prep.i, verb_i):
        _promote(sent, verb, prep, heads, deps)
    return heads, deps


def _promote(sent: Span, verb: Token, prep: Token, heads: dict[int, int],
             deps: dict[int, str]) -> None:
    """'On March 5 Argentina accused ...' parsed with 'On' as root and the verb as a
    reduced relative of the actor: the verb becomes the root and takes over the old
    root's other dependents (the final full stop)."""
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    for child in prep.children:
        if child.i > verb.i:
            heads[child.i] = verb.i


def _time_preps(sent: Span) -> list[Token]:
    """Prepositions that open a clause: at the sentence start, after an opening adverb
    ('Earlier on', 'Late on'), or after a dateline dash."""
    found = []
    for tok in sent:
        if tok.lower_ not in TIME_PREPS or tok.tag_ != "IN":
            continue
        before = [t for t in sent if t.i < tok.i]
        if not before or _is_dash(before[-1]) or after_label(tok) or \
                (len(before) == 1 and before[0].pos_ == "ADV") or \
                (len(before) >= 2 and before[-1].pos_ == "ADV" and _is_dash(before[-2])):
            found.append(tok)
    return found


def _dateline_subject(sent: Span) -> Proposal | None:
    """Proposal for 'ANKARA, March 5 (Wire) - ...': the capitalised city before the dash
    is a dateline, not the subject of the lede's verb. The true subject, which the parser
    hangs on the city (as an apposition), moves to the verb; with a fronted date after
    the dash ('- On Tuesday Turkey ...') the date repair supplies it instead."""
    dash = next((t for t in sent if _is_dash(t) and t.i - sent.start <= 12), None)
    city = sent[0]
    if dash is None or not city.is_upper or len(city.text) < 3 or city.dep_ not in SUBJECTS:
        return None
    verb = city.head
    if verb.i <= dash.i:
        return None
    moved = [c for c in city.children if dash.i < c.i < verb.i and c.dep_ in {"appos", "conj"}]
    if len(moved) == 1:
        return {moved[0].i: verb.i}, {city.i: "npadvmod", moved[0].i: city.dep_}
    after = sent.doc[dash.i + 1] if dash.i + 1 < sent.end else None
    if not moved and after is not None and after.lower_ in TIME_PREPS:
        return {}, {city.i: "npadvmod"}
    return None


def _opens_clause(sent: Span, name: Token) -> bool:
    """Whether the name, with the titles and names compounded on it, starts the sentence
    or follows a dateline dash: only there is a bare name before a verb its subject
    (inside a clause, 'the Moscow talks' is a noun phrase the tagger misread)."""
    doc, first = sent.doc, name.i
    while first > sent.start:
        prev = doc[first - 1]
        if prev.lower_ in NAME_PARTICLES or \
                (prev.dep_ in {"compound", "amod"} and first <= prev.head.i <= name.i):
            first -= 1
        else:
            break
    return first == sent.start or _is_dash(doc[first - 1])


def _bare_subject(sent: Span) -> Proposal | None:
    """Proposal for 'Pakistan slams Sweden ...' read with the name as a modifier of the verb
    (compound, amod, npadvmod): a proper name right before a finite verb that has no
    subject is that verb's subject."""
    doc = sent.doc
    for tok in sent:
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is None or tok.head != nxt or nxt.tag_ not in FINITE_TAGS - {"MD"}:
            continue
        if tok.tag_ not in {"NNP", "NNPS"} and not (tok.tag_ == "JJ" and tok.text[:1].isupper()):
            continue
        if tok.dep_ in {"compound", "amod", "npadvmod", "nmod", "dep"} and \
                _opens_clause(sent, tok) and not any(c.dep_ in SUBJECTS for c in nxt.children):
            return {}, {tok.i: "nsubj"}
    return None


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb among the token's ancestors."""
    return next((t for t in tok.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _role_for_name(day: Token, verb: Token) -> str | None:
    """The role a name should take from a weekday it was compounded on: the weekday's
    own when that is a core role, else subject before the verb or object after it."""
    if day.dep_ in SUBJECTS | {"dobj", "pobj"}:
        return day.dep_
    taken = {c.dep_ for c in verb.children}
    if day.dep_ == "npadvmod" and day.head == verb:
        if day.i < verb.i and not taken & SUBJECTS:
            return "nsubj"
        if day.i > verb.i and "dobj" not in taken and verb.tag_ in FINITE_TAGS | {"VBN", "VB"}:
            return "dobj"
    return None


def _weekday_name(sent: Span) -> Proposal | None:
    """Proposal for agency style with a bare weekday ('Chad Tuesday criticised Sweden',
    'Sweden criticised Chad Tuesday'): the parser makes the name a compound of the
    weekday, which takes the name's role. The name gets the role, the weekday becomes
    a time modifier of the verb."""
    doc = sent.doc
    for day in sent:
        if day.lower_ not in WEEKDAYS or day.i == sent.start:
            continue
        name = doc[day.i - 1]
        if name.head != day or name.dep_ != "compound" or name.tag_ not in {"NNP", "NNPS"} or \
                _is_date_word(name) or name.lower_ in NAMED_DAYS:
            continue
        verb = day.head if day.dep_ != "pobj" else _verb_above(day)
        role = _role_for_name(day, verb) if verb is not None else None
        if verb is None or role is None:
            continue
        head = day.head.i if role == day.dep_ else verb.i
        heads = {name.i: head, day.i: verb.i}
        deps = {name.i: role, day.i: "npadvmod"}
        for c in day.children:
            if c.i < name.i:
                heads[c.i] = name.i
        return heads, deps
    return None


def _accept(sent: Span, proposal: Proposal | None, heads: dict[int, int],
            deps: dict[int, str]) -> int:
    """Merge a proposal into the pending changes when the result is still a tree."""
    if proposal is None or not _acyclic(sent.doc, {**heads, **proposal[0]}, sent):
        return 0
    heads.update(proposal[0])
    deps.update(proposal[1])
    return 1


def repair_sentence(sent: Span, heads: dict[int, int], deps: dict[int, str]) -> int:
    """Add to `heads`/`deps` every repair that fits the sentence and keeps it a tree;
    the number of repairs added. The dateline goes first: it frees the lede's verb."""
    done = _accept(sent, _dateline_subject(sent), heads, deps)
    done += _accept(sent, label_subject(sent), heads, deps)
    done += _accept(sent, _bare_subject(sent), heads, deps)
    done += _accept(sent, _weekday_name(sent), heads, deps)
    for prep in _time_preps(sent):
        done += _accept(sent, _fronted_date(sent, prep, deps), heads, deps)
    return done


def _write(doc: Doc, heads: dict[int, int], deps: dict[int, str]) -> None:
    """Write all changes at once: setting Token.head one by one walks ancestors, which
    would loop on a tree that is cyclic half-way through a repair."""
    # uint64, as spaCy stores them: a relative head below zero wraps round
    arr = numpy.asarray(doc.to_array([HEAD, DEP]), dtype=numpy.uint64)
    for i, h in heads.items():
        arr[i, 0] = (h - i) % 2**64
    for i, d in deps.items():
        arr[i, 1] = doc.vocab.strings.add(d)
    doc.from_array([HEAD, DEP], cast(Ints2d, arr))


@Language.component(COMPONENT)
def repair_doc(doc: Doc) -> Doc:
    """Pipeline step: repair each sentence, keeping sentence boundaries as parsed."""
    if not doc.has_annotation("DEP"):
        return doc
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for sent in doc.sents:
        repair_sentence(sent, heads, deps)
    if heads or deps:
        _write(doc, heads, deps)
    return doc
