"""How an actor phrase hangs off a trigger in the parse.

The parse rarely hangs a party straight off the trigger: it sits under a list, an
apposition, an office ('the Presidents of Azerbaijan and Russia'), a seat ('the ministry
in Moscow') or a medium ('spoke by telephone with'). These walks climb such links until
the party reaches one of the trigger's tokens, or give up.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words, has_word
from dyadwatch.coding.triggers import Found

MEDIUM_PREPS = {"by", "over", "via", "through", "on"}
# 'by telephone', 'over a video link': what a conversation is held through
# lexicon clause_words "medium_nouns"
# 'the Council of the European Union', 'the Presidents of Azerbaijan and Russia': a body or
# office 'of' a party acts for it, so the party takes the office's place in the clause
# lexicon clause_words "office_of_party_nouns"
# a border or frontier 'with' a party faces that party: what is done near it aims there
# lexicon clause_words "border_nouns"
OUT_WORDS = {"out", "outside"}
# preps on a trigger's object that still name a party of the deed: 'requested help from
# Turkey' (the one asked), 'massed troops near Guyana', 'deployed warships off Taiwan'
OBJECT_PREPS = {"from", "near", "around", "off", "inside", "along", "across", "toward",
                "towards", "against", "into"}
# 'the foreign ministry in Moscow', 'the authorities in Kabul': a state's own organ named by
# the capital it sits in; an embassy or envoy 'in London' sits abroad and acts for another
# lexicon clause_words "seated_offices"
# 'agreed to the involvement of the UN', 'accepted the mediation of Qatar': the noun only
# names what the party does, so the party takes its place in the clause
# lexicon clause_words "stand_in_nouns"
# 'Turkish fans', 'Chinese tourists': people of a country, who do not act for its state
# lexicon clause_words "private_people"
# people and missions a deed may be done to wherever they are: 'to kill a dissident in
# Hamburg', 'raided its embassy in Quito' aim at the person or at the mission's owner, not at
# the state of the city named; private people are such aims too, so this list holds only
# the others
# lexicon clause_words "located_aims"


def aimed_wherever(token: Token) -> bool:
    """Whether the token names a person or mission that a deed aims at wherever it is: one
    of 'located_aims' or of 'private_people', so that a private person a user adds is an
    aim that a place does not replace, as the shipped ones are."""
    return has_word(token, "private_people") or has_word(token, "located_aims")


def phrase_root(actor: ActorPhrase, doc: Doc) -> Token | None:
    """The phrase's own token that hangs highest off something outside it: 'the Minister of
    Foreign Affairs of Russia Sergey Lavrov' is carried by 'Lavrov', though 'Russia' names
    the party."""
    outward = [t for t in doc[actor.start : actor.end]
               if t.head == t or not actor.start <= t.head.i < actor.end]
    return min(outward, key=_depth) if outward else None


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 50:
        token = token.head
        depth += 1
    return depth


# a state's own bank: 'deposited $3 billion in Pakistan's central bank' reaches the state
# lexicon clause_words "state_bank_marks"


def _private(noun: Token) -> bool:
    """Whether a party's noun names private people or firms ('Indian fans', 'a Chinese
    bank'), not the state itself; a central or national bank is the state's."""
    if noun.lemma_.lower() == "bank" and any(has_word(c, "state_bank_marks") for c in noun.children):
        return False
    return has_word(noun, "private_people")


def attachment(token: Token, anchors: list[Token]) -> tuple[Token, str, str | None] | None:
    """How an actor's head hangs off one of the anchors: (anchor, relation, preposition)."""
    current = token
    hops = 0
    while current.head != current and hops < 4:
        if current.dep_ in ("conj", "appos", "compound") and current.head not in anchors:
            current = current.head
            hops += 1
            continue
        if current.dep_ in ("amod", "poss", "nmod") and current.head not in anchors and \
                current.head.pos_ in ("NOUN", "PROPN") and \
                not _private(current.head):
            current = current.head  # 'Russian boats rammed', 'a Ukrainian tug': the party's thing
            hops += 1
            continue
        head = current.head
        if current.dep_ == "pobj" and head.lower_ == "of" and head.head not in anchors and \
                has_word(head.head, "region_nouns"):
            current = head.head  # 'withdrew from the Tigray region of Ethiopia': the state
            hops += 1
            continue
        if current.dep_ == "pobj" and head.lower_ == "with" and \
                has_word(head.head, "border_nouns") and head.head not in anchors:
            current = head.head  # 'massed troops near the border with Guyana': the far side
            hops += 1
            continue
        if head in anchors and current.dep_ == "pobj" and head.dep_ == "prep":
            return head, "prep", head.lower_  # 'called on Russia': the trigger's own particle
        if head in anchors:
            return head, current.dep_, None
        if current.dep_ == "pobj" and head.dep_ in ("prep", "dative", "agent") and head.head in anchors:
            return head.head, "prep", head.lower_
        verb = _verb_of_object(head.head, anchors)
        if current.dep_ == "pobj" and head.lower_ == "with" and verb is not None:
            return verb, "prep", "with"  # 'suspended its partnership with Georgia'
        if current.dep_ == "pobj" and head.lower_ in ("with", "between", "among") and \
                _of_anchor(head.head, anchors):  # 'the suspension of the pact with Spain'
            return head.head.head.head, "prep", head.lower_
        if current.dep_ == "pobj" and head.lower_ == "at" and head.head.dep_ in ("dobj", "obj") \
                and head.head.head in anchors:
            return head.head.head, "prep", "at"  # 'signed agreements ... at the White House'
        if current.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in OUT_WORDS \
                and head.head.head in anchors:
            return head.head.head, "prep", "out of"  # 'pulled its troops out of Niger'
        if current.dep_ == "pobj" and head.lower_ in OBJECT_PREPS and head.dep_ == "prep" and \
                verb is not None:
            return verb, "prep", head.lower_  # 'sought help from Russia'
        if current.dep_ == "pobj" and head.lower_ in ("in", "into") and verb is not None and \
                (head.head.ent_type_ == "MONEY" or head.head.pos_ == "NUM"):
            return verb, "prep", head.lower_  # 'deposited $3 billion in Canada's central bank'
        if current.dep_ == "pobj" and head.lower_ == "on" and head.head.dep_ == "nsubjpass" \
                and verb is not None:
            return verb, "prep", "on"  # 'sanctions on Niger were lifted'
        stray_agent = _stray_agent(current, anchors)
        if stray_agent is not None:
            return stray_agent, "prep", "by"
        if current.dep_ == "pobj" and _through_medium(head, anchors):
            return head.head.head.head, "prep", head.lower_
        if current.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep" and \
                has_word(head.head, "seated_offices") and head.head not in anchors:
            current = head.head  # 'the foreign ministry in Moscow accused'
            hops += 1
            continue
        if current.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep" and (
                _office(head.head) or has_word(head.head, "stand_in_nouns")) and \
                head.head not in anchors:
            current = head.head  # 'the Presidents of Azerbaijan and Russia signed'
            hops += 1
            continue
        return None
    return None


