"""Code one cleaned article into event mentions: actors, triggers, roles, modality, dates.

Sentences are read in order because the narrative matters: 'a day later' needs
the previous date, 'he' the previous person, and 'Hajiyev's visit' the party
first given to Hajiyev. Everything else is local to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase, find_actors
from dyadwatch.coding.dates import (
    DocumentTime,
    deadline_before,
    document_time,
    resolve_absolute,
    resolve_publication_relative,
    sentence_year,
    when_follows,
)
from dyadwatch.coding.modality import modality
from dyadwatch.coding.pairing import distinct, mode, pairs
from dyadwatch.coding.reftime import checked_publication, filing_day
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.coding.when import Reference, SentenceDate, date_for
from dyadwatch.datetext import find_dates
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor, Article, FuzzyDate, Mention

DATELINE = re.compile(r"^\s*[A-Z][A-Z'./ -]{2,40}(?:,\s*[A-Za-z .]+)?,\s+\S+\s+\d{1,2}\b"
                      r"(?:,?\s*\d{4})?\s*(?:\([^)]{0,60}\))?\s*[-–—:]?")
SINCE = re.compile(r"\bsince(?:\s+(?:early|mid-?|late|the\s+(?:end|middle|start|beginning)\s+of))?\s*$",
                   re.IGNORECASE)
PLACE_LINE = re.compile(r"^\s*[A-Z][A-Z'./ -]{2,40},\s*[A-Z][A-Za-z .]{1,30}\s+[-–—]\s")
PART_OF_MONTH = re.compile(r"^(?:early|mid-?|late|(?:the\s+)?(?:end|beginning|start)\s+of)\s*",
                           re.IGNORECASE)
NEWS_DAYS = 7
BACKGROUND_MARKS = {"after", "because", "since", "as", "although", "though"}
# force is threatened, not announced: 'said it would strike' is a threat at most
UNANNOUNCEABLE = {"ASSAULT", "THREATEN", "COERCE", "MOBILIZE"}
TITLE_AFTERLIFE = timedelta(days=365)
CONTEXT_DATES = ("publication", "paragraph")
MODE_RANK = {"phone": 3, "visit": 3, "message": 3, "meet": 1, None: 0}
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
    blocks = content_blocks(article)
    texts = (article.text[s:e] for s, e in blocks)
    return tuple(code_parsed(kb, article, zip(blocks, nlp.pipe(texts), strict=True)))


def code_parsed(kb: KnowledgeBase, article: Article,
                parsed: Iterable[tuple[tuple[int, int], Doc]]) -> Iterator[Mention]:
    narrative = Narrative(_filing_time(document_time(kb, article.text, article.published),
                                       article))
    index = 0
    for number, ((offset, _), doc) in enumerate(parsed):
        for sent in doc.sents:
            narrative.lede = _is_lede(narrative, number, sent)
            yield from _dedupe(_code_sentence(kb, article, sent, offset, index, narrative))
            index += 1


def _code_sentence(kb: KnowledgeBase, article: Article, sent: Span, offset: int, index: int,
                   narrative: Narrative) -> list[Mention]:
    dates = _sentence_dates(kb, sent, narrative)
    day = dates[0].value.start if dates else _narrative_day(narrative)
    actors = find_actors(kb, sent, day, narrative.memory)
    dateline = (DATELINE.match(sent.text) or PLACE_LINE.match(sent.text)) if sent.start == 0 \
        else None
    if dateline:  # 'BRUSSELS, April 6 (Wire) -' names where the report was filed, not an actor
        actors = [a for a in actors if sent.doc[a.start].idx - sent.start_char >= dateline.end()]
    mentions: list[Mention] = []
    background = _anchor_spans(kb, sent)
    for found in find_triggers(kb, sent):
        if any(start <= found.token.idx < end for start, end in background):
            continue  # 'after Russia's invasion of Ukraine' dates the text; it is not news
        if found.judged:
            continue  # 'condemned the attacks by X on Y': the condemnation is the news
        status = modality(found.token, sent)
        if status in ("negated", "hypothetical"):
            continue
        if status == "announced":  # 'said it would visit' plans a visit; 'would expel' acts now
            if found.token.pos_ != "VERB" or found.entry.type in UNANNOUNCEABLE:
                continue  # 'would respond to any attack': the attack is no decision
            status = "planned" if found.entry.type == "CONSULT" else "occurred"
        reference = Reference(narrative.time.published, narrative.last_date)
        event_date, date_text = date_for(kb, found, dates, reference, status == "planned", sent)
        if event_date is None:
            event_date, date_text = _implicit_date(offset, narrative)
        if event_date is None and status == "occurred" and _past_tense(found.token) and \
                not _background_clause(found.token):
            event_date, date_text = _context_date(offset, narrative)
        if event_date is not None and _contradicts_office(actors, event_date):
            event_date, date_text = None, None
        for source, target, directed in pairs(found, actors, sent, narrative.persons):
            mentions.append(Mention(
                doc_id=article.doc_id, sentence_index=index, start=offset + sent.start_char,
                end=offset + sent.end_char, sentence=sent.text, trigger=found.token.text,
                type=found.entry.type, mode=mode(found, sent), status=_status(status, event_date,
                                                                                 narrative),
                source=source, target=target, directed=directed, date=event_date,
                date_text=date_text))
    if not mentions and dates:
        mentions = _caption_meeting(kb, article, sent, offset, index, actors, dates[0])
    if _advance(narrative, dates, mentions, actors):
        narrative.dated_block = offset
    fragment = not any(t.pos_ in ("VERB", "AUX") for t in sent)  # 'On June 1, X Y Z.'
    narrative.unused = (offset, dates[0].value) if dates and not mentions and fragment else None
    if len(dates) == 1 and _only_a_date(sent.text, dates[0].text):
        narrative.heading = (offset, dates[0].value)  # '19 September. As forces moved, ...'
    return mentions


def _filing_time(time: DocumentTime, article: Article) -> DocumentTime:
    """A wire report without a publication date is filed on its dateline's day: 'GENEVA,
    June 16 (Staff) - ... on Wednesday' resolves 'Wednesday' against June 16 of the year
    a stamp line ('Updated 08/01/2020'), the weekday named with the years the text
    mentions, or else the document's own dates and anchors give."""
    content = "\n".join(article.text[s:e] for s, e in content_blocks(article))  # not menus
    time = checked_publication(time, content, article.published, article.published_from)
    if time.published is not None:
        return time
    for start, end in content_blocks(article)[:3]:
        line = article.text[start:end]
        match = DATELINE.match(line)
        if match is None:
            continue
        expr = next(iter(find_dates(line[: match.end() + 3])), None)
        filed = filing_day(article.text, line, expr.month, expr.day) \
            if expr is not None and expr.year is None and expr.month and expr.day else None
        if filed is not None:
            return DocumentTime(filed, filed)
        value = resolve_absolute(expr, time, False) if expr is not None else None
        if value is not None and value.precision == "day":
            return DocumentTime(value.start, value.start)
        return time
    return time


