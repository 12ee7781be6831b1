"""Parties a sentence names only by a pronoun or an epithet for a state.

Wire copy names a party once and goes on with 'It also closed ...', 'He accused ...' or
'The kingdom pledged ...'. A reader takes a subject pronoun that opens a sentence to be
the subject of the sentence before (the party the story is following), not whatever was
named last: 'Ruto met Abiy. He accused ...' is Ruto. An epithet ('the emirate', 'the
island nation', 'the Gulf state') stands for the one state in view that fits it. Two
candidates of different states leave the reference unresolved; 'it' after a sentence
whose object is a document or deal ('signed the accord. It enters into force') may be
that thing, so it too stays unresolved.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.antecedents import may_be
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import clause_head
from dyadwatch.coding.profile_subject import note_profile, profile_references
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

SUBJECT = "pron_subject:"  # the previous sentence's subject party
PERSON = "pron_person:"  # present when that subject was a person
VIEW = "view:"  # view:CODE:AGE for states named in recent sentences
VIEW_WINDOW = 3  # sentences a state stays in view
# Pronouns and the possessors and ordinals below are closed classes of function words that
# the rules read as grammar, kept here. The nouns and verbs are lexicon.json clause_words:
# 'empty_it_verbs' ('It was Russia that invaded ...', 'It is clear that ...': an empty 'it'
# before a clause); 'other_side_nouns' ('his hosts', 'her counterpart': the other party of
# the two in view, seen from the subject); 'member_heads' (plural heads that stand for the
# body they belong to: 'the members of the Council'); 'official_heads' (one person's
# offices: 'China's delegate ... he'); 'thing_objects' (things 'it' may stand for when the
# sentence before made one its object); 'utterance_nouns' (texts a party issues in its own
# voice: what they say, their issuer says); 'any_state_heads' (epithet heads that fit any
# state) and 'listed_epithet_heads' (heads that fit only the states whose 'epithets' in
# parties.json list them); 'home_bodies' (a state's own bodies, named without their state
# when the story follows that state); 'qualified_heads' (heads a qualifier such as 'island'
# narrows to the states listed under it: 'the island nation'). Adding a word to
# 'any_state_heads' lets that noun stand for whichever state is in view: add with care.
PERSONAL = {"he", "she"}
SPEECH_PERSONS = {"i", "we", "you"}
JOINT = "pron_joint:"  # pron_joint:N, each state of a listed subject ('Kenya and Ethiopia')
ORDINAL_REFS = {"latter", "former"}  # 'the latter', 'the former': one of the two just named
POSSESSORS = [["his"], ["her"], ["their"], ["the", "other"]]
PLURAL = "pron_plural:"  # present when that subject was a plural noun ('the members of X')
# qualifier -> the key of parties.json 'epithets' it narrows to: a mapping onto another
# file's keys, not a word list, so it stays with the rule that reads it
QUALIFIERS = {"island": "island", "archipelago": "island", "gulf": "gulf", "horn": "horn",
              "city": "city"}


def pronoun_references(kb: KnowledgeBase, sent: Span, phrases: list[ActorPhrase],
                       memory: dict[str, Actor]) -> list[ActorPhrase]:
    """A sentence's opening subject pronoun and its epithets for a state, resolved."""
    out = profile_references(sent, phrases, memory)  # an obituary's 'he' is its subject
    taken = {i for p in phrases + out for i in range(p.start, p.end)}
    out += [p for p in [_subject_pronoun(sent, memory)] if p is not None and p.start not in taken]
    out += [p for p in _joint_they(sent, memory) if p.start not in taken]
    out += [p for p in _latter(sent, phrases, memory) if p.start not in taken]
    out += [p for p in _other_side(sent, phrases + out, memory) if p.start not in taken]
    for token in sent:
        found = _epithet(kb, token, phrases, memory)
        if found is not None and not taken & set(range(found.start, found.end)):
            out.append(found)
    return out


