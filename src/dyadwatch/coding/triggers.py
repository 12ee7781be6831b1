"""Find event triggers in a sentence from the lexicon, with the checks each frame needs.

A trigger word alone is weak evidence: 'called' is a phone call only when it takes
a party as object and no naming complement ('called Azerbaijan a partner');
'agreement' is an event only when something signs or reaches it. Those checks
are stated per trigger in the lexicon (`requires`, `forbids`) and per frame here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words, words_from
from dyadwatch.coding.condemnations import condemned_deed, condemns_unnamed_violence
from dyadwatch.coding.phones import by_phone, is_phone_call
from dyadwatch.coding.refusals import REPORTED_REFUSAL, refusal_reports
from dyadwatch.coding.trigger_deeds import (
    PROMISE,
    bare_promises,
    completes_a_deal,
    done_by_agent,
    gives_back,
)
from dyadwatch.coding.trigger_frames import (
    carried_out,
    frame_fits,
    misread_verb,
    participle_stems,
    possessed_deed,
    quoted_verb,
    recall_purpose,
    telegraphic_entry,
    words_after,
)
from dyadwatch.coding.trigger_leave import deadline_reports
from dyadwatch.coding.trigger_listings import no_new_meeting
from dyadwatch.coding.trigger_objects import OBJECT_FRAMES
from dyadwatch.coding.trigger_rules import (
    agreed_in_person,
    agrees_to_meet,
    blaming_reports,
    denies_a_deed,
    done_by_light_verb,
    governed_objects,
    person_lands,
    refuses_to_comment,
    threatening_reports,
    without_adopted_texts,
)
from dyadwatch.coding.trigger_scope import (
    as_joint_agreements,
    blames_outsider,
    describes_a_list,
    identifying_participle,
    names_no_party,
)
from dyadwatch.coding.trigger_senses import (
    agreed_acts,
    demands_or_penalty,
    elided_repeats,
    other_sense,
    retyped,
)
from dyadwatch.coding.trigger_third import (
    asks_a_question,
    dates_a_relative_clause,
    elaborates,
    identifying_relative,
    keeps_in_touch,
    press_phrase,
    without_withheld_acts,
)
from dyadwatch.coding.trigger_turns import joined_sides, ultimatum
from dyadwatch.coding.trigger_witness import witnessed_together
from dyadwatch.knowledge import KnowledgeBase, Trigger

# LIGHT_VERBS stays a module constant: anchors.py builds its own set from it at import, so
# moving it to data needs a change there too.
LIGHT_VERBS = {
    "have", "hold", "make", "pay", "send", "sign", "conduct", "exchange", "give", "provide",
    "deliver", "impose", "launch", "extend", "express", "offer", "receive", "reach", "conclude",
    "announce", "begin", "start", "host", "voice", "pledge", "reaffirm", "take", "carry",
    "arrive", "go", "travel", "welcome", "discuss", "adopt", "agree", "ink", "seal", "strike",
}
# verbs that pass judgment on a deed: whoever 'condemned the attacks' did not attack
JUDGING_TYPES = {"ACCUSE", "REJECT", "PROTEST"}
# Word lists read at use time from the knowledge in use (clause_words): 'agent_nouns', the
# people and craft that can do an act ('the delegation arrived', 'the warship fired');
# 'calling_verbs', which call a deed something ('called what happened an attack');
# 'office_objects', offices a verb may need as its object even when capitalised ('summoned
# the Ambassador'); 'concluding_verbs', verbs that blame as saying does ('the inquiry
# concluded that X was responsible', 'charged that X was behind it'); 'landing_verbs',
# verbs of arriving by air, said of the aircraft as often as of the people in it;
# 'recognised_things', what a recognising verb (frame 'recognize') must name ('recognised
# Ukraine's sovereignty', 'recognised the islands as Argentine territory').
MET_THERE = Trigger("agree", "VERB", "CONSULT", "meet", "with")
# 'said X was responsible for the attack': the speaker accuses the blamed subject
REPORTED_BLAME = Trigger("say", "VERB", "ACCUSE", None, "direct")
# 'said Minsk would have no choice but to respond in kind': the speaker threatens
REPORTED_THREAT = Trigger("say", "VERB", "THREATEN", None, "direct")
# 'says the Venezuelan diplomats have 72 hours to leave': the speaker expels them
REPORTED_EXPULSION = Trigger("say", "VERB", "SANCTION", None, "direct")
# 'apologised to him by telephone': an act done in a call is also a phone contact
PHONED = Trigger("telephone", "VERB", "CONSULT", "phone", "direct")


@dataclass(frozen=True)
class Found:
    """A trigger matched in a sentence: its head token and the lexicon entry."""

    token: Token
    end: int
    entry: Trigger
    start: int = -1
    judged: bool = False  # a noun deed that another trigger's verb judges: 'condemned the attacks'


def find_triggers(kb: KnowledgeBase, sent: Span) -> list[Found]:
    """Whoever asks (the coder, a diagnosis), the checks read the word lists of `kb`."""
    with words_from(kb):
        return _find_triggers(kb, sent)


def _listed_triggers(kb: KnowledgeBase, sent: Span) -> tuple[list[Found], set[int]]:
    """The lexicon's phrases (longest first), then its single words, each token used once;
    returns them with the token indexes they cover."""
    found: list[Found] = []
    covered: set[int] = set()
    for size in (4, 3, 2):
        for i in range(sent.start, sent.end - size + 1):
            if covered & set(range(i, i + size)):
                continue
            for entry in _phrase_entries(kb, sent, i, size):  # the first sense that fits
                head = _phrase_head(sent.doc[i : i + size], entry)
                if _accept(head, entry, sent):
                    found.append(Found(head, i + size, entry, i))
                    covered.update(range(i, i + size))
                    break
    for token in sent:
        if token.i in covered:
            continue
        for entry in _entries_for(kb, token):
            if _accept(token, entry, sent):
                found.append(Found(token, token.i + 1, _matched(entry), token.i))
                covered.add(token.i)
                break
    return found, covered


def _find_triggers(kb: KnowledgeBase, sent: Span) -> list[Found]:
    found, covered = _listed_triggers(kb, sent)
    found = [replace(f, entry=replace(f.entry, type="THREATEN")) if ultimatum(f) else f
             for f in found if not (f.entry.type == "ACCUSE" and f.entry.pos == "VERB"
                                    and blames_outsider(kb, f.token))]
    found = agreed_acts(retyped(without_adopted_texts(as_joint_agreements(found))))
    found = without_withheld_acts(elided_repeats(found))
    found += joined_sides(found)  # 'switched recognition from X to Y' also backs Y
    found += [Found(v, v.i + 1, PROMISE, v.i) for v in bare_promises(
        sent, {f.token.i for f in found} | covered)]
    kinds = {(f.token.i, f.entry.type) for f in found}
    found = [f for f in found if not elaborates(f.token, f.entry.type, kinds)]
    blaming = blaming_reports(sent, kb.reporting_verbs | clause_words("concluding_verbs"),
                              lambda subject: names_no_party(kb, subject))
    found += [Found(v, v.i + 1, REPORTED_BLAME, v.i) for v in blaming if v.i not in covered]
    found += [Found(v, v.i + 1, REPORTED_REFUSAL, v.i) for v in refusal_reports(
        sent, kb.reporting_verbs) if v.i not in covered and v not in blaming]
    found += [Found(v, v.i + 1, REPORTED_EXPULSION, v.i) for v in deadline_reports(
        sent, kb.reporting_verbs) if v.i not in covered and v not in blaming]
    threats = {f.token.i for f in found if f.entry.type == "THREATEN"}
    found += [Found(v, v.i + 1, REPORTED_THREAT, v.i)  # unless the clause names its own threat
              for v in {*threatening_reports(sent, kb.reporting_verbs), *demands_or_penalty(
                  sent, kb.reporting_verbs)} if v.i not in covered and not threats & {
                  t.i for t in v.subtree}]
    found += [Found(f.token, f.end, MET_THERE, f.start) for f in found
              if agreed_in_person(f) or witnessed_together(f.token, f.entry.type)]
    found = [replace(f, entry=replace(f.entry, mode="phone")) if f.entry.type == "CONSULT"
             and f.entry.pos == "VERB" and by_phone(f.token) else f for f in found]
    consults = {f.token.i for f in found if f.entry.type == "CONSULT"}
    found += [Found(t, t.i + 1, PHONED, t.i) for t in sent if t.i not in consults and by_phone(t)]
    found.sort(key=lambda f: f.token.i)
    return [replace(f, judged=True) if _judged(f, found) else f for f in found]


def _matched(entry: Trigger) -> Trigger:
    """'against' only restricts which nouns match; once matched, the noun's roles are
    found like any other noun trigger's."""
    return replace(entry, frame="noun") if entry.frame == "against" or (
        entry.pos == "NOUN" and entry.frame in ("envoy", *OBJECT_FRAMES)) else entry