def _narrative_day(narrative: Narrative) -> date | None:
    """An undated sentence still happens in the article's time: who held an office then
    decides which 'Stoltenberg' is meant."""
    day: date | None = narrative.last_date.start if narrative.last_date is not None else None
    return day or narrative.time.published


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
    bare = PART_OF_MONTH.sub("", text.strip().rstrip(".:–-— ").strip())
    return bare == date_text.strip()


def _is_lede(narrative: Narrative, number: int, sent: Span) -> bool | None:
    """The report's first full sentence: not the headline block (unless it opens with a
    dateline), and long enough to be news rather than a byline or a date line."""
    if narrative.lede is not None:
        return False
    if number == 0 and not (DATELINE.match(sent.text) or PLACE_LINE.match(sent.text)):
        return None
    words = [t for t in sent if t.is_alpha]
    return True if len(words) >= 8 else None


def _background_clause(token: Token) -> bool:
    """'Relations soured after X detained Y', 'because X had closed': a clause that explains
    the news tells of something earlier, so the report's day does not date it."""
    current = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in current.children):
            return True
        if current.head == current:
            return False
        current = current.head
    return False


def _context_date(offset: int, narrative: Narrative) -> tuple[FuzzyDate | None, str | None]:
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


def _past_tense(token: Token) -> bool:
    """The clause carrying a trigger is in the simple past ('met', 'held talks', 'was
    received'), not the perfect ('had met', 'have negotiated'), which reaches back."""
    verb = token
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("amod", "acl", "compound"):
            break
        if verb.head == verb:
            return False
        verb = verb.head
    else:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"had", "'d", "will", "would", "shall", "to"}:
        return False
    if any(t.lower_ == "since" for t in verb.subtree):
        return False  # 'have negotiated since the war': a span of time, not a day's news
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"was", "were"}))


