"""Code one cleaned article into event mentions: actors, triggers, roles, modality, dates.

Sentences are read in order because the narrative matters: 'a day later' needs
the previous date, 'he' the previous person, and 'Hajiyev's visit' the party
first given to Hajiyev. Everything else is local to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase, find_actors
from dyadwatch.coding.clause_times import other_day
from dyadwatch.coding.clause_words import words_from
from dyadwatch.coding.court_cases import lend_case, remember_case
from dyadwatch.coding.dates import document_time
from dyadwatch.coding.entries import (
    BARE_CLOCK,
    PLACE_LINE,
    clock_entry,
    dateline_day,
    day_entry,
    is_lede,
    opens_entry,
)
from dyadwatch.coding.fragments import carried_pairs, is_fragment, with_carried
from dyadwatch.coding.fronted import entry_year, mend_cut_entry
from dyadwatch.coding.heading_day import heading_now
from dyadwatch.coding.implicit import narrative_day
from dyadwatch.coding.meeting_acts import acts_at_meeting
from dyadwatch.coding.modality import modality
from dyadwatch.coding.month_heading import head_sections
from dyadwatch.coding.narrative import Narrative, advance, in_story, note_event
from dyadwatch.coding.occasions import occasion_consults
from dyadwatch.coding.office_dates import contradicts_office
from dyadwatch.coding.pairing import distinct, mode, note_meeting, pairs, resumed_meeting, told_apart
from dyadwatch.coding.parallel import pair_dates
from dyadwatch.coding.reftime import DATELINE, filing_time
from dyadwatch.coding.scope import dated_past_clause, names_vague_time
from dyadwatch.coding.sentdates import sentence_dates, split_entry
from dyadwatch.coding.speakers import note_speakers
from dyadwatch.coding.triggers import Found, find_triggers
from dyadwatch.coding.undated import undated_date
from dyadwatch.coding.when import PlacedDate, Reference, SentenceDate, placed_date_for
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor, Article, FuzzyDate, Mention, Status

PART_OF_MONTH = re.compile(r"^(?:early|mid-?|late|(?:the\s+)?(?:end|beginning|start)\s+of|"
                           r"(?:the\s+)?week\s+(?:of|beginning|starting|commencing))\s*",
                           re.IGNORECASE)
# 'Tuesday 19 March 2024' over a live blog's entries: the weekday only restates the date
WEEKDAY_HEAD = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)
# a travel itinerary's day heading names the stop after the day: ' - Panama City, Panama',
# ' | Kyiv', ': Warsaw and Rzeszow' (capitalised place words only, so no clause follows)
PLACE_TAIL = re.compile(r"\s+[-–—|:]\s+(?:[A-Z][\w'.-]*(?:,?\s+(?:and\s+)?|$)){1,6}$")
PLACE_LEAD = re.compile(r"^(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*\s*[,|–—-]\s+")
# force is threatened, not announced: 'said it would strike' is a threat at most
UNANNOUNCEABLE = {"ASSAULT", "THREATEN", "COERCE", "MOBILIZE"}
_sentence_dates = sentence_dates  # kept importable from here
MODE_RANK = {"phone": 3, "visit": 3, "message": 3, "meet": 1, None: 0}
def content_blocks(article: Article) -> list[tuple[int, int]]:
    """Line ranges of the article that are content (not boilerplate), in order."""
    blocks = []
    position = 0
    boiler = sorted(article.boilerplate, key=lambda s: s.start)
    for line in article.text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if line.strip() and not any(b.start <= start and end <= b.end for b in boiler):
            blocks.append((start, end))
    return blocks


def code_article(kb: KnowledgeBase, nlp: Language, article: Article) -> tuple[Mention, ...]:
    """Only content blocks are parsed: menus and footers would cost parse time and lend
    the narrative false dates and actors."""
    blocks = content_blocks(article)
    texts = (article.text[s:e] for s, e in blocks)
    return tuple(code_parsed(kb, article, zip(blocks, nlp.pipe(texts), strict=True)))


# told each sentence's span in the article and the parties its triggers could pair
SentenceObserver = Callable[[int, int, frozenset[str]], None]


def code_parsed(kb: KnowledgeBase, article: Article,
                parsed: Iterable[tuple[tuple[int, int], Doc]],
                observe: SentenceObserver | None = None) -> Iterator[Mention]:
    """Takes blocks already parsed so a caller can batch parsing across articles; the
    mentions come out lazily, sentence by sentence, in the article's order. `observe`
    lets error analysis see the parties the coder itself had in view, memory included."""
    content = [article.text[s:e] for s, e in content_blocks(article)]  # not menus
    with words_from(kb):  # rules read the word lists of this kb, a user's included
        narrative = Narrative(filing_time(document_time(kb, article.text, article.published),
                                          article, content))
    index = 0
    for number, ((offset, _), doc) in enumerate(parsed):
        lend_case(doc, narrative.case)  # a case titled above names a pleading's other side
        for sent in doc.sents:
            with words_from(kb):  # left before each yield: no leak into interleaved codings
                narrative.lede = is_lede(narrative.lede, number, sent, article.title)
                mentions = _dedupe(_code_sentence(kb, article, sent, offset, index, narrative,
                                                  observe))
            yield from mentions
            index += 1
        with words_from(kb):
            narrative.case = remember_case(doc, narrative.case)


@dataclass(kw_only=True)  # twelve fields, two of one type side by side: names, not places
class _Sentence:
    """One sentence being coded and what all its triggers share: the acts told so far
    in it decide the pairs and dates of the later ones ('At the meeting, they agreed')."""

    kb: KnowledgeBase
    article: Article
    sent: Span
    offset: int
    index: int
    narrative: Narrative
    dates: list[SentenceDate]
    actors: list[ActorPhrase]
    candidates: list[ActorPhrase]
    triggers: list[Found]
    vague: bool
    deeds: dict[int, str]
    met: list[tuple[Token, list[tuple[Actor, Actor, bool]]]] = field(
        default_factory=list)  # meetings told so far
    bare: list[tuple[Token, str | None]] = field(
        default_factory=list)  # encounters with no pair: 'In a call, X ...'
    done: dict[int, Token] = field(
        default_factory=dict)  # the trigger of each occurred act, by its place in mentions
    mentions: list[Mention] = field(default_factory=list)


def _code_sentence(kb: KnowledgeBase, article: Article, sent: Span, offset: int, index: int,
                   narrative: Narrative, observe: SentenceObserver | None = None
                   ) -> list[Mention]:
    """A sentence's dates and actors are found once and shared by its triggers; what it
    told is then kept in the narrative, since later sentences are dated and filled by it."""
    dates = _dates_and_entry(kb, sent, offset, index, narrative)
    day = dates[0].value.start if dates else narrative_day(narrative)
    actors = _sentence_actors(kb, sent, day, narrative)
    candidates = with_carried(actors, offset, narrative)
    if observe is not None:
        observe(offset + sent.start_char, offset + sent.end_char,
                frozenset(a.actor.code for a in candidates))
    background = _anchor_spans(kb, sent)
    triggers = find_triggers(kb, sent)
    here = _Sentence(kb=kb, article=article, sent=sent, offset=offset, index=index,
                     narrative=narrative, dates=dates, actors=actors, candidates=candidates,
                     triggers=triggers,
                     vague=names_vague_time(sent.text),  # 'last autumn': no day from the story
                     deeds={f.token.i: f.entry.type for f in triggers if f.token.pos_ == "NOUN"})
    for found in triggers:
        if any(start <= found.token.idx < end for start, end in background):
            continue  # 'after Russia's invasion of Ukraine' dates the text; it is not news
        if found.judged:
            continue  # 'condemned the attacks by X on Y': the condemnation is the news
        status = _trigger_status(found, here)
        if status is not None:
            _code_trigger(found, status, here)
    return _close_sentence(here)


def _dates_and_entry(kb: KnowledgeBase, sent: Span, offset: int, index: int,
                     narrative: Narrative) -> list[SentenceDate]:
    """The sentence's own dates, mended by the entry or heading above it; a paragraph's
    first sentence may open a dated entry that dates the sentences after it."""
    narrative.refile(dateline_day(sent, narrative.filed, narrative.time), index)
    dates = mend_cut_entry(sent, sentence_dates(kb, sent, narrative), narrative.time,
                           narrative.section.year if narrative.section is not None else None)
    if narrative.section is None:  # a '2022' heading over the entries gives their year
        dates, narrative.entry_day = entry_year(sent, dates, narrative.entry_day,
                                                narrative.time.published)
    if sent.start == 0:
        entry = opens_entry(sent, dates) or split_entry(sent, narrative) or clock_entry(
            sent, dates, narrative.time.published,
            narrative.heading[1] if narrative.heading is not None else None) \
            or day_entry(sent.text, dates, narrative.section) or narrative.stamp
        narrative.entry = (offset, entry) if entry is not None else None
        narrative.stamp = entry if BARE_CLOCK.match(sent.doc.text) else None  # '14:32 GMT'
    return dates


def _sentence_actors(kb: KnowledgeBase, sent: Span, day: date | None,
                     narrative: Narrative) -> list[ActorPhrase]:
    """The sentence's actors, less the place a dateline names: where a report was filed
    is no party to what it reports."""
    actors = find_actors(kb, sent, day, narrative.memory)
    dateline = (DATELINE.match(sent.text) or PLACE_LINE.match(sent.text)) if sent.start == 0 \
        else None
    if dateline:  # 'BRUSSELS, April 6 (Wire) -' names where the report was filed, not an actor
        actors = [a for a in actors if sent.doc[a.start].idx - sent.start_char >= dateline.end()]
    return actors


def _trigger_status(found: Found, here: _Sentence) -> str | None:
    """Whether the act happened, is planned, or is no event at all (None): a denied or
    supposed act, or force that is only said to be coming, codes nothing."""
    status = modality(found.token, here.sent, found.entry.type)
    if status in ("planned", "hypothetical") and dated_past_clause(found.token, [
            d.position for d in here.dates if _past(d, here.narrative)]):
        status = "occurred"  # 'the contract, signed in June 2023, will deliver ...'
    if status in ("negated", "hypothetical"):
        return None
    if status == "announced":  # 'said it would visit' plans a visit; 'would expel' acts now
        if found.token.pos_ != "VERB" or found.entry.type in UNANNOUNCEABLE:
            return None  # 'would respond to any attack': the attack is no decision
        status = "planned" if found.entry.type == "CONSULT" else "occurred"
    return status


def _code_trigger(found: Found, status: str, here: _Sentence) -> None:
    """Pair, date and record one trigger's act, and tell the narrative of it so that
    later acts can be dated and paired by it."""
    narrative = here.narrative
    reference = Reference(heading_now(narrative), narrative.last_date,
                          tuple((t.lemma, t.day) for t in narrative.told if t.lemma),
                          narrative.last_told)
    found_pairs = _trigger_pairs(found, here)
    if found.entry.type == "CONSULT" and found_pairs:
        here.met.append((found.token, found_pairs))
    elif found.entry.type == "CONSULT" and status == "occurred":
        here.bare.append((found.token, mode(found, here.sent)))
    event_date, date_text, date_at = _event_date(found, status, found_pairs, reference, here)
    per_pair = pair_dates(found.token, here.actors, here.dates, found_pairs,
                          (event_date, date_text))
    if status == "occurred" and found.entry.type == "CONSULT":
        note_meeting(narrative.memory, found_pairs)
    if status == "occurred":  # the main act's parties, not those of 'after Chile did'
        note_event(narrative, found.token, found.entry.type, event_date, date_text,
                   [p for p, d in zip(found_pairs, per_pair, strict=True)
                    if d == (event_date, date_text)], (here.index, here.offset), at=date_at)
    _add_mentions(found, status, found_pairs, per_pair, here)


def _trigger_pairs(found: Found, here: _Sentence) -> list[tuple[Actor, Actor, bool]]:
    """The trigger's own pairs, else the parties of verbless pieces before it, of the
    meeting it resumes, or of the meeting it was done at: prose often names the parties
    once and the acts after."""
    actors = here.actors
    return [p for p in pairs(found, actors, here.sent, here.narrative.persons)
            if not told_apart(found, p, actors, here.triggers)] or carried_pairs(
        found.entry.type, here.candidates, actors, here.sent.doc) or \
        resumed_meeting(found, actors, here.narrative.memory) or \
        acts_at_meeting(found, here.met, actors)


def _event_date(found: Found, status: str, found_pairs: list[tuple[Actor, Actor, bool]],
                reference: Reference, here: _Sentence) -> PlacedDate:
    """The sentence's date for the act, else one from the story; a date on which a named
    official did not hold office is a wrong reading and is dropped. The date phrase's
    position goes with it (None for a day the sentence does not spell), so the narrative
    judges the phrase chosen rather than the first one with the same words."""
    event_date, date_text, date_at = placed_date_for(here.kb, found, here.dates, reference,
                                                     status == "planned", here.sent)
    if event_date is None and not other_day(found.token) and not here.vague:
        event_date, date_text = undated_date(found, status, here.narrative,
                                             (here.index, here.offset), found_pairs,
                                             here.actors, here.dates, here.deeds)
        date_at = None
    if event_date is not None and contradicts_office(found, here.actors, here.sent, event_date):
        return None, None, None
    return event_date, date_text, date_at


def _add_mentions(found: Found, status: str, found_pairs: list[tuple[Actor, Actor, bool]],
                  per_pair: list[tuple[FuzzyDate | None, str | None]], here: _Sentence) -> None:
    """One mention per pair, each on its own date; a pair dated by the story but absent
    from it was never in that story, so it is left out rather than misdated."""
    narrative, sent = here.narrative, here.sent
    for (source, target, directed), (when, how) in zip(found_pairs, per_pair, strict=True):
        if how == "story" and not in_story(narrative, source, target, when):
            continue  # 'X called Y on May 11. X also met Z.': Z was not in the story
        here.mentions.append(Mention(
            doc_id=here.article.doc_id, sentence_index=here.index,
            start=here.offset + sent.start_char, end=here.offset + sent.end_char,
            sentence=sent.text, trigger=found.token.text, type=found.entry.type,
            mode=mode(found, sent), status=_status(status, when, narrative),
            source=source, target=target, directed=directed, date=when, date_text=how))
        if status == "occurred":
            here.done[len(here.mentions) - 1] = found.token


def _close_sentence(here: _Sentence) -> list[Mention]:
    """What the sentence leaves the narrative: the pair 'the two sides' will mean, a
    date or actors a verbless piece passes on, and a heading that dates what follows."""
    narrative, dates, sent, offset = here.narrative, here.dates, here.sent, here.offset
    mentions, candidates = here.mentions, here.candidates
    mentions += occasion_consults(here.bare, mentions, here.done, here.actors)
    acted = {frozenset((m.source.code, m.target.code)): m for m in mentions}
    if len(acted) == 1:  # 'the two sides' next means the pair that just met, called or clashed
        only = next(iter(acted.values()))
        narrative.memory["event:0"], narrative.memory["event:1"] = only.source, only.target
    if not mentions and dates:
        mentions = _caption_meeting(here.kb, here.article, sent, offset, here.index,
                                    here.actors, dates[0])
    if advance(narrative, dates, mentions, here.actors, sent, (here.index, offset)):
        narrative.dated_block = offset
    note_speakers(narrative, dates, here.actors, sent)
    fragment = is_fragment(sent)
    narrative.unused = (offset, dates[0].value) if dates and not mentions and fragment else None
    narrative.carried = (offset, candidates) if fragment and not mentions and candidates else None
    only_date = len(dates) == 1 and _only_a_date(sent.text, dates[0].text)
    if only_date:
        narrative.heading = (offset, dates[0].value)  # '19 September. As forces moved, ...'
    head_sections(narrative, sent, dates, here.index, only_date, here.article.text)
    return mentions


def _caption_meeting(kb: KnowledgeBase, article: Article, sent: Span, offset: int, index: int,
                     actors: list[ActorPhrase], when: SentenceDate) -> list[Mention]:
    """'Photo: A with B and C at Blair House, 7 November 2022': a dated picture of a meeting."""
    cues = tuple(c.lower() for c in kb.boilerplate.get("caption", []))
    if not sent.text.lstrip("[( ").lower().startswith(cues):
        return []
    people = [a for a in actors if a.is_person]
    if len(people) < 2 or not any(t.lower_ == "with" and people[0].end <= t.i < people[1].start
                                  for t in sent):
        return []
    return [Mention(doc_id=article.doc_id, sentence_index=index, start=offset + sent.start_char,
                    end=offset + sent.end_char, sentence=sent.text, trigger="with", type="CONSULT",
                    mode="meet", status="occurred", source=a, target=b, directed=False,
                    date=when.value, date_text=when.text)
            for a, b in combinations(distinct([p.actor for p in people]), 2)]


def _only_a_date(text: str, date_text: str) -> bool:
    """'19 September.' or 'Early December.' alone: a chronology entry's heading."""
    bare = PART_OF_MONTH.sub("", text.strip().lstrip("#*•>- ").rstrip(".:–-— ").strip())
    if not text.rstrip().endswith("."):  # an itinerary's 'Sunday, February 2 - Panama City'
        bare = PLACE_LEAD.sub("", PLACE_TAIL.sub("", bare))  # ... or 'San Salvador, February 3'
    return bare == date_text.strip() or WEEKDAY_HEAD.sub("", bare) == date_text.strip()


