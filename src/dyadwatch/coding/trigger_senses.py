"""Which event a matched trigger names once its clause is read, and which it does not.

A word's entry fixes a default type, but English reuses the frames: calling a *plan*
unacceptable turns an offer down, while calling a *decision* unacceptable protests
it; 'leave by Friday or face deportation' threatens whoever is told to leave, though
no threat verb is used; a striker who 'attacked the defence' attacked no country; and
the act a party 'agreed to' carry out is the content of that agreement, which gold
and analysts record once, as the agreement.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.trigger_listings import rejects_conduct

if TYPE_CHECKING:
    from dyadwatch.coding.triggers import Found

# Word lists read at use time from the knowledge in use (clause_words): 'proposals', what
# one turns down (calling it 'unacceptable' rejects it rather than protesting it);
# 'penalties', the alternative a demand holds over the one told ('leave ... or face
# deportation'), and 'penalty_verbs', how it is held ('face', 'risk'); 'players', people
# of games and markets, whose 'attacks', 'clashes' and 'strikes' are no violence;
# 'figurative_fights', what makes a war or a battle a figure of speech ('a trade war', 'a
# war of words'), and 'war_nouns', the wars and battles it qualifies; 'courtesy_hosts',
# whom one calls on in courtesy, by office; 'naming_verbs', the verbs that call a thing
# something ('called the plan unacceptable'); 'lifting_nouns', nouns of taking a measure
# away ('the lifting of sanctions'); 'downgrade_nouns' and 'tie_nouns': a downgrade is a
# measure against a state only when ties are downgraded, not a rating; 'pledged_goods',
# what a pledge gives when it is aid ('a pledge of $20 million'); 'commentators', who
# comment rather than act, so their warnings are forecasts, not threats;
# 'expelled_envoys' and 'departing_verbs', whose being told to go is an expulsion and the
# verbs of going; 'notice_warnings', warnings that are notices to the public ('a travel
# warning'), not threats to a party; 'habitual_adjectives', what makes 'an annual
# meeting' a class of occasions rather than one of them.
VIOLENT = frozenset({"ASSAULT", "FIGHT"})  # PLOVER types, not words
# what a warning threatens when it names it: 'warned of consequences', 'of retaliation'
THREATENED_LISTS = ("penalties", "reprisals", "outcomes")


def retyped(found: list[Found]) -> list[Found]:
    """Give each trigger the type its clause reads as."""
    out = []
    for f in found:
        if _turns_down(f):
            f = replace(f, entry=replace(f.entry, type="REJECT"))
        elif sends_envoy_home(f):
            f = replace(f, entry=replace(f.entry, type="SANCTION"))
        elif courtesy_call(f) or courtesy_noun(f):
            f = replace(f, entry=replace(f.entry, type="CONSULT", mode="meet"))
        elif lifted_measure(f):
            f = replace(f, entry=replace(f.entry, type="CONCEDE"))
        elif f.entry.type == "REJECT" and rejects_conduct(f.token):
            f = replace(f, entry=replace(f.entry, type="ACCUSE"))
        out.append(f)
    return out


def lifted_measure(found: Found) -> bool:
    """'announced the lifting of US sanctions on Caracas', 'the easing of the embargo': the
    measure named as what is lifted is being taken away, the opposite of imposing it."""
    noun = found.token
    if found.entry.type != "SANCTION" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ == "of" and prep.head.lemma_.lower() in clause_words("lifting_nouns")


def sends_envoy_home(found: Found) -> bool:
    """'asked the ambassador to leave within two days', 'ordered the diplomats to depart',
    'told the envoy he must quit the country': telling another state's envoy to go is an
    expulsion, whatever verb of asking carries it."""
    verb = found.token
    if found.entry.type != "REQUEST" or found.entry.pos != "VERB":
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "nsubj")
            and _envoy(c)]
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd")]
    if not told:  # 'asked for the ambassador to leave', 'told him the envoys must leave'
        told = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                and _envoy(s)]
    return bool(told) and any(c.lemma_.lower() in clause_words("departing_verbs") for c in clauses)


def _envoy(noun: Token) -> bool:
    """'the ambassador', 'the chargé d'affaires' (the parser heads it on 'd'affaires')."""
    envoys = clause_words("expelled_envoys")
    return noun.lemma_.lower() in envoys or any(
        c.dep_ == "compound" and c.lemma_.lower() in envoys for c in noun.children)


def courtesy_noun(found: Found) -> bool:
    """'received a courtesy call from the ambassador': a courtesy call is a visit in person,
    never a telephone call."""
    token = found.token
    return token.lemma_.lower() == "call" and token.pos_ == "NOUN" and \
        any(c.lower_ == "courtesy" for c in token.children)


def courtesy_call(found: Found) -> bool:
    """'During the visit he called on Prime Minister Wong': in diplomatic English to call on
    a person, with nothing asked of them, is a courtesy visit; 'called on Japan to lift the
    ban' and 'called on the leaders for restraint' stay requests."""
    verb = found.token
    if found.entry.type != "REQUEST" or verb.lemma_.lower() != "call" or found.end - verb.i != 2:
        return False
    particle = verb.doc[verb.i + 1]
    if any(t.dep_ in ("xcomp", "ccomp") or (t.lower_ == "to" and t.pos_ == "PART")
           or (t.dep_ == "prep" and t.lower_ == "for") for t in verb.subtree):
        return False
    person = [o for o in (*particle.children, *verb.children)
              if o.dep_ in ("pobj", "dobj") and o.head in (particle, verb)]
    return bool(person) and any(w.ent_type_ == "PERSON" or w.lower_ in clause_words("courtesy_hosts")
                                for w in person[0].subtree)