def _judged(noun: Found, found: list[Found]) -> bool:
    """'She condemned the attacks on ...', 'denounced the invasion of ...': the deed's
    actor is not the judge, so the judging verb must not lend the noun its subject."""
    if noun.token.pos_ not in ("NOUN", "PROPN"):
        return False
    judges = {f.token.i: f for f in found if f.entry.pos == "VERB" and f.entry.type in
              JUDGING_TYPES and f.entry.type != noun.entry.type}
    # 'lodged a complaint with Seoul over the island visit': the noun's light verb judges too
    judges |= {f.token.head.i: f for f in found if f.entry.pos == "NOUN" and f.entry.type in
               JUDGING_TYPES and f.entry.type != noun.entry.type and f.token.dep_ in ("dobj", "obj")}
    current = noun.token
    for _ in range(3):  # 'condemned the attacks', 'accused Baku of attacks'
        head = current.head
        if head == current:
            return False
        if head.i in judges or (head.lemma_.lower() in clause_words("calling_verbs") and any(
                c.lower_ == "what" for c in head.children)):
            return True  # 'denounced what she called attacks by X': named, not reported
        if current.dep_ == "nsubj" and head.pos_ in ("ADJ", "NOUN") and head.head.i in judges:
            return True  # 'called X's attacks on Y unacceptable': the attacks are judged
        if not (current.dep_ == "pobj" and head.dep_ == "prep"):
            return False
        current = head
    return False


