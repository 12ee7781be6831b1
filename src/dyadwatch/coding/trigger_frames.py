"""Frames: checks that a trigger's arguments, not its governor, name the act.

'armed the rebels' arms someone, 'personnel armed with knives' does not; 'left Mali'
withdraws, 'left the base' does not; 'welcomed the Emir' receives a guest, 'welcomed
the offer' backs a proposal. A lexicon entry names its frame; the check lives here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dyadwatch.coding.aid_voyages import carries_aid
from dyadwatch.coding.case_titles import files_in_a_case
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.decisions import welcomes_a_decision
from dyadwatch.coding.ended_talks import breaks_off_talks, orders_envoy_out
from dyadwatch.coding.proposals import proposes_to
from dyadwatch.coding.put_off import puts_off_a_visitor
from dyadwatch.coding.trigger_hits import hit_as_attack
from dyadwatch.coding.trigger_listings import (
    bids_for_membership,
    leaves_organisation,
    lists_for_sanctions,
    removes_from_undertaking,
    walks_away,
)
from dyadwatch.coding.trigger_objects import OBJECT_FRAMES, object_frame_fits
from dyadwatch.coding.trigger_ranks import raises_rank
from dyadwatch.coding.trigger_rules import declines_a_party
from dyadwatch.coding.trigger_scope import (
    changes_trade_list,
    cuts_visit_short,
    eases_list,
    group_subject,
    leaves_territory,
)
from dyadwatch.coding.verdicts import gives_verdict
from dyadwatch.knowledge import Trigger

# Word lists read at use time from the knowledge in use (clause_words): 'visitors' and
# 'guests', people one receives ('welcomed the Emir', 'welcomed a Chinese delegation');
# 'recalled_envoy_nouns', the envoys whose recall or summons a frame names ('called to
# consultations her ambassador') and 'calling_home_verbs', which call one home ('recalled
# for consultations'); 'negotiation_nouns', talks by other names than
# 'meeting_nouns'; 'round_verbs', what a round of talks does or has done to it ('took
# place', 'was held', 'opened'); 'document_titles', nouns that title a document (a release
# headed 'Joint Statement' is that statement); 'possessed_deed_nouns', deed nouns whose
# possessor is the doer ('Mali's expulsion of the ambassador'); 'carrying_out_words', what
# is done with, or to, an agreement already made ('implementing the agreements reached');
# 'adjective_verbs', verbs the tagger reads as adjectives before a bare noun ('Riyadh, Abu
# Dhabi close embassies').
# pronouns of a person received ('welcomed him'): a closed class, kept here
GUEST_PRONOUNS = {"him", "her", "them", "us", "me"}
# names that are texts or things, not guests: 'welcomed the Abraham Accords'
THING_NAMES = {"LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "DATE", "TIME", "MONEY", "PERCENT",
               "QUANTITY", "CARDINAL", "ORDINAL", "FAC", "LOC"}


def carried_out(noun: Token) -> bool:
    """'discussed the implementation of agreements reached at the highest level', 'urged
    both sides to respect the accord signed in 2019': the agreement named is an old one,
    recalled for what is done with it now, not the news of a new one."""
    head = noun.head
    if head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    return head != noun and head.lemma_.lower() in clause_words("carrying_out_words")


def possessed_deed(noun: Token) -> bool:
    """Analysis prose names a dated deed by its noun with the doer as possessor: 'Mali's
    expulsion of the French ambassador in 2022', 'Niger's suspension of cooperation'. The
    named party ('Mali's', not 'its') does what the noun says, as with the verb."""
    return noun.lemma_.lower() in clause_words("possessed_deed_nouns") and noun.tag_ == "NN" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def frame_fits(token: Token, entry: Trigger) -> bool:
    """Frames that constrain the trigger's arguments rather than its governor."""
    if entry.frame in OBJECT_FRAMES:  # 'recalled its chiefs of mission', 'the end of ties'
        return object_frame_fits(token, entry.frame)
    if entry.frame in _TOKEN_FRAMES:
        return bool(_TOKEN_FRAMES[entry.frame](token))
    if entry.frame in _LIST_FRAMES:
        return bool(_LIST_FRAMES[entry.frame](token, entry.requires))
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if entry.frame == "party_possessor" and not objects and misread_verb(token):
        return any(t.ent_type_ in ("NORP", "GPE") for t in words_after(token))
    if entry.frame == "against":  # 'an operation against Indian targets', not 'a rescue operation'
        return any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)
    if entry.frame == "goods":  # 'sent 20 trucks of food', not 'a letter that praised aid'
        return any(w.lemma_.lower() in entry.requires or w.lower_ in entry.requires
                   for o in objects or words_after(token) for w in _goods_words(o))
    if entry.frame == "object":
        return bool(objects)  # 'armed the rebels', not 'personnel armed with knives'
    if entry.frame == "envoy":  # 'called to consultations her ambassador'
        envoys = clause_words("recalled_envoy_nouns")
        return any(t.lemma_.lower() in envoys and (_own_envoy(t) or token.pos_ == "NOUN")
                   for t in token.subtree)  # 'the recall of Poland's ambassador' is Poland's
    if entry.frame == "party_possessor":  # 'boarded Philippine navy boats', not 'boarded a ship'
        return any(t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN" or t.dep_ == "poss"
                   for o in objects for t in o.subtree if t != o)
    return True