def _turns_down(found: Found) -> bool:
    """'Kabul called the plan unacceptable', 'described the proposal as unjustified'."""
    verb = found.token
    if found.entry.type != "PROTEST" or verb.lemma_.lower() not in clause_words("naming_verbs"):
        return False
    proposals = clause_words("proposals")
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in proposals
               for c in verb.children)




def other_sense(token: Token, kind: str) -> bool:
    """'the batsmen attacked the bowlers', 'the two teams clashed in the final': a
    violent verb said of players or by them is a game, not a war."""
    if token.pos_ == "NOUN" and defines_a_kind(token):
        return True  # 'the summit is an annual meeting of leaders': what it is, not news
    if kind == "THREATEN" and token.pos_ == "NOUN":
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in clause_words("notice_warnings")
                   for c in token.children)  # 'a travel warning', 'storm warnings'
    if kind == "THREATEN":
        return voices_concern(token)
    if kind == "REQUEST":
        return forecast(token)
    if kind == "REJECT":
        return dismisses_talk(token)
    if kind == "AID" and token.pos_ == "NOUN" and token.lemma_.lower() == "pledge":
        return not pledge_of_goods(token)
    if kind == "SANCTION" and token.pos_ == "NOUN" and \
            token.lemma_.lower() in clause_words("downgrade_nouns"):
        ties = clause_words("tie_nouns")
        return not any(t.lemma_.lower() in ties for t in token.subtree)  # 'a rating downgrade'
    if kind not in VIOLENT:
        return False
    if figurative(token):
        return True  # 'fought a trade war', 'a war of words': no one was hurt
    if token.pos_ not in ("VERB", "AUX"):
        return False
    players = clause_words("players")
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and c.lemma_.lower() in players
               for c in token.children)


def dismisses_talk(verb: Token) -> bool:
    """'dismissed talk of a rift with Kenya', 'played down speculation about a deal with
    Y': what is turned down is a rumour about a topic, made by no one; the party named in
    the topic is not rejected. A possessor makes it someone's words ('rejected Kyiv's
    reports of ...'), and those are turned down."""
    talk = clause_words("topic_talk")
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in talk and
        not any(g.dep_ == "poss" for g in c.children) and
        any(g.dep_ == "prep" and g.lower_ in ("of", "about", "over") for g in c.children)
        for c in verb.children)