def _phrase_entries(kb: KnowledgeBase, sent: Span, i: int, size: int) -> list[Trigger]:
    words = " ".join(t.lower_ for t in sent.doc[i : i + size])
    variants = (words, *_lemma_variants(sent, i, size))
    entries = next((kb.phrase_triggers[w] for w in variants if w in kb.phrase_triggers), [])
    if not entries and size == 3 and sent.doc[i + 1].text == "-":
        # the tokenizer splits 'counter-measures' into three tokens; the lexicon keeps one word
        entries = [e for w in variants for e in kb.triggers.get(w.replace(" - ", "-"), [])
                   if e.pos == "NOUN"][:1]
    return entries


def _lemma_variants(sent: Span, i: int, size: int) -> tuple[str, str]:
    """A noun phrase inflects its last word ('phone calls'), a verb phrase its first
    ('called on', 'broke off'): try both lemmatised forms."""
    tokens = sent.doc[i : i + size]
    rest = [t.lower_ for t in tokens]
    return (" ".join([*rest[:-1], tokens[-1].lemma_.lower()]),
            " ".join([tokens[0].lemma_.lower(), *rest[1:]]))


def _phrase_head(span: Span, entry: Trigger) -> Token:
    if entry.pos == "VERB":
        return span[0]
    return span.root


