"""Code one cleaned article into event mentions: actors, triggers, roles, modality, dates.

Sentences are read in order because the narrative matters: 'a day later' needs
the previous date, 'he' the previous person, and 'Hajiyev's visit' the party
first given to Hajiyev. Everything else is local to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase, find_actors
from dyadwatch.coding.clause_words import words_from
from dyadwatch.coding.dates import document_time
from dyadwatch.coding.during import occasion_date
from dyadwatch.coding.fragments import carried_pairs, is_fragment, with_carried
from dyadwatch.coding.fronted import entry_year, mend_cut_entry
from dyadwatch.coding.implicit import implicit_date, narrative_day
from dyadwatch.coding.implicit import past_tense as _past_tense
from dyadwatch.coding.implicit import told_past as _told_past
from dyadwatch.coding.meeting_acts import acts_at_meeting
from dyadwatch.coding.modality import modality
from dyadwatch.coding.narrative import (
    Narrative,
    advance,
    context_date,
    head_section,
    in_story,
    note_event,
    reaction_date,
    story_date,
)
from dyadwatch.coding.occasions import meeting_day, occasion_consults
from dyadwatch.coding.office_dates import contradicts_office
from dyadwatch.coding.pairing import distinct, mode, note_meeting, pairs, resumed_meeting
from dyadwatch.coding.parallel import pair_dates
from dyadwatch.coding.reftime import (
    BARE_CLOCK,
    DATELINE,
    PLACE_LINE,
    clock_entry,
    dateline_day,
    day_entry,
    filing_time,
    is_lede,
    opens_entry,
)
from dyadwatch.coding.scope import dated_past_clause, names_vague_time
from dyadwatch.coding.sentdates import sentence_dates, split_entry
from dyadwatch.coding.speakers import note_speakers, response_date, speaker_date
from dyadwatch.coding.tense import (
    cause_year,
    clause_verb,
    recent_perfect,
    reported_threat,
)
from dyadwatch.coding.triggers import Found, find_triggers
from dyadwatch.coding.when import Reference, SentenceDate, date_for, other_day
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor, Article, FuzzyDate, Mention, Status

PART_OF_MONTH = re.compile(r"^(?:early|mid-?|late|(?:the\s+)?(?:end|beginning|start)\s+of|"
                           r"(?:the\s+)?week\s+(?:of|beginning|starting|commencing))\s*",
                           re.IGNORECASE)
# 'Tuesday 19 March 2024' over a live blog's entries: the weekday only restates the date
WEEKDAY_HEAD = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)
SPAN_OF_TIME = re.compile(r"\b(?:for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades|months|"
                          r"centuries|a\s+long\s+time)|long\s+ago|since)\b", re.IGNORECASE)
BACKGROUND_MARKS = {"after", "because", "since", "as", "although", "though"}
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
    blocks = content_blocks(article)
    texts = (article.text[s:e] for s, e in blocks)
    return tuple(code_parsed(kb, article, zip(blocks, nlp.pipe(texts), strict=True)))


def code_parsed(kb: KnowledgeBase, article: Article,
                parsed: Iterable[tuple[tuple[int, int], Doc]]) -> Iterator[Mention]:
    content = [article.text[s:e] for s, e in content_blocks(article)]  # not menus
    with words_from(kb):  # rules read the word lists of this kb, a user's included
        narrative = Narrative(filing_time(document_time(kb, article.text, article.published),
                                          article, content))
    index = 0
    for number, ((offset, _), doc) in enumerate(parsed):
        for sent in doc.sents:
            with words_from(kb):  # left before each yield: no leak into interleaved codings
                narrative.lede = is_lede(narrative.lede, number, sent, article.title)
                mentions = _dedupe(_code_sentence(kb, article, sent, offset, index, narrative))
            yield from mentions
            index += 1


def _code_sentence(kb: KnowledgeBase, article: Article, sent: Span, offset: int, index: int,
                   narrative: Narrative) -> list[Mention]:
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
    day = dates[0].value.start if dates else narrative_day(narrative)
    actors = find_actors(kb, sent, day, narrative.memory)
    dateline = (DATELINE.match(sent.text) or PLACE_LINE.match(sent.text)) if sent.start == 0 \
        else None
    if dateline:  # 'BRUSSELS, April 6 (Wire) -' names where the report was filed, not an actor
        actors = [a for a in actors if sent.doc[a.start].idx - sent.start_char >= dateline.end()]
    mentions: list[Mention] = []
    candidates = with_carried(actors, offset, narrative)
    background = _anchor_spans(kb, sent)
    triggers = find_triggers(kb, sent)
    vague = names_vague_time(sent.text)  # 'last autumn': no day from the story either
    deeds = {f.token.i: f.entry.type for f in triggers if f.token.pos_ == "NOUN"}
    met: list[tuple[Token, list[tuple[Actor, Actor, bool]]]] = []  # meetings told so far
    bare: list[tuple[Token, str | None]] = []  # encounters with no pair: 'In a call, X ...'
    done: dict[int, Token] = {}  # the trigger of each occurred act, by its place in mentions
    for found in triggers:
        if any(start <= found.token.idx < end for start, end in background):
            continue  # 'after Russia's invasion of Ukraine' dates the text; it is not news
        if found.judged:
            continue  # 'condemned the attacks by X on Y': the condemnation is the news
        status = modality(found.token, sent, found.entry.type)
        if status in ("planned", "hypothetical") and dated_past_clause(found.token, [
                d.position for d in dates if _past(d, narrative)]):
            status = "occurred"  # 'the contract, signed in June 2023, will deliver ...'
        if status in ("negated", "hypothetical"):
            continue
        if status == "announced":  # 'said it would visit' plans a visit; 'would expel' acts now
            if found.token.pos_ != "VERB" or found.entry.type in UNANNOUNCEABLE:
                continue  # 'would respond to any attack': the attack is no decision
            status = "planned" if found.entry.type == "CONSULT" else "occurred"
        reference = Reference(narrative.time.published, narrative.last_date,
                              tuple((t.lemma, t.day) for t in narrative.told if t.lemma),
                              narrative.last_told)
        found_pairs = [p for p in pairs(found, actors, sent, narrative.persons)
                       if not _told_apart(found, p, actors, triggers)] or carried_pairs(
            found.entry.type, candidates, actors, sent.doc) or \
            resumed_meeting(found, actors, narrative.memory) or acts_at_meeting(found, met, actors)
        if found.entry.type == "CONSULT" and found_pairs:
            met.append((found.token, found_pairs))
        elif found.entry.type == "CONSULT" and status == "occurred":
            bare.append((found.token, mode(found, sent)))
        event_date, date_text = date_for(kb, found, dates, reference, status == "planned", sent)
        if event_date is None and not other_day(found.token) and not vague:
            event_date, date_text = _undated(found, status, narrative, (index, offset),
                                             found_pairs, actors, dates, deeds)
        if event_date is not None and contradicts_office(found, actors, sent, event_date):
            event_date, date_text = None, None
        per_pair = pair_dates(found.token, actors, dates, found_pairs, (event_date, date_text))
        if status == "occurred" and found.entry.type == "CONSULT":
            note_meeting(narrative.memory, found_pairs)
        if status == "occurred":  # the main act's parties, not those of 'after Chile did'
            note_event(narrative, found.token, found.entry.type, event_date, date_text,
                       [p for p, d in zip(found_pairs, per_pair, strict=True)
                        if d == (event_date, date_text)], (index, offset))
        for (source, target, directed), (when, how) in zip(found_pairs, per_pair, strict=True):
            if how == "story" and not in_story(narrative, source, target, when):
                continue  # 'X called Y on May 11. X also met Z.': Z was not in the story
            mentions.append(Mention(
                doc_id=article.doc_id, sentence_index=index, start=offset + sent.start_char,
                end=offset + sent.end_char, sentence=sent.text, trigger=found.token.text,
                type=found.entry.type, mode=mode(found, sent), status=_status(status, when,
                                                                                 narrative),
                source=source, target=target, directed=directed, date=when,
                date_text=how))
            if status == "occurred":
                done[len(mentions) - 1] = found.token
    mentions += occasion_consults(bare, mentions, done, actors)
    acted = {frozenset((m.source.code, m.target.code)): m for m in mentions}
    if len(acted) == 1:  # 'the two sides' next means the pair that just met, called or clashed
        only = next(iter(acted.values()))
        narrative.memory["event:0"], narrative.memory["event:1"] = only.source, only.target
    if not mentions and dates:
        mentions = _caption_meeting(kb, article, sent, offset, index, actors, dates[0])
    if advance(narrative, dates, mentions, actors, sent, (index, offset)):
        narrative.dated_block = offset
    note_speakers(narrative, dates, actors, sent)
    fragment = is_fragment(sent)
    narrative.unused = (offset, dates[0].value) if dates and not mentions and fragment else None
    narrative.carried = (offset, candidates) if fragment and not mentions and candidates else None
    only_date = len(dates) == 1 and _only_a_date(sent.text, dates[0].text)
    if only_date:
        narrative.heading = (offset, dates[0].value)  # '19 September. As forces moved, ...'
    head_section(narrative, sent, dates, index, only_date)
    return mentions


def _told_apart(found: Found, pair: tuple[Actor, Actor, bool], actors: list[ActorPhrase],
                triggers: list[Found]) -> bool:
    """'The meeting followed up on Trump's February 12 call with Putin': parties named
    only inside the phrase of another event of the same kind (its possessor and its
    complements) took part in that event, which codes them on its own date."""
    codes = {pair[0].code, pair[1].code}
    named = [a for a in actors if a.actor.code in codes]
    if {a.actor.code for a in named} != codes:
        return False
    for other in triggers:
        if other.token == found.token or other.judged or other.token.pos_ != "NOUN" or \
                other.entry.type != found.entry.type:
            continue
        phrase = {t.i for t in other.token.subtree}
        if found.token.i not in phrase and all(a.head in phrase for a in named):
            return True
    return False


def _undated(found: Found, status: str, narrative: Narrative, where: tuple[int, int],
             found_pairs: list[tuple[Actor, Actor, bool]], actors: list[ActorPhrase],
             dates: list[SentenceDate], deeds: dict[int, str]) -> tuple[FuzzyDate | None, str | None]:
    """The date of a trigger its sentence does not date: from what was told before it."""
    index, offset = where
    event_date, date_text = implicit_date(offset, narrative)
    if event_date is None and status == "occurred":  # 'At the meeting, the two agreed ...'
        event_date, date_text = meeting_day(narrative, found.token, index, {
            c.code for p in found_pairs for c in p[:2]})
    if event_date is None and narrative.entry is not None and narrative.entry[0] == offset \
            and status == "occurred" and _told_past(found.token):
        # its paragraph's date, not a story's. A later sentence in the historic present
        # ('5 March - X expels ... It also accuses ...') is not dated by the entry: tried
        # twice, it added ten false events a time on a blind set
        event_date, date_text = narrative.entry[1], "entry"
    if event_date is None and status == "occurred" and _told_past(found.token):
        event_date, date_text = reaction_date(narrative, found.token, found.entry.type, deeds)
    if event_date is None and status == "occurred" and _told_past(found.token) and \
            not _background_clause(found.token):
        event_date, date_text = story_date(narrative, found.token, found_pairs,
                                           (index, offset), found.entry.type)
        if event_date is None:
            event_date, date_text = occasion_date(narrative, found.token, found_pairs, index)
        if event_date is None:
            event_date, date_text = context_date(offset, narrative, found.token.sent)
        if event_date is None:
            event_date, date_text = speaker_date(narrative, found.token, actors, dates)
    if event_date is None and status == "occurred" and not _background_clause(found.token):
        event_date, date_text = recent_perfect(found.token, narrative.time.published)
        if event_date is not None and narrative.entry is not None and narrative.entry[0] == offset:
            event_date, date_text = narrative.entry[1], "entry"  # '14:30' / 'X has joined ...'
    if event_date is None and status == "occurred" and _told_past(found.token):
        event_date, date_text = cause_year(found.token, dates, narrative.time.published,
                                           context_date(offset, narrative)[0])
    if event_date is None and status == "occurred" and \
            reported_threat(found.token, found.entry.type):
        event_date, date_text = context_date(offset, narrative)
    if event_date is None and status == "occurred" and _told_past(found.token):
        answer = response_date(narrative, found.token, index)
        event_date, date_text = (answer, "response") if answer is not None else (None, None)
    if event_date is None and status == "occurred" and narrative.section is not None and \
            _in_section_time(found.token):
        event_date, date_text = narrative.section, "section"
    return event_date, date_text


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
    return bare == date_text.strip() or WEEKDAY_HEAD.sub("", bare) == date_text.strip()


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


def _in_section_time(token: Token) -> bool:
    """Under a '2020' heading, 'Egypt protested' happened then, but 'has accused ... for
    years' and 'signed a pact long ago' tell of a span or an older time."""
    verb = clause_verb(token)
    if verb is not None and not _past_tense(token):
        return False
    return not SPAN_OF_TIME.search(token.sent.text)


def _past(when: SentenceDate, narrative: Narrative) -> bool:
    published = narrative.time.published
    return published is None or when.value.start <= published


def _anchor_spans(kb: KnowledgeBase, sent: Span) -> list[tuple[int, int]]:
    lowered = sent.text.lower()
    spans = []
    for anchor in kb.anchors:
        for phrase in anchor.phrases:
            at = lowered.find(phrase.lower())
            if at >= 0:
                spans.append((sent.start_char + at, sent.start_char + at + len(phrase)))
    return spans


def _status(status: str, when: FuzzyDate | None, narrative: Narrative) -> Status:
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
    return MODE_RANK.get(m.mode, 0), int(m.status == "occurred")


__all__ = ["code_article", "code_parsed", "content_blocks"]