def _verb_of_object(thing: Token, anchors: list[Token]) -> Token | None:
    """The anchor whose object the noun is. 'breaks off diplomatic relations with Kigali':
    the parser often takes a phrasal verb's object for the object of its particle, but the
    particle belongs to the verb and the noun is still what the verb acts on."""
    head = thing.head
    if thing.dep_ in ("dobj", "obj", "nsubjpass") and head in anchors:
        return head  # 'cooperation with Mali was suspended': the passive's subject is its object
    if thing.dep_ == "pobj" and head.dep_ == "prt" and head.head in anchors:
        return head.head
    if thing.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep" and \
            head.head in anchors and head.head.pos_ == "NOUN":
        return head.head  # 'the recall of its ambassador from Tehran': 'of' names the object
    return None


def _stray_agent(token: Token, anchors: list[Token]) -> Token | None:
    """'was threatened with new sanctions by the United States': the parse hangs the 'by'
    phrase off the last noun, but a passive verb with no agent of its own takes it as its
    agent; the noun ('sanctions', 'strikes') is the means, which has no doer apart."""
    prep = token.head
    noun = prep.head
    if token.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "prep" or \
            noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    children = list(verb.children)
    if verb not in anchors or not any(c.dep_ == "auxpass" for c in children) or \
            any(c.dep_ == "agent" for c in children):
        return None
    return verb