def _entries_for(kb: KnowledgeBase, token: Token) -> list[Trigger]:
    candidates = kb.triggers.get(token.lemma_.lower(), []) + kb.triggers.get(token.lower_, [])
    pos = token.pos_
    if pos == "PROPN" and not candidates and token.text[:1].isupper():
        # a verb mis-tagged as a name is not lemmatised: 'Congratulated', 'Called'
        word = token.lower_
        for stem in (word[:-1], word[:-2]) if word.endswith("ed") else ():
            candidates = candidates + [e for e in kb.triggers.get(stem, []) if e.pos == "VERB"]
    if quoted_verb(token):  # 'has "frozen" its participation': no verb lemma was given
        candidates = candidates + [e for w in participle_stems(token.lower_)
                                   for e in kb.triggers.get(w, []) if e.pos == "VERB"]
    if pos == "NOUN" and token.lower_.endswith("s") and misread_verb(token):
        # the headline verb's third person is not lemmatised as a verb: 'summons', 'expels'
        candidates = candidates + [e for e in kb.triggers.get(token.lower_[:-1], [])
                                   if e.pos == "VERB"]
    out = []
    for entry in candidates:
        if (entry.pos == "VERB" and pos in ("VERB", "AUX")) or (entry.pos == "NOUN" and pos in (
                "NOUN", "PROPN")) or entry.pos == pos == "ADJ":
            out.append(entry)
        elif entry.pos == "VERB" and pos == "PROPN" and token.text[:1].isupper() and token.i > 0:
            out.append(entry)  # machine-translated text capitalises verbs mid-sentence
        elif entry.pos == "VERB" and (misread_verb(token) or quoted_verb(token)):
            out.append(entry)  # 'personnel armed with axes board navy boats': headline grammar
    return out


def _accept(token: Token, entry: Trigger, sent: Span) -> bool:
    if entry.pos == "VERB" and not misread_verb(token) and (token.dep_ == "amod" or (
            token.dep_ == "compound" and token.pos_ != "PROPN")):
        return False  # 'the once occupied region', 'US-backed': an adjective, not an act
    if entry.pos == "VERB" and token.pos_ == "PROPN" and token.ent_type_ == "ORG":
        return False  # 'Rapid Support Forces', 'Security Council Press Statement': a name
    if (entry.frame == "call" and not is_phone_call(token)) or other_sense(token, entry.type):
        return False  # 'the batsmen attacked the bowlers': a game, not a war
    if press_phrase(token) or (entry.pos == "VERB" and identifying_relative(token)):
        return False  # 'PRESS RELEASE', 'the peacekeeper who was killed'
    if entry.pos == "VERB" and (describes_a_list(token) or identifying_participle(token)):
        return False  # 'the list of countries cooperating with', 'the man detained in X'

    if entry.frame == "recognize" and not any(t.lower_ in clause_words("recognised_things")
                                              for t in token.subtree):
        return False
    if entry.frame == "party_object" and not any(c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"
                                                 for c in token.children):
        return False  # 'the bloc suspended Niger': the object is a member, not an activity
    if not frame_fits(token, entry):
        return False
    if entry.type == "ASSAULT" and entry.pos == "NOUN" and condemned_deed(token):
        return False  # 'condemned the terrorist attack near Moscow': no attack by the condemner
    if entry.type == "CONSULT" and entry.pos == "NOUN" and no_new_meeting(token):
        return False  # 'cut short his visit', 'suspended negotiations', 'its veto on talks'
    if entry.type == "CONSULT" and entry.pos == "NOUN" and recall_purpose(token):
        return False  # 'recalled its ambassador for consultations' is a protest, not a meeting
    if dates_a_relative_clause(token):
        return False  # 'the pledge it gave when both states opened embassies'
    if entry.frame == "travel" and not _travels(token):
        return False  # 'His comments came', 'return villages to X', 'the plane landed'
    if entry.type in JUDGING_TYPES and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj")
                                           for c in token.children):
        return False  # 'denounced what she called illegal attacks': the naming is a hedge
    if entry.type == "ACCUSE" and entry.pos == "VERB" and condemns_unnamed_violence(token):
        return False  # 'condemned the bombing in Mogadishu': sympathy, no one accused
    if entry.type == "REJECT" and entry.pos == "VERB" and (refuses_to_comment(token)
                                                           or denies_a_deed(token)):
        return False  # 'refused to comment on Kyiv's claims', 'denied it had struck X'
    if entry.type == "REQUEST" and entry.pos == "VERB" and asks_a_question(token):
        return False  # 'asked why Iran held drills there': a question, not a demand
    if entry.type == "AGREE" and ((entry.pos == "NOUN" and carried_out(token))
                                  or keeps_in_touch(token) or agrees_to_meet(token)):
        return False  # 'implementing agreements reached last year', 'agreed to meet again'
    if entry.requires and not (_has_governor(token, entry.requires, entry.frame == "sign") or (
            entry.pos == "NOUN" and (done_by_light_verb(token) or telegraphic_entry(token)
                                     or possessed_deed(token) or done_by_agent(token)
                                     or (entry.type == "AGREE" and completes_a_deal(token))))):
        return False
    return not (entry.forbids and any(c.lemma_.lower() in entry.forbids
                                      for c in governed_objects(token)))