def note_subject(kb: KnowledgeBase, sent: Span, phrases: list[ActorPhrase],
                 memory: dict[str, Actor]) -> None:
    """Keep this sentence's subject party and age the states in view."""
    note_profile(sent, phrases, memory)
    for key in [k for k in memory if k.startswith(VIEW)]:
        _, code, age = key.split(":")
        actor = memory.pop(key)
        if int(age) + 1 < VIEW_WINDOW:
            memory[f"{VIEW}{code}:{int(age) + 1}"] = actor
    for phrase in phrases:
        if _is_state(kb, phrase.actor.code) and not phrase.is_place:
            for key in [k for k in memory if k.startswith(f"{VIEW}{phrase.actor.code}:")]:
                del memory[key]
            memory[f"{VIEW}{phrase.actor.code}:0"] = phrase.actor
    memory.pop(SUBJECT, None)
    memory.pop(PERSON, None)
    memory.pop(PLURAL, None)
    for key in [k for k in memory if k.startswith(JOINT)]:
        del memory[key]
    subject = _root_subject(sent)
    if subject is None or subject.lower_ in SPEECH_PERSONS:
        return  # 'We support Ukraine. It has the right ...': 'it' is never the speaker
    _note_joint(kb, subject, phrases, memory)
    owners = [p for p in phrases if p.start <= subject.i < p.end or any(
        c.dep_ == "conj" and p.start <= c.i < p.end for c in subject.children)] or \
        _body_of_members(subject, phrases)
    official = not owners and subject.lemma_.lower() in clause_words("official_heads")
    owners = owners or _official_of(subject, phrases)
    codes = {p.actor.code for p in owners}
    if len(codes) != 1 or (_thing_object(subject.head) and not official):
        return
    memory[SUBJECT] = owners[0].actor
    if owners[0].is_person or official:
        memory[PERSON] = owners[0].actor
    if subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or \
            any(c.dep_ == "conj" for c in subject.children):
        memory[PLURAL] = owners[0].actor


def _note_joint(kb: KnowledgeBase, subject: Token, phrases: list[ActorPhrase],
                memory: dict[str, Actor]) -> None:
    """'Kenya and Ethiopia condemned ...': a subject of several listed states, kept so that
    a following 'They also signed ...' names each of them."""
    listed = {subject.i} | {c.i for c in subject.subtree if c.dep_ == "conj"}
    owners = [p for p in phrases if p.head in listed and not p.is_place
              and _is_state(kb, p.actor.code)]
    codes = list(dict.fromkeys(p.actor.code for p in owners))
    if 1 < len(codes) <= 4 and len(owners) == len(listed):
        for n, code in enumerate(codes):
            memory[f"{JOINT}{n}"] = next(p.actor for p in owners if p.actor.code == code)


def _joint_they(sent: Span, memory: dict[str, Actor]) -> list[ActorPhrase]:
    """'They' opening a sentence after a subject of several listed states stands for each
    of them, unless a party is named before it."""
    subject = _root_subject(sent)
    joint = [memory[k] for k in sorted(memory) if k.startswith(JOINT)]
    if subject is None or subject.lower_ != "they" or subject.dep_ != "nsubj" or not joint:
        return []
    if any(t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for t in sent if t.i < subject.i):
        return []
    return [ActorPhrase(subject.i, subject.i + 1, actor, subject.i, False, False)
            for actor in joint]


def _latter(sent: Span, phrases: list[ActorPhrase],
            memory: dict[str, Actor]) -> list[ActorPhrase]:
    """'X received Y, and the latter urged ...': 'the latter' is the second of the two
    parties just named, 'the former' the first; those of its own clause before it, else the
    sentence before's. With one party or more than two in view it names no one; 'the former
    president' is an office, not this reference."""
    out = []
    for token in sent:
        if token.lower_ not in ORDINAL_REFS or token.i == sent.start or \
                token.doc[token.i - 1].lower_ != "the":
            continue
        after = token.doc[token.i + 1] if token.i + 1 < sent.end else None
        if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"):
            continue
        before = [p for p in phrases if p.end <= token.i - 1 and not p.is_venue_word]
        seen = list({p.actor.code: p.actor for p in before}.values())
        seen = seen if len(seen) >= 2 else _stored(memory, "named:0:")
        if len(seen) != 2:
            continue
        actor = seen[-1] if token.lower_ == "latter" else seen[0]
        person = any(p.is_person and p.actor.code == actor.code for p in before)
        out.append(ActorPhrase(token.i - 1, token.i + 1, actor, token.i, person, False))
    return out


