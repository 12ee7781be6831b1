"""Actors a sentence names only through what surrounds it.

A name set beside an official ('Türkiye's envoy, veteran diplomat Serdar Kilic') takes
the official's party; an official the tables do not know, meeting another party's
official in an article about two parties, is the other one's; 'We' in a joint
declaration is its signatories, named in its heading or in the 'We, the President of
A, ...' opening; 'the Ministry' in a ministry's own statement is the state that issues it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actor_types import ActorPhrase, Piece, head_token, remember
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.group_pairs import stored_list
from dyadwatch.coding.groups import coordinated_list, pair_in_view
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

STATE_LEVELS = {"head_of_state", "head_of_government", "minister", "deputy_minister"}
# lexicon clause_words "joint_documents"
# lexicon clause_words "issuing_verbs"
ISSUING_BODIES = {"Ministry", "Embassy"}
QUOTES = set('"“”«»')
Reference = tuple[int, int, int, Actor]  # start, end, head, actor


class Phrase(Protocol):
    """The parts of an actor phrase read here."""

    start: int
    end: int
    head: int
    actor: Actor


def counterpart_offices(phrases: list[ActorPhrase], sent: Span) -> list[ActorPhrase]:
    """'the Azerbaijani counterpart of US President X' holds X's office in its own party."""
    out = list(phrases)
    for i, phrase in enumerate(out[:-1]):
        last = sent.doc[phrase.end - 1]
        other = out[i + 1]
        if last.lower_ not in clause_words("counterpart_words") or \
                phrase.actor.role not in (None, last.text) or \
                [t.lower_ for t in sent.doc[phrase.end : other.start]] != ["of"]:
            continue
        if other.actor.code == phrase.actor.code or not other.actor.role:
            continue
        actor = replace(phrase.actor, role=other.actor.role, level=other.actor.level,
                        sector=other.actor.sector)
        out[i] = replace(phrase, actor=actor, is_person=True)
    return out


def appositive(group: list[Piece], phrases: list[ActorPhrase], sent: Span,
               memory: dict[str, Actor]) -> ActorPhrase | None:
    """'Türkiye's envoy, veteran diplomat Serdar Kilic': a name set beside a party's official.

    Only a comma and lowercase description may separate them; the name is then
    remembered for later mentions ('Kilic and Rubinyan met').
    """
    start, end = group[0].start, group[-1].end
    for phrase in phrases:
        if phrase.end < start:
            gap = list(sent.doc[phrase.end : start])
        elif phrase.start > end:
            gap = list(sent.doc[end : phrase.start])
        else:
            continue
        if not gap or gap[0].text != "," or not all(t.text.islower() for t in gap[1:]) or \
                any(t.pos_ in ("VERB", "AUX") for t in gap):
            continue  # 'X, met the German chancellor': a verb ends the description
        if not (phrase.titled or phrase.is_person) or phrase.actor.role is None:
            continue
        persons = [p for p in group if p.kind == "person"]
        actor = replace(phrase.actor, name=persons[-1].text)
        remember(memory, persons, actor)
        return ActorPhrase(start, end, actor, head_token(sent, start, end), True, False)
    return None


def titled_name(group: list[Piece], phrases: list[ActorPhrase], sent: Span,
                memory: dict[str, Actor]) -> ActorPhrase | None:
    """"Vietnam's Minister of Industry and Trade Nguyen Hong Dien": a long portfolio
    parts the title from the name (and the parse often loses the link), but a portfolio is
    only capitalised words after 'of' or 'for'. The name takes the title's party and is
    remembered ('Dien later urged ...')."""
    persons = [p for p in group if p.kind == "person"]
    start, end = group[0].start, group[-1].end
    for phrase in phrases:
        if phrase.end >= start or not _ends_on_title(sent, phrase):
            continue
        if not _portfolio_words(list(sent.doc[phrase.end : start])):
            continue
        actor = replace(phrase.actor, name=persons[-1].text)
        remember(memory, persons, actor)
        return ActorPhrase(start, end, actor, head_token(sent, start, end), True, False,
                           titled=True)
    return None


