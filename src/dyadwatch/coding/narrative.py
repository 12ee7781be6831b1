"""What earlier sentences of an article established, for the sentences after them.

The coder reads sentences in order; this is its memory between them: the last day
told, the report's news day, the people and parties named, and the pieces of a line
that a clumsy translation broke into verbless fragments. Kept apart from the coder
so that a sentence's coding and the narrative's bookkeeping can be read separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.dates import DocumentTime, publication_position
from dyadwatch.coding.entries import DAY_ONLY
from dyadwatch.coding.fronted import ahead as ahead  # re-exported for sentdates
from dyadwatch.coding.fronted import fronted_days
from dyadwatch.coding.fronted import top_at as _top_at
from dyadwatch.coding.mainline import flashback, main_clause, perfect, remembers, shifted
from dyadwatch.coding.reactions import NEWS_DAYS, REACTIONS
from dyadwatch.coding.reactions import reaction_date as reaction_date  # re-exported
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.coding.tense import about_deed, clause_verb
from dyadwatch.coding.when import SentenceDate
from dyadwatch.records import Actor, FuzzyDate, Mention

DATELINE_LAG_DAYS = 3  # a page posted or updated within days of its dateline
CONTEXT_DATES = ("publication", "paragraph", "entry")
# dates a sentence borrows from what was told before it: they move the report to no new time
BORROWED = (*CONTEXT_DATES, "news day", "story", "reaction", "cause", "occasion", "meeting")
YEAR_LINE = re.compile(r"^[#*\s]*(?P<year>(?:19|20)\d\d)\s*[:.]?\s*$")  # a '2022' heading
STORY_SENTENCES = 3  # how far an undated sentence may follow the event it goes on telling


@dataclass(frozen=True)
class Told:
    """An event the report told, with its date: what it was (the trigger's lemma and type,
    empty for a dated main clause that names two parties but codes no event), who took
    part, where it was told, and whether undated sentences after it may go on telling it."""

    sentence: int
    block: int
    day: FuzzyDate
    parties: frozenset[str]
    lemma: str = ""
    kind: str = ""
    story: bool = True


@dataclass
class Narrative:
    """What earlier sentences established: the last date and the people named."""

    time: DocumentTime
    last_date: FuzzyDate | None = None
    last_told: FuzzyDate | None = None  # the last date told, at any precision
    heading: tuple[int, FuzzyDate] | None = None  # (block offset, date) of 'DATE.' entry headings
    year: int | None = None  # the year of the last date the text named with its year
    told_year: int | None = None  # ... of a past or present sentence: what yearless dates take
    year_told_at: tuple[Doc, int] | None = None  # the paragraph and end of the sentence that told it
    month_named: tuple[Doc, int, int, int] | None = None  # paragraph, end, year, month of a 'June 2017'
    entry: tuple[int, FuzzyDate] | None = None  # (block offset, date) of a 'DATE - ...' paragraph
    entry_day: FuzzyDate | None = None  # the last entry heading's day: '16 September' goes on
    stamp: FuzzyDate | None = None  # the day of a bare '14:32 GMT' line: its entry is below it
    filed: date | None = None  # the day of the last dateline read
    section: FuzzyDate | None = None  # a 'March 2023' line alone: it heads the lines below
    memory: dict[str, Actor] = field(default_factory=dict)
    persons: list[Actor] = field(default_factory=list)
    dated_block: int | None = None  # offset of the block whose sentence set last_date
    lede: bool | None = None  # None until the lede is read, True while reading it, then False
    unused: tuple[int, FuzzyDate] | None = None  # the date of a verbless fragment just before
    news: FuzzyDate | None = None  # the first day told near the publication date
    on_news: bool = False  # no sentence since has moved to another time
    said: FuzzyDate | None = None  # the sentence's own 'on Sunday', 'today'
    story: bool = False  # last_date is the day of an event told, not of a date line
    told: list[Told] = field(default_factory=list)  # the events told so far, in order
    stories_from: int = 0  # the first sentence whose told events a story may go on with
    carried: tuple[int, list[ActorPhrase]] | None = None  # actors of verbless fragments just before
    news_parties: set[str] = field(default_factory=set)  # parties of the news day's events
    news_speakers: set[str] = field(default_factory=set)  # who spoke on the news day
    moved: list[FuzzyDate] = field(default_factory=list)  # this sentence's main-clause dates
    blocks: list[int] = field(default_factory=list)  # offsets of the blocks read so far
    case: tuple[Actor, Actor] | None = None  # applicant, respondent of the last case titled

    def refile(self, day: date | None, index: int) -> None:
        """A later dateline starts another report ('ISTANBUL, July 22 - ... on Friday'): its
        day is the 'now' of what follows."""
        if day is None:
            return
        if self.filed is None and self._lagging(day):
            self.time = DocumentTime(day, day)  # 'BAKU, March 5' under a record of March 6
        elif self.filed is not None and day != self.time.published:
            self.time = DocumentTime(day, day)
            self.news, self.on_news, self.last_date, self.story = None, False, None, False
            self.stories_from = index
        self.filed = day

    def _lagging(self, day: date) -> bool:
        """The first dateline names a day shortly before the record's publication day: the
        record is the page's later posting or update, the dateline the day the report was
        filed, so its 'today' and 'on Tuesday' count from the dateline."""
        published = self.time.published
        return published is not None and 0 < (published - day).days <= DATELINE_LAG_DAYS

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
        else:
            told = [d for d in told if d.start <= published]  # 'expires in November' is ahead
            if told:
                self.on_news = all(d == self.news for d in told)


def head_section(narrative: Narrative, sent: Span, dates: list[SentenceDate], index: int,
                 only_date: bool) -> None:
    """A line that is only a date ('March 2023', 'April 2021:') heads the chronology's lines
    below it until the next such line or another heading ('Outlook', 'Background'); the
    first line, or one giving the publication day, is the text's own stamp, unless another
    heading is in force: a live blog's 'Wednesday 20 March' after its 'Tuesday 19 March'
    part heads the publication day's entries."""
    year = YEAR_LINE.match(sent.text) if not dates else None
    if sent.start != 0 or sent.end != len(sent.doc) or (index == 0 and year is None):
        return  # a bare '2019' is no page's stamp, which gives a day: it heads a chronology
    published = narrative.time.published
    if only_date or year is not None:
        heading = FuzzyDate(int(year.group("year"))) if year is not None else dates[0].value
        if published is None or not heading.start <= published <= heading.end or \
                narrative.section is not None:
            narrative.section = heading  # not the page's own date line
            if heading.precision == "day" and published is not None and \
                    0 <= (published - heading.start).days <= NEWS_DAYS:
                narrative.news, narrative.on_news = heading, True  # a blog's day part
    elif not dates and len(sent) <= 6 and not sent.text.rstrip().endswith((".", "!", "?", '"')) \
            and not DAY_ONLY.match(sent.text):  # '22nd:' alone is an entry of the section
        narrative.section = None