def _other_side(sent: Span, phrases: list[ActorPhrase],
                memory: dict[str, Actor]) -> list[ActorPhrase]:
    """'he urged his hosts', 'Vieira thanked her counterpart': the one other party in view
    besides the subject's own, in this sentence before the word, in the two before that
    named any, or a state named in the sentence before ('arrived in Nairobi'). With two
    others in view it names no one; 'his counterparts' (plural) is a meeting of many."""
    out = []
    for token in sent:
        owners = [c.lower_ for c in token.children if c.dep_ not in ("prep", "case")]
        if token.lower_ not in clause_words("other_side_nouns") or token.pos_ != "NOUN" \
                or owners not in POSSESSORS \
                or (token.lower_ == "side" and owners != ["the", "other"]):
            continue  # 'his side' is his own; 'the other side' is the one facing him
        own = _clause_subject_code(token, phrases)
        if own is None:
            continue
        seen = [p.actor for p in phrases if p.end <= token.i]
        seen += _stored(memory, "named:0:") + _stored(memory, "named:1:")
        seen += [a for k, a in memory.items() if k.startswith(VIEW) and k.endswith(":0")]
        others = list({a.code: a for a in seen if a.code != own}.values())
        if len(others) == 1:
            first = min(c.i for c in token.children if c.dep_ not in ("prep", "case"))
            out.append(ActorPhrase(first, token.i + 1, others[0], token.i, True, False))
    return out


def _clause_subject_code(token: Token, phrases: list[ActorPhrase]) -> str | None:
    """The party of the subject of the verb the word hangs from (the word itself is never
    that verb). In a sentence with no verb ('Talks with his hosts'), the root's subject."""
    verb = clause_head(token.head)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((p.actor.code for p in phrases if p.start <= subject.i < p.end), None)


def _stored(memory: dict[str, Actor], prefix: str) -> list[Actor]:
    out: list[Actor] = []
    while f"{prefix}{len(out)}" in memory:
        out.append(memory[f"{prefix}{len(out)}"])
    return list({a.code: a for a in out}.values())


