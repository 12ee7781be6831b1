"""Parties named only by a role: 'the Secretary-General', 'Council members', 'the Allies',
'Deputy Foreign Minister X' in a story filed from one state's capital.

Statements of an organisation name it once and then speak of its office holders and
organs by role ('The members of the Security Council ... Council members urged'); a
ministry's readout names its own officials without a nationality word. A reader resolves
both from what is in view: the organisation named last that has such an office, the
council named before, or the one state the story is told from. Nothing is resolved when
the view is empty or split between states.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_memory import Phrase
from dyadwatch.coding.actor_types import ActorPhrase, Piece, head_token, remember, remember_title
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.masthead import masthead_state, masthead_topic
from dyadwatch.knowledge import KnowledgeBase, Title
from dyadwatch.records import Actor

ORG_KEY = "org:"  # memory keys of organisations named, the latest last
HOME_KEY = "home:dateline"  # the state whose capital the report was filed from
OFFICIAL_KEY = "homeofficial:"  # states whose officials the text has named
TITLE_PARTY_KEY = "titleparty:"  # the one party whose officials have held a title
# lexicon clause_words "secretary_general_titles"
# lexicon clause_words "organisation_chair_words"
# lexicon clause_words "member_words"
# lexicon clause_words "ally_words"
HOME_LEVELS = {"head_of_state", "head_of_government", "minister", "deputy_minister",
               "senior_official", "other"}
# lexicon clause_words "foreign_posts"
DATELINE_MARKS = {"-", "—", "–", ",", "("}
DEFAULT_SECRETARY = "UN"  # 'the Secretary-General' with no organisation in view


def note_view(kb: KnowledgeBase, sent: Span, phrases: Sequence[Phrase],
              memory: dict[str, Actor]) -> None:
    """Keep organisations in the order last named, whose officials have been named, and
    the ambassador received ('the Ambassador' next), for the role words of later sentences."""
    for phrase in sorted(phrases, key=lambda p: p.start):
        entry = kb.parties.get(phrase.actor.code) or {}
        if entry.get("kind") == "organisation":
            memory.pop(ORG_KEY + phrase.actor.code, None)
            memory[ORG_KEY + phrase.actor.code] = phrase.actor
        if phrase.actor.level == "ambassador" and phrase.actor.role and \
                f"title:{phrase.actor.role.lower()}" not in memory:
            remember_title(memory, phrase.actor.role, phrase.actor)  # 'the Ambassador of Brazil'
        if entry.get("kind") == "state" and phrase.actor.level in HOME_LEVELS \
                and phrase.actor.level != "other":
            memory[OFFICIAL_KEY + phrase.actor.code] = phrase.actor


def note_dateline(kb: KnowledgeBase, sent: Span, pieces: Sequence[Piece],
                  memory: dict[str, Actor]) -> None:
    """'HANOI - ...' opens a report filed from that state: its officials are the story's."""
    if sent.start != 0 or not pieces or pieces[0].start != 0 or pieces[0].alias is None:
        return
    doc, end, code = sent.doc, pieces[0].end, pieces[0].alias.code
    if end < len(doc) and doc[0:end].text.isupper() and doc[end].text in DATELINE_MARKS and \
            (kb.parties.get(code) or {}).get("kind") == "state":
        memory[HOME_KEY] = Actor(code, kb.party_name(code))


def org_in_view(kb: KnowledgeBase, memory: dict[str, Actor], office: str) -> Actor | None:
    """The organisation named last whose entry lists the office."""
    for key in reversed([k for k in memory if k.startswith(ORG_KEY)]):
        code = key[len(ORG_KEY):]
        if office in (kb.parties.get(code) or {}).get("offices", []):
            return _organ(kb, code)
    return None


def home_state(memory: dict[str, Actor]) -> Actor | None:
    """The one state the story is told from: the masthead of an office's own page, else its
    dateline, else the one state its headline is about, else the only state whose officials
    it has named; None when these disagree."""
    masthead = masthead_state(memory)
    if masthead is not None:
        return masthead  # an office's own page: its bare titles are its own officials
    officials = {k[len(OFFICIAL_KEY):] for k in memory if k.startswith(OFFICIAL_KEY)}
    home = memory.get(HOME_KEY)
    if home is not None:
        return home if officials <= {home.code} else None
    topic = masthead_topic(memory)
    if topic is not None:  # a year review about one state, unless the body names others'
        return topic if officials <= {topic.code} else None
    if len(officials) == 1:
        code = next(iter(officials))
        return memory[OFFICIAL_KEY + code]
    return None


