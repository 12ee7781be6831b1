"""Date the act a party did in parallel: 'Peru expelled the envoy on 3 June, a day after
Chile did (the same)'.

Pairing gives Chile the main act's pairs (clause_links.parallel_doers), but not its
date: an act told in an 'after' clause came before the main clause's date, and one
in a 'before' clause after it, by the offset the clause names. A vague offset ('a few
days') places it no closer than its month, and a bare 'after' not at all. Kept apart
from when.py, which dates a trigger from its sentence's date phrases, because here
the date comes from another act's date.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import has_word
from dyadwatch.coding.dates import NUMBERS, shift
from dyadwatch.coding.tense import clause_verb
from dyadwatch.coding.when import SentenceDate
from dyadwatch.records import Actor, FuzzyDate

Pair = tuple[Actor, Actor, bool]
Dated = tuple[FuzzyDate | None, str | None]
SAME_ACT = {"same", "so", "likewise"}  # 'did the same', 'did so': no object of its own
# lexicon clause_words "soon_after_marks"
VAGUE = {"few", "several", "some", "couple"}  # 'a few days after': how many, it does not say
VAGUE_COUNT = 3
# not a user word list: `_moved` knows how to count only in these units
UNITS = frozenset({"day", "week", "month", "year"})


def pair_dates(token: Token, actors: list[ActorPhrase], dates: list[SentenceDate],
               found_pairs: list[Pair], main: Dated) -> list[Dated]:
    """Each pair's date: the main act's, or for a pair of a 'did the same' party, the date
    its clause implies."""
    clause = same_act_clause(token)
    if clause is None:
        return [main] * len(found_pairs)
    subjects = {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
    doers = {a.actor.code for a in actors if a.head in subjects}
    own = _own_date(clause, dates)
    moved = own if own is not None else parallel_date(clause, main)
    return [moved if _parallel(pair, doers, found_pairs) else main for pair in found_pairs]


def same_act_clause(token: Token) -> Token | None:
    """The 'do' of 'after Chile did (the same)' under the trigger's verb."""
    verb = clause_verb(token)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "do"
                 and not any(o.dep_ in ("dobj", "obj") and o.lower_ not in SAME_ACT
                             for o in c.children)), None)


def parallel_date(clause: Token, main: Dated) -> Dated:
    """'a day after Chile did' is a day before the main date; 'two weeks before Chile
    did', two weeks after it; 'shortly after' the same day; 'a few days after' its month.
    'when Chile did' shares the main date."""
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
    when = main[0]
    if when is None or mark not in ("after", "before"):
        return main
    words = list(_offset_words(clause))
    if any(has_word(w, "soon_after_marks") for w in words):
        return when, "parallel"
    noun = next((w for w in words if w.lemma_.lower() in UNITS), None)
    if noun is None:
        return None, None  # 'after Chile did': how long before, the text does not say
    unit = noun.lemma_.lower()
    count, vague = _count(noun)
    moved = _moved(when, (-1 if mark == "after" else 1) * count, unit)
    if moved is None:
        return None, None
    return (_coarser(moved, unit) if vague else moved), "parallel"


def _parallel(pair: Pair, doers: set[str], found_pairs: list[Pair]) -> bool:
    """A pair made by putting a doer in a main pair's place: 'X expelled Y's envoy after
    Y did' keeps (X, Y) the main pair, with Y its target."""
    source, target, _ = pair
    if source.code in doers:
        return any(s.code not in doers and t.code == target.code for s, t, _ in found_pairs)
    if target.code in doers:
        return any(t.code not in doers and s.code == source.code for s, t, _ in found_pairs)
    return False


def _own_date(clause: Token, dates: list[SentenceDate]) -> Dated | None:
    """'a day after Chile did on 2 June': the clause's own date phrase."""
    offset = {t.i for w in _offset_words(clause) for t in w.subtree}
    inside = [t for t in clause.subtree if t.i not in offset]
    start, end = inside[0].idx, inside[-1].idx + len(inside[-1])
    found = next((d for d in dates if start <= d.position < end), None)
    return (found.value, found.text) if found is not None else None


def _offset_words(clause: Token) -> Iterator[Token]:
    """'a day', 'shortly', 'hours' before the marker, on the clause or on the marker."""
    for word in clause.children:
        if word.dep_ == "mark":
            yield from (c for c in word.children if c.dep_ in ("npadvmod", "advmod"))
        elif word.dep_ in ("npadvmod", "advmod") and word.i < clause.i:
            yield word


def _count(noun: Token) -> tuple[int, bool]:
    """How many units, and whether the text only guesses at it ('a few', 'days')."""
    for child in noun.children:
        if child.lower_ in VAGUE:
            return VAGUE_COUNT, True
        if child.dep_ == "nummod":
            word = child.lower_
            if word.isdigit():
                return int(word), False
            return NUMBERS.get(word, VAGUE_COUNT), word not in NUMBERS
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return 1, False
    return VAGUE_COUNT, True  # 'days after Chile did'


def _moved(main: FuzzyDate, count: int, unit: str) -> FuzzyDate | None:
    if unit == "year":
        return shift(main, 12 * count, "month") if main.precision == "day" else \
            FuzzyDate(main.start.year + count)
    if main.precision == "day":
        return shift(main, count, unit)
    if unit == "month" and main.precision == "month" and main.month is not None:
        index = main.start.year * 12 + main.month - 1 + count
        return FuzzyDate(index // 12, index % 12 + 1)
    return None  # 'in June, a day after Chile did': June or May, the text does not say


def _coarser(when: FuzzyDate, unit: str) -> FuzzyDate:
    """A guessed offset of days or weeks knows the month; of months or years, the year."""
    if unit in ("day", "week") and when.month is not None:
        return FuzzyDate(when.start.year, when.month)
    return FuzzyDate(when.start.year)