def _travels(verb: Token) -> bool:
    """A travel verb tells of a visit only when people or a body go somewhere themselves:
    not 'his remarks came a day after', not handing land back ('agreed to return two
    villages to X'), not an aircraft touching down with no visitor named."""
    if not _agent_subject(verb) or gives_back(verb):
        return False
    return verb.lemma_.lower() not in clause_words("landing_verbs") or person_lands(verb)


def _agent_subject(verb: Token) -> bool:
    """A common-noun subject of a travel verb must be people or a body: 'the delegation
    arrived', 'troops went', not 'his comments came' or 'the decision came'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return True
    return subject.lemma_.lower() in clause_words("agent_nouns")


def _verb_scope(verb: Token) -> list[Token]:
    """A verb's words, plus the object of the verb above when it is the passive verb's
    understood subject: 'ordered two submarines to be positioned' positions submarines."""
    words = list(verb.subtree)
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        for obj in (c for c in verb.head.children if c.dep_ in ("dobj", "obj")):
            words += list(obj.subtree)
    return words


def _name_word(token: Token) -> bool:
    """A word of a name does not count ('a case at the World Health Organization' is no
    health aid), nor a headline's words, all tagged as names ('U.S. shoots down spy balloon');
    but a capitalised office does: releases and translations write 'summoned the
    Ambassador of Sweden' or 'the French Chargé d'Affaires', which the tagger may even fold
    into an organisation's name."""
    return token.pos_ == "PROPN" and token.lower_ not in clause_words("office_objects")


def _named_object(word: Token, verb: Token) -> bool:
    """A signed text is often named ('signed the Washington Accords', 'inked the Hiroshima
    Accord'): the head of that name, as the verb's own object, is the thing signed. Only
    for verbs of signing: 'applied to join NATO' is no accession yet, and a name word
    further down ('a filing at the World Health Organization') never counts."""
    return word.head == verb and word.dep_ in ("dobj", "obj")


def _has_governor(token: Token, lemmas: tuple[str, ...], signs: bool = False) -> bool:
    """A noun trigger needs its verb ('signed an agreement'); a verb its object."""
    if misread_verb(token):
        return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in words_after(token))
    if token.pos_ in ("VERB", "AUX") or quoted_verb(token):
        return any(c.lemma_.lower() in lemmas or c.lower_ in lemmas for c in _verb_scope(token)
                   if not _name_word(c) or (signs and _named_object(c, token)))
    head = token.head
    for _ in range(3):
        # the word as written as well as its lemma: the tagger lemmatises 'staged' as 'stag'
        if head.lemma_.lower() in lemmas or head.lower_ in lemmas:
            return True
        if head.head == head:
            break
        head = head.head
    # 'the alliance agreement signed on February 22': a participle modifying the noun; a
    # relative clause on an object only says which one ('suspended the pact which they
    # concluded in 2011'): history recalled to identify it, not news
    told = ("acl", "amod") if token.dep_ in ("dobj", "obj", "pobj") else ("acl", "relcl", "amod")
    return any(c.lemma_.lower() in lemmas for c in token.children if c.dep_ in told)