def home_officials(kb: KnowledgeBase, groups: Sequence[list[Piece]],
                   phrases: Sequence[ActorPhrase], sent: Span,
                   memory: dict[str, Actor]) -> list[ActorPhrase]:
    """Titled groups no other rule could place ('Deputy Foreign Minister Do Hung Viet',
    'the Foreign Ministry', 'Secretary-General Jasem Albudaiwi'), placed from the view."""
    taken = {i for p in phrases for i in range(p.start, p.end)}
    out = []
    for group in groups:
        titles = [p for p in group if p.kind == "title" and p.title is not None]
        persons = [p for p in group if p.kind == "person"]
        if not titles or taken & set(range(group[0].start, group[-1].end)):
            continue
        holder = _shared_holder(sent, group, phrases)
        if holder is not None:
            note_title_party(memory, replace(holder, role=titles[-1].text))
            continue
        actor = _titled_home(kb, titles[-1].title, memory, bool(persons)) or \
            _page_body(kb, titles[-1].title, sent, group, phrases, memory)
        if actor is None:
            continue
        remember(memory, persons, actor, titles if persons else None)
        start, end = group[0].start, group[-1].end
        out.append(ActorPhrase(start, end, actor, head_token(sent, start, end), True, False))
    return out


def _titled_home(kb: KnowledgeBase, title: Title | None, memory: dict[str, Actor],
                 named: bool) -> Actor | None:
    """A state office with no party word belongs to the story's state; a named
    Secretary-General to the organisation in view. Diplomats, embassies and envoys without
    a party are as likely foreigners posted there."""
    if title is None:
        return None
    if title.text.lower() in clause_words("secretary_general_titles"):
        actor = org_in_view(kb, memory, "secretary-general") if named else None
        return _as_role(actor, title.text) if actor is not None else None
    home = home_state(memory)
    if home is None or title.level not in HOME_LEVELS or title.text.lower() in clause_words("foreign_posts") \
            or (title.collective and "ministry" not in title.text.lower()):
        return None
    holder = memory.get(TITLE_PARTY_KEY + title.text.lower()) if not named else None
    code = holder.code if holder is not None and holder.code else home.code
    return Actor(code, kb.party_name(code), title.text, title.sector, title.level)


def _page_body(kb: KnowledgeBase, title: Title | None, sent: Span, group: list[Piece],
               phrases: Sequence[ActorPhrase], memory: dict[str, Actor]) -> Actor | None:
    """'the government', 'the transitional government' on a page whose masthead or headline
    names one state: that state's government. 'the government in Copenhagen' or 'of Mali'
    is placed by its own words, a page without such a heading leaves it alone, since a
    news story's 'the government' may be any state's in view, and so does another state's
    speaker ("Chile's president said the government would ..."): his own government."""
    if title is None or title.text.lower() not in clause_words("page_home_bodies"):
        return None
    home = masthead_state(memory) or masthead_topic(memory)
    end = group[-1].end
    if home is None or (end < len(sent.doc) and sent.doc[end].lower_ in ("in", "of", "at")) \
            or _foreign_speaker(sent.doc[group[-1].end - 1], phrases, home.code):
        return None
    return Actor(home.code, kb.party_name(home.code), title.text, title.sector, title.level)


def _foreign_speaker(token: Token, phrases: Sequence[ActorPhrase], home: str) -> bool:
    """The phrase sits in what a speaker of another state says: the subject of a verb
    whose clausal complement holds it is a phrase of a state other than the page's."""
    for node in [token, *token.ancestors]:
        if node.dep_ != "ccomp":
            continue
        for subject in node.head.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and any(
                    p.start <= subject.i < p.end and p.actor.code not in ("", home)
                    for p in phrases):
                return True
    return False


def note_title_party(memory: dict[str, Actor], actor: Actor) -> None:
    """The party of a named foreign holder of a second office ('Crown Prince and Prime
    Minister Mohammed bin Salman'): a later bare 'the Crown Prince' on a US readout is his,
    not the page's. A title two parties' holders have had points at no one. Titles only
    seen beside a country ('the Foreign Secretary of Bangladesh') are not kept: the page's
    own state usually has a holder of that office too."""
    if not actor.role or not actor.code:
        return
    key = TITLE_PARTY_KEY + actor.role.lower()
    known = memory.get(key)
    memory[key] = actor if known is None or known.code == actor.code else Actor("", "")


def _shared_holder(sent: Span, group: list[Piece],
                   phrases: Sequence[ActorPhrase]) -> Actor | None:
    """'Crown Prince and Prime Minister Mohammed bin Salman': a bare title joined by 'and'
    to a named office holder is that person's other office, not a second official."""
    end = group[-1].end
    if end >= len(sent.doc) or sent.doc[end].lower_ != "and":
        return None
    return next((p.actor for p in phrases if p.start == end + 1 and p.is_person), None)