def context_date(offset: int, narrative: Narrative, sent: Span | None = None
                 ) -> tuple[FuzzyDate | None, str | None]:
    """The date of an undated past-tense report from what surrounds it: the lede of a
    dated report tells the day's news ('President X received Y in Kyiv.'), and a sentence
    goes on in the day its paragraph has just given ('On Monday A expelled B. B protested.')."""
    if narrative.unused is not None and narrative.unused[0] == offset:
        return narrative.unused[1], "previous sentence"  # 'On June 1, X. In a letter, he ...'
    if narrative.entry is not None and narrative.entry[0] == offset:
        return narrative.entry[1], "entry"  # a chronology's entry: its date heads the paragraph
    published = narrative.time.published
    last = narrative.last_date
    if published is None:  # a history: its paragraph goes on in the day it has just given
        return (last, "paragraph") if narrative.dated_block == offset and last is not None \
            and last.precision == "day" and sent is not None and not shifted(sent) \
            else (None, None)
    if narrative.lede:
        return FuzzyDate.from_date(published), "publication"
    if narrative.dated_block == offset and last is not None and \
            0 <= (published - last.start).days <= NEWS_DAYS:
        return last, "paragraph"  # a report's own news days, not a history's dates
    if narrative.on_news and narrative.news is not None:
        return narrative.news, "news day"  # the lede's day goes on until another date comes
    return None, None