def craft_travels(verb: Token) -> bool:
    """Aircraft or ships that fly into or arrive in another state's airspace or waters
    make an incursion, not a visit: a visit is made by people, so a craft as the verb's
    subject rules the trip out ('the flight' and the verb 'fly' itself excepted, since
    'the flight carrying the president arrived' is still the president's trip)."""
    craft = (clause_words("aircraft_nouns") | clause_words("ship_nouns")) - {"fly", "flight"}
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in craft or c.lower_ in craft)
               for c in verb.children)


def names_object(verb: Token, lemmas: tuple[str, ...]) -> bool:
    """A general verb of ending or leaving ('end', 'leave', 'drop') is a measure only when
    the thing ended is its own object ('ended the defence pact', 'withdrew from the
    treaty'), not a word further down ('ending a wait that began with an application')."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")
              for g in c.children if g.dep_ == "pobj"]
    if not heads and misread_verb(verb):
        heads = words_after(verb)[-1:]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return any(h.lemma_.lower() in lemmas or h.lower_ in lemmas for h in heads)


def _goods_words(noun: Token) -> list[Token]:
    """The words that say what was sent: the object, its modifiers and what it is a
    quantity of ('100 tons of humanitarian cargo'), not clauses hung on it."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "conj"))]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            words += [g, *(c for c in g.children if c.dep_ in ("compound", "amod", "conj"))]
    return words