def note_portfolio_names(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """The tagger often misses a name after a long portfolio ('Minister of Industry and
    Trade Nguyen Hong Dien'); its last word, the one a later sentence uses for a
    Vietnamese name ('Dien said'), is remembered as the title's holder."""
    for phrase in phrases:
        if not _ends_on_title(sent, phrase):
            continue
        end = phrase.end
        while end < sent.end and _portfolio_word(sent.doc[end]):
            end += 1
        gap = list(sent.doc[phrase.end : end])
        last = gap[-1] if gap else None
        if last is None or not _portfolio_words(gap) or last.pos_ != "PROPN" or \
                any(p.start <= last.i < p.end for p in phrases if p is not phrase) or \
                last.text in memory:
            continue
        if sent.doc[end - 2].pos_ == "PROPN" and sent.doc[end - 2].text.istitle():
            memory[last.text] = replace(phrase.actor, name=last.text)


def _ends_on_title(sent: Span, phrase: ActorPhrase) -> bool:
    """A title with no known holder whose last word ends the phrase ('Minister of
    Industry'): whatever name follows the portfolio is the one it belongs to."""
    role = phrase.actor.role
    return role is not None and phrase.official is None and \
        sent.doc[phrase.end - 1].lower_ == role.split()[-1].lower()


# words that join the parts of a portfolio: 'Minister of Industry and Trade'
PORTFOLIO_GLUE = frozenset({"of", "for", "and", "the", "&"})


def _portfolio_word(token: Token) -> bool:
    return token.lower_ in PORTFOLIO_GLUE or (token.text.istitle() and token.is_alpha)


def _portfolio_words(gap: list[Token]) -> bool:
    return 1 < len(gap) <= 8 and gap[0].lower_ in ("of", "for") and all(
        _portfolio_word(t) for t in gap[1:]) and gap[-1].text.istitle()


def paired_official(group: list[Piece], phrases: list[ActorPhrase], sent: Span,
                    memory: dict[str, Actor]) -> ActorPhrase | None:
    """'the acting Prime Minister X and the Prime Minister Y met', Y being B's: in an article
    about A and B, an official of a state whose party nobody named, meeting or joined with
    B's official, is A's. The name is remembered ('X later said')."""
    titles = [p for p in group if p.kind == "title" and p.title is not None
              and p.title.level in STATE_LEVELS]
    persons = [p for p in group if p.kind == "person"]
    pair = pair_in_view(memory)
    if not titles or not persons or len(pair) != 2:
        return None
    start, end = group[0].start, group[-1].end
    head = sent.doc[head_token(sent, start, end)]
    people = [p for p in phrases if p.is_person and p.actor.role]
    joined = [p for p in people if _joined(head, sent.doc[p.head])]  # 'X and Y met'
    partners = {p.actor.code for p in joined or [
        p for p in people if _verb(head) is not None and _verb(head) == _verb(sent.doc[p.head])]}
    others = [a for a in pair if a.code not in partners]
    if len(partners) != 1 or len(others) != 1 or not partners & {a.code for a in pair}:
        return None
    title = titles[-1]
    assert title.title is not None
    actor = Actor(others[0].code, persons[-1].text, title.text, title.title.sector,
                  title.title.level)
    remember(memory, persons, actor)
    return ActorPhrase(start, end, actor, head.i, True, False, titled=True)


def _joined(first: Token, second: Token) -> bool:
    """Two people coordinated in one act ('X and Y met'); else a reader takes the partners
    of the verb ('X met Y', 'X held talks with Y')."""
    return (first.head == second and first.dep_ == "conj") or (
        second.head == first and second.dep_ == "conj")


def _verb(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def signatory_references(sent: Span, phrases: list[ActorPhrase],
                         memory: dict[str, Actor]) -> list[Reference]:
    """'We agreed ...' in a joint declaration: one reference per signatory."""
    _learn_signatories(sent, phrases, memory)
    signatories = stored_list(memory, "we:")
    if len(signatories) < 2 or any(t.text in QUOTES for t in sent):
        return []  # a quoted 'we' is its speaker's
    out: list[Reference] = []
    for token in sent:
        if token.lower_ == "we" and token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass"):
            out += [(token.i, token.i + 1, token.i, actor) for actor in signatories]
    return out


def _learn_signatories(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """'Joint Declaration of the Summit among A, B and C', 'The leaders of A and B issued the
    following statement', 'We, the President of A, ..., the Premier of B, met'."""
    members: list[Actor] = []
    for token in sent:
        if token.text == "We" and token.i + 1 < len(sent.doc) and sent.doc[token.i + 1].text == ",":
            verb = token.head if token.head.i > token.i else None
            members = _distinct([p.actor for p in phrases if p.start > token.i
                                 and (verb is None or p.end <= verb.i)])
        elif token.lower_ in clause_words("joint_documents") and _joint(token):
            members = coordinated_list(phrases, sent) or []
        if len(members) >= 2:
            for key in [k for k in memory if k.startswith("we:")]:
                del memory[key]
            for index, actor in enumerate(members):
                memory[f"we:{index}"] = actor
            return


def _joint(token: Token) -> bool:
    """A joint document ('Joint Declaration', 'a joint statement') or one issued by several
    ('issued the following statement')."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if any(c.lower_ == "joint" for c in token.children) or (
            before is not None and before.lower_ == "joint"):
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() in clause_words("issuing_verbs")


def issuer_references(kb: KnowledgeBase, sent: Span, phrases: list[ActorPhrase],
                      memory: dict[str, Actor]) -> list[Reference]:
    """'Hashemite Kingdom of Jordan - Ministry of Foreign Affairs' heads a statement in which
    'The Ministry condemned ...' is Jordan."""
    if "issuer" not in memory:
        states = _distinct([p.actor for p in phrases
                            if (kb.parties.get(p.actor.code) or {}).get("kind") == "state"])
        if len(states) == 1 and len(_distinct([p.actor for p in phrases])) == 1 and \
                any(t.text in ISSUING_BODIES for t in sent) and \
                not any(t.pos_ in ("VERB", "AUX") for t in sent):
            memory["issuer"] = states[0]
        return []
    out: list[Reference] = []
    for token in sent:
        if token.text not in ISSUING_BODIES or any(p.start <= token.i < p.end for p in phrases):
            continue
        det = next((c for c in token.children if c.dep_ == "det"), None)
        named = [t for c in token.children if c.dep_ != "det" for t in c.subtree
                 if any(p.start <= t.i < p.end for p in phrases)]
        if det is not None and det.lower_ == "the" and not named:
            out.append((det.i, token.i + 1, token.i, memory["issuer"]))
    return out


def _distinct(actors: list[Actor]) -> list[Actor]:
    return list({a.code: a for a in actors}.values())


# lexicon clause_words "neighbour_nouns"
# lexicon clause_words "neighbouring_marks"
# lexicon clause_words "state_nouns"


def neighbour_references(kb: KnowledgeBase, sent: Span, phrases: list[ActorPhrase],
                         memory: dict[str, Actor]) -> list[Reference]:
    """'Bamako accused its northern neighbour', 'Kyrgyzstan accused the neighbouring country':
    the neighbour is the one other state the article has named, seen from the clause's subject."""
    out: list[Reference] = []
    for token in sent:
        if not _neighbour_word(token) or any(p.start <= token.i < p.end for p in phrases):
            continue
        subject = _subject_party(token, phrases)
        others = [a for k, a in memory.items() if k.startswith("named:") and subject is not None
                  and a.code != subject and (kb.parties.get(a.code) or {}).get("kind") == "state"]
        if len(_distinct(others)) == 1:
            start = min([token.i] + [c.i for c in token.children if c.dep_ in
                                     ("poss", "det", "amod") and c.i < token.i])
            out.append((start, token.i + 1, token.i, others[0]))
    return out


def _neighbour_word(token: Token) -> bool:
    if token.tag_ != "NN":
        return False
    if token.lemma_.lower() in clause_words("neighbour_nouns"):
        return any(c.lower_ in ("its", "their", "the") for c in token.children)
    return token.lower_ in clause_words("state_nouns") and \
        any(c.lower_ in clause_words("neighbouring_marks") for c in token.children)


def _subject_party(token: Token, phrases: list[ActorPhrase]) -> str | None:
    verb = token.head
    while verb.dep_ not in ("ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl") and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    owner = next((p for p in phrases if p.start <= subject.i < p.end or
                  any(p.start <= t.i < p.end for t in subject.subtree)), None)
    return owner.actor.code if owner is not None else None


# lexicon clause_words "past_post_marks"
# lexicon clause_words "chair_nouns"


def past_post(sent: Span, phrase: ActorPhrase) -> bool:
    """'Araghchi, a former ambassador to Japan, visited Beirut': an apposition telling a
    person's past post describes him; the state it names takes no part in the event. So
    does a rotating chair ('Skerrit, chair of CARICOM, met Biden': Dominica met him)."""
    if second_chair(sent.doc, phrase.start):
        return True
    token = sent.doc[phrase.head]
    while token.dep_ != "appos" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "appos":
        return False
    if any(t.lower_ in clause_words("past_post_marks") for t in token.subtree if t.i < phrase.end):
        return True
    holder = sent.doc[phrase.head]
    return holder.dep_ == "pobj" and holder.head.lower_ == "of" and \
        holder.head.head.i == token.i and token.lower_ in clause_words("chair_nouns")


CHAIR_LEADS = frozenset({"and", "as", ","})
# lexicon clause_words "chair_epithets"


def second_chair(doc: Doc, start: int) -> bool:
    """'the Prime Minister of Fiji and Chair of the Forum', 'in her capacity as chair of
    ASEAN': a bare chair title joined to a leader's first title is a second office of the
    same person, so the organisation is no party beside the leader's state ('met Rabuka
    and the chair of ASEAN', with its article, is another person)."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in clause_words("chair_nouns"):
        return False
    i -= 2
    while i >= 0 and doc[i].lower_ in clause_words("chair_epithets"):
        i -= 1
    return i >= 0 and doc[i].lower_ in CHAIR_LEADS
