"""Who did a deed whose clause names no subject of its own.

A verb listed after another, a participle, a verb of will's complement ('agreed to hold
talks') and a relative clause ('X, who visited') take their doer from the clause they hang
from; a passive relative clause ('Y, who was killed in a U.S. strike') names the victim.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.attachment import attachment as hang
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import conjunct_chain_head

RELATIVE_PRONOUNS = {"who", "which", "that"}
# lexicon clause_words "step_nouns"
# lexicon clause_words "sending_verbs"
# verbs whose 'to' complement is done by their own subject: 'agreed to hold talks'
# lexicon clause_words "control_verbs"


def passive_antecedent(anchors: list[Token], actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'Soleimani, who was killed in the strike': the party a passive relative clause follows
    is the one the deed was done to."""
    for anchor in anchors:
        if anchor.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS
                                          for c in anchor.children):
            return [a for a in actors if a.start <= anchor.head.i < a.end][:1]
        if _fronted_passive(anchor):  # 'Having been received by Lukashenko, the Polish
            subject = next(c for c in anchor.head.children if c.dep_ == "nsubj")  # minister
            return [a for a in actors if a.start <= subject.i < a.end][:1]  # flew home'
    return []


def _fronted_passive(verb: Token) -> bool:
    """A passive participle set before its clause ('Having been received by Y, X flew
    home', 'Received by Y on Tuesday, X said'): it has no subject of its own, and the one
    it was done to is the subject of the clause it leads into."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < head.i and \
        head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and \
        any(c.dep_ == "nsubj" for c in head.children) and _an_act(verb)


def _an_act(verb: Token) -> bool:
    """'Having been received', 'Received ... on Tuesday' tell a thing done; a bare 'Backed by
    Russia, Syria attacked' tells a standing state of affairs, no event of its own."""
    if any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return True
    return any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def shared_subject(anchors: list[Token], actors: list[ActorPhrase], sent: Span) -> list[ActorPhrase]:
    """A verb without a subject of its own shares the subject of the clause it hangs from.

    'X travelled to Baku and signed ...' (coordination), 'X said after hosting Y'
    (a gerund after a preposition), 'X questioned it, asking why ...' (a participle); a
    relative clause's 'who' or 'which' stands for the party it follows ('Y, who visited').
    """
    for anchor in anchors:
        if anchor.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
                                          for c in anchor.children):
            return [a for a in actors if a.start <= anchor.head.i < a.end][:1]  # 'X, who hosted'
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
            continue
        if charged_deed(anchor):
            return []  # 'accused Pyongyang of supplying shells': not the accuser's deed
        donor = _subject_donor(anchor) or _controller(anchor) or _purpose_donor(anchor)
        if donor is None:
            continue
        deps = ("nsubj", "csubj", "nsubjpass") if donor == _controller(anchor) else ("nsubj", "csubj")
        return [a for a in actors if (hit := hang(sent.doc[a.head], [donor])) is not None
                and hit[1] in deps]
    return []


def _subject_donor(verb: Token) -> Token | None:
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        donor: Token = conjunct_chain_head(head)  # 'X closes ..., suspends ... and warns'
        return donor
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return _clause_with_subject(head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    step = head.head
    if verb.dep_ == "pcomp" and head.lower_ == "of" and \
            step.lemma_.lower() in clause_words("step_nouns") and \
            step.dep_ in ("dobj", "obj") and step.head.pos_ in ("VERB", "AUX"):
        return step.head  # 'took the unprecedented step of excluding X': who took it excludes
    return _message_sender(verb)


def charged_deed(verb: Token) -> bool:
    """'accused Pyongyang of supplying shells', 'blamed Kyiv for shelling', 'thanked Tokyo
    for sending aid': a gerund after a verb's object says what the object is charged with or
    thanked for, not what the subject did; such a deed is only alleged, and its day is not
    the day of the charge, so it is not coded at all."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or \
            prep.lower_ not in ("of", "for") or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.i < prep.i for c in prep.head.children)


def _purpose_donor(verb: Token) -> Token | None:
    """'summoned the Russian ambassador to protest the treaty': an infinitive of purpose
    says why the subject acted, so it is done by the subject, never by the object."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return _clause_with_subject(head)


def _clause_with_subject(verb: Token) -> Token:
    """'Moldova ordered Russia to cut its staff, accusing Moscow of ...': a participle set
    after a clause of will speaks for the whole sentence, so its doer is the subject of the
    first verb up the chain that has one, not the understood subject of the infinitive."""
    current = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in current.children):
            return current
        if current.dep_ not in ("xcomp", "conj", "advcl") or current.head == current or \
                current.head.pos_ not in ("VERB", "AUX"):
            return verb
        current = current.head
    return verb


