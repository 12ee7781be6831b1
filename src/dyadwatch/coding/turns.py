"""Turns of a question-and-answer transcript (press briefings, interviews).

A journalist's question reports nothing: 'Q: Reports say X will deploy missiles. Will Y
retaliate?' asserts a premise the speaker has not confirmed, so its parties act in no
event. In the answer the spokesperson speaks for a government: 'we' and 'our' are that
government, named earlier as the spokesperson of a ministry. A ministry's own press
release speaks the same way: after 'Our Minister Mr. Fidan', 'our country' is Türkiye.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.records import Actor

# Word lists read at use time from the knowledge in use (clause_words): 'question_labels'
# and 'answer_labels', the labels that open a turn of a transcript ('Q:', 'Spokesperson:');
# 'own_party_nouns', what 'our' makes the speaker's own party ('our country', 'our
# embassy'); 'address_nouns', the leader spoken to, not the speaker ('my friend', 'my dear
# colleague'); 'joint_verbs', acts that 'we' said by one of two leaders did together ('we
# signed', 'we agreed'); 'shared_nouns', plural nouns 'our' makes the two sides' together
# ('our countries'). Pronouns are a closed class of the grammar and stay in code.
OWN_WORDS = ("we", "us", "our", "ours")
ANSWERER = "answerer:"
SPEAKER = "speaker:"  # the party of the person whose label heads the current turn
ADDRESSEE = "addressee:"  # the party of the speaker before, spoken to as 'you'
LAST = "lastspeaker:"  # the last labelled speaker, kept across questions
SPOKE = "spoke:"  # each state whose labelled speaker has had a turn
ASKED = "asked:"  # an interview's one answering state, the 'you' of the interviewer's turn
BILLED = "billed:"  # a person named before the first label ('Joint statement by X and Y')
# 'PRESIDENT PUTIN:', 'Chancellor Scholz:', 'Mr. Nebenzia (Russian Federation):'; an
# interpreter's or editor's note in square brackets may stand before the colon
# ('A. KARIS [interpretation from Estonian]:') and says nothing about who speaks
LABEL = re.compile(r"[ \t]*((?:[A-Z][\w.'’-]*|of|for|the|and|de|da)"
                   r"(?:[ \t]+(?:[A-Z][\w.'’-]*|of|for|the|and|de|da)){0,5})"
                   r"[ \t]*(\([^()\n]{1,60}\))?[ \t]*(?:\[[^\[\]\n]{1,60}\][ \t]*)?[:：]")
SELF_WORDS = ("i", "me", "my", "mine", "we", "us", "our", "ours")
OTHER_WORDS = ("you", "your", "yours")
QUOTES = set('"“”«»')
ENDINGS = (".", "!", "?", '"', "”", ")")
# an interpreter's or editor's note ('[interpreter: "one of the leading investors"]') may
# quote words inside a turn; its quotation marks do not make the paragraph a report
NOTES = re.compile(r"\[[^\[\]\n]*\]")
VOICE = "voice:"  # the government whose own release this is


def _marker() -> re.Pattern[str]:
    """The turn-label pattern for the labels of the knowledge in use."""
    return _marker_for(clause_words("question_labels") | clause_words("answer_labels"))


@lru_cache(maxsize=8)
def _marker_for(labels: frozenset[str]) -> re.Pattern[str]:
    """Built once per set of labels; sorted so the pattern does not vary with hashing (a
    label must be followed by the colon, so which alternative is tried first does not
    change what matches). A label heads its line or follows a sentence's end; the asker
    may be named after it ('QUESTION (Ruiz, Radio Sur):'), so a short parenthesis may
    stand between label and colon."""
    words = "|".join(re.escape(w) for w in sorted(labels))
    return re.compile(r"(?:^|(?<=[.?!]\s))[ \t]*(" + words +
                      r")[ \t]*(?:\([^()\n]{1,80}\))?[ \t]*[:：]", re.IGNORECASE)


def turn(sent: Span) -> str | None:
    """'question', 'premise', 'answer' or None for a sentence, from the last turn marker
    before its words ('Q:' heading the sentence or an earlier one of its paragraph). The
    coder parses each line of an article on its own, so a paragraph is one line: a line
    with no marker of its own is in no turn.

    A journalist's statement before the question ('Q: Kenya expelled two diplomats on
    Friday. What is your comment?') is a 'premise': the briefing's record states it as
    fact, so its parties act; what the question asks is no event. A premise the question
    doubts ('... Is that true?') stays a question."""
    text = sent.doc.text
    marker = _marker()
    lead = marker.match(sent.text)
    prefix = text[: sent.start_char + (lead.end() if lead else 0)]
    markers = list(marker.finditer(prefix))
    if not markers:
        return None
    if markers[-1].group(1).lower() not in clause_words("question_labels"):
        return "answer"
    return "premise" if _premise(sent, text, markers[-1].end()) else "question"


def _premise(sent: Span, text: str, start: int) -> bool:
    """A declarative sentence of a question turn, stating a deed as done, that neither it
    nor the turn's question doubts. The turn runs from its marker to the end of the doc:
    the coder parses each line on its own, so a doc is one paragraph."""
    words = {t.lower_ for t in sent}
    doubting = clause_words("doubting_words")
    if "?" in sent.text or words & (clause_words("asking_words") | doubting) or \
            any(t.tag_ == "MD" for t in sent):
        return False  # 'Reports say X will deploy ...': a rumour or a plan, put as a question
    asked = [q for q in re.split(r"(?<=[.?!])\s+", text[start:]) if q.rstrip().endswith("?")]
    return not any(set(re.findall(r"[\w']+", q.lower())) & doubting for q in asked)


def note_answerer(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """The first spokesperson named answers the questions; 'Our Minister Mr. Fidan' names
    the government whose release this is."""
    note_speaker(sent, phrases, memory)
    for phrase in phrases:
        before = phrase.start - 1
        if "spokes" in (phrase.actor.role or "").lower():
            memory.setdefault(ANSWERER, phrase.actor)
        elif before >= 0 and phrase.is_person and sent.doc[before].lower_ == "our":
            memory.setdefault(VOICE, phrase.actor)


def note_speaker(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """A transcript labels each turn with its speaker ('PRESIDENT ERDOGAN: ...'): until the
    next label, 'I' and 'we' are that leader's state and 'you' the leader who spoke before.
    A question's label ('Q:') or a label naming nobody known ends the turn. A label heads its
    line, and each line is parsed on its own, so only a doc's first sentence may hold one."""
    start = sent.start_char
    # matched on the whole line: the parser may end a sentence inside the label itself
    # ('A. KARIS' | '[interpretation from Estonian]: Esteemed colleague, ...')
    label = LABEL.match(sent.doc.text) if not start else None
    heading = label is not None and not sent.doc.text.rstrip().endswith(ENDINGS)
    if LAST not in memory and (label is None or heading):  # 'Transcript: statement by X and Y'
        memory.update({BILLED + p.actor.code: p.actor for p in phrases if p.is_person})
    if label is None:
        if not start and QUOTES & set(NOTES.sub("", sent.doc.text)):
            memory.pop(SPEAKER, None)  # a report quoting others: the transcript is over
            memory.pop(ASKED, None)
        return
    if heading:
        return  # 'Lavrov: West is waging war on Russia' is a headline, not a turn
    if label.group(1).lower() in clause_words("answer_labels"):
        return
    end = start + label.end()
    inside = [p for p in phrases if sent.doc[p.start].idx < end]
    named = None if label.group(2) else _remembered(label.group(1), memory)
    speaker = named or next((p.actor for p in inside if p.is_person or label.group(2)), None)
    memory.pop(SPEAKER, None)
    memory.pop(ASKED, None)
    if speaker is None:
        _note_asker(memory)
        return
    billed = [a for k, a in memory.items() if k.startswith(BILLED) and a.code != speaker.code]
    previous = memory.get(LAST) or (billed[0] if len(billed) == 1 else None)
    if label.group(2):  # 'Mr. Zhang (China):' a council's speakers address the whole room
        memory.pop(ADDRESSEE, None)
    elif previous is not None and previous.code != speaker.code:
        memory[ADDRESSEE] = previous
    memory[SPEAKER] = memory[LAST] = speaker
    memory[SPOKE + speaker.code] = speaker