def _body_of_members(subject: Token, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """'The members of the Security Council', 'Ministers of the bloc': the body they form."""
    if subject.lemma_.lower() not in clause_words("member_heads") or subject.tag_ != "NNS":
        return []
    bodies = [c.i for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
              for c in p.children if c.dep_ == "pobj"]
    return [p for p in phrases if any(p.start <= i < p.end for i in bodies)]


def _official_of(subject: Token, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """'China's delegate said ... He urged ...', 'The representative of Kenya ... she':
    one person speaking for the party named with the office."""
    if subject.lemma_.lower() not in clause_words("official_heads") or subject.tag_ != "NN":
        return []
    owners = [c.i for c in subject.children if c.dep_ == "poss"] + [
        c.i for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children if c.dep_ == "pobj"]
    return [p for p in phrases if any(p.start <= i < p.end for i in owners)]


def _root_subject(sent: Span) -> Token | None:
    root = sent.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _thing_object(verb: Token) -> bool:
    """The clause made a thing its object that a following 'it' may stand for. A text the
    subject issued ('issued a statement. It accused ...') speaks for its issuer, so 'it'
    names the same party either way and the subject is kept."""
    things, utterances = clause_words("thing_objects"), clause_words("utterance_nouns")
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in things
               and not (c.dep_ == "dobj" and c.lemma_.lower() in utterances)
               for c in verb.subtree)


def _subject_pronoun(sent: Span, memory: dict[str, Actor]) -> ActorPhrase | None:
    """'He', 'She', 'It' as the main clause's subject, before any party of its own sentence."""
    subject = _root_subject(sent)
    if subject is None or subject.pos_ != "PRON" or subject.dep_ != "nsubj" or SUBJECT not in memory:
        return None
    word = subject.lower_
    person = PERSON in memory
    if word == "they" and PLURAL in memory:
        person = False  # 'The members of the Council met. They condemned ...'
    elif (word in PERSONAL and not person) or (word == "it" and person) or \
            word not in PERSONAL | {"it"}:
        return None
    if word == "it" and _empty_it(subject):
        return None
    if word in PERSONAL and not may_be(memory[SUBJECT], subject):
        return None  # 'Ardern met Morrison. He ...': 'he' is not the woman just named
    if any(t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for t in sent if t.i < subject.i):
        return None  # 'After Kenya's warning, it ...': the nearer name may be the antecedent
    return ActorPhrase(subject.i, subject.i + 1, memory[SUBJECT], subject.i, person, False)


def _empty_it(subject: Token) -> bool:
    """A cleft or extraposed 'it' ('It was Iran that armed them', 'It is regrettable that
    ...', 'It was the navy who fired') stands for the clause, not for a party."""
    verb = subject.head
    if verb.lemma_.lower() not in clause_words("empty_it_verbs"):
        return False
    return any(c.dep_ in ("ccomp", "csubj", "advcl") and c.i > subject.i for c in verb.children) \
        or any(c.dep_ == "relcl" for a in verb.children if a.dep_ in ("attr", "acomp")
               for c in a.children)


def _epithet(kb: KnowledgeBase, token: Token, phrases: list[ActorPhrase],
             memory: dict[str, Actor]) -> ActorPhrase | None:
    """'the kingdom', 'the island nation', 'the Gulf state': the one state in view that fits."""
    word = token.lower_
    if word in clause_words("home_bodies"):
        return _home_body(token, phrases, memory)
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    det = next((c for t in [token, *mods] for c in t.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the":  # 'the Horn of Africa nation' hangs 'the' on 'Horn'
        return None
    epithet, fits = _fitting(kb, word, mods)
    if not epithet or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # 'the State of Kuwait' names itself; 'the kingdom of ...' too
    if mods and (fits is None or word == "island") and any(m.text[:1].isupper() for m in mods) \
            and not _regional(kb, mods):
        return None  # 'the Tatra country' needs a table; 'the Greek island' is a place
    seen = _in_view(kb, token, phrases, memory)
    states = [a for a in seen if fits is None or a.code in fits]
    followed = memory.get(SUBJECT)
    if len({a.code for a in states}) > 1 and followed is not None and PERSON not in memory and \
            token.dep_ == "nsubj" and token.head == token.sent.root and \
            followed.code in {a.code for a in states}:
        states = [followed]  # 'Ghana recalled ... from Togo. The country also ...' goes on with Ghana
    if len({a.code for a in states}) != 1:
        return None
    return ActorPhrase(det.i, token.i + 1, states[0], token.i, False, True)


def _fitting(kb: KnowledgeBase, word: str, mods: list[Token]) -> tuple[bool, set[str] | None]:
    """Whether a head and its modifiers make an epithet, and the states it may name (None
    for any)."""
    narrowed = [kb.epithets.get(QUALIFIERS[m.lower_], set()) for m in mods if m.lower_ in QUALIFIERS]
    narrowed = narrowed or _regional(kb, mods)
    any_state = clause_words("any_state_heads")
    if narrowed and word in clause_words("qualified_heads"):
        return True, narrowed[0]
    if narrowed or word not in any_state | clause_words("listed_epithet_heads"):
        return False, None
    return True, (None if word in any_state else kb.epithets.get(word, set()))


def _regional(kb: KnowledgeBase, mods: list[Token]) -> list[set[str]]:
    """'the Central Asian nation', 'the former Soviet republic', 'the Andean nation': wire copy
    names a state it has introduced by its region, often in two words, so the qualifier is
    read as the modifiers' whole text first, then one modifier's words at a time."""
    if not mods:
        return []
    doc = mods[0].doc
    spans = [doc[min(t.left_edge.i for t in mods):max(t.right_edge.i for t in mods) + 1]]
    spans += [doc[m.left_edge.i:m.right_edge.i + 1] for m in mods]
    for span in spans:
        key = span.text.lower()
        if key not in clause_words("listed_epithet_heads") and kb.epithets.get(key):
            return [kb.epithets[key]]
    return []


def _in_view(kb: KnowledgeBase, token: Token, phrases: list[ActorPhrase],
             memory: dict[str, Actor]) -> list[Actor]:
    here = [p.actor for p in phrases if p.end <= token.i and _is_state(kb, p.actor.code)
            and not p.is_place]
    return here + [a for k, a in memory.items() if k.startswith(VIEW)]


def _is_state(kb: KnowledgeBase, code: str) -> bool:
    return (kb.parties.get(code) or {}).get("kind") == "state"


def _home_body(token: Token, phrases: list[ActorPhrase],
               memory: dict[str, Actor]) -> ActorPhrase | None:
    """'Vietnam protested ... The Ministry of Foreign Affairs summoned ...': a ministry or
    government with no state of its own, as the subject after a sentence whose subject was
    a state, is that state's; the release goes on calling it 'the ministry'."""
    followed = memory.get(SUBJECT)
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if followed is None or PERSON in memory or det is None or det.lower_ != "the" or \
            token.dep_ != "nsubj" or token.head != token.sent.root or \
            f"generic:{token.lower_}" in memory:
        return None
    if any(p.start <= t.i < p.end for p in phrases for t in token.subtree):
        return None  # 'the government in Kyiv', 'the Kenyan government' name their own state
    memory[f"generic:{token.lower_}"] = followed
    return ActorPhrase(det.i, token.i + 1, followed, token.i, False, False)
