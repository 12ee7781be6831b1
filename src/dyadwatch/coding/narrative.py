"""What earlier sentences of an article established, for the sentences after them.

The coder reads sentences in order; this is its memory between them: the last day
told, the report's news day, the people and parties named, and the pieces of a line
that a clumsy translation broke into verbless fragments. Kept apart from the coder
so that a sentence's coding and the narrative's bookkeeping can be read separately.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.dates import DocumentTime
from dyadwatch.coding.pairing import SYMMETRIC_MODES, distinct
from dyadwatch.coding.when import SentenceDate
from dyadwatch.records import Actor, FuzzyDate, Mention

NEWS_DAYS = 7
CONTEXT_DATES = ("publication", "paragraph")
NOMINAL_DEPS = {"nmod", "compound", "npadvmod", "nummod", "pobj", "nsubj", "dobj", "appos"}


@dataclass
class Narrative:
    """What earlier sentences established: the last date and the people named."""

    time: DocumentTime
    last_date: FuzzyDate | None = None
    heading: tuple[int, FuzzyDate] | None = None  # (block offset, date) of 'DATE.' entry headings
    memory: dict[str, Actor] = field(default_factory=dict)
    persons: list[Actor] = field(default_factory=list)
    dated_block: int | None = None  # offset of the block whose sentence set last_date
    lede: bool | None = None  # None until the lede is read, True while reading it, then False
    unused: tuple[int, FuzzyDate] | None = None  # the date of a verbless fragment just before
    news: FuzzyDate | None = None  # the first day told near the publication date
    on_news: bool = False  # no sentence since has moved to another time
    said: FuzzyDate | None = None  # the sentence's own 'on Sunday', 'today'
    story: bool = False  # last_date is the day of an event told, not of a date line
    told: list[tuple[str, FuzzyDate]] = field(default_factory=list)  # (trigger lemma, date)
    carried: tuple[int, list[ActorPhrase]] | None = None  # actors of verbless fragments just before

    def follow(self, told: list[FuzzyDate]) -> None:
        """Keep track of the report's news day: the first day near publication that the
        report tells ('X said on Sunday'), left when a sentence tells of another time and
        taken up again when one returns to it."""
        published = self.time.published
        told = [self.said, *told] if self.said is not None else told
        if published is None or self.lede is None:  # headlines and stamp lines tell no news
            return
        if self.news is None:
            self.news = next((d for d in told if d.precision == "day"
                              and 0 <= (published - d.start).days <= NEWS_DAYS), None)
            self.on_news = self.news is not None
        elif told:
            self.on_news = all(d == self.news for d in told)



def with_carried(actors: list[ActorPhrase], offset: int,
                  narrative: Narrative) -> list[ActorPhrase]:
    """A line that a clumsy translation or a headline style breaks into verbless pieces
    ('To the Azerbaijani president from X. May 28. In his message, ...') is one statement:
    the parties named in its pieces belong to the first sentence of the line with a verb,
    when that sentence does not name two parties of its own."""
    if narrative.carried is None or narrative.carried[0] != offset:
        return actors
    if len({a.actor.code for a in actors}) >= 2:
        return actors
    return sorted(narrative.carried[1] + actors, key=lambda a: a.start)



def narrative_day(narrative: Narrative) -> date | None:
    """An undated sentence still happens in the article's time: who held an office then
    decides which 'Stoltenberg' is meant."""
    day: date | None = narrative.last_date.start if narrative.last_date is not None else None
    return day or narrative.time.published



def context_date(offset: int, narrative: Narrative) -> tuple[FuzzyDate | None, str | None]:
    """The date of an undated past-tense report from what surrounds it: the lede of a
    dated report tells the day's news ('President X received Y in Kyiv.'), and a sentence
    goes on in the day its paragraph has just given ('On Monday A expelled B. B protested.')."""
    if narrative.unused is not None and narrative.unused[0] == offset:
        return narrative.unused[1], "previous sentence"  # 'On June 1, X. In a letter, he ...'
    published = narrative.time.published
    if published is None:
        return None, None
    if narrative.lede:
        return FuzzyDate.from_date(published), "publication"
    last = narrative.last_date
    if narrative.dated_block == offset and last is not None and \
            0 <= (published - last.start).days <= NEWS_DAYS:
        return last, "paragraph"  # a report's own news days, not a history's dates
    if narrative.on_news and narrative.news is not None:
        return narrative.news, "news day"  # the lede's day goes on until another date comes
    return None, None



def implicit_date(offset: int, narrative: Narrative) -> tuple[FuzzyDate | None, str | None]:
    """A date the sentence gets without a date phrase of its own: a chronology heading.

    Headlines are left undated on purpose: a wire headline's present tense ('agrees')
    usually reports the day before publication, so the publication date would be wrong.
    """
    if narrative.heading is not None and narrative.heading[0] == offset:
        return narrative.heading[1], "heading"
    return None, None



def advance(narrative: Narrative, dates: list[SentenceDate], mentions: list[Mention],
             actors: list[ActorPhrase]) -> bool:
    """Move the narrative on: its last day, its people, and whether it is still on the
    day the lede reported ('On Sunday X met Y. They signed ...' vs '... In 2019 they ...')."""
    dated = [d.value for d in dates if d.value.precision == "day"]
    dated += [m.date for m in mentions if m.date is not None and m.date.precision == "day"]
    # a look back ('the previous meeting was held on ...') leaves 'the next day' of the
    # story where it was; a date line's day is no story day to hold on to
    last = narrative.last_date if narrative.story else None
    if dated and not (last is not None and all(d.start < last.start for d in dated)):
        narrative.last_date = dated[-1]
        narrative.story = bool(mentions)
    narrative.persons.extend(a.actor for a in actors if a.is_person)
    del narrative.persons[:-6]
    if narrative.news is None:
        narrative.follow([m.date for m in mentions if m.date is not None
                          and m.date_text != "narrative"] + [d.value for d in dates])
    else:
        told = [m.date for m in mentions if m.date is not None and m.status == "occurred"
                and m.date_text not in (*CONTEXT_DATES, "news day")]
        planned = bool(mentions) and all(m.status == "planned" for m in mentions)
        narrative.follow(told + ([] if planned else [d.value for d in dates]))
    return any(d.value.precision == "day" for d in dates) or any(
        m.date is not None and m.date.precision == "day"
        and m.date_text not in (*CONTEXT_DATES, "news day") for m in mentions)


def carried_pairs(kind: str, how: str | None, candidates: list[ActorPhrase],
                  actors: list[ActorPhrase], doc: Doc) -> list[tuple[Actor, Actor, bool]]:
    """The pair of a statement whose parties were named in the verbless pieces before it.

    The pieces keep no grammatical link to the verb, so only what they say themselves
    counts: the party addressed ('To the president of X') receives a message, letter or
    visit; a meeting, call or agreement joins the two. Anything else stays uncoded.
    """
    if candidates is actors:
        return []
    parties = distinct([c.actor for c in candidates])
    if len(parties) != 2:
        return []
    if kind == "AGREE" or (kind == "CONSULT" and how in SYMMETRIC_MODES):
        return [(parties[0], parties[1], False)]
    addressed = [c.actor for c in candidates if _addressed(doc[c.head])]
    if len({a.code for a in addressed}) != 1:
        return []
    source = next(p for p in parties if p.code != addressed[0].code)
    return [(source, addressed[0], True)]


def _addressed(token: Token) -> bool:
    """The phrase is the object of 'to' that opens its piece ('To the Azerbaijani president')."""
    head = token
    while head.dep_ not in ("pobj", "ROOT", "appos", "conj") and head.head is not head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i == head.sent.start


def is_fragment(sent: Span) -> bool:
    """A sentence without a predicate ('On June 1, X Y Z.', 'May 28 Independence Day.').

    The month 'May' is often tagged as the modal verb; a word that the parse itself
    puts inside a noun phrase is no predicate, whatever its tag.
    """
    return not any(t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in NOMINAL_DEPS)
                   for t in sent)