def date_fused_subject(token: Token, verb: Token) -> bool:
    """'On Tuesday Turkey criticised Sweden', 'On Tuesday, Poland, along with ...': with no
    comma after a fronted date the parse folds the subject into the date's phrase (as the
    object of 'on', or in apposition to the day); a verb left with no subject of its own
    has the party as its doer, never as a target of 'on'."""
    if token.i >= verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return False
    day = token.head if token.dep_ == "appos" else token
    prep = day.head
    if day.dep_ != "pobj" or prep.dep_ != "prep" or prep.head != verb:
        return False
    dated = [t for t in prep.subtree if t.ent_type_ == "DATE" and t.i < token.i]
    return bool(dated) and (day.i != token.i or any(t.head == token for t in dated))


def _of_anchor(thing: Token, anchors: list[Token]) -> bool:
    """'the suspension of the fisheries agreement with Spain', 'an agreement of cooperation
    between Peru and Bolivia': a noun trigger's 'of' or 'on' phrase names the tie it makes
    or breaks, and the parties of the tie are the trigger's."""
    of = thing.head
    return thing.dep_ == "pobj" and of.lower_ in ("of", "on") and of.dep_ == "prep" and \
        of.head in anchors and of.head.pos_ in ("NOUN", "ADJ")


def _office(token: Token) -> bool:
    word = token.lower_
    if word == "state" and token.dep_ == "pobj" and token.head.lower_ == "of":
        return _office(token.head.head)  # 'the heads of state of ECOWAS'
    offices = clause_words("office_of_party_nouns")
    return token.lemma_.lower() in offices or word in offices or (
        word.endswith("s") and word[:-1] in offices)


def _through_medium(prep: Token, anchors: list[Token]) -> bool:
    """'spoke by telephone with Aliyev', 'talked over the phone to him': the parse hangs the
    party's preposition off the medium instead of the verb, which it belongs to."""
    medium = prep.head
    outer = medium.head
    return (prep.dep_ == "prep" and prep.lower_ in ("with", "to") and medium.dep_ == "pobj"
            and has_word(medium, "medium_nouns") and outer.dep_ == "prep"
            and outer.lower_ in MEDIUM_PREPS and outer.head in anchors)


def is_location(phrase: ActorPhrase, doc: Doc) -> bool:
    """'leaders meeting in Abuja imposed ...', 'was arrested in Yekaterinburg': a bare
    capital or a gazetteer place after 'in' or 'at' is where something happened, never who
    acted nor whom it was done to."""
    return (phrase.is_venue_word or phrase.is_place) and phrase.start > 0 and \
        doc[phrase.start - 1].lower_ in ("in", "at")


def located_aim(phrase: ActorPhrase, doc: Doc) -> bool:
    """'to kill a dissident in Hamburg', 'raided its embassy in Quito': a place after 'in' on
    a person or a state's mission says where it was; 'hit air bases in Armenia' still aims
    at the land the bases are in."""
    holder = doc[phrase.head].head.head
    return is_location(phrase, doc) and aimed_wherever(holder)


def frame_moves_forces(found: Found) -> bool:
    """A deployment moves the party's own forces: what is moved is never its target."""
    kind: str = found.entry.type
    return kind == "MOBILIZE"


def hosting_state(actor: ActorPhrase) -> bool:
    """A state's institution as the venue ('at the White House', 'at the Elysee') hosts; a
    bare city or country is only a place, and an organisation's seat is not its meeting."""
    code = actor.actor.code
    return not actor.is_venue_word and not actor.is_person and len(code) == 3 and code.isalpha()
