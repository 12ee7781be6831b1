"""Parties named only by a pronoun: 'he called Aliyev', 'it rejected', 'we have recalled'.

Split from pairing so that each module stays small. A pronoun stands for the last
person named who is not on the other side, 'it' for the body whose statement the
clause reports, and 'we' for the party quoted; each reading refuses to guess when
the sentence gives no sure antecedent, since a wrong party is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.antecedents import person_antecedent
from dyadwatch.coding.messages import received_by, receiving_subject
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

PRONOUNS = {"he", "she", "they"}
OBJECT_PRONOUNS = {"him", "her"}


def pronoun_subject(found: Found, roles: role_rules.Roles, actors: list[ActorPhrase],
                     persons: list[Actor]) -> list[Actor]:
    """'He called Aliyev': the last person named, if not of the object's own party.

    A noun trigger takes the subject of the verb it hangs from: 'In a letter to
    Aliyev, he called ...'."""
    subject = _subject_token(found.token, judged=found.judged)
    if subject is None and role_rules.nominal(found.token):
        subject = next((s for a in role_rules.trigger_anchors(found) if a != found.token
                        and (s := _subject_token(a)) is not None), None)
    if subject is not None and subject.lower_ == "it":
        return _reporter(subject, actors)
    if subject is not None and subject.lower_ == "we":
        return _quoted_speaker(subject, actors)
    if subject is None or subject.lower_ not in PRONOUNS:
        return []
    target_codes = {a.actor.code for a in roles.targets + roles.places}
    earlier = [a.actor for a in actors if a.is_person and a.end <= subject.i]
    return person_antecedent(persons + earlier, target_codes, subject)


def pronoun_object(found: Found, actors: list[ActorPhrase], persons: list[Actor],
                    source_codes: set[str]) -> list[Actor]:
    """'Putin apologised to him': the last person named who is not of the subject's party."""
    heads = role_rules.trigger_anchors(found)  # 'apologised to him in a telephone call'
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "dative")]
    objects += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for g in c.children if g.dep_ == "pobj"]
    pronoun = next((o for o in objects if o.lower_ in OBJECT_PRONOUNS), None)
    if pronoun is None:
        return []
    earlier = [a.actor for a in actors if a.is_person and a.end <= pronoun.i]
    for person in reversed(persons + earlier):
        if person.code not in source_codes:
            return [person]
    return []


def received(found: Found, actors: list[ActorPhrase], own: set[str],
              persons: list[Actor]) -> list[Actor]:
    """'The office said it had received a message from Tehran': the receiver, named, 'it',
    or 'he' for the last person named who is not of the sender's party."""
    subject = receiving_subject(found)
    if subject is None:
        return []
    if subject.lower_ == "it":
        return [a for a in _reporter(subject, actors) if a.code not in own]
    if subject.lower_ in PRONOUNS:
        earlier = [a.actor for a in actors if a.is_person and a.end <= subject.i]
        return [p for p in reversed(persons + earlier) if p.code not in own][:1]
    named: list[Actor] = received_by(subject, actors, own)
    return named


def _reporter(pronoun: Token, actors: list[ActorPhrase]) -> list[Actor]:
    """'The ministry said it rejected ...', '... said X, and it held Y responsible': 'it'
    is the subject of the reporting clause above or beside it."""
    verb = pronoun.head
    for _ in range(3):
        if verb.head == verb:
            break
        verb = verb.head
        subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
        found = [a.actor for a in actors if a.head in subjects]
        if found:
            return found[:1]
    return []


def _quoted_speaker(pronoun: Token, actors: list[ActorPhrase]) -> list[Actor]:
    """'"We have recalled our ambassador," the foreign ministry said': 'we' in what a party
    is quoted saying is that party; a 'we' with no verb of saying above it (an opinion
    piece's 'we must act') speaks for no state."""
    verb = pronoun.head
    for _ in range(3):
        if verb.head == verb:
            return []
        verb = verb.head
        if verb.lemma_.lower() in reporting_verbs():
            subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
            return [a.actor for a in actors if a.head in subjects][:1]
    return []


def _subject_token(token: Token, judged: bool = False) -> Token | None:
    """The subject of the trigger or of the word it hangs from, unless that word judges
    the deed ('She condemned the attacks': she did not attack)."""
    for candidate in (token,) if judged else (token, token.head):
        for child in candidate.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None