def _own_envoy(envoy: Token) -> bool:
    """'its/her ambassador' is called home; 'the Russian ambassador' is summoned, a protest
    to another state's envoy, not a recall."""
    return not any(c.dep_ in ("amod", "compound", "poss") and (
        c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN") for c in envoy.children)


def recall_purpose(noun: Token) -> bool:
    """'for consultations' / 'to consultations' after recall or call back names why an
    envoy is called home; no meeting between the parties takes place."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return False
    verb = prep.head
    envoys = clause_words("recalled_envoy_nouns")
    return verb.lemma_.lower() in clause_words("calling_home_verbs") or any(
        t.lemma_.lower() in envoys for t in verb.subtree if t.dep_ in ("dobj", "obj"))


def misread_verb(token: Token) -> bool:
    """A name is written with a capital: a lowercase word tagged as one is a verb the
    parser lost in clipped chronology prose ('17 June - personnel ... board navy boats')."""
    if not (token.text.islower() and token.text.isalpha()):
        return False
    return token.pos_ == "PROPN" or headline_verb(token)


QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


def quoted_verb(token: Token) -> bool:
    """'Armenia has "frozen" its participation', 'Moscow "suspended" the deal': a verb in
    scare quotes is tagged as an adjective, yet it keeps its auxiliary or its object."""
    doc = token.doc
    if token.pos_ != "ADJ" or not token.text.isalpha() or token.i == 0 or token.i + 1 >= len(doc):
        return False
    if doc[token.i - 1].text not in QUOTES or doc[token.i + 1].text not in QUOTES:
        return False
    return any(c.dep_ in ("aux", "dobj", "obj") for c in token.children)


# English morphology the tagger misses, a map rather than a list of words (clause_words
# holds lists only), so it stays beside the rule that uses it
IRREGULAR_PARTICIPLES = {"frozen": "freeze", "broken": "break", "withdrawn": "withdraw",
                         "forbidden": "forbid", "taken": "take", "shut": "shut", "cut": "cut",
                         "stopped": "stop", "dropped": "drop", "scrapped": "scrap"}


def participle_stems(word: str) -> tuple[str, ...]:
    """The verbs a past participle may come from, when the tagger gave it no verb lemma."""
    if word in IRREGULAR_PARTICIPLES:
        return (IRREGULAR_PARTICIPLES[word],)
    return (word[:-1], word[:-2]) if word.endswith("ed") else ()




def headline_verb(token: Token) -> bool:
    """Verbless headlines and live-blog lines ('Kenya, Uganda ink border deal', '14:05 -
    Moscow summons envoy') leave the present-tense verb tagged as a noun right after the
    actor's name. A real noun there ('the Russia visit') takes a determiner or possessor,
    and a sentence with a finite root verb was parsed as prose."""
    if token.dep_ not in ("ROOT", "compound", "amod") or token.i == 0:
        return False
    if token.pos_ != "NOUN" and not (token.pos_ == "VERB" and token.tag_ in ("VB", "VBP", "VBZ")) \
            and not (token.pos_ == "ADJ" and token.lower_ in clause_words("adjective_verbs")):
        return False  # 'the Russia-backed' is a participle, 'Iceland sign' a bare verb
    before = token.doc[token.i - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    if token.sent.root.pos_ in ("VERB", "AUX") or any(
            c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children):
        return False
    return bool(words_after(token))


def words_after(token: Token) -> list[Token]:
    """The noun phrase that follows a verb whose parse is lost: its object by position."""
    words: list[Token] = []
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"):
            break
        words.append(word)
    return words


def receives_a_guest(verb: Token) -> bool:
    """Welcoming a person or a delegation receives them; welcoming a thing ('the offer of
    investment', 'the provisional arrangement', 'the decision') backs it, which the
    support entry of 'welcome' codes toward whoever is behind the thing."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    guests = [c for c in verb.children if c.dep_ in ("dobj", "obj") or (
        passive and c.dep_ == "nsubjpass")]
    return any(_a_guest(g) for g in guests)


def _a_guest(word: Token) -> bool:
    if word.pos_ == "PRON":
        return word.lower_ in GUEST_PRONOUNS
    if word.pos_ == "PROPN":
        return word.ent_type_ not in THING_NAMES
    guests = clause_words("visitors") | clause_words("guests")
    return word.lemma_.lower() in guests or word.lower_ in guests


def meeting_nouns() -> frozenset[str]:
    """Nouns naming talks, from the knowledge in use."""
    return clause_words("meeting_nouns") | clause_words("negotiation_nouns")


def pledged_together(verb: Token) -> bool:
    """'Both leaders pledged to deepen cooperation', 'Iran, Russia and Turkey pledged to
    respect ...': parties who pledge an act together commit to it jointly, as a deal;
    one party's pledge ('Japan pledged to send aid') is its own promise, coded by the act."""
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return group_subject(verb) or any(c.dep_ == "conj" for c in subject.children)


def round_of_talks(noun: Token) -> bool:
    """'A second round took place in Geneva', 'the next round will be held in Doha': a
    round is a meeting where talks are the subject of this or the previous sentence and
    nothing else is said to come in rounds ('a round of strikes', 'the second round of
    voting', 'ammunition rounds')."""
    talks = meeting_nouns()
    if any(c.dep_ == "compound" and c.lemma_.lower() not in talks | {"negotiating"}
           for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and not any(
            g.lemma_.lower() in talks or g.lower_ in talks for g in c.children)
           for c in noun.children):
        return False
    if noun.head.lemma_.lower() not in clause_words("round_verbs"):
        return False
    sent = noun.sent
    before = noun.doc[sent.start - 1].sent if sent.start > 0 else sent
    talk = talks - {"round"}
    return any(t.lemma_.lower() in talk or t.lower_ in talk
               for s in {before.start: before, sent.start: sent}.values() for t in s
               if t != noun)



def telegraphic_entry(noun: Token) -> bool:
    """Chronologies and headlines drop the verb: '12 March: Sanctions on Syria by Canada.',
    'Expulsion of two diplomats by Moldova.' A deed noun that heads a line with no verb at
    all states the deed itself, as the verb it stands for would."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in clause_words("document_titles") or any(
            t.pos_ in ("VERB", "AUX") for t in noun.sent):
        return False  # 'Joint Statement of the Council' titles the text that follows
    if noun.dep_ == "ROOT":
        return True
    return noun.dep_ in ("appos", "dep", "npadvmod") and noun.head.dep_ == "ROOT" and \
        noun.head.ent_type_ == "DATE"  # '15 February: Sanctions on ...'


# where a person stands in a room or on a stage: 'stood with the chancellor at the lectern'
STANDING_PLACES = frozenset({"at", "outside", "beside", "near", "next", "onstage", "inside"})
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def sides_with(verb: Token) -> bool:
    """'Stand with' a party is backing it ('Poland stands with Kyiv', 'we stand shoulder to
    shoulder with our allies'); a person standing with someone at a place is only a picture."""
    if any(c.dep_ == "prep" and c.lower_ in STANDING_PLACES for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    preps += [g for c in verb.children if c.lower_ == "shoulder" for g in c.subtree
              if g.dep_ == "prep" and g.lower_ == "with"]
    return any(t.ent_type_ in PARTY_ENTS or t.pos_ == "PROPN" for p in preps
               for o in p.children if o.dep_ == "pobj" for t in o.subtree)


# Frames judged by one rule of the trigger token alone; each line says what fits and what not.
_TOKEN_FRAMES: dict[str, Callable[[Token], object]] = {
    "welcomed_decision": welcomes_a_decision,  # 'expressed welcome to the decision of Nauru'
    "proposal_to": proposes_to,  # 'proposed to Argentina the creation of ...'
    "visitor_off": puts_off_a_visitor,  # 'postponed a visit by X', not 'postponed his trip'
    "decline": declines_a_party,  # 'declined to open talks with X', not 'exports declined'
    "trade_list": changes_trade_list,  # 'removed Korea from its list of trusted partners'
    "cut_short": cuts_visit_short,  # 'cut short his visit after X insulted the delegation'
    "list_ease": eases_list,  # 'removed Cuba from its blacklist of terror sponsors'
    "territory": leaves_territory,  # 'soldiers left the Malian territory', not 'left the base'
    "guest": receives_a_guest,  # 'welcomed the Emir to Ankara', not 'welcomed the offer'
    "side_with": sides_with,  # 'stood with Kyiv', not 'stood with Scholz at the podium'
    "joint_pledge": pledged_together,  # 'both leaders pledged to deepen ties'
    "talks_round": round_of_talks,  # 'a second round took place', not 'a round of strikes'
    "broken_talks": breaks_off_talks,  # 'broke off talks with X', not 'the talks broke down'
    "ordered_out": orders_envoy_out,  # 'told the ambassador to leave', not 'told reporters'
    "hit": hit_as_attack,  # 'missiles hit a village', not 'tariffs hit exports'
    "rank_up": raises_rank,  # 'raised ties to a strategic partnership'
    "travel": lambda t: not craft_travels(t),  # 'the minister flew to Oslo', not 'jets flew in'
    "sanction_listing": lists_for_sanctions,  # 'designated 23 individuals', not 'an envoy'
    "walked_away": walks_away,  # 'walked away from its contract', not 'from the table'
    "court_filing": lambda t: files_in_a_case(t, answer=False),  # 'filed its Memorial'
    "court_answer": lambda t: files_in_a_case(t, answer=True),  # 'submitted objections'
    "removed_from": removes_from_undertaking,  # 'removed Mali from its training programme'
    "left_organisation": leaves_organisation,  # 'withdrawal from ECOWAS', not from Mali
    "membership_bid": bids_for_membership,  # 'applied to join ECOWAS', not 'applied the rules'
}

# Frames judged by a rule that also reads the entry's word list ('requires').
_LIST_FRAMES: dict[str, Callable[[Token, tuple[str, ...]], object]] = {
    "verdict": gives_verdict,  # 'called the remarks crazy', not 'in remarks Z called crazy'
    "voyage": carries_aid,  # 'navy ships reached Suva carrying relief supplies'
    "named_object": names_object,  # 'ended the pact', not 'ended a wait that ... pact'
}