def _remembered(name: str, memory: dict[str, Actor]) -> Actor | None:
    """A label gives a speaker introduced earlier by surname only, often in capitals and
    after an initial ('E. MACRON:' after 'President ... Emmanuel Macron'); the parser may
    not read such a label as a person, but the surname was remembered when first named, or
    the person was billed by full name in the transcript's heading. A bare title in the
    label ('PRESIDENT') would name whoever last held that title, so the name comes first."""
    words = name.split()
    if not words or len(words[-1].strip(".")) < 3:
        return None
    surname = words[-1].strip(".")
    actor = memory.get(surname) or memory.get(surname.title())
    if actor is not None and actor.code:
        return actor
    # 'PRESIDENT SILVA:' after 'President Marina Osório Silva Neto': a name's middle word
    found = {a.code: a for key, a in memory.items() if key.startswith(BILLED) and a.code and
             surname.lower() in a.name.lower().split()}
    return next(iter(found.values())) if len(found) == 1 else None


def speaker_references(sent: Span, phrases: list[ActorPhrase],
                       memory: dict[str, Actor]) -> list[ActorPhrase]:
    """'I' and 'we' in a labelled turn are the speaker's state; 'you', 'your country' and
    'my friend' the other leader. 'Our two nations' is both, so neither alone."""
    speaker, addressee = memory.get(SPEAKER), memory.get(ADDRESSEE)
    if speaker is None:
        return _asked_references(sent, phrases, memory)
    taken = {i for p in phrases for i in range(p.start, p.end)}
    shared, addressing = clause_words("shared_nouns"), clause_words("address_nouns")
    out = []
    for token in sent:
        word, head = token.lower_, token.head
        if token.i in taken or token.pos_ != "PRON" or head.lower_ in shared:
            continue
        if word in OTHER_WORDS or (word == "my" and head.lower_ in addressing):
            if addressee is not None and not _vocative(token) and addressee.code != speaker.code:
                end = head.i + 1 if word != "you" and head.i > token.i else token.i + 1
                out.append(ActorPhrase(token.i, end, addressee, end - 1, False, False))
        elif word in SELF_WORDS and head.lemma_.lower() not in addressing:  # 'our allies'
            both = addressee is not None and \
                _inclusive(token, phrases, {speaker.code, addressee.code})
            end, top = (head.i + 1, head.i) if both and word == "our" else (token.i + 1, token.i)
            out.append(ActorPhrase(token.i, end, speaker, top, False, False))
            if both and addressee is not None:
                out.append(ActorPhrase(token.i, end, addressee, top, False, False))
    return out