def advance(narrative: Narrative, dates: list[SentenceDate], mentions: list[Mention],
            actors: list[ActorPhrase], sent: Span, where: tuple[int, int]) -> bool:
    """Move the narrative on: its last day, its people, and whether it is still on the
    day the lede reported ('On Sunday X met Y. They signed ...' vs '... In 2019 they ...').

    Only a date of the main clause in the simple past moves the report to another time:
    'which expires in November', 'the February 12 call', 'had met him the day before'
    and 'after talks on Tuesday' look aside and leave the report on its news day."""
    dated = [d.value for d in dates if d.value.precision == "day"]
    told = [d.value for d in dates] + [m.date for m in mentions if m.date is not None
                                       and m.date_text not in BORROWED]
    narrative.last_told = told[-1] if told else narrative.last_told
    narrative.year = next((d.value.start.year for d in reversed(dates) if d.absolute),
                          narrative.year)
    dated += [m.date for m in mentions if m.date is not None and m.date.precision == "day"
              and m.date_text not in BORROWED]
    # a look back ('the previous meeting was held on ...') leaves 'the next day' of the
    # story where it was; a date line's day is no story day to hold on to
    front = fronted_days(sent, dates, narrative.said)  # 'On Tuesday, X ...' sets the day
    told_day = _said_in_main(narrative, sent)
    dated += front + [d for d in told_day if d not in front]
    last = narrative.last_date if narrative.story and not front else None
    if dated and not (last is not None and all(d.start < last.start for d in dated)):
        narrative.last_date = dated[-1]
        narrative.story = bool(mentions)
    narrative.persons.extend(a.actor for a in actors if a.is_person)
    del narrative.persons[:-6]
    main = [d.value for d in dates
            if main_clause(_top_at(sent, d.position, len(d.text)), date=True)]
    _tell(narrative, main, actors, where)
    if narrative.news is None:
        narrative.follow([m.date for m in mentions if m.date is not None
                          and m.date_text != "narrative"] + [d.value for d in dates])
    else:
        at = publication_position(sent.text)
        if at is not None and not main_clause(_top_at(sent, sent.start_char + at, 3), True):
            narrative.said = None  # 'On Monday May had said': a look back
        planned = bool(mentions) and all(m.status == "planned" for m in mentions)
        narrative.follow(narrative.moved + ([] if planned else main))
    if narrative.on_news and narrative.news is not None:
        narrative.news_parties.update(
            code for m in mentions if m.date == narrative.news
            for code in (m.source.code, m.target.code))
    narrative.moved = []
    return bool(front or told_day) or any(d.value.precision == "day" for d in dates) or any(
        m.date is not None and m.date.precision == "day"
        and m.date_text not in BORROWED for m in mentions)


def _said_in_main(narrative: Narrative, sent: Span) -> list[FuzzyDate]:
    """'Parliament debated the crisis on Monday.', 'On Wednesday X condemned ...': a weekday
    or 'yesterday' of the main clause in the simple past moves the report to that day even
    when the sentence codes no event, so that its paragraph's next sentences ('It also
    suspended ...', 'A day later, ...') are told from it, not from the lede's day. The day
    of a saying ('O'Brien told a hearing on Wednesday that ...') is not: what follows is
    as often the answer to those words, told on the report's own news day."""
    said = narrative.said
    at = publication_position(sent.text)
    root = sent.root
    if said is None or at is None or (root.lemma_.lower() in reporting_verbs() and any(
            c.dep_ == "ccomp" for c in root.children)):
        return []
    top = _top_at(sent, sent.start_char + at, 3)
    return [said] if main_clause(top, True) else []


def _tell(narrative: Narrative, main: list[FuzzyDate], actors: list[ActorPhrase],
          where: tuple[int, int]) -> None:
    """A sentence whose main clause tells of a day ('The 7 of April X traveled to Rabat')
    opens a story about the parties it names, even with no event coded in it."""
    index, block = where
    if block not in narrative.blocks:
        narrative.blocks.append(block)
    days = [d for d in main if d.precision == "day"]
    if days and len({a.actor.code for a in actors}) >= 2:
        narrative.told.append(Told(index, block, days[-1],
                                   frozenset(a.actor.code for a in actors)))
    elif main:  # another time: the stories told before end here
        narrative.stories_from = index + 1