def _implicit_date(offset: int, narrative: Narrative) -> tuple[FuzzyDate | None, str | None]:
    """A date the sentence gets without a date phrase of its own: a chronology heading.

    Headlines are left undated on purpose: a wire headline's present tense ('agrees')
    usually reports the day before publication, so the publication date would be wrong.
    """
    if narrative.heading is not None and narrative.heading[0] == offset:
        return narrative.heading[1], "heading"
    return None, None


def _sentence_dates(kb: KnowledgeBase, sent: Span, narrative: Narrative) -> list[SentenceDate]:
    lowered = sent.text.lower()
    anchors = [a for a in kb.anchors if any(p.lower() in lowered for p in a.phrases)]
    out: list[SentenceDate] = []
    future = _future_tense(sent)
    said = resolve_publication_relative(sent.text, narrative.time.published, future)
    narrative.said = said[0] if said is not None and not future and \
        said[0].precision == "day" else None  # 'killed last year' is background, not a move
    found = find_dates(sent.text)
    for number, expr in enumerate(found):
        if DATELINE.match(sent.text[: expr.end + 3]) and sent.start == 0:
            continue  # 'BAKU, May 11 (Wire) -': the report's date, not the event's
        if deadline_before(sent.text[: expr.start]):
            continue  # 'agreed to set up a commission by the end of April': a deadline
        if (SINCE.search(sent.text[: expr.start]) or _in_since_clause(sent, expr.start)) \
                and not when_follows(sent.text, expr):
            continue  # 'his first visit since December 2017': the last time, not this one
        anchor_year = next((a.day.year for a in anchors if expr.month == a.day.month
                            and expr.day == a.day.day), None) or \
            sentence_year(sent.text, expr, found[:number], narrative.time)
        value = resolve_absolute(expr, narrative.time, future, anchor_year)
        if value is not None:
            out.append(SentenceDate(value, expr.text, sent.start_char + expr.start, True))
    return out


def _in_since_clause(sent: Span, at: int) -> bool:
    """'his first trip since Russia invaded Ukraine in February 2022': a date inside a
    'since' clause marks where a span of time began, not when this event happened."""
    token = next((t for t in sent if t.idx - sent.start_char >= at), None)
    while token is not None and token.head != token:
        if token.lower_ == "since" or any(c.lower_ == "since" and c.dep_ == "mark"
                                          for c in token.children):
            return True
        token = token.head
    return False


def _anchor_spans(kb: KnowledgeBase, sent: Span) -> list[tuple[int, int]]:
    lowered = sent.text.lower()
    spans = []
    for anchor in kb.anchors:
        for phrase in anchor.phrases:
            at = lowered.find(phrase.lower())
            if at >= 0:
                spans.append((sent.start_char + at, sent.start_char + at + len(phrase)))
    return spans


def _future_tense(sent: Span) -> bool:
    """Future tense in the sentence: a yearless date then looks forward, not back."""
    return any(t.lower_ in ("will", "shall", "'ll") and t.dep_ == "aux" for t in sent)


def _contradicts_office(actors: list[ActorPhrase], when: FuzzyDate) -> bool:
    """'US President George W. Bush' in a sentence dated 2022: the date is wrong, not the title."""
    for phrase in actors:
        official = phrase.official
        # a leader just deposed keeps the title for a while: 'reinstate President Bazoum'
        if official is not None and phrase.titled and not official.active_between(
                when.start - TITLE_AFTERLIFE, when.end):
            return True
    return False


def _status(status: str, when: FuzzyDate | None, narrative: Narrative) -> str:
    published = narrative.time.published
    if status == "planned" or (when is not None and published is not None and when.start > published):
        return "planned"
    return "occurred"


def _advance(narrative: Narrative, dates: list[SentenceDate], mentions: list[Mention],
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


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per sentence, type and pair: 'traveled to Washington, where he met...'."""
    best: dict[tuple[str, frozenset[str], str | None], Mention] = {}
    for mention in mentions:
        kept = best.get(_key(mention))
        if kept is None or _rank(mention) > _rank(kept):
            best[_key(mention)] = mention
    return [m for m in mentions if best.get(_key(m)) is m]


def _key(m: Mention) -> tuple[str, frozenset[str], str | None]:
    return m.type, frozenset((m.source.code, m.target.code)), m.date.iso if m.date else None


def _rank(m: Mention) -> tuple[int, int]:
    return MODE_RANK.get(m.mode, 0), int(m.status == "occurred")


__all__ = ["code_article", "code_parsed", "content_blocks"]