def role_references(kb: KnowledgeBase, sent: Span, phrases: Sequence[Phrase],
                    memory: dict[str, Actor]) -> list[tuple[int, int, int, Actor]]:
    """(start, end, head, actor) for each role word that stands for a party in view."""
    out: list[tuple[int, int, int, Actor]] = []
    taken = {i for p in phrases for i in range(p.start, p.end)}
    for token in sent:
        if token.i in taken:
            continue
        found = _secretary(kb, token, memory) or _chair(kb, token, memory) or \
            _council_members(kb, token, memory) or _allies(kb, token, memory)
        if found is not None and not taken & set(range(found[0], found[1])):
            out.append(found)
            taken |= set(range(found[0], found[1]))
    return out


def _secretary(kb: KnowledgeBase, token: Token,
               memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    """'the Secretary-General' alone: the organisation in view that has one, else the UN's.
    'the Secretary-General of the party' and a named person are someone else's."""
    doc = token.doc
    for length in (3, 2, 1):
        end = token.i + length
        if end > len(doc) or doc[token.i:end].text.lower().replace(" - ", "-") not in \
                clause_words("secretary_general_titles"):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[end] if end < len(doc) else None
        if not token.text[:1].isupper() or before is None or before.lower_ != "the":
            return None
        if after is not None and (after.lower_ == "of" or after.pos_ == "PROPN"):
            return None
        actor = org_in_view(kb, memory, "secretary-general") or _organ(kb, DEFAULT_SECRETARY)
        return before.i, end, end - 1, _as_role(actor, "Secretary-General")
    return None


def _chair(kb: KnowledgeBase, token: Token,
           memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    """'the Chairperson of the Commission', 'the Commission Chairperson': the commission
    named before; a bare 'the Chairperson' only where the organisation in view has one."""
    if token.lower_ not in clause_words("organisation_chair_words") or not token.text[:1].isupper():
        return None
    doc = token.doc
    start = token.i - 1 if token.i > 0 and doc[token.i - 1].text == "Commission" else token.i
    end = token.i + 1
    if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" \
            and doc[end + 2].text == "Commission":
        end += 3
    commission = start < token.i or end > token.i + 1
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    if commission:
        actor = memory.get("generic:commission") or org_in_view(kb, memory, "commission")
    elif token.lower_ == "chairperson" and (end >= len(doc) or doc[end].lower_ != "of"):
        actor = org_in_view(kb, memory, "chairperson")
    else:
        return None
    if actor is None:
        return None
    return start - 1, end, token.i, _as_role(actor, "Chairperson")


def _council_members(kb: KnowledgeBase, token: Token,
                     memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    """'Council members urged', 'the members of the Council': the council named before
    acting together."""
    if token.lower_ not in clause_words("member_words") or token.pos_ != "NOUN":
        return None
    doc = token.doc
    council = next((c for c in token.children if c.dep_ == "compound" and c.text == "Council"),
                   None)
    if council is None and token.i + 3 < len(doc) and doc[token.i + 1].lower_ == "of" \
            and doc[token.i + 2].lower_ == "the" and doc[token.i + 3].text == "Council":
        council = doc[token.i + 3]
    if council is None or any(c.dep_ in ("compound", "amod") for c in council.children):
        return None  # 'Town Council members' are another council's
    actor = memory.get("generic:council") or (
        _organ(kb, "UN") if "named:UN" in memory else None)
    if actor is None:
        return None
    start, end = min(token.i, council.i), max(token.i, council.i) + 1
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    return start, end, token.i, actor


def _allies(kb: KnowledgeBase, token: Token,
            memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    """'Allies agreed', 'the Allies condemned' in a NATO text: the alliance's members
    acting together. 'its allies', 'Kyiv's allies', 'allies of the president' are not."""
    if token.lower_ not in clause_words("ally_words") or ORG_KEY + "NATO" not in memory:
        return None
    if any(c.dep_ in ("poss", "amod", "compound", "prep", "nummod") for c in token.children):
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ != "the":
        return None
    if token.text != "Allies" and (det is None or _latest_org(memory) != "NATO"):
        return None  # lower-case 'the allies' only while NATO is the organisation in view
    start = det.i if det is not None else token.i
    return start, token.i + 1, token.i, _organ(kb, "NATO")


def _latest_org(memory: dict[str, Actor]) -> str | None:
    keys = [k for k in memory if k.startswith(ORG_KEY)]
    return keys[-1][len(ORG_KEY):] if keys else None


def _organ(kb: KnowledgeBase, code: str) -> Actor:
    return Actor(code, kb.party_name(code), None, "government", None)


def _as_role(actor: Actor, role: str) -> Actor:
    return Actor(actor.code, actor.name, role, actor.sector or "government", "senior_official")