def _past(when: SentenceDate, narrative: Narrative) -> bool:
    """With no publication date nothing can be told to lie ahead, so every date is past."""
    published = narrative.time.published
    return published is None or when.value.start <= published


def _anchor_spans(kb: KnowledgeBase, sent: Span) -> list[tuple[int, int]]:
    """Where the sentence names a known landmark event ('Russia's invasion of Ukraine'):
    such a phrase dates the text and is not itself news."""
    lowered = sent.text.lower()
    spans = []
    for anchor in kb.anchors:
        for phrase in anchor.phrases:
            at = lowered.find(phrase.lower())
            if at >= 0:
                spans.append((sent.start_char + at, sent.start_char + at + len(phrase)))
    return spans


def _status(status: str, when: FuzzyDate | None, narrative: Narrative) -> Status:
    """An act dated after publication cannot have occurred yet, whatever its tense."""
    published = narrative.time.published
    if status == "planned" or (when is not None and published is not None and when.start > published):
        return "planned"
    return "occurred"


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per sentence, type and pair: 'traveled to Washington, where he met...'."""
    best: dict[tuple[str, frozenset[str] | tuple[str, str], str | None], Mention] = {}
    for mention in mentions:
        kept = best.get(_key(mention))
        if kept is None or _rank(mention) > _rank(kept):
            best[_key(mention)] = mention
    return [m for m in mentions if best.get(_key(m)) is m]


def _key(m: Mention) -> tuple[str, frozenset[str] | tuple[str, str], str | None]:
    """A directed act and its answer in one sentence ('India expelled ... after Canada
    expelled ...') are two events; a meeting named twice is one."""
    pair = (m.source.code, m.target.code) if m.directed else frozenset(
        (m.source.code, m.target.code))
    return m.type, pair, m.date.iso if m.date else None


def _rank(m: Mention) -> tuple[int, int]:
    """Of two mentions of one event, the one that says how parties met and that it
    happened tells more."""
    return MODE_RANK.get(m.mode, 0), int(m.status == "occurred")


__all__ = ["code_article", "code_parsed", "content_blocks"]