def note_event(narrative: Narrative, token: Token, kind: str, when: FuzzyDate | None,
               how: str | None, parties: list[tuple[Actor, Actor, bool]],
               where: tuple[int, int], *, at: int | None = None) -> None:
    """Remember an occurred event told with a date: 'the same day as the talks' and a
    reaction to 'the strikes' look it up; a date of its own in the main clause ends or
    keeps the news day, and a day of its own not looked back on ('had met') may be gone
    on with by the sentences after it. A date borrowed from the context or a trigger
    without parties ('The meeting followed up on ...') tells no new time. `at` is where
    the date phrase `how` stands in the doc, as found: the same words may stand twice."""
    if when is None:
        return
    own = bool(parties) and how not in (*BORROWED, "perfect")
    if own and main_clause(token) and _main_date(token, how, at):
        narrative.moved.append(when)
    codes = frozenset(c for s, t, _ in parties for c in (s.code, t.code))
    narrative.told.append(Told(where[0], where[1], when, codes, token.lemma_.lower(), kind,
                               own and when.precision == "day" and (
                                   not flashback(token) or _dated_flashback(token, how))))


def _main_date(token: Token, how: str | None, at: int | None) -> bool:
    """'welcomed the partnership, signed on 21 May 2024', 'recalled his visit to China in
    May last year', 'said they had fired missiles late on Monday': a date inside a
    participle or relative clause describing a noun, after a verb of memory, or on a verb in
    the past perfect (reported or not) tells of the thing looked back on, not of the
    report's time, so it does not move the report off its news day. A date the sentence does not spell
    at `at` (resolved elsewhere, or a rule's name such as 'narrative') is judged by the
    trigger alone, as before."""
    sent = token.sent
    top = _top_at(sent, at, len(how)) \
        if how and at is not None and sent.doc.text.startswith(how, at) else None
    if top is None:
        return True
    if any(top in c.subtree and token not in c.subtree for c in sent
           if c.dep_ in ("acl", "relcl")):
        return False
    verb = clause_verb(top)  # 'said they had fired missiles late on Monday': a look back
    if verb is not None and perfect(verb):
        return False
    return not any(remembers(above, top) for above in top.ancestors)


def _dated_flashback(token: Token, how: str | None) -> bool:
    """'On Tuesday Orban had made his first visit to Kyiv. At a joint appearance, he asked
    ...': a look back given its own day is a story the simple past then goes on telling;
    'had met him the day before' is only a look aside."""
    return how is not None and how != "narrative" and how in token.sent.text


def story_date(narrative: Narrative, token: Token, parties: list[tuple[Actor, Actor, bool]],
               where: tuple[int, int], kind: str = "") -> tuple[FuzzyDate | None, str | None]:
    """An undated past-tense sentence goes on telling the dated event just told of the
    same parties ('X and Y met in Riyadh on 18 February. The two sides agreed ...';
    'During the negotiations the sides signed a treaty'), unless it signals another time
    ('later', 'then') or the report's news day already is an event of those parties."""
    index, block = where
    recent = narrative.blocks[-2:] if narrative.blocks and narrative.blocks[-1] == block \
        else narrative.blocks[-1:]
    verb = clause_verb(token)
    if verb is None or shifted(verb.sent) or (kind in REACTIONS and about_deed(token)) or \
            perfect(verb):
        return None, None  # 'said the suspect had been detained': when, it does not say
    for told in reversed(narrative.told):
        if index - told.sentence > STORY_SENTENCES or told.block not in (*recent, block) or \
                told.sentence < narrative.stories_from:
            break
        if not told.story:
            continue
        if any({s.code, t.code} <= told.parties for s, t, _ in parties):
            if narrative.on_news and any({s.code, t.code} <= narrative.news_parties
                                         for s, t, _ in parties):
                return None, None  # the news day's own parties: the news day dates it
            return told.day, "story"
    return None, None


def in_story(narrative: Narrative, source: Actor, target: Actor, day: FuzzyDate | None) -> bool:
    """The pair took part in the event whose day a 'story' sentence goes on with."""
    return any(told.story and told.sentence >= narrative.stories_from and told.day == day
               and {source.code, target.code} <= told.parties for told in narrative.told)