def _note_asker(memory: dict[str, Actor]) -> None:
    """An interviewer's turn ('Q:', 'The Courier:') names no party. When one state's
    speaker alone is billed and has answered so far, the transcript is an interview and the
    interviewer's 'you' is that speaker's state ('Last spring you recalled your envoy'); at
    a joint appearance of two leaders, billed in the heading though only one has spoken
    yet, the 'you' of a question could be either, so it stays open."""
    states = {k[len(SPOKE):] for k in memory if k.startswith(SPOKE)} | {
        a.code for k, a in memory.items() if k.startswith(BILLED) and a.code}
    spoke = [k for k in memory if k.startswith(SPOKE)]
    if len(states) == 1 and len(spoke) == 1:
        memory[ASKED] = memory[spoke[0]]


def _asked_references(sent: Span, phrases: list[ActorPhrase],
                      memory: dict[str, Actor]) -> list[ActorPhrase]:
    """'You' and 'your' as the subject or owner in an interviewer's statement are the
    interviewee's state; a question asks and a generic 'you' ('you cannot trust them')
    heads no deed, so only a declarative sentence counts."""
    asked = memory.get(ASKED)
    if asked is None or sent.text.rstrip().endswith("?"):
        return []
    taken = {i for p in phrases for i in range(p.start, p.end)}
    return [ActorPhrase(t.i, t.i + 1, asked, t.i, False, False) for t in sent
            if t.lower_ in OTHER_WORDS and t.i not in taken and t.pos_ == "PRON" and
            t.dep_ in ("nsubj", "poss") and not _vocative(t)]


def _inclusive(token: Token, phrases: list[ActorPhrase], hosts: set[str]) -> bool:
    """'We signed an accord' at a joint appearance: 'we' is both leaders when the verb is a
    joint act and no third party is named in its clause ('we signed a deal with Japan').
    'Our ministers signed' is the same: a plural staff of 'our' at a joint appearance is
    both delegations' (a single 'our minister' stays the speaker's own)."""
    staff = token.lower_ == "our" and token.dep_ == "poss" and token.head.tag_ == "NNS"
    subject = token.head if staff else token  # 'our ministers signed': both sides' ministers
    verb = subject.head
    if not (staff or token.lower_ == "we") or subject.dep_ != "nsubj" or \
            verb.lemma_.lower() not in clause_words("joint_verbs"):
        return False
    clause = {t.i for t in verb.subtree}
    return all(p.actor.code in hosts for p in phrases if p.head in clause)


def own_references(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor],
                   answering: bool) -> list[ActorPhrase]:
    """'We urge Japan to ...' in an answer: the spokesperson's government urges. Outside
    answers only 'our' before an office or institution counts ('our Ministry summoned'):
    a bare 'we' there may be anyone quoted."""
    if SPEAKER in memory or ASKED in memory:
        return speaker_references(sent, phrases, memory)
    answerer = memory.get(ANSWERER if answering else VOICE) or memory.get(VOICE)
    if answerer is None:
        return []
    own = Actor(answerer.code, answerer.name, "government", answerer.sector, answerer.level)
    taken = {i for p in phrases for i in range(p.start, p.end)}
    own_nouns = clause_words("own_party_nouns")
    out = []
    for token in sent:
        if token.lower_ not in OWN_WORDS or token.i in taken:
            continue
        if answering and token.pos_ == "PRON":
            out.append(ActorPhrase(token.i, token.i + 1, own, token.i, False, False))
        elif token.lower_ == "our" and token.head.lower_ in own_nouns and token.head.i not in taken:
            out.append(ActorPhrase(token.i, token.head.i + 1, own, token.head.i, False, False))
    return out


def _vocative(token: Token) -> bool:
    """'Thank you, my dear friend,' addresses the guest as courtesy, not as a party."""
    head = token.head if token.lower_ != "you" else token
    return head.lemma_.lower() == "thank" or head.head.lemma_.lower() == "thank" or \
        head.dep_ in ("appos", "npadvmod", "dep", "intj", "vocative")