def _message_sender(verb: Token) -> Token | None:
    """'sent a letter to the Council accusing France': a participle hung on what a message
    was sent with or to speaks for the message, whose sender is the sending verb's subject."""
    current = verb
    for _ in range(5):
        if current.dep_ not in ("acl", "pcomp", "pobj", "prep", "dobj", "obj", "dative", "advcl") \
                or current.head == current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            sending = current.lemma_.lower() in clause_words("sending_verbs")
            return current if sending and current != verb else None
    return None


def _controller(verb: Token) -> Token | None:
    """'Kenya and Somalia agreed to hold talks': the complement of a verb of will is done by
    that verb's subject; 'urged Y to hold talks' (an object) is asked of Y, not done by the
    subject, so such verbs give nothing; in the passive ('Russia would be forced to take
    counter-measures') the one urged or forced is the subject and does it."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and \
            head.lower_ in clause_words("raising_adjectives"):
        head = head.head  # 'X is due to visit Y', 'is set to travel': X is the one to visit
        return head if any(c.dep_ == "nsubj" for c in head.children) else None
    if verb.dep_ != "xcomp" or head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in ("dobj", "obj", "dative") for c in head.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in head.children)
    if not passive and head.lemma_.lower() not in clause_words("control_verbs"):
        return None
    return head if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) else None


def passive_deed_party(anchor: Token, actor: ActorPhrase, dep: str, prep: str | None) -> bool:
    """'was killed in a U.S. drone strike': a party named inside the deed by which a passive
    verb's subject suffered did it; a bare country after 'in' ('was killed in Syria') is only
    where it happened."""
    doc = anchor.doc
    return dep == "prep" and prep in ("in", "by") and anchor.pos_ == "VERB" and \
        any(c.dep_ == "auxpass" for c in anchor.children) and \
        doc[actor.head].dep_ != "pobj" and not actor.is_place


def controller_partners(anchors: list[Token], actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'Kenya agreed with Somalia to hold talks': the party the will was shared with is a
    party to the act agreed on."""
    for anchor in anchors:
        donor = _controller(anchor)
        if donor is not None and donor.lemma_.lower() in ("agree", "decide", "arrange"):
            return [a for a in actors if (hit := hang(anchor.doc[a.head], [donor])) is not None
                    and hit[1:] == ("prep", "with")]
    return []


# a subject that speaks or acts for a party named behind a preposition: 'a statement from
# the Kremlin', 'a communique issued by Hanoi', 'officials in Moscow'
# lexicon clause_words "voice_nouns"
# lexicon clause_words "voice_people_nouns"
VOICE_PREPS = {"from", "by", "of"}


def voiced_by(anchors: list[Token], actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'A statement from India's foreign ministry accused ...', 'officials in Beijing
    accused ...': the subject is a message or a group of people that names no party of its
    own, so the party behind its 'from'/'by'/'of' (or, for people, the capital or country
    they sit 'in') did the deed. A message is only 'from', never 'in', its party."""
    for anchor in anchors:
        subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        noun = subject.lemma_.lower()
        if noun not in clause_words("voice_nouns") and \
                subject.lower_ not in clause_words("voice_people_nouns"):
            continue
        preps = VOICE_PREPS | ({"in"} if subject.lower_ in clause_words("voice_people_nouns") else set())
        holders = [subject, *(c for c in subject.children if c.dep_ == "acl")]
        found = [a for a in actors if (hit := hang(anchor.doc[a.head], holders)) is not None
                 and hit[1] == "prep" and hit[2] in preps]
        if found:
            return found[:1]
    return []
