"""Things a party owns or did, named again by a bare noun: 'the balloon', 'the strikes'.

Split from actor_memory.py, which resolves kind words ('the bloc', 'the junta'): this module
keeps the article's memory of owned things and acts ('a Chinese balloon ... fired at the
balloon'), which ages by sentence and ignores a word two parties were named with.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_memory import Phrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.deed_memory import deed_reference, remember_deeds
from dyadwatch.records import Actor

# Things a party owns or did: 'a Chinese balloon ... fired at the balloon' (the balloon is
# China's), 'Russian missiles struck Odesa ... condemned the reported strikes'. A reader ties
# 'the NOUN' to the party named with the same word a few sentences before, unless two parties
# were named with it.
THING_WINDOW = 6  # sentences a thing stays known
THING_ARGS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "poss"}
# lexicon clause_words "not_things": nouns too general to tie to one party, the people who
# speak for a state at a meeting among them (in a council summary each state has one)
# 'Tehran retaliated with a salvo; Doha condemned the attack': an attacking verb's subject
# owns the attack a later clause names with a generic noun.
# lexicon clause_words "attack_verbs"
# lexicon clause_words "attack_nouns"
_CONFLICT = Actor("", "")  # a word tied to more than one party: no reference


def thing_references(sent: Span, phrases: Sequence[Phrase],
                     memory: dict[str, Actor]) -> list[tuple[int, int, int, Actor]]:
    """(start, end, head, actor) for each 'the NOUN' whose word an earlier sentence tied to a party."""
    out: list[tuple[int, int, int, Actor]] = []
    for token in sent:
        if token.pos_ != "NOUN" or token.dep_ not in THING_ARGS:
            continue
        actor = _thing(memory, token.lemma_.lower()) or _attacker(token, phrases) or \
            deed_reference(token, phrases, memory)  # 'regretted the decision': the doer's
        if actor is None or any(p.start <= token.i < p.end for p in phrases):
            continue
        det = next((c for c in token.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or _owned(token, phrases):
            continue
        out.append((det.i, token.i + 1, token.i, actor))
    return out


# 'the Guards fired missiles at Erbil ... Washington condemned the strikes': firing or
# launching a weapon is an attack too
# lexicon clause_words "weapon_nouns"


def _attack_subject(head: Token) -> bool:
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    return verb.lemma_ in clause_words("attack_verbs") or (verb.lemma_ in ("fire", "launch") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in clause_words("weapon_nouns") for c in verb.children))


def _attacker(token: Token, phrases: Sequence[Phrase]) -> Actor | None:
    """The one party this sentence made the subject of an attacking verb before 'the attack',
    when the noun sits in another clause ('retaliated for the attack' is the other side's)."""
    if token.lemma_.lower() not in clause_words("attack_nouns"):
        return None
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    doc = token.doc
    attackers = [p for p in phrases if p.end <= token.i and _attack_subject(doc[p.head])
                 and doc[p.head].head != clause]
    return attackers[0].actor if len({p.actor.code for p in attackers}) == 1 else None


def remember_things(sent: Span, phrases: Sequence[Phrase], memory: dict[str, Actor]) -> None:
    """Age what earlier sentences tied, then tie this sentence's things to their parties."""
    remember_deeds(sent, phrases, memory)
    for key in [k for k in memory if k.startswith("thing:")]:
        _, word, age = key.split(":")
        actor = memory.pop(key)
        if int(age) + 1 < THING_WINDOW:
            memory[f"thing:{word}:{int(age) + 1}"] = actor
    for phrase in phrases:
        for owned in _owned_words(sent.doc[phrase.head]):
            if not any(p.start <= owned.i < p.end for p in phrases):
                _tie(memory, owned.lemma_.lower(), phrase.actor)
        if _attack_subject(sent.doc[phrase.head]):  # 'Tehran retaliated ...' owns 'the attack'
            for word in clause_words("attack_nouns"):
                _tie(memory, word, phrase.actor)
        elif _thing(memory, word := sent.doc[phrase.head].lemma_.lower()) == phrase.actor:
            for same in clause_words("attack_nouns") if word in clause_words("attack_nouns") else {word}:
                _tie(memory, same, phrase.actor)  # named again: the reader still has it in mind


# lexicon clause_words "ship_nouns", "aircraft_nouns": a reporter may name a party's craft
# again by another word ('a Norwegian trawler ... ordered the boat back to port'; 'Greek
# planes crossed the line ... called the flight a breach'), so each list is also one kind of
# thing for the reader. The word itself is tied first and its kind as well; a reference
# takes the word's own tie and falls back on the kind only when the word has none, so two
# parties' craft named by different words ('a coast guard vessel rammed a supply boat ...
# accused the vessel') stay apart. aircraft_nouns holds the verb lemma 'fly' on purpose:
# `_owned_words` ties the verb of 'their jets flew' too, and 'the flight' then finds it.
THING_KINDS = ("ship_nouns", "aircraft_nouns")


def _kind(word: str) -> str | None:
    """The key a craft word's kind is remembered under (the list's name, no noun), if any."""
    return next((name for name in THING_KINDS if word in clause_words(name)), None)


def _tie(memory: dict[str, Actor], word: str, actor: Actor) -> None:
    kind = _kind(word)
    for key in (word,) if kind is None else (word, kind):
        known = _tied(memory, key)
        clash = known is not None and known.code != actor.code
        for old in [k for k in memory if k.startswith(f"thing:{key}:")]:
            del memory[old]
        memory[f"thing:{key}:0"] = _CONFLICT if clash else actor


def _tied(memory: dict[str, Actor], key: str) -> Actor | None:
    """What the key is tied to, a conflict included; None when it has no tie."""
    return next((a for k, a in memory.items() if k.startswith(f"thing:{key}:")), None)


def _thing(memory: dict[str, Actor], word: str) -> Actor | None:
    """The word's own tie, else its kind's: a kind-level clash leaves an exact tie alone."""
    found = _tied(memory, word)
    if found is None and (kind := _kind(word)) is not None:
        found = _tied(memory, kind)
    return None if found is None or found is _CONFLICT or not found.code else found


def _owned_words(head: Token) -> list[Token]:
    """'Chinese balloon', 'Russia's strikes', 'strikes by Russia'; 'Russia struck' and
    'Russian missiles struck' tie the act ('the strikes') as well."""
    owner = head.head
    if head.dep_ == "pobj" and owner.lower_ == "by":
        owner = owner.head
    elif head.dep_ == "nsubj" and owner.pos_ == "VERB":
        return _words([owner])
    elif head.dep_ not in ("amod", "compound", "poss"):
        return []
    if owner.pos_ != "NOUN":
        return []
    chain = [owner]  # 'Russian fighter jets', parsed with 'Russian' on 'fighter': the jets too
    while owner.dep_ == "compound" and owner.head.pos_ == "NOUN":
        owner = owner.head
        chain.append(owner)
    if owner.dep_ == "nsubj" and owner.head.pos_ == "VERB":
        return _words([*chain, owner.head])
    return _words(chain)


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.lemma_.lower() not in clause_words("not_things")]


def _owned(token: Token, phrases: Sequence[Phrase]) -> bool:
    """'the Russian strikes' or 'the strikes by Ukraine' name their own party."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss") and (
                child.text[:1].isupper() or any(p.start <= child.i < p.end for p in phrases)):
            return True
        if child.dep_ == "prep" and child.lower_ == "by":
            return True
    return False