def pledge_of_goods(noun: Token) -> bool:
    """'a pledge of $20 million in aid to X' gives; 'a pledge to work with X' or 'a pledge of
    neutrality' promises conduct, which is no aid: only money or goods in the 'of' phrase."""
    return any(w.lemma_.lower() in clause_words("pledged_goods") or w.ent_type_ == "MONEY"
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for w in p.subtree)


def forecast(verb: Token) -> bool:
    """'Russia is expected to release the prisoners': the passive of 'expect' forecasts;
    only a party that expects another to act ('Baku expects Moscow to apologise') asks."""
    return verb.lemma_.lower() == "expect" and ((verb.tag_ == "VBN" and any(
        c.dep_ in ("auxpass", "aux") and c.lemma_.lower() == "be" for c in verb.children))
        or any(c.dep_ == "nsubj" and c.lemma_.lower() in clause_words("commentators") for c in verb.children))


def defines_a_kind(noun: Token) -> bool:
    """A present-tense 'is a/an ...' sentence says what a thing is ('the forum is a
    yearly gathering of ministers', 'the pact is an agreement between ...'): a
    definition of an institution, which reports no act on any day."""
    be = noun.head if noun.dep_ in ("nsubj", "attr") else None
    if be is None or be.lemma_.lower() != "be" or be.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" and _a_kind(c) for c in be.children)


def _a_kind(attr: Token) -> bool:
    """'an annual meeting', 'a forum of ...': a class named; 'a first', 'a success' judge
    one occasion and so report it."""
    if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in attr.children):
        return False
    habitual = clause_words("habitual_adjectives")
    return any((c.dep_ == "prep" and c.lower_ in ("of", "between", "among", "for"))
               or (c.dep_ == "amod" and c.lower_ in habitual) for c in attr.children)


def figurative(token: Token) -> bool:
    """'fought a tariff war', 'a price war', 'a cyber war', 'a war of words', 'locked in a
    legal battle': a war named by what it is fought with is a contest, not violence."""
    nouns = [token] if token.pos_ in ("NOUN", "PROPN") else [
        c for c in token.children if c.dep_ in ("dobj", "obj")] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children if g.dep_ == "pobj"]
    return any(_figure(n) for n in nouns if n.lemma_.lower() in clause_words("war_nouns") or n is token)


def _figure(noun: Token) -> bool:
    figures = clause_words("figurative_fights")

    def figurative_word(word: Token) -> bool:
        return word.lemma_.lower() in figures or word.lower_ in figures
    return any(c.dep_ in ("compound", "amod") and figurative_word(c) for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and figurative_word(g) for g in c.children) for c in noun.children)


def voices_concern(verb: Token) -> bool:
    """'warned of a military build-up', 'warned against escalation': a warning about a
    danger, addressed to no one and naming no reprisal, voices concern, not a threat to
    whoever causes the danger; analysts' and experts' warnings are forecasts."""
    if verb.lemma_.lower() != "warn" or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in clause_words("commentators"):
        return True
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children):
        return False  # 'warned Seoul that ...', 'warned it would respond'
    dangers = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in (
        "of", "about", "against") for g in c.children if g.dep_ in ("pobj", "pcomp")]
    threatened = frozenset().union(*(clause_words(n) for n in THREATENED_LISTS))
    return bool(dangers) and not any(
        t.lemma_.lower() in threatened or t.lower_ in threatened
        for d in dangers for t in d.subtree)


def demands_or_penalty(sent: Span, reporting: frozenset[str]) -> list[Token]:
    """Verbs of saying or ordering whose clause tells someone to act 'or face' a penalty:
    'announced that all foreigners without papers had to leave by November or face
    deportation' threatens those told, as 'gave X until Friday ... or face sanctions' does."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting | {"order", "tell"}:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(_penalised(t) for t in verb.subtree if t != verb and not _conditional(t)):
            out.append(verb)
    return out


def _penalised(act: Token) -> bool:
    """'leave ... or face deportation': an act joined by 'or' to a penalty to be faced."""
    if act.pos_ != "VERB" or not any(c.dep_ == "cc" and c.lower_ in ("or", "otherwise")
                                     for c in act.children):
        return False
    return any(c.dep_ == "conj" and (_faced(c, c) or any(_faced(w, c) for w in c.children))
               for c in act.children)


def _faced(verb: Token, penalty: Token) -> bool:
    """'face deportation'; the parser also reads 'or face arrest' as one noun phrase."""
    if verb.lemma_.lower() not in clause_words("penalty_verbs"):
        return False
    return penalty.lemma_.lower() in clause_words("penalties") or any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in clause_words("penalties") for o in verb.children)


def _conditional(act: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
               for c in act.children)


def agreed_acts(found: list[Found]) -> list[Found]:
    """'Baku agreed to free the soldiers', 'agreed to lift the ban': the act agreed on is
    what the agreement says, coded once as the AGREE of the same parties; a meeting agreed
    on ('agreed to meet again') stays, as the meeting to come."""
    agreeing = {f.token.i for f in found if f.entry.type == "AGREE" and f.token.pos_ == "VERB"}
    deals = {f.token.i for f in found if f.entry.type == "AGREE" and f.entry.pos == "NOUN"}
    threats = {f.token.i for f in found if f.entry.type == "THREATEN" and f.entry.pos == "VERB"}
    return [f for f in found if not (
        f.entry.type not in ("AGREE", "CONSULT") and f.token.dep_ == "xcomp"
        and f.token.head.i in agreeing and f.token.head.lemma_.lower() == "agree")
        and not _content_of(f, deals, threats)]


def _content_of(found: Found, deals: set[int], threats: set[int]) -> bool:
    """'signed a contract to sell tanks', 'a deal to supply gas': the act is what the deal
    says, coded once as the deal; 'threatened to impose sanctions', 'warned it would cut
    gas': the act is what is threatened, which has not happened."""
    token = found.token
    if found.entry.type in ("AGREE", "CONSULT", "THREATEN"):
        return False
    if token.dep_ == "acl" and token.head.i in deals:
        return True
    return token.dep_ in ("xcomp", "ccomp") and token.head.i in threats


# 'did so', 'did the same', 'did likewise': a 'do' with no object of its own repeats an act;
# a closed set of pro-forms, grammar of ellipsis rather than vocabulary, so it stays here
SAME_ACT = frozenset({"so", "same", "likewise", "too"})


def elided_repeats(found: list[Found]) -> list[Found]:
    """'Turkey's parliament approved the accession in January and Hungary's did so in
    February': the coordinated 'do' repeats the first act, with its own subject and date."""
    out = list(found)
    for f in found:
        if f.token.pos_ not in ("VERB", "AUX"):
            continue
        for verb in f.token.children:
            if (verb.dep_ == "conj" or _misread_conj(verb)) and _repeats(verb):
                out.append(replace(f, token=verb, end=verb.i + 1, start=verb.i))
    return out


def _repeats(verb: Token) -> bool:
    if verb.lemma_.lower() != "do" or not any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # 'but Hungary did not': no act
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objects:
        return all(o.lower_ in SAME_ACT for o in objects)
    return any(c.lower_ in SAME_ACT and c.dep_ in ("advmod", "dobj") for c in verb.children)


def _misread_conj(verb: Token) -> bool:
    """The parser reads '..., and Hungary did so' after a long first clause as the first
    verb's complement; a complement has no 'and' before it and may take 'that'."""
    if verb.dep_ != "ccomp" or any(c.dep_ == "mark" for c in verb.children):
        return False
    start = min(t.i for t in verb.subtree)
    return any(t.lower_ in ("and", "while", "whereas") for t in verb.doc[verb.head.i:start])
